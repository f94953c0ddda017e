import type Database from "better-sqlite3";
import type { DataBounds } from "./data-generation.js";
import { filterKey } from "./facet-key.js";
import type { StatementFilter } from "./statement-filter.js";
import { type Driver, type KeyRange, type TagGroup, tagGroups } from "./statement-sql.js";

/**
 * Chooses which index walks a statement query (see `Driver`). Every candidate stream (a tag's index
 * range, the full-text matches) is in date-key order, so a page is the first `limit` rows of the
 * driver that pass every other check. The cheapest driver is the sparsest stream, weighted by what
 * the other checks cost per row: a full-text check on a row (an FTS5 seek, 15–150 µs at 1M
 * statements, more for a common word) costs far more than a tag check (~1 µs). A probe reads at
 * most PROBE keys of each stream from the range's end (FTS5 seeks to an INTEGER rowid bound, see
 * statement-sql.ts), so a rare tag with a common word and a common tag with a rare word both walk
 * the short side. Decisions are cached per data generation and query shape.
 */
export const PROBE = 256;
/** Largest multi-valued tag group gathered and sorted to drive a query (at most ~2 ms of keys). */
export const SET_PROBE = 20_000;
const FTS_CHECK_WEIGHT = 16;

interface Probe {
  /** Keys found, at most PROBE. */
  n: number;
  /** The last key read when PROBE keys were found, else null (the stream ends within the range). */
  edge: number | null;
}

export type Plan = Driver;

export function createPlanner(
  sqlite: Database.Database,
  generation: () => string,
  dataBounds: () => DataBounds,
  max = 1000,
) {
  const cache = new Map<string, Plan>();
  let cachedFor = "";
  const stmts = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let s = stmts.get(sql);
    if (!s) {
      s = sqlite.prepare(sql);
      stmts.set(sql, s);
    }
    return s;
  };
  const rangeSql = (range: KeyRange, key: string) =>
    `${range.lo === null ? "" : ` AND ${key} >= CAST(? AS INTEGER)`}${range.hi === null ? "" : ` AND ${key} < CAST(? AS INTEGER)`}`;
  const boundParams = (range: KeyRange) => [range.lo, range.hi].filter((v): v is number => v !== null);

  /** A multi-valued group's size within the range, up to SET_PROBE (its keys are not in one ordered run). */
  function probeSet(g: TagGroup, range: KeyRange): Probe {
    const values = g.values.map(() => "?").join(", ");
    const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM statement_tag
      WHERE kind = ? AND value IN (${values})${rangeSql(range, "statement_pk")} LIMIT ${SET_PROBE})`;
    const r = prepared(sql).get(g.kind, ...g.values, ...boundParams(range)) as { n: number };
    return { n: r.n, edge: r.n >= SET_PROBE ? 0 : null };
  }

  function probeTag(g: TagGroup, range: KeyRange, desc: boolean): Probe {
    const values = g.values.map(() => "?").join(", ");
    const order = desc ? "DESC" : "ASC";
    const sql = `SELECT count(*) AS n, ${desc ? "min" : "max"}(k) AS edge FROM (SELECT statement_pk AS k FROM statement_tag
      WHERE kind = ? AND value IN (${values})${rangeSql(range, "statement_pk")} ORDER BY statement_pk ${order} LIMIT ${PROBE})`;
    const r = prepared(sql).get(g.kind, ...g.values, ...boundParams(range)) as {
      n: number;
      edge: number | null;
    };
    return { n: r.n, edge: r.n >= PROBE ? r.edge : null };
  }

  function probeFts(match: string, range: KeyRange, desc: boolean): Probe {
    const sql = `SELECT count(*) AS n, ${desc ? "min" : "max"}(k) AS edge FROM (SELECT rowid AS k FROM statement_fts
      WHERE statement_fts MATCH ?${rangeSql(range, "rowid")} ORDER BY rowid ${desc ? "DESC" : "ASC"} LIMIT ${PROBE})`;
    const r = prepared(sql).get(match, ...boundParams(range)) as { n: number; edge: number | null };
    return { n: r.n, edge: r.n >= PROBE ? r.edge : null };
  }

  /** Keys per unit of key span: a stream that ends within the range is as sparse as its count says. */
  function density(p: Probe, range: KeyRange, desc: boolean): number {
    if (p.edge === null) return p.n === 0 ? 0 : p.n / 2 ** 53;
    const start = desc ? (range.hi ?? 2 ** 53) : (range.lo ?? 0);
    return p.n / Math.max(1, Math.abs(start - p.edge));
  }

  function choose(f: StatementFilter, match: string | null, range: KeyRange, desc: boolean): Plan {
    if (f.briefingIds.length > 0) return { by: "briefing" };
    const groups = tagGroups(f);
    const candidates: { plan: Plan; cost: number }[] = [];
    if (match !== null) {
      candidates.push({ plan: { by: "fts" }, cost: density(probeFts(match, range, desc), range, desc) });
    }
    const singles = groups.flatMap((g, i) => (g.values.length === 1 ? [i] : []));
    if (match === null && singles.length === 1) return { by: "tag", group: singles[0] as number };
    const weight = match === null ? 1 : FTS_CHECK_WEIGHT;
    groups.forEach((g, i) => {
      if (g.values.length === 1) {
        candidates.push({
          plan: { by: "tag", group: i },
          cost: weight * density(probeTag(g, range, desc), range, desc),
        });
        return;
      }
      // A multi-valued group drives only when it is small: its keys are gathered and sorted first.
      const p = probeSet(g, range);
      if (p.edge === null)
        candidates.push({ plan: { by: "tagset", group: i }, cost: (weight * p.n) / 2 ** 53 });
    });
    // Without a search or a single-valued tag, the statement table is the fallback walk.
    if (candidates.length === 0) return { by: "scan" };
    candidates.sort((a, b) => a.cost - b.cost);
    return (candidates[0] as { plan: Plan }).plan;
  }

  return {
    /** The driver for a query; `range` is the filter's date range (not a page's cursor). */
    plan(f: StatementFilter, match: string | null, range: KeyRange, desc: boolean): Plan {
      const simple = f.briefingIds.length === 0 && match === null && tagGroups(f).length === 0;
      if (simple) return { by: "scan" };
      const gen = generation();
      if (gen !== cachedFor) {
        cache.clear();
        cachedFor = gen;
      }
      const key = filterKey(f, match, dataBounds(), desc);
      let plan = cache.get(key);
      if (!plan) {
        plan = choose(f, match, range, desc);
        if (cache.size >= max) cache.delete(cache.keys().next().value as string);
        cache.set(key, plan);
      }
      return plan;
    },
  };
}

export type Planner = ReturnType<typeof createPlanner>;

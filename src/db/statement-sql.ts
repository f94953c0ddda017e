import { firstKeyOf, keyAfter } from "./ordering-key.js";
import type { StatementFilter } from "./statement-filter.js";

export interface SqlPart {
  sql: string;
  params: (string | number)[];
}

export type TagKind = "country" | "region" | "topic";

/** One tag condition: any of `values` (a comma list); several groups must all hold. */
export interface TagGroup {
  kind: TagKind;
  values: string[];
}

/**
 * Which rows a statement query walks, newest (or oldest) first, checking every other condition on
 * each: a tag index range, the full-text index, one briefing's statements, or the statement table.
 * All are ordered by the date key, so a page stops after `limit` rows whichever drives. `tagset`
 * (a small multi-valued tag group) gathers its keys first, then walks them in order.
 */
export type Driver =
  | { by: "scan" }
  | { by: "tag"; group: number }
  | { by: "tagset"; group: number }
  | { by: "fts" }
  | { by: "briefing" };

/** Half-open range of date keys [lo, hi); null ends are open. */
export interface KeyRange {
  lo: number | null;
  hi: number | null;
}

/** A FROM … WHERE … for statements, and the column holding each row's date key. */
export interface StatementSource extends SqlPart {
  key: string;
}

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

export function tagGroups(f: StatementFilter): TagGroup[] {
  return [
    ...f.regions.map((values): TagGroup => ({ kind: "region", values })),
    ...f.countries.map((values): TagGroup => ({ kind: "country", values })),
    ...f.topics.map((values): TagGroup => ({ kind: "topic", values })),
  ];
}

/** The date-key range a filter's from/to allow. */
export function filterRange(f: StatementFilter): KeyRange {
  return { lo: f.from ? firstKeyOf(f.from) : null, hi: f.to ? keyAfter(f.to) : null };
}

export function intersectRange(a: KeyRange, b: KeyRange): KeyRange {
  const max = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.max(x, y));
  const min = (x: number | null, y: number | null) => (x === null ? y : y === null ? x : Math.min(x, y));
  return { lo: max(a.lo, b.lo), hi: min(a.hi, b.hi) };
}

/** SQL for "this statement has one of these tags", correlated on the date key `key`. */
function tagExists(g: TagGroup, textOnly: boolean, alias: string, key: string): SqlPart {
  const basis = textOnly ? ` AND ${alias}.basis = 'text'` : "";
  const values = g.values.length === 1 ? "= ?" : `IN (${placeholders(g.values.length)})`;
  return {
    sql: `EXISTS (SELECT 1 FROM statement_tag ${alias} WHERE ${alias}.statement_pk = ${key} AND ${alias}.kind = ? AND ${alias}.value ${values}${basis})`,
    params: [g.kind, ...g.values],
  };
}

/**
 * FROM + WHERE for the keys of the statements matching `f` (and the FTS5 expression `match`, when
 * given) within `range`, walked by `driver`. Only the driver's index is scanned; every other
 * condition is an indexed point check on each key it yields. The statement table itself (large: it
 * holds the texts) is read only when the driver is the table or a speaker filter needs it, so
 * scanning stays within compact indexes; callers fetch the few rows they return by key.
 */
export function statementSource(
  f: StatementFilter,
  match: string | null,
  driver: Driver,
  range: KeyRange,
): StatementSource {
  const groups = tagGroups(f);
  const where: string[] = [];
  const params: (string | number)[] = [];
  const add = (part: SqlPart) => {
    where.push(part.sql);
    params.push(...part.params);
  };
  const textOnly = f.textBasisOnly ? " AND basis = 'text'" : "";
  // CROSS JOIN and INDEXED BY pin the walk the planner chose, with or without ANALYZE statistics.
  let from: string;
  let key: string;
  let hasStatement = false;
  if (driver.by === "tag") {
    const g = groups[driver.group];
    if (g?.values.length !== 1) throw new Error("a tag driver needs a single-valued tag group");
    from = "statement_tag t";
    key = "t.statement_pk";
    add({
      sql: `t.kind = ? AND t.value = ?${textOnly.replace("basis", "t.basis")}`,
      params: [g.kind, g.values[0] as string],
    });
  } else if (driver.by === "tagset") {
    const g = groups[driver.group];
    if (!g) throw new Error("a tag-set driver needs a tag group");
    const lo = range.lo === null ? "" : " AND statement_pk >= ?";
    const hi = range.hi === null ? "" : " AND statement_pk < ?";
    const bounds = [range.lo, range.hi].filter((v): v is number => v !== null);
    from = `(SELECT DISTINCT statement_pk AS pk FROM statement_tag WHERE kind = ? AND value IN (${placeholders(g.values.length)})${textOnly}${lo}${hi}) ts`;
    params.push(g.kind, ...g.values, ...bounds);
    key = "ts.pk";
  } else if (driver.by === "fts") {
    if (match === null) throw new Error("a full-text driver needs a search");
    from = "statement_fts f";
    key = "f.rowid";
    add({ sql: "statement_fts MATCH ?", params: [match] });
  } else {
    from = driver.by === "briefing" ? "statement s INDEXED BY statement_briefing_seq_unique" : "statement s";
    key = "s.pk";
    hasStatement = true;
  }
  if (!hasStatement && (f.speakers.length > 0 || f.briefingIds.length > 0)) {
    from += ` CROSS JOIN statement s ON s.pk = ${key}`;
    hasStatement = true;
  }
  // Keys are cast: the driver binds numbers as REAL, and FTS5 seeks to a rowid bound only when it is
  // an INTEGER (with a REAL one it reads the doclist from its end: 6 ms instead of 0.3 ms for a
  // common word ten years back at 1M statements). Other indexes seek either way.
  if (range.lo !== null) add({ sql: `${key} >= CAST(? AS INTEGER)`, params: [range.lo] });
  if (range.hi !== null) add({ sql: `${key} < CAST(? AS INTEGER)`, params: [range.hi] });
  if (f.briefingIds.length > 0) {
    add({
      sql: `s.briefing_pk IN (SELECT pk FROM briefing WHERE id IN (${placeholders(f.briefingIds.length)}))`,
      params: f.briefingIds,
    });
  }
  groups.forEach((g, i) => {
    if ((driver.by === "tag" || driver.by === "tagset") && driver.group === i) return;
    add(tagExists(g, f.textBasisOnly, `t${i}`, key));
  });
  if (f.issuers.length > 0) {
    const list = placeholders(f.issuers.length);
    add(
      hasStatement
        ? { sql: `s.issuer IN (${list})`, params: f.issuers }
        : {
            sql: `EXISTS (SELECT 1 FROM statement si INDEXED BY statement_issuer_idx WHERE si.issuer IN (${list}) AND si.pk = ${key})`,
            params: f.issuers,
          },
    );
  }
  if (f.speakers.length > 0) {
    add({ sql: `s.speaker COLLATE NOCASE IN (${placeholders(f.speakers.length)})`, params: f.speakers });
  }
  if (match !== null && driver.by !== "fts") {
    add({
      sql: `EXISTS (SELECT 1 FROM statement_fts WHERE statement_fts MATCH ? AND rowid = ${key})`,
      params: [match],
    });
  }
  const whereSql = where.length > 0 ? ` WHERE ${where.join(" AND ")}` : "";
  return { sql: `FROM ${from}${whereSql}`, params, key };
}

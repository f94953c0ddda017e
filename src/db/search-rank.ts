import type Database from "better-sqlite3";
import type { DataBounds } from "./data-generation.js";
import { createGenerationCache } from "./facet-cache.js";
import { filterKey } from "./facet-key.js";
import type { SearchQuery } from "./search-parse.js";
import type { Plan } from "./search-plan.js";
import { idf, scoreTexts } from "./search-score.js";
import type { StatementFilter } from "./statement-filter.js";
import { type KeyRange, statementSource } from "./statement-sql.js";

/**
 * Relevance order: the newest RELEVANCE_WINDOW matches are ranked by BM25 (best first, ties newest
 * first); matches older than that window follow, newest first. Ranking every match of a common word
 * would cost seconds at 1M statements; the window bounds the work, which is reading and scoring the
 * window's texts (~1 ms for 250 at 1M statements, ~4 ms for 1,000), while a rare term, whose
 * matches all fit in the window, is ranked completely.
 */
export const RELEVANCE_WINDOW = 1000;

export interface Ranked {
  key: number;
  score: number;
}

export interface RankedWindow {
  /** Oldest key of the window (inclusive) when older matches exist, else null. */
  boundary: number | null;
  /** The window's matches, best first. */
  ranked: Ranked[];
}

type Prepare = <P extends unknown[], R>(sql: string) => Database.Statement<P, R>;

export function createRanker(
  prepare: Prepare,
  generation: () => string,
  bounds: () => DataBounds,
  /** How many statements are stored (the IDF's N). */
  total: () => number,
  size = RELEVANCE_WINDOW,
) {
  // A ranked item is ~50 bytes; a window holds up to 4 × size of them.
  const windows = createGenerationCache<RankedWindow>(generation, {
    maxBytes: 8 * 1024 * 1024,
    sizeOf: (w) => w.ranked.length * 50,
  });
  const docFreqs = createGenerationCache<number>(generation);

  function weights(search: SearchQuery): number[] {
    if (search.terms.length <= 1) return search.terms.map(() => 1);
    const n = total();
    return search.terms.map((t) => {
      const df = docFreqs(
        t.match,
        () =>
          prepare<[string], { n: number }>(
            "SELECT count(*) AS n FROM statement_fts WHERE statement_fts MATCH ?",
          ).get(t.match)?.n ?? 0,
      );
      return idf(n, df);
    });
  }

  function compute(
    f: StatementFilter,
    search: SearchQuery,
    plan: Plan,
    range: KeyRange,
    boundary: number | null | undefined,
  ): RankedWindow {
    const known = boundary !== undefined;
    const lo =
      boundary === null || boundary === undefined ? range.lo : Math.max(range.lo ?? boundary, boundary);
    const source = statementSource(f, search.match, plan, { lo, hi: range.hi });
    const limit = known ? size * 4 : size;
    const keys = prepare<(string | number)[], number>(
      `SELECT ${source.key} ${source.sql} ORDER BY ${source.key} DESC LIMIT ?`,
    )
      .pluck()
      .all(...source.params, limit);
    const texts = new Map(
      prepare<[string], { pk: number; text: string }>(
        "SELECT pk, text FROM statement WHERE pk IN (SELECT value FROM json_each(?))",
      )
        .all(JSON.stringify(keys))
        .map((r) => [r.pk, r.text]),
    );
    const rows = keys.map((k) => ({ k, text: texts.get(k) ?? "" }));
    const scores = scoreTexts(
      rows.map((r) => r.text),
      search.terms,
      weights(search),
    );
    const ranked = rows.map((r, i) => ({ key: r.k, score: scores[i] ?? 0 }));
    ranked.sort((a, b) => b.score - a.score || b.key - a.key);
    const edge = known ? boundary : rows.length === size ? (rows.at(-1)?.k ?? null) : null;
    return { boundary: edge, ranked };
  }

  return {
    /**
     * The ranked window of a query. `boundary` comes from a cursor (undefined on a first page), so
     * later pages rank the same window even after newer statements arrive.
     */
    window(
      f: StatementFilter,
      search: SearchQuery,
      plan: Plan,
      range: KeyRange,
      boundary?: number | null,
    ): RankedWindow {
      const key = filterKey(f, search.match, bounds(), boundary === undefined ? "first" : boundary);
      return windows(key, () => {
        const w = compute(f, search, plan, range, boundary);
        // Later pages name the window by its boundary: they find this one.
        if (boundary === undefined) windows(filterKey(f, search.match, bounds(), w.boundary), () => w);
        return w;
      });
    },
  };
}

export type Ranker = ReturnType<typeof createRanker>;

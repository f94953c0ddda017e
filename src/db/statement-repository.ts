import type { BriefingSummaryDto } from "../schemas/briefing.js";
import type { StatementDto } from "../schemas/statement.js";
import { createBriefingRepository } from "./briefing-repository.js";
import { createDataBounds, createDataGeneration } from "./data-generation.js";
import { createGenerationCache } from "./facet-cache.js";
import { pageFromSnapshot } from "./facet-page.js";
import { createFacetRepository } from "./facet-repository.js";
import type { PodiumDb } from "./open-database.js";
import type { SearchQuery } from "./search-parse.js";
import { createPlanner } from "./search-plan.js";
import { createRanker } from "./search-rank.js";
import { createSnippets, type Snippet } from "./search-snippet.js";
import { createStatementCache } from "./statement-cache.js";
import type { StatementFilter } from "./statement-filter.js";
import { STATEMENT_JSON, statementDto, withHighlight } from "./statement-json.js";
import { filterRange, intersectRange, type KeyRange, statementSource } from "./statement-sql.js";
import { createTimelineRepository } from "./timeline-repository.js";

export type StatementSort = "-date" | "date" | "relevance";

/**
 * Where a page ends. Date orders need only the last key. Relevance needs the ranked window's
 * boundary `b`, and either the last ranked item (score `s`, key `k`) or, once past the window, the
 * last key of the date-ordered rest (`s` null).
 */
export type Position = { k: number } | { b: number | null; s: number | null; k: number };

export interface ListRequest {
  filter: StatementFilter;
  search: SearchQuery | null;
  sort: StatementSort;
  limit: number;
  after: Position | null;
  highlight?: boolean;
}

export type StatementItem = StatementDto & { highlight?: Snippet };

export interface StatementPage<T = StatementItem> {
  data: T[];
  /** Position after the last row when more rows follow; the route makes it an opaque cursor. */
  next: Position | null;
}

/** A statement's scalar columns: what a flat (CSV) export shows besides tag codes. */
export interface StatementRecord {
  pk: number;
  id: string;
  briefing_id: string;
  date: string;
  issuer: string | null;
  seq: number;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  question_text: string | null;
  question_start: number | null;
  question_end: number | null;
  question_asker: string | null;
}

const BRIEFING_ID = "(SELECT id FROM briefing INDEXED BY briefing_pk_id_idx WHERE pk = s.briefing_pk)";
const COLUMNS = `s.pk, s.id, ${BRIEFING_ID} AS briefing_id, s.date, s.issuer, s.seq, s.start, s."end", s.text,
  s.speaker, s.question_text, s.question_start, s.question_end, s.question_asker`;
const BY_KEYS = "s.pk IN (SELECT value FROM json_each(?))";

type TagName = { statement_pk: number; kind: "country" | "region" | "topic"; value: string };
type JsonRow = { pk: number; json: Buffer };

function groupBy<T extends { statement_pk: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const t of rows) {
    const list = map.get(t.statement_pk);
    if (list) list.push(t);
    else map.set(t.statement_pk, [t]);
  }
  return map;
}

/** Rows in the order of `keys`, skipping keys whose statement is gone (deleted meanwhile). */
function inKeyOrder<T extends { pk: number }>(keys: number[], rows: T[]): T[] {
  const found = new Map(rows.map((r) => [r.pk, r]));
  return keys.flatMap((k) => {
    const r = found.get(k);
    return r ? [r] : [];
  });
}

export interface StatementRepositoryOptions {
  /** How many of the newest matches relevance ranks (tests use a small one). */
  relevanceWindow?: number;
  /** False: answer everything by SQL, never from the facet snapshot (tests compare the two). */
  snapshot?: boolean;
}

/** A page of statement keys, in the list's order. */
interface KeyPage {
  keys: number[];
  next: Position | null;
}

/** Read access to statements. Plain SQL: each query's shape is chosen for its index use. */
export function createStatementRepository(pdb: PodiumDb, options: StatementRepositoryOptions = {}) {
  const { sqlite } = pdb;
  const prepare = createStatementCache(sqlite);
  const generation = createDataGeneration(sqlite);
  const bounds = createDataBounds(sqlite, generation);
  const planner = createPlanner(sqlite, generation, bounds);
  const snippets = createSnippets(sqlite);
  const counts = createGenerationCache<number>(generation);
  const facets = createFacetRepository(pdb, { snapshot: options.snapshot });
  const countAll = prepare<[], number>("SELECT count(*) FROM statement").pluck();
  // The snapshot knows how many statements there are; without it, one count per data generation.
  const total = () => facets.snapshot()?.keys.length ?? counts("*", () => countAll.get() as number);
  const ranker = createRanker(prepare, generation, bounds, total, options.relevanceWindow);
  const briefings = createBriefingRepository(pdb);
  const jsonByKeys = sqlite.prepare<[string], JsonRow>(
    `SELECT s.pk, ${STATEMENT_JSON} AS json FROM statement s WHERE ${BY_KEYS}`,
  );
  const jsonById = sqlite.prepare<[string], JsonRow>(
    `SELECT s.pk, ${STATEMENT_JSON} AS json FROM statement s WHERE s.id = ?`,
  );
  const recordsByKeys = sqlite.prepare<[string], StatementRecord>(
    `SELECT ${COLUMNS} FROM statement s WHERE ${BY_KEYS}`,
  );
  const tagNamesOf = sqlite.prepare<[string], TagName>(
    `SELECT statement_pk, kind, value FROM statement_tag
       WHERE statement_pk IN (SELECT value FROM json_each(?)) ORDER BY kind, value`,
  );
  const locate = sqlite.prepare<[string], { briefing_pk: number; seq: number; briefing_id: string }>(
    `SELECT s.briefing_pk, s.seq, ${BRIEFING_ID} AS briefing_id FROM statement s WHERE s.id = ?`,
  );
  const byBriefing = sqlite.prepare<[string], JsonRow>(
    `SELECT s.pk, ${STATEMENT_JSON} AS json FROM statement s
       WHERE s.briefing_pk = (SELECT pk FROM briefing WHERE id = ?) ORDER BY s.seq`,
  );
  const neighbours = sqlite.prepare<[number, number, number], JsonRow & { seq: number }>(
    `SELECT s.pk, s.seq, ${STATEMENT_JSON} AS json FROM statement s
       WHERE s.briefing_pk = ? AND s.seq BETWEEN ? AND ? ORDER BY s.seq`,
  );

  /** Keys in date order within `range`, at most `limit`. */
  function datePage(req: ListRequest, range: KeyRange, limit: number, desc: boolean): number[] {
    const base = filterRange(req.filter);
    const plan = planner.plan(req.filter, req.search?.match ?? null, base, desc);
    const source = statementSource(req.filter, req.search?.match ?? null, plan, range);
    return prepare<(string | number)[], number>(
      `SELECT ${source.key} ${source.sql} ORDER BY ${source.key} ${desc ? "DESC" : "ASC"} LIMIT ?`,
    )
      .pluck()
      .all(...source.params, limit);
  }

  function byDate(req: ListRequest): KeyPage {
    const desc = req.sort !== "date";
    const after = req.after && "k" in req.after ? req.after.k : null;
    // Tag, issuer, speaker and date filters are answered from the facet snapshot when it is current.
    const snapshot = req.search || req.filter.briefingIds.length > 0 ? null : facets.snapshot();
    if (snapshot) {
      const page = pageFromSnapshot(snapshot, req.filter, after, desc, req.limit);
      const last = page.keys.at(-1);
      return { keys: page.keys, next: page.more && last !== undefined ? { k: last } : null };
    }
    const bound: KeyRange =
      after === null ? { lo: null, hi: null } : desc ? { lo: null, hi: after } : { lo: after + 1, hi: null };
    const rows = datePage(req, intersectRange(filterRange(req.filter), bound), req.limit + 1, desc);
    const more = rows.length > req.limit;
    const keys = more ? rows.slice(0, req.limit) : rows;
    const last = keys.at(-1);
    return { keys, next: more && last !== undefined ? { k: last } : null };
  }

  function byRelevance(req: ListRequest, search: SearchQuery): KeyPage {
    const base = filterRange(req.filter);
    const plan = planner.plan(req.filter, search.match, base, true);
    const cursor = req.after && "b" in req.after ? req.after : null;
    const window = ranker.window(req.filter, search, plan, base, cursor ? cursor.b : undefined);
    const { ranked, boundary } = window;
    let start = 0;
    if (cursor && cursor.s !== null) {
      const { s, k } = cursor;
      start = ranked.findIndex((r) => r.score < s || (r.score === s && r.key < k));
      if (start < 0) start = ranked.length;
    } else if (cursor) start = ranked.length;
    const want = req.limit + 1;
    const top = ranked.slice(start, start + want);
    const keys = top.map((r) => r.key);
    const scores = new Map(top.map((r) => [r.key, r.score]));
    if (keys.length < want && boundary !== null) {
      const hi = cursor && cursor.s === null ? cursor.k : boundary;
      keys.push(...datePage(req, intersectRange(base, { lo: null, hi }), want - keys.length, true));
    }
    const more = keys.length > req.limit;
    const page = more ? keys.slice(0, req.limit) : keys;
    const last = page.at(-1);
    if (!more || last === undefined) return { keys: page, next: null };
    return { keys: page, next: { b: boundary, s: scores.get(last) ?? null, k: last } };
  }

  function pageKeys(req: ListRequest): KeyPage {
    return req.sort === "relevance" && req.search ? byRelevance(req, req.search) : byDate(req);
  }

  /** The page's statements as JSON (with their highlights when the request asks for them). */
  function pageJson(req: ListRequest): { data: Buffer[]; next: Position | null } {
    const page = pageKeys(req);
    if (page.keys.length === 0) return { data: [], next: page.next };
    const rows = inKeyOrder(page.keys, jsonByKeys.all(JSON.stringify(page.keys)));
    if (!req.highlight || !req.search) return { data: rows.map((r) => r.json), next: page.next };
    const marks = snippets(
      req.search.match,
      rows.map((r) => r.pk),
    );
    return {
      data: rows.map((r) => {
        const mark = marks.get(r.pk);
        return mark ? withHighlight(r.json, mark) : r.json;
      }),
      next: page.next,
    };
  }

  return {
    generation,
    /** Facet counts over filtered statement sets. */
    facets,
    /** Counts per period over filtered statement sets. */
    timelines: createTimelineRepository(facets),

    /** A page with each statement as JSON bytes (see statement-json.ts): what the JSON routes send. */
    listJson: pageJson,

    /** The same page as objects (exports, embedded lists). */
    list(req: ListRequest): StatementPage {
      const page = pageJson(req);
      return { data: page.data.map((json) => statementDto(json) as StatementItem), next: page.next };
    },

    /** Like `list`, with tags as code lists and no evidence: what a flat export needs. */
    listFlat(
      req: ListRequest,
    ): StatementPage<StatementRecord & { countries: string[]; regions: string[]; topics: string[] }> {
      const page = pageKeys(req);
      if (page.keys.length === 0) return { data: [], next: page.next };
      const keys = JSON.stringify(page.keys);
      const records = inKeyOrder(page.keys, recordsByKeys.all(keys));
      const tags = groupBy(tagNamesOf.all(keys));
      const data = records.map((r) => {
        const own = tags.get(r.pk) ?? [];
        const of = (kind: TagName["kind"]) => own.filter((t) => t.kind === kind).map((t) => t.value);
        return { ...r, countries: of("country"), regions: of("region"), topics: of("topic") };
      });
      return { data, next: page.next };
    },

    /** Exact number of statements matching the filter and search. */
    count(filter: StatementFilter, search: SearchQuery | null): number {
      const fromSnapshot = facets.total(filter, search);
      if (fromSnapshot !== null) return fromSnapshot;
      return counts(facets.keyOf(filter, search), () => {
        const base = filterRange(filter);
        const plan = planner.plan(filter, search?.match ?? null, base, true);
        const source = statementSource(filter, search?.match ?? null, plan, base);
        const sql = `SELECT count(*) AS n ${source.sql}`;
        return prepare<(string | number)[], { n: number }>(sql).get(...source.params)?.n ?? 0;
      });
    },

    get(id: string): StatementDto | null {
      const r = jsonById.get(id);
      return r ? statementDto(r.json) : null;
    },

    /** A statement with up to `before` statements before it and `after` after it in its briefing. */
    context(
      id: string,
      before: number,
      after: number,
    ): {
      statement: StatementDto;
      before: StatementDto[];
      after: StatementDto[];
      briefing: BriefingSummaryDto;
    } | null {
      const at = locate.get(id);
      const briefing = at ? briefings.get(at.briefing_id) : null;
      if (!at || !briefing) return null;
      const rows = neighbours.all(at.briefing_pk, at.seq - before, at.seq + after);
      const of = (keep: (seq: number) => boolean) =>
        rows.filter((r) => keep(r.seq)).map((r) => statementDto(r.json));
      const { text: _text, ...summary } = briefing;
      return {
        statement: of((seq) => seq === at.seq)[0] as StatementDto,
        before: of((seq) => seq < at.seq),
        after: of((seq) => seq > at.seq),
        briefing: summary,
      };
    },

    ofBriefing(briefingId: string): StatementDto[] {
      return byBriefing.all(briefingId).map((r) => statementDto(r.json));
    },
  };
}

export type StatementRepository = ReturnType<typeof createStatementRepository>;

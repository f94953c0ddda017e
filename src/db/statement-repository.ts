import { countryName } from "../reference.js";
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
import { filterRange, intersectRange, type KeyRange, statementSource } from "./statement-sql.js";
import { createTimelineRepository } from "./timeline-repository.js";

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

interface TagRecord {
  statement_pk: number;
  kind: "country" | "region" | "topic";
  value: string;
  basis: "text" | "question";
  score: number | null;
  evidence: string;
}

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

const COLUMNS = `s.pk, s.id, (SELECT id FROM briefing WHERE pk = s.briefing_pk) AS briefing_id, s.date, s.issuer,
  s.seq, s.start, s."end", s.text, s.speaker, s.question_text, s.question_start, s.question_end, s.question_asker`;

function toDto(r: StatementRecord, tags: TagRecord[]): StatementDto {
  const of = (kind: TagRecord["kind"]) => tags.filter((t) => t.kind === kind);
  return {
    id: r.id,
    briefingId: r.briefing_id,
    date: r.date,
    issuer: r.issuer,
    seq: r.seq,
    start: r.start,
    end: r.end,
    text: r.text,
    speaker: r.speaker,
    question:
      r.question_text === null
        ? null
        : {
            text: r.question_text,
            start: r.question_start ?? 0,
            end: r.question_end ?? 0,
            asker: r.question_asker,
          },
    countries: of("country").map((t) => ({
      code: t.value,
      name: countryName(t.value) ?? t.value,
      basis: t.basis,
      evidence: JSON.parse(t.evidence),
    })),
    regions: of("region").map((t) => ({ id: t.value, basis: t.basis, evidence: JSON.parse(t.evidence) })),
    topics: of("topic")
      .map((t) => ({ slug: t.value, score: t.score ?? 0, basis: t.basis, evidence: JSON.parse(t.evidence) }))
      .sort((a, b) => b.score - a.score || a.slug.localeCompare(b.slug)),
  };
}

function groupBy<T extends { statement_pk: number }>(rows: T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const t of rows) {
    const list = map.get(t.statement_pk);
    if (list) list.push(t);
    else map.set(t.statement_pk, [t]);
  }
  return map;
}

export interface StatementRepositoryOptions {
  /** How many of the newest matches relevance ranks (tests use a small one). */
  relevanceWindow?: number;
  /** False: answer everything by SQL, never from the facet snapshot (tests compare the two). */
  snapshot?: boolean;
}

/** Read access to statements. Plain SQL: each query's shape is chosen for its index use. */
export function createStatementRepository(pdb: PodiumDb, options: StatementRepositoryOptions = {}) {
  const { sqlite } = pdb;
  const prepare = createStatementCache(sqlite);
  const generation = createDataGeneration(sqlite);
  const bounds = createDataBounds(sqlite, generation);
  const planner = createPlanner(sqlite, generation, bounds);
  const ranker = createRanker(prepare, generation, bounds, options.relevanceWindow);
  const snippets = createSnippets(sqlite);
  const counts = createGenerationCache<number>(generation);
  const facets = createFacetRepository(pdb, { snapshot: options.snapshot });
  const briefings = createBriefingRepository(pdb);
  const byId = sqlite.prepare<[string], StatementRecord>(`SELECT ${COLUMNS} FROM statement s WHERE s.id = ?`);
  const byKeys = sqlite.prepare<[string], StatementRecord>(
    `SELECT ${COLUMNS} FROM statement s WHERE s.pk IN (SELECT value FROM json_each(?))`,
  );
  const tagsOf = sqlite.prepare<[string], TagRecord>(
    `SELECT statement_pk, kind, value, basis, score, evidence FROM statement_tag
       WHERE statement_pk IN (SELECT value FROM json_each(?)) ORDER BY kind, value`,
  );
  const tagNamesOf = sqlite.prepare<[string], Pick<TagRecord, "statement_pk" | "kind" | "value">>(
    `SELECT statement_pk, kind, value FROM statement_tag
       WHERE statement_pk IN (SELECT value FROM json_each(?)) ORDER BY kind, value`,
  );
  const byBriefing = sqlite.prepare<[string], StatementRecord>(
    `SELECT ${COLUMNS} FROM statement s WHERE s.briefing_pk = (SELECT pk FROM briefing WHERE id = ?) ORDER BY s.seq`,
  );
  const neighbours = sqlite.prepare<[number, number, number], StatementRecord>(
    `SELECT ${COLUMNS} FROM statement s WHERE s.briefing_pk = (SELECT briefing_pk FROM statement WHERE pk = ?)
       AND s.seq BETWEEN ? AND ? ORDER BY s.seq`,
  );

  function withTags(records: StatementRecord[]): StatementDto[] {
    if (records.length === 0) return [];
    const byStatement = groupBy(tagsOf.all(JSON.stringify(records.map((r) => r.pk))));
    return records.map((r) => toDto(r, byStatement.get(r.pk) ?? []));
  }

  function recordsByKeys(keys: number[]): StatementRecord[] {
    if (keys.length === 0) return [];
    const found = new Map(byKeys.all(JSON.stringify(keys)).map((r) => [r.pk, r]));
    return keys.flatMap((k) => {
      const r = found.get(k);
      return r ? [r] : [];
    });
  }

  /** Rows in date order within `range`, at most `limit`. */
  function datePage(req: ListRequest, range: KeyRange, limit: number, desc: boolean): StatementRecord[] {
    const base = filterRange(req.filter);
    const plan = planner.plan(req.filter, req.search?.match ?? null, base, desc);
    const source = statementSource(req.filter, req.search?.match ?? null, plan, range);
    const keys = prepare<(string | number)[], number>(
      `SELECT ${source.key} ${source.sql} ORDER BY ${source.key} ${desc ? "DESC" : "ASC"} LIMIT ?`,
    )
      .pluck()
      .all(...source.params, limit);
    return recordsByKeys(keys);
  }

  function byDate(req: ListRequest): { records: StatementRecord[]; next: Position | null } {
    const desc = req.sort !== "date";
    const after = req.after && "k" in req.after ? req.after.k : null;
    // Tag, issuer, speaker and date filters are answered from the facet snapshot when it is current.
    const snapshot = req.search || req.filter.briefingIds.length > 0 ? null : facets.snapshot();
    if (snapshot) {
      const page = pageFromSnapshot(snapshot, req.filter, after, desc, req.limit);
      const last = page.keys.at(-1);
      return {
        records: recordsByKeys(page.keys),
        next: page.more && last !== undefined ? { k: last } : null,
      };
    }
    const bound: KeyRange =
      after === null ? { lo: null, hi: null } : desc ? { lo: null, hi: after } : { lo: after + 1, hi: null };
    const rows = datePage(req, intersectRange(filterRange(req.filter), bound), req.limit + 1, desc);
    const more = rows.length > req.limit;
    const records = more ? rows.slice(0, req.limit) : rows;
    const last = records.at(-1);
    return { records, next: more && last ? { k: last.pk } : null };
  }

  function byRelevance(
    req: ListRequest,
    search: SearchQuery,
  ): { records: StatementRecord[]; next: Position | null } {
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
    const records = recordsByKeys(top.map((r) => r.key));
    const scores = new Map(top.map((r) => [r.key, r.score]));
    if (records.length < want && boundary !== null) {
      const hi = cursor && cursor.s === null ? cursor.k : boundary;
      records.push(...datePage(req, intersectRange(base, { lo: null, hi }), want - records.length, true));
    }
    const more = records.length > req.limit;
    const page = more ? records.slice(0, req.limit) : records;
    const last = page.at(-1);
    if (!more || !last) return { records: page, next: null };
    const score = scores.get(last.pk);
    return { records: page, next: { b: boundary, s: score ?? null, k: last.pk } };
  }

  function records(req: ListRequest): { records: StatementRecord[]; next: Position | null } {
    return req.sort === "relevance" && req.search ? byRelevance(req, req.search) : byDate(req);
  }

  return {
    generation,
    /** Facet counts over filtered statement sets. */
    facets,
    /** Counts per period over filtered statement sets. */
    timelines: createTimelineRepository(facets),

    list(req: ListRequest): StatementPage {
      const page = records(req);
      const data: StatementItem[] = withTags(page.records);
      if (req.highlight && req.search) {
        const marked = snippets(
          req.search.match,
          page.records.map((r) => r.pk),
        );
        data.forEach((d, i) => {
          const s = marked.get(page.records[i]?.pk ?? -1);
          if (s) d.highlight = s;
        });
      }
      return { data, next: page.next };
    },

    /** Like `list`, with tags as code lists and no evidence: what a flat export needs. */
    listFlat(
      req: ListRequest,
    ): StatementPage<StatementRecord & { countries: string[]; regions: string[]; topics: string[] }> {
      const page = records(req);
      const tags = groupBy(
        page.records.length ? tagNamesOf.all(JSON.stringify(page.records.map((r) => r.pk))) : [],
      );
      const data = page.records.map((r) => {
        const own = tags.get(r.pk) ?? [];
        const of = (kind: TagRecord["kind"]) => own.filter((t) => t.kind === kind).map((t) => t.value);
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
      const r = byId.get(id);
      return r ? (withTags([r])[0] ?? null) : null;
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
      const r = byId.get(id);
      const briefing = r ? briefings.get(r.briefing_id) : null;
      if (!r || !briefing) return null;
      const all = withTags(neighbours.all(r.pk, r.seq - before, r.seq + after));
      const { text: _text, ...summary } = briefing;
      return {
        statement: all.find((s) => s.id === id) as StatementDto,
        before: all.filter((s) => s.seq < r.seq),
        after: all.filter((s) => s.seq > r.seq),
        briefing: summary,
      };
    },

    ofBriefing(briefingId: string): StatementDto[] {
      return withTags(byBriefing.all(briefingId));
    },
  };
}

export type StatementRepository = ReturnType<typeof createStatementRepository>;

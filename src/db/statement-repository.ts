import { countryName } from "../reference.js";
import type { StatementDto } from "../schemas/statement.js";
import type { PodiumDb } from "./open-database.js";
import { createStatementCache } from "./statement-cache.js";
import type { StatementFilter } from "./statement-filter.js";
import { orderKey, statementWhere } from "./statement-sql.js";

interface StatementRecord {
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

export interface StatementPage {
  data: StatementDto[];
  /** Key of the last row when more rows follow; the route turns it into an opaque cursor. */
  nextKey: number | null;
}

export interface PageRequest {
  limit: number;
  order: "desc" | "asc";
  /** Continue after this key (exclusive). */
  afterKey: number | null;
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

/** Read access to statements. Plain SQL: the list query's shape is chosen for its index use. */
export function createStatementRepository(pdb: PodiumDb) {
  const { sqlite } = pdb;
  const prepare = createStatementCache(sqlite);
  const byId = sqlite.prepare<[string], StatementRecord>(`SELECT ${COLUMNS} FROM statement s WHERE s.id = ?`);
  const byBriefing = sqlite.prepare<[string], StatementRecord>(
    `SELECT ${COLUMNS} FROM statement s WHERE s.briefing_pk = (SELECT pk FROM briefing WHERE id = ?) ORDER BY s.seq`,
  );

  function withTags(records: StatementRecord[]): StatementDto[] {
    if (records.length === 0) return [];
    const pks = records.map((r) => r.pk);
    const tags = prepare<number[], TagRecord>(
      `SELECT statement_pk, kind, value, basis, score, evidence FROM statement_tag
         WHERE statement_pk IN (${pks.map(() => "?").join(",")}) ORDER BY kind, value`,
    ).all(...pks);
    const byStatement = new Map<number, TagRecord[]>();
    for (const t of tags) {
      const list = byStatement.get(t.statement_pk);
      if (list) list.push(t);
      else byStatement.set(t.statement_pk, [t]);
    }
    return records.map((r) => toDto(r, byStatement.get(r.pk) ?? []));
  }

  return {
    list(filter: StatementFilter, page: PageRequest): StatementPage {
      const bound =
        page.afterKey === null ? null : { op: page.order === "desc" ? "<" : ">", key: page.afterKey };
      const where = statementWhere(filter, bound as { op: "<" | ">"; key: number } | null);
      const dir = page.order === "desc" ? "DESC" : "ASC";
      const rows = prepare<(string | number)[], StatementRecord>(
        `SELECT ${COLUMNS} ${where.sql} ORDER BY ${orderKey(filter)} ${dir} LIMIT ?`,
      ).all(...where.params, page.limit + 1);
      const more = rows.length > page.limit;
      const pageRows = more ? rows.slice(0, page.limit) : rows;
      return { data: withTags(pageRows), nextKey: more ? (pageRows.at(-1)?.pk ?? null) : null };
    },
    get(id: string): StatementDto | null {
      const r = byId.get(id);
      return r ? (withTags([r])[0] ?? null) : null;
    },
    ofBriefing(briefingId: string): StatementDto[] {
      return withTags(byBriefing.all(briefingId));
    },
  };
}

export type StatementRepository = ReturnType<typeof createStatementRepository>;

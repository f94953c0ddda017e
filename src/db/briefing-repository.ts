import type { BriefingSummaryDto } from "../schemas/briefing.js";
import type { PodiumDb } from "./open-database.js";
import { createStatementCache } from "./statement-cache.js";

interface BriefingRecord {
  pk: number;
  id: string;
  date: string;
  held_on: string | null;
  issuer: string | null;
  speakers: string;
  title: string;
  format: "report" | "transcript";
  source: string;
  content_hash: string;
  ingested_at: string;
  tagger_version: string;
  statement_count: number;
}

export interface BriefingFilter {
  issuers: string[];
  from: string | null;
  to: string | null;
  /** Words and "phrases" that must all occur in the title (case-insensitive for ASCII letters). */
  titleTerms?: string[];
}

/** `q` on titles: "quoted phrases" and words, each of which must occur in the title. */
export function titleTerms(q: string | undefined): string[] {
  if (!q) return [];
  const terms: string[] = [];
  for (const m of q.matchAll(/"([^"]*)"?|(\S+)/g)) {
    const term = (m[1] ?? m[2] ?? "").trim();
    if (term !== "") terms.push(term);
  }
  return terms;
}

/** Keyset position in (date DESC, pk DESC) order. */
export interface BriefingKey {
  date: string;
  pk: number;
}

const COLUMNS = `pk, id, date, held_on, issuer, speakers, title, format, source, content_hash, ingested_at,
  tagger_version, statement_count`;

function toDto(r: BriefingRecord): BriefingSummaryDto {
  return {
    id: r.id,
    date: r.date,
    heldOn: r.held_on,
    issuer: r.issuer,
    speakers: JSON.parse(r.speakers),
    title: r.title,
    format: r.format,
    source: r.source,
    contentHash: r.content_hash,
    ingestedAt: r.ingested_at,
    taggerVersion: r.tagger_version,
    statementCount: r.statement_count,
  };
}

export function createBriefingRepository(pdb: PodiumDb) {
  const { sqlite } = pdb;
  const prepare = createStatementCache(sqlite);
  const exists = sqlite.prepare<[string], { pk: number }>("SELECT pk FROM briefing WHERE id = ?");
  const byId = sqlite.prepare<[string], BriefingRecord & { text: string }>(
    `SELECT ${COLUMNS}, text FROM briefing WHERE id = ?`,
  );

  function conditions(filter: BriefingFilter): { where: string[]; params: (string | number)[] } {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (filter.issuers.length > 0) {
      where.push(`issuer IN (${filter.issuers.map(() => "?").join(",")})`);
      params.push(...filter.issuers);
    }
    if (filter.from) {
      where.push("date >= ?");
      params.push(filter.from);
    }
    if (filter.to) {
      where.push("date <= ?");
      params.push(filter.to);
    }
    for (const term of filter.titleTerms ?? []) {
      where.push("instr(lower(title), lower(?)) > 0");
      params.push(term);
    }
    return { where, params };
  }

  return {
    list(filter: BriefingFilter, limit: number, after: BriefingKey | null) {
      const { where, params } = conditions(filter);
      if (after) {
        where.push("(date < ? OR (date = ? AND pk < ?))");
        params.push(after.date, after.date, after.pk);
      }
      const sql = `SELECT ${COLUMNS} FROM briefing ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
        ORDER BY date DESC, pk DESC LIMIT ?`;
      const rows = prepare<(string | number)[], BriefingRecord>(sql).all(...params, limit + 1);
      const more = rows.length > limit;
      const page = more ? rows.slice(0, limit) : rows;
      const last = page.at(-1);
      return {
        data: page.map(toDto),
        nextKey: more && last ? { date: last.date, pk: last.pk } : null,
      };
    },
    count(filter: BriefingFilter): number {
      const { where, params } = conditions(filter);
      const sql = `SELECT count(*) AS n FROM briefing ${where.length ? `WHERE ${where.join(" AND ")}` : ""}`;
      return prepare<(string | number)[], { n: number }>(sql).get(...params)?.n ?? 0;
    },
    exists(id: string): boolean {
      return exists.get(id) !== undefined;
    },
    get(id: string): (BriefingSummaryDto & { text: string }) | null {
      const r = byId.get(id);
      return r ? { ...toDto(r), text: r.text } : null;
    },
  };
}

export type BriefingRepository = ReturnType<typeof createBriefingRepository>;

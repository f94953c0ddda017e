import type { PreparedBriefing, PreparedStatement } from "../ingest/prepare-briefing.js";
import type { PodiumDb } from "./open-database.js";
import { firstKeyOf, keyAfter } from "./ordering-key.js";
import { tagsJson } from "./statement-json.js";

export interface StoreResult {
  /** False when a briefing with the same text was already stored (nothing was written). */
  created: boolean;
  briefingId: string;
}

type TagRow = [kind: string, value: string, basis: string, score: number | null];

function tagRows(s: PreparedStatement): TagRow[] {
  return [
    ...s.countries.map((t): TagRow => ["country", t.code, t.basis, null]),
    ...s.regions.map((t): TagRow => ["region", t.id, t.basis, null]),
    ...s.topics.map((t): TagRow => ["topic", t.slug, t.basis, t.score]),
  ];
}

/**
 * Writes a briefing's statements with their tags (the FTS rows follow by trigger). Shared by the
 * store and by retag so both allocate keys the same way. Call inside a transaction.
 */
export function createStatementWriter(sqlite: PodiumDb["sqlite"]) {
  const maxKeyOfDay = sqlite.prepare<[number, number], { max: number | null }>(
    "SELECT max(pk) AS max FROM statement WHERE pk >= ? AND pk < ?",
  );
  const insertStatement = sqlite.prepare(
    `INSERT INTO statement (pk, id, briefing_pk, seq, start, "end", text, speaker, question_text,
       question_start, question_end, question_asker, date, issuer, tags)
     VALUES (@pk, @id, @briefingPk, @seq, @start, @end, @text, @speaker, @questionText,
       @questionStart, @questionEnd, @questionAsker, @date, @issuer, @tags)`,
  );
  const insertTag = sqlite.prepare(
    "INSERT INTO statement_tag (statement_pk, kind, value, basis, score) VALUES (?, ?, ?, ?, ?)",
  );

  return {
    /** The first key after every statement key of the day: where a new briefing's block starts. */
    freeKeyOfDay(date: string): number {
      const first = firstKeyOf(date);
      return (maxKeyOfDay.get(first, keyAfter(date))?.max ?? first - 1) + 1;
    },
    /**
     * Statements take the keys base … base+n-1, the first statement the highest, so within one
     * briefing pk DESC is reading order (and the whole block sorts with the briefing's day). They are
     * inserted in ascending key order, last statement first: SQLite fills b-tree pages completely
     * when keys arrive in order, while descending inserts left a third of the table's pages empty.
     */
    insert(briefingPk: number, p: PreparedBriefing, base: number): void {
      const { date, issuer } = p.briefing;
      const n = p.statements.length;
      for (let i = n - 1; i >= 0; i--) {
        const s = p.statements[i] as PreparedStatement;
        const pk = base + n - s.seq;
        insertStatement.run({
          pk,
          id: s.id,
          briefingPk,
          seq: s.seq,
          start: s.start,
          end: s.end,
          text: s.text,
          speaker: s.speaker,
          questionText: s.question?.text ?? null,
          questionStart: s.question?.start ?? null,
          questionEnd: s.question?.end ?? null,
          questionAsker: s.question?.asker ?? null,
          date,
          issuer,
          tags: tagsJson(s),
        });
        for (const [kind, value, basis, score] of tagRows(s)) insertTag.run(pk, kind, value, basis, score);
      }
    },
  };
}

/**
 * The only writer of briefings. Each briefing is stored in one transaction (a savepoint inside a
 * group, see beginGroup): all of it or nothing, and a text already stored (same sha-256) writes nothing.
 */
export function createBriefingStore(pdb: PodiumDb, now: () => Date = () => new Date()) {
  const { sqlite } = pdb;
  const findByHash = sqlite.prepare<[string], { id: string }>(
    "SELECT id FROM briefing WHERE content_hash = ?",
  );
  const insertBriefing = sqlite.prepare(
    `INSERT INTO briefing (id, date, held_on, issuer, speakers, title, format, source, content_hash, text,
       ingested_at, tagger_version, statement_count)
     VALUES (@id, @date, @heldOn, @issuer, @speakers, @title, @format, @source, @contentHash, @text,
       @ingestedAt, @taggerVersion, @statementCount)`,
  );
  // Statements, tags and FTS rows go with the briefing: ON DELETE CASCADE plus the FTS delete trigger.
  const deleteBriefing = sqlite.prepare<[string]>("DELETE FROM briefing WHERE id = ?");
  const statements = createStatementWriter(sqlite);

  const store = sqlite.transaction((p: PreparedBriefing): StoreResult => {
    const existing = findByHash.get(p.contentHash);
    if (existing) return { created: false, briefingId: existing.id };
    const { lastInsertRowid } = insertBriefing.run({
      id: p.id,
      date: p.briefing.date,
      heldOn: p.briefing.heldOn,
      issuer: p.briefing.issuer,
      speakers: JSON.stringify(p.briefing.speakers),
      title: p.briefing.title,
      format: p.briefing.format,
      source: p.source,
      contentHash: p.contentHash,
      text: p.text,
      ingestedAt: now().toISOString(),
      taggerVersion: p.taggerVersion,
      statementCount: p.statements.length,
    });
    statements.insert(Number(lastInsertRowid), p, statements.freeKeyOfDay(p.briefing.date));
    return { created: true, briefingId: p.id };
  });
  const remove = sqlite.transaction((id: string): boolean => deleteBriefing.run(id).changes > 0);

  return {
    store: (p: PreparedBriefing): StoreResult => store.immediate(p),
    hasText: (contentHash: string): boolean => findByHash.get(contentHash) !== undefined,
    /**
     * A group commit, for bulk ingests: after `beginGroup`, every `store` runs in its own savepoint
     * inside one transaction (a briefing that fails still rolls back alone, nothing of it kept), and
     * `commitGroup` makes the whole group durable and visible at once. See bulk-ingest.ts for why.
     */
    beginGroup: (): void => {
      sqlite.exec("BEGIN IMMEDIATE");
    },
    commitGroup: (): void => {
      sqlite.exec("COMMIT");
    },
    /** Drops an open group (after a failed commit); nothing when SQLite has already rolled it back. */
    rollbackGroup: (): void => {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
    },
    /** False once SQLite rolled an open group back by itself (e.g. a full disk): its briefings are lost. */
    inGroup: (): boolean => sqlite.inTransaction,
    /** Remove a briefing with its statements, tags and search rows; false when no such briefing. */
    remove: (id: string): boolean => remove.immediate(id),
  };
}

export type BriefingStore = ReturnType<typeof createBriefingStore>;

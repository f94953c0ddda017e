import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** `statement.tags` of a statement without tags. */
export const NO_TAGS = '{"countries":[],"regions":[],"topics":[]}';

/**
 * Storage model. Public ids are stable hashes; internal integer keys make joins and indexes small.
 *
 * `statement.pk` is also the ordering key: `dayNumber(date) * 2^24 + n` (see ordering-key.ts), so
 * "newest first" is `ORDER BY pk DESC`, a date range is a pk range, every index ending in pk is
 * already sorted by date, and the FTS table's rowid order is date order too.
 */
export const briefing = sqliteTable(
  "briefing",
  {
    pk: integer("pk").primaryKey({ autoIncrement: true }),
    id: text("id").notNull(),
    date: text("date").notNull(),
    heldOn: text("held_on"),
    issuer: text("issuer"),
    /** JSON array of names. */
    speakers: text("speakers", { mode: "json" }).$type<string[]>().notNull(),
    title: text("title").notNull(),
    format: text("format", { enum: ["report", "transcript"] }).notNull(),
    source: text("source").notNull(),
    contentHash: text("content_hash").notNull(),
    text: text("text").notNull(),
    ingestedAt: text("ingested_at").notNull(),
    taggerVersion: text("tagger_version").notNull(),
    statementCount: integer("statement_count").notNull(),
  },
  (t) => [
    uniqueIndex("briefing_id_unique").on(t.id),
    uniqueIndex("briefing_content_hash_unique").on(t.contentHash),
    index("briefing_date_idx").on(t.date, t.pk),
    index("briefing_issuer_date_idx").on(t.issuer, t.date, t.pk),
    // Covers "the public id of briefing pk": a briefing row carries its whole text (overflow pages), so
    // reading the id from the table costs ~30 µs per statement of a page; from this index, ~3 µs.
    index("briefing_pk_id_idx").on(t.pk, t.id),
  ],
);

export const statement = sqliteTable(
  "statement",
  {
    pk: integer("pk").primaryKey(),
    id: text("id").notNull(),
    briefingPk: integer("briefing_pk")
      .notNull()
      .references(() => briefing.pk, { onDelete: "cascade" }),
    seq: integer("seq").notNull(),
    start: integer("start").notNull(),
    end: integer("end").notNull(),
    text: text("text").notNull(),
    speaker: text("speaker"),
    questionText: text("question_text"),
    questionStart: integer("question_start"),
    questionEnd: integer("question_end"),
    questionAsker: text("question_asker"),
    /** Copied from the briefing so filters need no join. */
    date: text("date").notNull(),
    issuer: text("issuer"),
    /**
     * The statement's tags with their evidence as one JSON object, `{"countries":[…],"regions":[…],
     * "topics":[…]}`, exactly as the API shows them (see statement-json.ts). Written once with the
     * statement, so a page splices it into the response instead of reading and parsing tag rows.
     */
    tags: text("tags").notNull().default(NO_TAGS),
  },
  (t) => [
    uniqueIndex("statement_id_unique").on(t.id),
    uniqueIndex("statement_briefing_seq_unique").on(t.briefingPk, t.seq),
    index("statement_issuer_idx").on(t.issuer, t.pk),
    index("statement_speaker_idx").on(t.speaker, t.pk),
  ],
);

/**
 * One row per tag of a statement: what filters, facets and the facet snapshot read. Evidence lives
 * in `statement.tags` only; these rows stay small so their indexes are cheap to walk.
 */
export const statementTag = sqliteTable(
  "statement_tag",
  {
    statementPk: integer("statement_pk")
      .notNull()
      .references(() => statement.pk, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["country", "region", "topic"] }).notNull(),
    value: text("value").notNull(),
    basis: text("basis", { enum: ["text", "question"] }).notNull(),
    /** Topic score; null for countries and regions. */
    score: real("score"),
  },
  (t) => [
    // (kind, value, statement_pk) serves "statements tagged X, newest first" straight from the index.
    primaryKey({ columns: [t.kind, t.value, t.statementPk] }),
    index("statement_tag_statement_idx").on(t.statementPk, t.kind, t.value, t.basis),
  ],
);

export type BriefingRow = typeof briefing.$inferSelect;
export type StatementRow = typeof statement.$inferSelect;
export type StatementTagRow = typeof statementTag.$inferSelect;

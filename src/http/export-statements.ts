import type { ListRequest, Position, StatementRepository } from "../db/statement-repository.js";
import type { CsvColumn } from "./export.js";

/**
 * Statements read per batch of an export. A batch's rows stay alive while its chunks are written, so
 * whatever young-generation collection happens meanwhile promotes them to the old generation, garbage
 * there until a full collection: 500 rows (~1.5 MB) at a time grew the heap by ~50 MB under repeated
 * exports; 200 rows cost 2.5 times as many keyset queries (~0.3 ms each, ~5% of an export).
 */
export const EXPORT_BATCH = 200;

type FlatStatement = ReturnType<StatementRepository["listFlat"]>["data"][number];

/**
 * The CSV columns of a statement export, one row per statement. Tag lists are ISO alpha-2 codes,
 * region ids and topic slugs, each separated by `;` and sorted.
 */
export const STATEMENT_CSV_COLUMNS: CsvColumn<FlatStatement>[] = [
  { name: "id", get: (s) => s.id },
  { name: "briefing_id", get: (s) => s.briefing_id },
  { name: "date", get: (s) => s.date },
  { name: "issuer", get: (s) => s.issuer },
  { name: "seq", get: (s) => s.seq },
  { name: "speaker", get: (s) => s.speaker },
  { name: "countries", get: (s) => s.countries.join(";") },
  { name: "regions", get: (s) => s.regions.join(";") },
  { name: "topics", get: (s) => s.topics.join(";") },
  { name: "text", get: (s) => s.text },
  { name: "question", get: (s) => s.question_text },
  { name: "question_asker", get: (s) => s.question_asker },
  { name: "start", get: (s) => s.start },
  { name: "end", get: (s) => s.end },
];

export const STATEMENT_CSV_DESCRIPTION =
  "One row per statement, with a header row: id, briefing_id, date, issuer, seq, speaker, countries, regions, " +
  "topics, text, question, question_asker, start, end. countries, regions and topics are `;`-separated codes, ids " +
  "and slugs. RFC 4180 quoting, CRLF line ends, UTF-8.";

/** Batches of a statement list from `req.after` to its end, each read when the previous one was sent. */
export function* flatBatches(repo: StatementRepository, req: ListRequest): Generator<FlatStatement[]> {
  let after: Position | null = req.after;
  do {
    const page = repo.listFlat({ ...req, limit: EXPORT_BATCH, after });
    yield page.data;
    after = page.next;
  } while (after);
}

export function* fullBatches(repo: StatementRepository, req: ListRequest) {
  let after: Position | null = req.after;
  do {
    const page = repo.list({ ...req, limit: EXPORT_BATCH, after });
    yield page.data;
    after = page.next;
  } while (after);
}

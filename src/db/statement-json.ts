import type { Evidence, TaggedStatement } from "../extract/types.js";
import { countryName } from "../reference.js";
import type { StatementDto } from "../schemas/statement.js";
import type { Snippet } from "./search-snippet.js";

/**
 * Statements as JSON bytes. A list page is ~40 KB of JSON, mostly tag evidence: building objects,
 * serializing them and encoding the text as UTF-8 cost several times the queries. So each
 * statement's tags are serialized once, when it is stored (`statement.tags`), and SQLite writes each
 * statement's JSON around them (STATEMENT_JSON), handed over as bytes: a page is the rows
 * concatenated, never decoded into JavaScript strings. `statementDto` parses the same bytes, so
 * objects and JSON cannot disagree.
 */

const evidence = (list: Evidence[]) =>
  list.map((e) => ({ start: e.start, end: e.end, text: e.text, rule: e.rule }));
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The `statement.tags` column of a tagged statement: tags as the API shows them, countries by code
 * (with the gazetteer's name), regions by id, topics by score, highest first, then slug.
 */
export function tagsJson(s: Pick<TaggedStatement, "countries" | "regions" | "topics">): string {
  return JSON.stringify({
    countries: [...s.countries]
      .sort((a, b) => byText(a.code, b.code))
      .map((c) => ({
        code: c.code,
        name: countryName(c.code) ?? c.name,
        basis: c.basis,
        evidence: evidence(c.evidence),
      })),
    regions: [...s.regions]
      .sort((a, b) => byText(a.id, b.id))
      .map((r) => ({ id: r.id, basis: r.basis, evidence: evidence(r.evidence) })),
    topics: [...s.topics]
      .sort((a, b) => b.score - a.score || byText(a.slug, b.slug))
      .map((t) => ({ slug: t.slug, score: t.score, basis: t.basis, evidence: evidence(t.evidence) })),
  });
}

/**
 * SQL for the JSON of statement `s` (a `Statement`, key order as in its schema), as a BLOB so the
 * driver hands over bytes. json_quote escapes like JSON.stringify; the tags object's opening brace
 * is dropped and its fields close the statement object. One concat() allocates the result once.
 */
export const STATEMENT_JSON = `CAST(concat('{"id":', json_quote(s.id),
  ',"briefingId":', json_quote((SELECT id FROM briefing INDEXED BY briefing_pk_id_idx WHERE pk = s.briefing_pk)),
  ',"date":', json_quote(s.date), ',"issuer":', json_quote(s.issuer),
  ',"seq":', s.seq, ',"start":', s.start, ',"end":', s."end",
  ',"text":', json_quote(s.text), ',"speaker":', json_quote(s.speaker),
  ',"question":', CASE WHEN s.question_text IS NULL THEN 'null' ELSE concat('{"text":', json_quote(s.question_text),
    ',"start":', coalesce(s.question_start, 0), ',"end":', coalesce(s.question_end, 0),
    ',"asker":', json_quote(s.question_asker), '}') END,
  ',', substr(s.tags, 2)) AS BLOB)`;

/** A statement's JSON with its highlight added (a `StatementResult`). */
export function withHighlight(json: Buffer, highlight: Snippet): Buffer {
  return Buffer.concat([
    json.subarray(0, json.length - 1),
    Buffer.from(`,"highlight":${JSON.stringify(highlight)}}`),
  ]);
}

/** The statement as an object (single statements, exports): parsed from its JSON. */
export function statementDto(json: Buffer): StatementDto {
  return JSON.parse(json.toString("utf8")) as StatementDto;
}

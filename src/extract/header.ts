/**
 * Every briefing file starts with a header `date YYYY-MM-DD ` (optionally after leading
 * whitespace) followed by the text's own first line. The header belongs to no statement.
 */

export interface Header {
  /** ISO date of the header. */
  date: string;
  /** Offset of the first character after the header (the briefing's own text starts here). */
  bodyStart: number;
}

const HEADER = /^\s*date (\d{4})-(\d{2})-(\d{2})(?:[ \t]+|(?=\r?\n)|$)/;

/** The header's date and where the body starts, or null when the text has no valid header. */
export function parseHeader(text: string): Header | null {
  const m = HEADER.exec(text);
  if (!m) return null;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isValidIsoDate(date)) return null;
  return { date, bodyStart: m[0].length };
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isValidIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

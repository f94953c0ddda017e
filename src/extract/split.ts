/**
 * The splitter's entry point: reads the header, tells the briefing's shape from its text, hands it to
 * the splitter for that shape and fills in the briefing's metadata. Only a missing or invalid header
 * throws; odd body text yields fewer statements, never an error.
 */

import { briefingMeta } from "./briefing-meta.js";
import { detectFormat } from "./detect-format.js";
import { parseHeader } from "./header.js";
import { splitQa } from "./split-qa.js";
import { splitReport } from "./split-report.js";
import { splitTurns } from "./split-turns.js";
import type { SplitResult } from "./types.js";

/** The text does not start with a valid `date YYYY-MM-DD` header line. */
export class BriefingFormatError extends Error {
  override readonly name = "BriefingFormatError";
}

export interface SplitOptions {
  /** The issuer (ISO alpha-2) when the caller knows it; it wins over the detected one. */
  issuer?: string;
}

/** Splits a briefing's exact text into statements and reads its metadata. Pure: no I/O. */
export function splitBriefing(text: string, options: SplitOptions = {}): SplitResult {
  const header = parseHeader(text);
  if (!header) {
    throw new BriefingFormatError(
      'briefing text must start with a header line "date YYYY-MM-DD " giving a real calendar date',
    );
  }
  const { date, bodyStart } = header;
  const shape = detectFormat(text, bodyStart);
  if (shape === "report") {
    const split = splitReport(text, bodyStart, { home: options.issuer ?? null });
    // The splitter detects the issuer itself (it reads sentences relative to it) and the metadata reports
    // that one, so a briefing splits the same whether its issuer is detected or given (a stored briefing
    // is re-checked, and retagged, with its stored issuer) — one split, one detector.
    const briefing = briefingMeta({
      text,
      bodyStart,
      date,
      format: "report",
      ...split,
      issuer: split.home,
    });
    return { briefing, statements: split.statements };
  }
  const split = shape === "qa" ? splitQa(text, bodyStart) : splitTurns(text, bodyStart);
  const briefing = briefingMeta({
    text,
    bodyStart,
    date,
    format: "transcript",
    ...split,
    issuer: options.issuer,
  });
  return { briefing, statements: split.statements };
}

/**
 * A briefing's metadata from its split: header date, the day it was held, issuer, speakers, title
 * and format. Reports name the briefing day by weekday; transcripts are dated by the briefing itself.
 */

import { reportHeldOn } from "./meta-held-on.js";
import { detectIssuer } from "./meta-issuer.js";
import type { BriefingFormat, BriefingMeta, SplitStatement } from "./types.js";

export interface MetaInput {
  text: string;
  bodyStart: number;
  /** The header's ISO date. */
  date: string;
  format: BriefingFormat;
  statements: readonly SplitStatement[];
  speakers: string[];
  title: string;
  /**
   * The issuer when already decided: the caller's (ISO alpha-2, which wins over anything the text says),
   * or for a report the splitter's detectIssuer answer (null: none). Undefined: read it from the text.
   */
  issuer?: string | null;
}

export function briefingMeta(input: MetaInput): BriefingMeta {
  const heldOn =
    input.format === "report" ? reportHeldOn(input.text, input.bodyStart, input.date) : input.date;
  const issuer =
    input.issuer !== undefined
      ? input.issuer
      : detectIssuer(input.text, input.bodyStart, { title: input.title, home: null });
  return {
    date: input.date,
    heldOn,
    issuer,
    speakers: input.speakers,
    title: input.title,
    format: input.format,
  };
}

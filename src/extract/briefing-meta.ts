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
  /** The home country a report's dateline or office gives, if any. */
  home: string | null;
  /** The caller's issuer (ISO alpha-2), which wins over anything the text says. */
  issuer?: string;
}

export function briefingMeta(input: MetaInput): BriefingMeta {
  const heldOn =
    input.format === "report" ? reportHeldOn(input.text, input.bodyStart, input.date) : input.date;
  const issuer =
    input.issuer ??
    detectIssuer(input.text, input.bodyStart, {
      title: input.title,
      home: input.home,
    });
  return {
    date: input.date,
    heldOn,
    issuer,
    speakers: input.speakers,
    title: input.title,
    format: input.format,
  };
}

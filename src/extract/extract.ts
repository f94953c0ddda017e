import { tagStatements } from "../tagging/tag-statements.js";
import { splitBriefing } from "./split.js";
import type { Extraction } from "./types.js";

export interface ExtractOptions {
  /** Overrides the detected issuer (ISO alpha-2). */
  issuer?: string;
}

/** Split a briefing's exact text into statements and tag each one. Pure: no I/O. */
export function extract(text: string, options: ExtractOptions = {}): Extraction {
  const split = splitBriefing(text, options);
  const briefing = options.issuer ? { ...split.briefing, issuer: options.issuer } : split.briefing;
  const statements = tagStatements(text, split.statements, { issuer: briefing.issuer });
  return { briefing, statements };
}

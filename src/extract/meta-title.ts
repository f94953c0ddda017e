/**
 * A report's title: its headline when the text opens with one, else the lede's first sentence.
 * Titles are for lists and previews, so they are cut to at most 200 characters at a word boundary.
 */

import type { Block } from "./report-blocks.js";
import { sentenceStarts } from "./report-sentences.js";
import { plainView } from "./report-text.js";

export const TITLE_MAX_CHARS = 200;

/** `s` cut to at most `TITLE_MAX_CHARS` characters at a word boundary, with an ellipsis when cut. */
export function clipTitle(s: string): string {
  const t = s.replace(/\s+/g, " ").trim();
  if (t.length <= TITLE_MAX_CHARS) return t;
  const cut = t.lastIndexOf(" ", TITLE_MAX_CHARS - 1);
  return `${t.slice(0, cut > 0 ? cut : TITLE_MAX_CHARS - 1).replace(/[\s,;:–—-]+$/, "")}…`;
}

/** The report's title from its blocks: a leading headline, else the first sentence of the lede. */
export function reportTitle(text: string, blocks: readonly Block[]): string {
  const first = blocks[0];
  if (first?.kind === "heading") return clipTitle(plainView(text, first.start, first.end).text);
  const lede = blocks.find((b) => b.kind === "text" && b.contentStart < b.end);
  if (!lede) return "";
  const plain = plainView(text, lede.contentStart, lede.end).text;
  const next = sentenceStarts(plain)[1];
  return clipTitle(next === undefined ? plain : plain.slice(0, next));
}

/**
 * Decides which paragraphs of a news report are the spokesperson's words.
 *
 * Attributed paragraphs are theirs; pronouns ("she said") follow the last named speaker; a topic cue
 * at a paragraph's start ("To a question, he said") hands the floor back to the spokesperson.
 * Unattributed paragraphs are the hard part. Right after the spokesperson's words, one that opens
 * with a quotation, or speaks in the first person ("our existing cooperation"), continues them. Beyond that the report's layout tells: wire copy with one paragraph per line (APP) reports
 * the briefing paragraph after paragraph, so an unattributed run between two of the spokesperson's
 * paragraphs is their announcement; feature copy with blank lines between paragraphs (Dawn) weaves
 * in the reporter's own background, which belongs to no statement.
 */

import type { Block } from "./report-blocks.js";
import type { Cue } from "./report-cues.js";
import { nameMatcherOf } from "./report-name-ref.js";
import type { Spokesperson } from "./report-spokesperson.js";
import type { PlainView } from "./report-text.js";
import { namesAnotherPerson, type Voice, voiceOf } from "./report-voice.js";

export interface Paragraph {
  block: Block;
  /** The block's index among all blocks, to tell adjacent paragraphs. */
  index: number;
  view: PlainView;
  cues: Cue[];
  /** True when the paragraph names the briefing's spokesperson by title. */
  titled: boolean;
  /** True when the paragraph is the spokesperson's words. */
  included: boolean;
}

const QUOTE_START = /^[“"‘]/;
const FIRST_PERSON = /\b(?:we|We|our|Our|us)\b/;
const QUOTED = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;

function continuesSpeaker(plain: string): boolean {
  return QUOTE_START.test(plain) || FIRST_PERSON.test(plain.replace(QUOTED, " "));
}

/** True when most paragraphs stand one per line, without blank lines between them (wire copy). */
function isPacked(paras: readonly Paragraph[]): boolean {
  if (paras.length < 3) return false;
  const spaced = paras.slice(1).filter((p) => p.block.blankBefore).length;
  return spaced * 2 < paras.length - 1;
}

/** Marks `included` on every paragraph that carries the spokesperson's words. */
export function spokespersonParagraphs(
  paras: Paragraph[],
  _blocks: readonly Block[],
  sp: Spokesperson,
  home: string | null,
): void {
  const nameRef = nameMatcherOf(sp);
  const packed = isPacked(paras);
  const voices: Voice[] = paras.map((p, n) =>
    voiceOf(p.view.text, { spokesperson: sp, nameRef, home, lede: n === 0, titled: p.titled }),
  );
  let speaker: "spokesperson" | "other" | null = null;
  const pending: boolean[] = paras.map(() => false);
  paras.forEach((p, n) => {
    const voice = voices[n] as Voice;
    const prev = n > 0 ? paras[n - 1] : undefined;
    const adjacent = prev !== undefined && p.index === prev.index + 1;
    const opensWithCue = p.cues[0]?.at === 0 && p.cues[0].strength !== "shift";
    // A cue hands the floor back to the spokesperson, unless someone else holds it ("When asked…, Trump replied").
    if (voice === "spokesperson" || (opensWithCue && voice !== "other" && speaker !== "other")) {
      p.included = true;
      speaker = "spokesperson";
    } else if (voice === "pronoun") {
      p.included = speaker !== "other";
      if (p.included) speaker = "spokesperson";
    } else if (voice === "other") {
      speaker = "other";
    } else if (adjacent && prev?.included && speaker === "spokesperson" && continuesSpeaker(p.view.text)) {
      p.included = true;
    } else {
      pending[n] = true;
      if (!packed && namesAnotherPerson(p.view.text)) speaker = "other";
    }
  });
  if (packed) includeSandwiched(paras, pending);
}

/** Includes each run of unattributed paragraphs that lies between two of the spokesperson's. */
function includeSandwiched(paras: Paragraph[], pending: boolean[]): void {
  let n = 0;
  while (n < paras.length) {
    if (!pending[n]) {
      n++;
      continue;
    }
    let end = n + 1;
    while (end < paras.length && pending[end] && isAdjacent(paras, end)) end++;
    const before = paras[n - 1];
    const after = paras[end];
    const runAdjacent = isAdjacent(paras, n) && after !== undefined && isAdjacent(paras, end);
    if (before?.included && after?.included && runAdjacent) {
      for (let k = n; k < end; k++) (paras[k] as Paragraph).included = true;
    }
    n = end;
  }
}

function isAdjacent(paras: readonly Paragraph[], n: number): boolean {
  const p = paras[n];
  const prev = paras[n - 1];
  return p !== undefined && prev !== undefined && p.index === prev.index + 1;
}

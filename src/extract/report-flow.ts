/**
 * Decides which paragraphs of a news report are the spokesperson's words.
 *
 * Attributed paragraphs are theirs; pronouns ("she said") follow the last named speaker; a topic cue
 * at a paragraph's start ("To a question, he said") hands the floor back to the spokesperson.
 * Unattributed paragraphs are the hard part. Right after the spokesperson's words, one that opens
 * with a quotation, or speaks in the first person ("our existing cooperation"), continues them.
 * Beyond that the report's layout tells: wire copy with one paragraph per line (APP) reports the
 * briefing paragraph after paragraph, so an unattributed paragraph after the spokesperson's words
 * is still their announcement (the visit programme, what the prime minister said at the summit);
 * feature copy with blank lines between paragraphs (Dawn) weaves in the reporter's own background,
 * which belongs to no statement. A reported question ("was asked whether…") is never statement text.
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
  /** Sentence starts of `view.text` outside quotations (`sentenceStarts`). */
  starts: number[];
  cues: Cue[];
  /** Whose words the paragraph carries, once `spokespersonParagraphs` has run. */
  voice: Voice;
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
export function spokespersonParagraphs(paras: Paragraph[], sp: Spokesperson, home: string | null): void {
  const nameRef = nameMatcherOf(sp);
  const packed = isPacked(paras);
  let speaker: "spokesperson" | "other" | null = null;
  // True when the floor went to someone else only because a pronoun was not the spokesperson's.
  let otherByPronoun = false;
  paras.forEach((p, n) => {
    p.voice = voiceOf(p.view.text, {
      spokesperson: sp,
      nameRef,
      home,
      lede: n === 0,
      titled: p.titled,
      packed,
    });
    const voice = p.voice;
    const prev = n > 0 ? paras[n - 1] : undefined;
    const afterOwn = prev !== undefined && p.index === prev.index + 1 && prev.included;
    const opensWithCue = p.cues[0]?.at === 0 && p.cues[0].strength !== "shift";
    if (voice === "question") return;
    // A cue hands the floor back to the spokesperson, unless someone else holds it ("When asked…, Trump replied").
    if (voice === "spokesperson" || (opensWithCue && voice !== "other" && speaker !== "other")) {
      p.included = true;
      speaker = "spokesperson";
    } else if (voice === "pronoun") {
      // "He stressed…" about the prime minister, then "She also apprised…": her pronoun takes the floor back.
      p.included = speaker !== "other" || (otherByPronoun && sp.pronoun !== null);
      if (p.included) speaker = "spokesperson";
    } else if (voice === "other" || (voice === "mismatch" && !packed)) {
      speaker = "other";
      otherByPronoun = voice === "mismatch";
    } else if (afterOwn && (packed || (speaker === "spokesperson" && continuesSpeaker(p.view.text)))) {
      p.included = true;
    } else if (!packed && namesAnotherPerson(p.view.text)) {
      speaker = "other";
      otherByPronoun = false;
    }
  });
  includeWireLede(paras, packed);
}

/**
 * Wire copy opens with the briefing's news and attributes it in the next paragraph ("Caretaker Prime
 * Minister X will participate in the UN debate." then "Foreign Office Spokesperson Y … said the
 * prime minister would address the UNGA…"): an unattributed lede right before the spokesperson's
 * first named words is theirs. Feature copy opens with the reporter's own scene, so only wire copy.
 */
function includeWireLede(paras: readonly Paragraph[], packed: boolean): void {
  const [lede, next] = paras;
  if (!packed || !lede || !next || lede.included || lede.voice !== "neutral") return;
  if (next.index === lede.index + 1 && next.voice === "spokesperson" && next.included) lede.included = true;
}

/**
 * Cuts a news report's body into blocks (paragraphs) and names what each one is. Only `text` blocks
 * can hold statements; sub-headlines, headings, bylines, captions and site furniture never do.
 * News reports come with one paragraph a line (APP) or blank lines between paragraphs (Dawn), and
 * some lines are hard-wrapped mid-sentence, so a line that stops without sentence punctuation runs
 * on into the next one unless it is short enough to be a heading.
 */

import { cueAt } from "./report-cues.js";
import { plainView, skipBlank, sourceOffset, trimBlankEnd, wordCount } from "./report-text.js";

export type BlockKind = "text" | "heading" | "subheadline" | "byline" | "furniture";

export interface Block {
  kind: BlockKind;
  /** Trimmed source range of the whole block. */
  start: number;
  end: number;
  /** Where the block's own words start: after a dateline ("ISLAMABAD, Feb 15 (APP):"), else `start`. */
  contentStart: number;
  /** The dateline's place as written ("ISLAMABAD"), when this block opens with one. */
  dateline: string | null;
  /** True when a blank line separates the block from the one before. */
  blankBefore: boolean;
}

/** A heading or pull quote is short; longer unpunctuated lines are hard-wrapped text. */
const HEADING_MAX_WORDS = 14;
/** Unpunctuated, blank-separated lines up to this long are pull quotes (Dawn) rather than text. */
const PULL_QUOTE_MAX_WORDS = 30;

const CLOSERS = "”\"’'»)]";
const STOPS = ".!?…:;";

/** True when text[start, end) ends a sentence: a stop, then maybe closing quotes or brackets. */
function endsSentenceAt(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && (CLOSERS.includes(text[i] as string) || text.charCodeAt(i) === 0xad)) i--;
  return i >= start && STOPS.includes(text[i] as string);
}

/** True when a line ends a sentence: a stop, optionally followed by closing quotes or brackets. */
function endsSentence(line: string): boolean {
  return endsSentenceAt(line, 0, line.length);
}
const ENDS_IN_QUOTE = /[”"]$/;
const SUBHEADLINE = /^[•●▪■◦]/;
const BYLINE =
  /^(?:By\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|(?:By\s+)?(?:Our|From our)\s+(?:Staff\s+)?(?:Correspondent|Reporter)s?|(?:Staff|Special)\s+(?:Reporter|Correspondent)|(?:News|Web|Monitoring)\s+(?:Desk|Report))\.?$/i;
const FURNITURE_START =
  /^(?:Published in\b|Follow (?:Dawn|us)\b|Read (?:more|also)\b|Read:|Also read\b|Header image\b|Photo\b|Image\b|Caption\b|Related:|Additional (?:input|reporting)\b|Copyright\b|©|Subscribe\b|Click here\b|Source:|Tags:|LIVE\b)/i;
// An e-mail address marks an author's bio or contact box ("… Foreign Editor, leads coverage of … – Reach
// out at …/ name@mail.com"): a spokesperson's reported words never carry one.
const FURNITURE_ANYWHERE =
  /https?:\/\/|pic\.twitter\.com|www\.[a-z]|\(@\w+\)|adsbygoogle|\)\.push\(|[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/i;
/** Every furniture mark above contains "/" or "@" or "www." or "push("; other lines skip the regex. */
const FURNITURE_HINT = /[/@]|www\.|push\(/;
function mayBeFurniture(s: string): boolean {
  return FURNITURE_HINT.test(s);
}
const CREDIT_LINE = /^[—–]/;
/** A photo caption ends with its credit: "… addresses the briefing. — APP/File". */
const CAPTION_END = /[—–]\s*(?:[A-Z][A-Za-z]*(?:\s*\/\s*[A-Za-z]+)?|Photo\b[^.]*|File)\s*$/;
/**
 * A dateline opens a report's first paragraph: a place in capitals, optionally its country, the date
 * and the agency, then a colon or dash ("ISLAMABAD, Feb 15 (APP):", "WASHINGTON / ISLAMABAD:",
 * "CALGARY (Canada), July 26 (APP):", "NEW DELHI —").
 */
const DATELINE =
  /^([A-Z][A-Z.'’-]+(?:(?:\s*[/&]\s*|\s+)[A-Z][A-Z.'’-]+)*)(?:\s*\([A-Z][a-z]+\))?(?:\s*,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([A-Za-z]{2,12}\))?\s*[:–—]\s*/;

interface Line {
  start: number;
  end: number;
  blankBefore: boolean;
}

function lines(text: string, bodyStart: number): Line[] {
  const out: Line[] = [];
  let blank = false;
  let pos = bodyStart;
  // A few scraped texts carry line breaks as the two characters "\\n"; they count as breaks too.
  let escaped = text.indexOf("\\n", pos);
  while (pos <= text.length) {
    if (escaped >= 0 && escaped < pos) escaped = text.indexOf("\\n", pos);
    let eol = text.indexOf("\n", pos);
    if (eol < 0) eol = text.length;
    let next = eol + 1;
    if (escaped >= 0 && escaped < eol) {
      eol = escaped;
      next = escaped + 2;
    }
    const s = skipBlank(text, pos, eol);
    const e = trimBlankEnd(text, s, eol);
    if (e > s) {
      out.push({ start: s, end: e, blankBefore: blank });
      blank = false;
    } else if (out.length > 0) {
      blank = true;
    }
    pos = next;
  }
  return out;
}

const BULLETS = "•●▪■◦";
/** The dateline pattern, anchored at a given offset of the whole text. */
const DATELINE_AT = new RegExp(DATELINE.source.slice(1), "y");

/**
 * True when a line that stops without sentence punctuation is hard-wrapped into the next one:
 * headings stand alone (a blank line follows them), so only a bullet or a dateline on the next line
 * stops it, or a next line that opens with a strong topic cue: a wire paragraph cut off mid-sentence
 * ("…aimed at changing the demographic structure of IOJ&K; and") does not run into the next item
 * ("As regards repatriation of…, the spokesperson said"). Reads the text in place, without copies.
 */
function runsOn(text: string, line: Line, next: Line): boolean {
  if (endsSentenceAt(text, line.start, line.end)) return false;
  if (BULLETS.includes(text[next.start] as string) || BULLETS.includes(text[line.start] as string))
    return false;
  DATELINE_AT.lastIndex = next.start;
  if (DATELINE_AT.test(text)) return false;
  return !opensWithStrongCue(text, next);
}

const CAPITAL_START = /[A-Z]/;

/** True when the line starts with a capital and a strong cue ("To a question", "As regards…,"). */
function opensWithStrongCue(text: string, line: Line): boolean {
  if (!CAPITAL_START.test(text[line.start] as string)) return false;
  return cueAt(text.slice(line.start, line.end), 0)?.strength === "strong";
}

function kindOf(s: string, blankAround: boolean, lineCount: number): BlockKind {
  if (SUBHEADLINE.test(s)) return "subheadline";
  if (FURNITURE_START.test(s) || (mayBeFurniture(s) && FURNITURE_ANYWHERE.test(s)) || CREDIT_LINE.test(s))
    return "furniture";
  if (CAPTION_END.test(s)) return "furniture";
  if (BYLINE.test(s)) return "byline";
  // Dawn's section headings may ask: "Truce talks?"
  if (lineCount === 1 && blankAround && s.endsWith("?") && wordCount(s) <= 5 && !/^[“"‘]/.test(s))
    return "heading";
  if (lineCount === 1 && !endsSentence(s)) {
    const words = wordCount(s);
    if (words <= HEADING_MAX_WORDS && !ENDS_IN_QUOTE.test(s)) return "heading";
    if (blankAround && words <= PULL_QUOTE_MAX_WORDS && !ENDS_IN_QUOTE.test(s)) return "heading";
  }
  return "text";
}

/** The body's blocks in order; the first text block loses its dateline. */
export function reportBlocks(text: string, bodyStart: number): Block[] {
  const all = lines(text, bodyStart);
  const blocks: Block[] = [];
  let sawText = false;
  for (let i = 0; i < all.length; ) {
    const first = all[i] as Line;
    let last = first;
    let j = i + 1;
    while (j < all.length) {
      const next = all[j] as Line;
      if (next.blankBefore) break;
      if (!runsOn(text, last, next)) break;
      last = next;
      j++;
    }
    const blankAfter = j >= all.length || (all[j] as Line).blankBefore;
    const view = plainView(text, first.start, last.end);
    const kind = kindOf(view.text, (first.blankBefore || i === 0) && blankAfter, j - i);
    const block: Block = {
      kind,
      start: first.start,
      end: last.end,
      contentStart: first.start,
      dateline: null,
      blankBefore: first.blankBefore,
    };
    if (kind === "text" && !sawText) {
      const m = DATELINE.exec(view.text);
      // A place of at least four letters: "NEW DELHI:", not "UN:".
      if (m && (m[1] ?? "").replace(/[^A-Z]/g, "").length >= 4) {
        block.contentStart = sourceOffset(view, m[0].length);
        block.dateline = m[1] ?? null;
      }
      sawText = true;
    }
    blocks.push(block);
    i = j;
  }
  return blocks;
}

/**
 * Small text helpers for the news-report splitter. News sites hyphenate for line breaking with soft
 * hyphens (U+00AD: "Fri­day", "Pak­is­tan"), which hide words from every pattern; the splitter matches
 * on a "plain" view without them and maps positions back to the source.
 */

const SOFT_HYPHEN = "\u00ad";

/** A source range with soft hyphens removed, and the way back to source offsets (`sourceOffset`). */
export interface PlainView {
  /** The range's text without soft hyphens. */
  readonly text: string;
  /** Source offset of the range's start. */
  readonly start: number;
  /** Source offset of each position of `text` and of its end; null when nothing was removed. */
  readonly index: readonly number[] | null;
}

/** The plain view of `source.slice(start, end)`; no index is built unless a soft hyphen occurs. */
export function plainView(source: string, start: number, end: number): PlainView {
  const raw = source.slice(start, end);
  if (!raw.includes(SOFT_HYPHEN)) return { text: raw, start, index: null };
  const index: number[] = [];
  let text = "";
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === SOFT_HYPHEN) continue;
    index.push(start + i);
    text += raw[i];
  }
  index.push(end);
  return { text, start, index };
}

/** Source offset of position `i` of a plain view's text. */
export function sourceOffset(view: PlainView, i: number): number {
  if (view.index === null) return view.start + i;
  return view.index[i] ?? (view.index[view.index.length - 1] as number);
}

/** True for the whitespace a statement must not start or end with (NBSP and soft hyphen included). */
export function isBlank(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xad || code === 0x2028;
}

/** First offset in [from, to) that is not blank, or `to`. */
export function skipBlank(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last non-blank character in [from, to), or `from`. */
export function trimBlankEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isBlank(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Number of words (whitespace-separated runs) in a string. */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const blank = isBlank(s.charCodeAt(i));
    if (!blank && !inWord) n++;
    inWord = !blank;
  }
  return n;
}

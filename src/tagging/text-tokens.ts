/**
 * Word tokens of a text range, for the phrase matchers. A token is a run of letters or digits
 * (Latin letters with diacritics included); everything else separates tokens. Each token keeps its
 * offsets into the original text and a folded key (lower case, diacritics removed) so
 * "Türkiye", "TURKIYE" and "turkiye" share one key.
 */

export interface TokenList {
  readonly starts: number[];
  readonly ends: number[];
  readonly keys: string[];
}

/**
 * True for the UTF-16 code units that belong inside a word token. The soft hyphen (U+00AD) counts, so
 * "Afghan\u00ADistan" stays one word; foldKey drops it from the key.
 */
export function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff) || c === 0xad;
}

const DIACRITICS = /[\u0300-\u036f\u00ad]/g;

/** Lower case without diacritics or soft hyphens; the key every matcher compares. */
export function foldKey(word: string): string {
  const lower = word.toLowerCase();
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= 128) return lower.normalize("NFD").replace(DIACRITICS, "");
  }
  return lower;
}

/** Tokens of `text` between `from` and `to` (end exclusive). */
export function tokenize(text: string, from = 0, to = text.length): TokenList {
  const starts: number[] = [];
  const ends: number[] = [];
  const keys: string[] = [];
  // Lower-case the range once; fold a token on its own only where it has letters beyond ASCII
  // (diacritics to strip) or lower-casing changed the range's length (offsets would not line up).
  const lower = text.slice(from, to).toLowerCase();
  const aligned = lower.length === to - from;
  let i = from;
  while (i < to) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const s = i;
    let ascii = text.charCodeAt(i) < 128;
    i++;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) break;
      if (c >= 128) ascii = false;
      i++;
    }
    starts.push(s);
    ends.push(i);
    keys.push(ascii && aligned ? lower.slice(s - from, i - from) : foldKey(text.slice(s, i)));
  }
  return { starts, ends, keys };
}

/**
 * The separator between two adjacent tokens, reduced to what a phrase may require: whitespace,
 * line breaks and hyphens vanish (so "Guinea-Bissau" equals "Guinea Bissau"), curly apostrophes become
 * "'", and "." "," "&" stay. Returns null for separators no phrase may span: a blank line (a paragraph
 * break), an em dash, brackets, sentence punctuation, or more than two kept characters.
 */
export function gapKey(text: string, from: number, to: number): string | null {
  let key = "";
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 0xa0) continue;
    if (c === 10) {
      if (++newlines > 1) return null;
      continue;
    }
    if (c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013) continue;
    if (c === 39 || c === 0x2019 || c === 0x2018) key += "'";
    else if (c === 46 || c === 44 || c === 38) key += text[i];
    else return null;
    if (key.length > 2) return null;
  }
  return key;
}

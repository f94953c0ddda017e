/**
 * Character-level helpers shared by the transcript splitters. They work on offsets into the exact
 * briefing text so that every statement stays `text.slice(start, end)`.
 */

/** True for the characters String.prototype.trim removes (ASCII blanks, NBSP, Unicode spaces, BOM). */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** First non-space offset in [start, end), or `end` when the range is blank. */
export function skipSpace(text: string, start: number, end: number): number {
  let i = start;
  while (i < end && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** Offset just after the last non-space character in [start, end), or `start` when blank. */
export function trimEnd(text: string, start: number, end: number): number {
  let j = end;
  while (j > start && isSpaceCode(text.charCodeAt(j - 1))) j--;
  return j;
}

/** End of the line that starts at `pos` (offset of its `\n`, or the text's length). */
export function lineEnd(text: string, pos: number): number {
  const nl = text.indexOf("\n", pos);
  return nl < 0 ? text.length : nl;
}

/** True when [start, end) holds only spaces (a blank line, NBSP-only lines included). */
export function isBlank(text: string, start: number, end: number): boolean {
  return skipSpace(text, start, end) >= end;
}

/**
 * The text's own first line after the header: the first non-blank line from `bodyStart`, trimmed.
 * A trailing backslash (a line-continuation mark the White House pages leave on cut titles) is dropped.
 * Returns the title and the offset where the line after it starts.
 */
export function readTitle(text: string, bodyStart: number): { title: string; next: number } {
  let pos = Math.max(0, Math.min(bodyStart, text.length));
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    const s = skipSpace(text, pos, end);
    if (s < end) {
      let e = trimEnd(text, s, end);
      if (text.charCodeAt(e - 1) === 92 /* \ */) e = trimEnd(text, s, e - 1);
      return { title: text.slice(s, e), next: end + 1 };
    }
    pos = end + 1;
  }
  return { title: "", next: text.length };
}

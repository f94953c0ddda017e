/**
 * Character sets as sorted, disjoint, half-open intervals. The scorer compares sets of characters
 * (the characters of the statements carrying a label), never statements one by one, so a different
 * segmentation of the same words costs nothing while a leaked question costs its whole length.
 */

export interface Span {
  start: number;
  /** Exclusive. */
  end: number;
}

/** The union of the spans as sorted, disjoint intervals; empty spans vanish, touching ones merge. */
export function union(spans: readonly Span[]): Span[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** How many characters of start..end count. */
export type Measure = (start: number, end: number) => number;

/** Every character counts. */
export const byLength: Measure = (start, end) => end - start;

/**
 * Only characters that are not whitespace count: the blank lines between two statements are nobody's
 * words, so one predicted statement spanning two gold ones leaks nothing. Prefix sums make each
 * measurement O(1).
 */
export function nonSpace(text: string): Measure {
  const prefix = new Int32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    prefix[i + 1] = (prefix[i] as number) + (/\s/.test(text[i] as string) ? 0 : 1);
  }
  return (start, end) => (prefix[end] as number) - (prefix[start] as number);
}

/** Number of characters in a union (sorted, disjoint intervals). */
export function size(set: readonly Span[], measure: Measure = byLength): number {
  let n = 0;
  for (const s of set) n += measure(s.start, s.end);
  return n;
}

/** Number of characters two unions have in common; one merge-like pass over both. */
export function overlap(a: readonly Span[], b: readonly Span[], measure: Measure = byLength): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    const lo = Math.max(x.start, y.start);
    const hi = Math.min(x.end, y.end);
    if (hi > lo) n += measure(lo, hi);
    if (x.end <= y.end) i++;
    else j++;
  }
  return n;
}

/** The characters of `a` outside `b` (both unions), as a union. */
export function subtract(a: readonly Span[], b: readonly Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (const x of a) {
    let from = x.start;
    while (j < b.length && (b[j] as Span).end <= from) j++;
    let k = j;
    while (k < b.length && (b[k] as Span).start < x.end) {
      const y = b[k] as Span;
      if (y.start > from) out.push({ start: from, end: y.start });
      from = Math.max(from, y.end);
      k++;
    }
    if (from < x.end) out.push({ start: from, end: x.end });
  }
  return out;
}

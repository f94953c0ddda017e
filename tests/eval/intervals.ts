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

/** Number of characters in a union (sorted, disjoint intervals). */
export function size(set: readonly Span[]): number {
  let n = 0;
  for (const s of set) n += s.end - s.start;
  return n;
}

/** Number of characters two unions have in common; one merge-like pass over both. */
export function overlap(a: readonly Span[], b: readonly Span[]): number {
  let n = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    const lo = Math.max(x.start, y.start);
    const hi = Math.min(x.end, y.end);
    if (hi > lo) n += hi - lo;
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

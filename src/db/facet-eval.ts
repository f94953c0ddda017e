import { lowerBound, type Snapshot } from "./facet-snapshot.js";
import type { Dimension, DimensionCount } from "./facet-sql.js";
import { DAY_SPAN, firstKeyOf, keyAfter } from "./ordering-key.js";
import type { StatementFilter } from "./statement-filter.js";
import { tagGroups } from "./statement-sql.js";

/**
 * Set algebra on a facet snapshot. A filtered set is either a contiguous range of ordinals (date
 * bounds only: no array at all) or a sorted list of ordinals.
 */
export type OrdinalSet = { lo: number; hi: number; list: null } | { lo: number; hi: number; list: Ordinals };

/** Sorted statement ordinals (possibly a view into a larger array). */
type Ordinals = Uint32Array<ArrayBufferLike>;
const EMPTY: Ordinals = new Uint32Array(0);

/** The part of a sorted list within [lo, hi). */
function clip(a: Ordinals, lo: number, hi: number): Ordinals {
  return a.subarray(lowerBound(a, lo), lowerBound(a, hi));
}

function union(a: Ordinals, b: Ordinals): Ordinals {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out = new Uint32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] as number;
    const y = b[j] as number;
    if (x < y) {
      out[n++] = x;
      i++;
    } else if (y < x) {
      out[n++] = y;
      j++;
    } else {
      out[n++] = x;
      i++;
      j++;
    }
  }
  while (i < a.length) out[n++] = a[i++] as number;
  while (j < b.length) out[n++] = b[j++] as number;
  return out.subarray(0, n);
}

/** Sorted intersection; walks the shorter list and gallops through the longer one. */
export function intersect(a: Ordinals, b: Ordinals): Ordinals {
  const [small, large] = a.length <= b.length ? [a, b] : [b, a];
  const out = new Uint32Array(small.length);
  let n = 0;
  let at = 0;
  for (let i = 0; i < small.length && at < large.length; i++) {
    const x = small[i] as number;
    let step = 1;
    let hi = at;
    while (hi < large.length && (large[hi] as number) < x) {
      at = hi;
      hi = at + step;
      step *= 2;
    }
    at = lowerBound(large, x, at, Math.min(hi + 1, large.length));
    if (large[at] === x) out[n++] = x;
  }
  return out.subarray(0, n);
}

function unionAll(lists: Ordinals[]): Ordinals {
  let acc = EMPTY;
  for (const l of [...lists].sort((a, b) => a.length - b.length)) acc = union(acc, l);
  return acc;
}

/** The ordinals of a filter's statements, or null when the filter needs SQL (search, briefing). */
export function evaluate(s: Snapshot, f: StatementFilter, extra: Ordinals | null = null): OrdinalSet {
  const lo = f.from ? lowerBound(s.keys, firstKeyOf(f.from)) : 0;
  const hi = Math.max(lo, f.to ? lowerBound(s.keys, keyAfter(f.to)) : s.keys.length);
  const lists: Ordinals[] = extra ? [clip(extra, lo, hi)] : [];
  for (const g of tagGroups(f)) {
    const postings = g.values.map((v) => {
      const p = s.tags.get(`${g.kind}:${v}`);
      return p ? clip(f.textBasisOnly ? p.text : p.any, lo, hi) : EMPTY;
    });
    lists.push(unionAll(postings));
  }
  if (f.issuers.length > 0)
    lists.push(unionAll(f.issuers.map((i) => clip(s.issuers.get(i) ?? EMPTY, lo, hi))));
  if (f.speakers.length > 0) {
    const wanted = new Set(f.speakers.map((x) => x.toLowerCase()));
    const matching = [...s.speakers].filter(([name]) => wanted.has(name.toLowerCase()));
    lists.push(unionAll(matching.map(([, p]) => clip(p, lo, hi))));
  }
  if (lists.length === 0) return { lo, hi, list: null };
  lists.sort((a, b) => a.length - b.length);
  let acc = lists[0] as Ordinals;
  for (const l of lists.slice(1)) acc = intersect(acc, l);
  return { lo, hi, list: acc };
}

export function size(set: OrdinalSet): number {
  return set.list ? set.list.length : set.hi - set.lo;
}

/** |set ∩ posting|, choosing between binary searches and a membership table by what costs less. */
function countIn(set: OrdinalSet, posting: Ordinals, member: () => Uint8Array): number {
  if (!set.list) return lowerBound(posting, set.hi) - lowerBound(posting, set.lo);
  const list = set.list;
  if (list.length * 24 < posting.length) {
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const x = list[i] as number;
      const at = lowerBound(posting, x);
      if (posting[at] === x) n++;
    }
    return n;
  }
  const table = member();
  const from = lowerBound(posting, set.lo);
  const to = lowerBound(posting, set.hi);
  let n = 0;
  for (let i = from; i < to; i++) n += table[posting[i] as number] as number;
  return n;
}

/** Counts per value of each dimension over a set: the same answer as facet-sql's countDimensions. */
export function countOnSnapshot(
  s: Snapshot,
  set: OrdinalSet,
  dimensions: Dimension[],
  textOnly: boolean,
): DimensionCount[] {
  let table: Uint8Array | null = null;
  const member = () => {
    if (!table) {
      table = new Uint8Array(s.keys.length);
      for (const o of set.list ?? []) table[o] = 1;
    }
    return table;
  };
  const out: DimensionCount[] = [];
  const push = (dimension: Dimension, value: string | number, count: number) => {
    if (count > 0) out.push({ dimension, value, count });
  };
  for (const d of dimensions) {
    if (d === "country" || d === "region" || d === "topic") {
      const prefix = `${d}:`;
      for (const [tag, p] of s.tags) {
        if (tag.startsWith(prefix))
          push(d, tag.slice(prefix.length), countIn(set, textOnly ? p.text : p.any, member));
      }
    } else if (d === "issuer" || d === "speaker") {
      for (const [value, p] of d === "issuer" ? s.issuers : s.speakers)
        push(d, value, countIn(set, p, member));
    } else if (size(set) > 0) {
      // Days of a set span at most the snapshot's days: count into an array indexed by day.
      const first = Math.floor((s.keys[set.list ? (set.list[0] as number) : set.lo] as number) / DAY_SPAN);
      const last = Math.floor(
        (s.keys[set.list ? (set.list.at(-1) as number) : set.hi - 1] as number) / DAY_SPAN,
      );
      const perDay = new Uint32Array(last - first + 1);
      const tally = (o: number) => {
        const d = Math.floor((s.keys[o] as number) / DAY_SPAN) - first;
        perDay[d] = (perDay[d] as number) + 1;
      };
      if (set.list) for (const o of set.list) tally(o);
      else for (let o = set.lo; o < set.hi; o++) tally(o);
      for (let i = 0; i < perDay.length; i++) push("day", first + i, perDay[i] as number);
    }
  }
  return out;
}

/** Ordinals of sorted date keys (from an SQL query), skipping keys the snapshot does not know. */
export function ordinalsOf(s: Snapshot, keys: number[]): Ordinals {
  const out = new Uint32Array(keys.length);
  let n = 0;
  for (const k of keys) {
    const at = lowerBound(s.keys, k);
    if (s.keys[at] === k) out[n++] = at;
  }
  return out.subarray(0, n);
}

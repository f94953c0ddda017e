import {
  issuerList,
  lowerBound,
  lowerBoundKeys,
  type Rows,
  type Snapshot,
  speakerLists,
  TAG_BLOCK,
} from "./facet-snapshot.js";
import type { Dimension, DimensionCount } from "./facet-sql.js";
import { DAY_SPAN, firstKeyOf, keyAfter } from "./ordering-key.js";
import type { StatementFilter } from "./statement-filter.js";
import { tagGroups } from "./statement-sql.js";

/**
 * Set algebra on a facet snapshot. A filtered set is either a contiguous range of ordinals (date
 * bounds only: no array at all) or a sorted list of ordinals.
 */
export type OrdinalSet =
  | { lo: number; hi: number; list: null }
  | {
      lo: number;
      hi: number;
      list: Ordinals;
      /** Set when the list is exactly entries [from, to) of one tag's posting (`any`): see TagBlocks. */
      posting?: { tag: string; from: number; to: number };
    };

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
  const lo = f.from ? lowerBoundKeys(s.keys, firstKeyOf(f.from)) : 0;
  const hi = Math.max(lo, f.to ? lowerBoundKeys(s.keys, keyAfter(f.to)) : s.keys.length);
  const lists: Ordinals[] = extra ? [clip(extra, lo, hi)] : [];
  for (const g of tagGroups(f)) {
    const postings = g.values.map((v) => {
      const p = s.tags.get(`${g.kind}:${v}`);
      return p ? clip(f.textBasisOnly ? p.text : p.any, lo, hi) : EMPTY;
    });
    lists.push(unionAll(postings));
  }
  if (f.issuers.length > 0) lists.push(unionAll(f.issuers.map((i) => clip(issuerList(s, i), lo, hi))));
  if (f.speakers.length > 0) lists.push(unionAll(speakerLists(s, f.speakers).map((p) => clip(p, lo, hi))));
  if (lists.length === 0) return { lo, hi, list: null };
  const groups = tagGroups(f);
  const only = groups[0];
  if (lists.length === 1 && !extra && !f.textBasisOnly && only?.values.length === 1) {
    // One tag and dates: remember where the list lies in the posting, so counts can use its blocks.
    const tag = `${only.kind}:${only.values[0]}`;
    const any = s.tags.get(tag)?.any ?? EMPTY;
    const from = lowerBound(any, lo);
    return {
      lo,
      hi,
      list: lists[0] as Ordinals,
      posting: { tag, from, to: from + (lists[0] as Ordinals).length },
    };
  }
  lists.sort((a, b) => a.length - b.length);
  let acc = lists[0] as Ordinals;
  for (const l of lists.slice(1)) acc = intersect(acc, l);
  return { lo, hi, list: acc };
}

export function size(set: OrdinalSet): number {
  return set.list ? set.list.length : set.hi - set.lo;
}

/** The ordinals of a set as one array (a range is a view of the identity posting). */
function ordinalArray(s: Snapshot, set: OrdinalSet): Ordinals {
  return set.list ?? s.all.subarray(set.lo, set.hi);
}

/**
 * Adds the tags of the statements `list[from … to)` to `counts`; with `textOnly`, tags resting on a
 * question only are skipped.
 */
function addTags(
  rows: Rows,
  list: Ordinals,
  from: number,
  to: number,
  textOnly: boolean,
  counts: Uint32Array,
) {
  const { tagStart, tagIds } = rows;
  // The low bit of an id marks a question-only tag.
  const skip = textOnly ? 1 : 0;
  for (let i = from; i < to; i++) {
    const o = list[i] as number;
    const end = tagStart[o + 1] as number;
    for (let j = tagStart[o] as number; j < end; j++) {
      const id = tagIds[j] as number;
      if ((id & skip) === 0) counts[id >>> 1] = (counts[id >>> 1] as number) + 1;
    }
  }
}

/**
 * Tag counts over a set. A set that is one tag's posting between two dates takes the whole blocks
 * inside it from the tag's prefix sums (see TagBlocks) and walks only the two partial blocks at its
 * edges; any other set is walked statement by statement.
 */
function countTags(s: Snapshot, set: OrdinalSet, list: Ordinals, textOnly: boolean): Uint32Array {
  const { rows } = s;
  const counts = new Uint32Array(rows.tagNames.length);
  // Every statement between two dates is entries [lo, hi) of the posting of all statements ("").
  const posting = set.list ? set.posting : { tag: "", from: set.lo, to: set.hi };
  const cum = posting && s.blocks.get(posting.tag);
  if (!cum || !posting) {
    addTags(rows, list, 0, list.length, textOnly, counts);
    return counts;
  }
  const k = rows.tagNames.length;
  const first = Math.ceil(posting.from / TAG_BLOCK);
  const last = Math.floor(posting.to / TAG_BLOCK);
  if (first >= last) {
    addTags(rows, list, 0, list.length, textOnly, counts);
    return counts;
  }
  for (let t = 0; t < k; t++) counts[t] = (cum[last * k + t] as number) - (cum[first * k + t] as number);
  addTags(rows, list, 0, first * TAG_BLOCK - posting.from, textOnly, counts);
  addTags(rows, list, last * TAG_BLOCK - posting.from, list.length, textOnly, counts);
  return counts;
}

/** How many statements of `list` have each owner (issuer or speaker; index 0 = none). */
function countOwners(owner: Uint16Array | Uint32Array, names: number, list: Ordinals): Uint32Array {
  const counts = new Uint32Array(names + 1);
  for (let i = 0; i < list.length; i++) {
    const v = owner[list[i] as number] as number;
    counts[v] = (counts[v] as number) + 1;
  }
  return counts;
}

/**
 * Counts per value of each dimension over a set (the same answer as facet-sql's countDimensions):
 * one walk over the set's statements, adding up what each carries (see Rows), so the cost follows
 * the size of the set and the tags per statement, not the number of distinct tag values.
 */
export function countOnSnapshot(
  s: Snapshot,
  set: OrdinalSet,
  dimensions: Dimension[],
  textOnly: boolean,
): DimensionCount[] {
  const { rows } = s;
  const list = ordinalArray(s, set);
  const tagCounts = dimensions.some((d) => d === "country" || d === "region" || d === "topic")
    ? countTags(s, set, list, textOnly)
    : new Uint32Array(0);
  const issuerCounts = dimensions.includes("issuer")
    ? countOwners(rows.issuer, rows.issuerNames.length, list)
    : new Uint32Array(0);
  const speakerCounts = dimensions.includes("speaker")
    ? countOwners(rows.speaker, rows.speakerNames.length, list)
    : new Uint32Array(0);

  const out: DimensionCount[] = [];
  const push = (dimension: Dimension, value: string | number, count: number) => {
    if (count > 0) out.push({ dimension, value, count });
  };
  for (const d of dimensions) {
    if (d === "country" || d === "region" || d === "topic") {
      const prefix = `${d}:`;
      rows.tagNames.forEach((tag, i) => {
        if (tag.startsWith(prefix)) push(d, tag.slice(prefix.length), tagCounts[i] as number);
      });
    } else if (d === "issuer") {
      rows.issuerNames.forEach((name, i) => {
        push(d, name, issuerCounts[i + 1] as number);
      });
    } else if (d === "speaker") {
      rows.speakerNames.forEach((name, i) => {
        push(d, name, speakerCounts[i + 1] as number);
      });
    } else {
      for (const [day, count] of countDays(s, set)) push("day", day, count);
    }
  }
  return out;
}

/** Ordinals of sorted date keys (from an SQL query), skipping keys the snapshot does not know. */
export function ordinalsOf(s: Snapshot, keys: number[]): Ordinals {
  const out = new Uint32Array(keys.length);
  let n = 0;
  for (const k of keys) {
    const at = lowerBoundKeys(s.keys, k);
    if (s.keys[at] === k) out[n++] = at;
  }
  return out.subarray(0, n);
}

/** Where each day's statements start: days ascending, and the first ordinal of each (plus the end). */
interface DayIndex {
  days: Float64Array;
  first: Uint32Array;
}

const dayIndexes = new WeakMap<Snapshot, DayIndex>();

function dayIndex(s: Snapshot): DayIndex {
  let index = dayIndexes.get(s);
  if (!index) {
    const days: number[] = [];
    const first: number[] = [];
    let last = Number.NaN;
    for (let o = 0; o < s.keys.length; o++) {
      const day = Math.floor((s.keys[o] as number) / DAY_SPAN);
      if (day !== last) {
        days.push(day);
        first.push(o);
        last = day;
      }
    }
    first.push(s.keys.length);
    index = { days: Float64Array.from(days), first: Uint32Array.from(first) };
    dayIndexes.set(s, index);
  }
  return index;
}

/** Statements per day of a set, by day boundaries rather than by statement. */
function countDays(s: Snapshot, set: OrdinalSet): [number, number][] {
  const { days, first } = dayIndex(s);
  const out: [number, number][] = [];
  if (size(set) === 0) return out;
  const list = set.list;
  const start = list ? (list[0] as number) : set.lo;
  const end = list ? (list.at(-1) as number) + 1 : set.hi;
  let d = Math.max(0, lowerBound(first, start + 1) - 1);
  let at = 0;
  for (; d < days.length && (first[d] as number) < end; d++) {
    const dayEnd = first[d + 1] as number;
    let count: number;
    if (list) {
      const next = lowerBound(list, dayEnd, at);
      count = next - at;
      at = next;
    } else count = Math.min(dayEnd, end) - Math.max(first[d] as number, start);
    if (count > 0) out.push([days[d] as number, count]);
  }
  return out;
}

import { issuerList, lowerBound, lowerBoundKeys, type Snapshot, speakerLists } from "./facet-snapshot.js";
import { firstKeyOf, keyAfter } from "./ordering-key.js";
import type { StatementFilter } from "./statement-filter.js";
import { tagGroups } from "./statement-sql.js";

type Ordinals = Uint32Array<ArrayBufferLike>;

/**
 * A page of a tag/issuer/speaker/date filter straight from the facet snapshot: walk the shortest
 * posting list from the cursor, newest (or oldest) first, and test each ordinal against every other
 * condition by galloping search in its posting lists. Walks are monotonic, so each list is searched
 * forward from where the last test left it: a sparse intersection of two large tags costs a few
 * microseconds per candidate instead of an index seek on disk each.
 */
class Cursor {
  private at: number;
  constructor(
    private readonly list: Ordinals,
    private readonly desc: boolean,
  ) {
    this.at = desc ? list.length - 1 : 0;
  }

  /** Does the list hold `x`? Calls must come in the walk's order. */
  has(x: number): boolean {
    const l = this.list;
    if (this.desc) {
      let step = 1;
      let lo = this.at;
      while (lo >= 0 && (l[lo] as number) > x) {
        this.at = lo;
        lo = this.at - step;
        step *= 2;
      }
      const from = Math.max(lo, 0);
      const i = lowerBound(l, x, from, this.at + 1);
      this.at = Math.min(i, l.length - 1);
      return l[i] === x;
    }
    let step = 1;
    let hi = this.at;
    while (hi < l.length && (l[hi] as number) < x) {
      this.at = hi;
      hi = this.at + step;
      step *= 2;
    }
    this.at = lowerBound(l, x, this.at, Math.min(hi + 1, l.length));
    return l[this.at] === x;
  }
}

export interface SnapshotPage {
  /** Date keys of the page, in the walk's order. */
  keys: number[];
  /** More rows follow the last one. */
  more: boolean;
}

const EMPTY: Ordinals = new Uint32Array(0);

/** Every ordinal of [lo, hi) in the walk's direction. */
function* rangeWalk(lo: number, hi: number, desc: boolean): Generator<number> {
  if (desc) for (let o = hi - 1; o >= lo; o--) yield o;
  else for (let o = lo; o < hi; o++) yield o;
}

/** The ordinals of sorted lists merged, without duplicates, in the walk's direction (lazily). */
function* walk(lists: Ordinals[], desc: boolean): Generator<number> {
  const at = lists.map((l) => (desc ? l.length - 1 : 0));
  // The value under each list's position, or null once the list is used up.
  const head = (i: number): number | null => {
    const v = (lists[i] as Ordinals)[at[i] as number];
    return v === undefined ? null : v;
  };
  let last = -1;
  for (;;) {
    let best = -1;
    let bestValue = 0;
    for (let i = 0; i < lists.length; i++) {
      const v = head(i);
      if (v !== null && (best < 0 || (desc ? v > bestValue : v < bestValue))) {
        best = i;
        bestValue = v;
      }
    }
    if (best < 0) return;
    at[best] = (at[best] as number) + (desc ? -1 : 1);
    if (bestValue !== last) yield bestValue;
    last = bestValue;
  }
}

/**
 * Up to `limit` keys after `after` (exclusive) in the walk's direction. Only for filters without a
 * search or briefing condition (callers use SQL for those).
 */
export function pageFromSnapshot(
  s: Snapshot,
  f: StatementFilter,
  after: number | null,
  desc: boolean,
  limit: number,
): SnapshotPage {
  let lo = f.from ? lowerBoundKeys(s.keys, firstKeyOf(f.from)) : 0;
  let hi = f.to ? lowerBoundKeys(s.keys, keyAfter(f.to)) : s.keys.length;
  if (after !== null) {
    if (desc) hi = Math.min(hi, lowerBoundKeys(s.keys, after));
    else lo = Math.max(lo, lowerBoundKeys(s.keys, after + 1));
  }
  // Each condition is "any of these lists"; a statement must pass all conditions.
  const conditions: Ordinals[][] = tagGroups(f).map((g) =>
    g.values.map((v) => {
      const p = s.tags.get(`${g.kind}:${v}`);
      return p ? (f.textBasisOnly ? p.text : p.any) : EMPTY;
    }),
  );
  if (f.issuers.length > 0) conditions.push(f.issuers.map((i) => issuerList(s, i)));
  if (f.speakers.length > 0) conditions.push(speakerLists(s, f.speakers));
  const clipped = conditions.map((lists) =>
    lists.map((l) => l.subarray(lowerBound(l, lo), lowerBound(l, hi))),
  );
  // The driver: the condition with the fewest entries in range (several lists are merged as they
  // are walked), or every ordinal in range when no condition is smaller.
  let driverIndex = -1;
  let smallest = hi - lo;
  clipped.forEach((lists, i) => {
    const total = lists.reduce((n, l) => n + l.length, 0);
    if (total < smallest) {
      smallest = total;
      driverIndex = i;
    }
  });
  const checks = clipped
    .filter((_, i) => i !== driverIndex)
    .map((lists) => lists.map((l) => new Cursor(l, desc)));
  const passes = (o: number) => checks.every((anyOf) => anyOf.some((c) => c.has(o)));
  const candidates =
    driverIndex >= 0 ? walk(clipped[driverIndex] as Ordinals[], desc) : rangeWalk(lo, hi, desc);

  const keys: number[] = [];
  for (const o of candidates) {
    if (!passes(o)) continue;
    if (keys.length === limit) return { keys, more: true };
    keys.push(s.keys[o] as number);
  }
  return { keys, more: false };
}

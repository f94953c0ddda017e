import type Database from "better-sqlite3";

/**
 * Reading a snapshot's integer lists from SQLite a bounded piece at a time. One group_concat of a
 * whole posting list (half a million keys: a 7 MB string in SQLite, again in V8, then an array of
 * doubles) made the snapshot's build peak at three times the size of what it keeps; pieces of
 * `chunk` keys, parsed into one reused buffer and written straight into the final arrays, keep the
 * build's garbage to a few hundred kilobytes at a time. group_concat stays (one string per piece,
 * not one JS row per key): iterating rows one by one took five to seven times as long.
 */

/** Statements per piece: ~240 KB strings at 14-digit keys. */
export const SNAPSHOT_CHUNK = 16_384;

/** Below every ordering key (dayNumber × 2^24 + n of any real date). */
const BEFORE_ALL = Number.MIN_SAFE_INTEGER;

/** Parse a group_concat of non-negative integers ("12,7,30") into `out` from 0; returns how many. */
export function parseInto(list: string | null, out: Float64Array): number {
  if (!list) return 0;
  let v = 0;
  let j = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      out[j++] = v;
      v = 0;
    } else v = v * 10 + (c - 48);
  }
  out[j++] = v;
  return j;
}

/** Sort in place unless already ascending (group_concat keeps its input's order in practice, not by contract). */
export function ascending(a: Float64Array): Float64Array {
  for (let i = 1; i < a.length; i++) if ((a[i - 1] as number) > (a[i] as number)) return a.sort();
  return a;
}

/**
 * Visit the ascending keys a keyset query selects, piece by piece. `stmt` returns one group_concat
 * and takes `...fixed, after, limit`: `SELECT group_concat(k) FROM (SELECT k … WHERE … AND k > ?
 * ORDER BY k LIMIT ?)`. `buf` (at least `chunk` long) is reused: `visit` must not keep the view.
 */
export function forEachKeyPiece(
  stmt: Database.Statement<unknown[], string | null>,
  fixed: unknown[],
  buf: Float64Array,
  chunk: number,
  visit: (keys: Float64Array) => void,
): void {
  let after = BEFORE_ALL;
  for (;;) {
    const n = parseInto(stmt.get(...fixed, after, chunk) ?? null, buf);
    if (n === 0) return;
    const piece = ascending(buf.subarray(0, n));
    visit(piece);
    after = piece[n - 1] as number;
    if (n < chunk) return;
  }
}

/**
 * Ordinals (indexes into sorted `keys`) of ascending keys, each found by galloping forward from
 * the last one, so a whole posting list costs one pass over `keys` at most.
 */
export class OrdinalCursor {
  private at = 0;
  constructor(private readonly keys: Float64Array) {}

  next(k: number): number {
    const keys = this.keys;
    let at = this.at;
    let step = 1;
    let hi = at + 1;
    while (hi < keys.length && (keys[hi] as number) < k) {
      at = hi;
      step *= 2;
      hi = at + step;
    }
    let lo = at;
    let top = Math.min(hi + 1, keys.length);
    while (lo < top) {
      const mid = (lo + top) >>> 1;
      if ((keys[mid] as number) < k) lo = mid + 1;
      else top = mid;
    }
    this.at = lo;
    return lo;
  }
}

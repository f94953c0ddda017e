import type Database from "better-sqlite3";

/**
 * An in-memory, columnar picture of what aggregates need: every statement's date key and, per tag
 * value, issuer and speaker, the sorted list of statements (as ordinals into `keys`) that carry it.
 * At 1M statements it holds ~9M integers (~40 MB). Facets, counts and timelines over any tag, issuer,
 * speaker and date filter are then set operations on sorted arrays, in milliseconds, instead of
 * index walks over hundreds of thousands of rows. Built from the compact indexes only (never the
 * statement table, which holds the texts), off the main thread when the database is a file.
 */
export interface Posting {
  /** Statements with the tag, either basis. */
  any: Uint32Array;
  /** Statements with the tag evidenced in the statement itself; the same array when no tag is question-only. */
  text: Uint32Array;
}

export interface Snapshot {
  /** Date keys of all statements, ascending; a statement's ordinal is its index here. */
  keys: Float64Array;
  /** "kind:value" (country:AF, region:KASHMIR, topic:terrorism) → postings. */
  tags: Map<string, Posting>;
  issuers: Map<string, Uint32Array>;
  /** Speaker as stored → postings. */
  speakers: Map<string, Uint32Array>;
  /** The same facts by statement, for counting a set's facets in one walk over the set. */
  rows: Rows;
  /** Prefix sums of tag counts along the postings of frequent tags (see TagBlocks). */
  blocks: TagBlocks;
  /** Every ordinal, 0 … n-1: the posting of "all statements", so a date range is a view of it. */
  all: Uint32Array;
}

/** Entries of a posting list per block of TagBlocks. */
export const TAG_BLOCK = 4096;

/**
 * For each tag with at least 8 blocks of statements (and for all statements, as tag ""), the counts of every tag (ids as in Rows,
 * `tagNames.length` per row) among the tag's first `b × TAG_BLOCK` statements, for every b: row b
 * of the array. Facets of "this tag between two dates" — a frequent country's statements, half of
 * the database — are then differences of two rows plus two partial blocks walked, instead of a walk
 * over every statement. About 1 KB per block: ~2 MB at 1M statements.
 */
export type TagBlocks = Map<string, Uint32Array>;

export function tagBlocks(tags: Map<string, Posting>, rows: Rows, all: Uint32Array): TagBlocks {
  const k = rows.tagNames.length;
  const { tagStart, tagIds } = rows;
  const blocks: TagBlocks = new Map();
  // "" is every statement: facets of a date range alone.
  for (const [tag, any] of [["", all] as const, ...[...tags].map(([t, p]) => [t, p.any] as const)]) {
    const n = Math.floor(any.length / TAG_BLOCK);
    if (n < 8) continue;
    const cum = new Uint32Array((n + 1) * k);
    const running = new Uint32Array(k);
    for (let b = 1; b <= n; b++) {
      for (let i = (b - 1) * TAG_BLOCK; i < b * TAG_BLOCK; i++) {
        const o = any[i] as number;
        const end = tagStart[o + 1] as number;
        for (let j = tagStart[o] as number; j < end; j++) {
          const t = (tagIds[j] as number) >>> 1;
          running[t] = (running[t] as number) + 1;
        }
      }
      cum.set(running, b * k);
    }
    blocks.set(tag, cum);
  }
  return blocks;
}

/**
 * What each statement carries, by ordinal. Statement o's tags are `tagIds[tagStart[o] … tagStart[o+1])`,
 * each `2 × i` (i indexes `tagNames`) plus 1 when the tag rests on its question only. Issuer and
 * speaker are `1 + i` into their names, 0 for none.
 */
export interface Rows {
  tagNames: string[];
  tagStart: Uint32Array;
  tagIds: Uint16Array;
  issuerNames: string[];
  issuer: Uint16Array;
  speakerNames: string[];
  speaker: Uint32Array;
}

/** Parse a group_concat of integers ("12,7,30") into numbers: one pass, no intermediate strings. */
export function parseIntegers(list: string | null): Float64Array {
  if (!list) return new Float64Array(0);
  let n = 1;
  for (let i = 0; i < list.length; i++) if (list.charCodeAt(i) === 44) n++;
  const out = new Float64Array(n);
  let v = 0;
  let j = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i);
    if (c === 44) {
      out[j++] = v;
      v = 0;
    } else v = v * 10 + (c - 48);
  }
  out[j] = v;
  return out;
}

/**
 * Index of the first element >= x in a sorted array, searching [from, to). Two copies, one per
 * array type, so that each stays monomorphic: a shared generic one runs several times slower.
 */
export function lowerBoundKeys(a: Float64Array, x: number, from = 0, to = a.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function lowerBound(a: Uint32Array<ArrayBufferLike>, x: number, from = 0, to = a.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Ordinals of sorted keys (all present in `keys`), walking forward so each search is short. */
export function toOrdinals(keys: Float64Array, sortedKeys: Float64Array): Uint32Array {
  const out = new Uint32Array(sortedKeys.length);
  let at = 0;
  for (let i = 0; i < sortedKeys.length; i++) {
    const k = sortedKeys[i] as number;
    // Gallop: widen the window until it holds k, then binary search inside it.
    let step = 1;
    let hi = at + 1;
    while (hi < keys.length && (keys[hi] as number) < k) {
      at = hi;
      step *= 2;
      hi = at + step;
    }
    at = lowerBoundKeys(keys, k, at, Math.min(hi + 1, keys.length));
    out[i] = at;
  }
  return out;
}

/** Sorted `a` minus sorted `b`. */
function difference(a: Uint32Array, b: Uint32Array): Uint32Array {
  if (b.length === 0) return a;
  const out = new Uint32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number;
    while (j < b.length && (b[j] as number) < x) j++;
    if (j >= b.length || b[j] !== x) out[n++] = x;
  }
  return out.slice(0, n);
}

const sorted = (a: Float64Array) => (a.every((v, i) => i === 0 || (a[i - 1] as number) <= v) ? a : a.sort());

/** Turn postings around: per statement, which tags, issuer and speaker it has (a counting sort). */
export function rowsOf(
  n: number,
  tags: Map<string, Posting>,
  issuers: Map<string, Uint32Array>,
  speakers: Map<string, Uint32Array>,
): Rows {
  const tagNames = [...tags.keys()];
  if (tagNames.length * 2 > 0xffff)
    throw new Error(`too many distinct tags for the snapshot: ${tagNames.length}`);
  const tagStart = new Uint32Array(n + 1);
  for (const p of tags.values()) for (const o of p.any) tagStart[o + 1] = (tagStart[o + 1] as number) + 1;
  for (let o = 0; o < n; o++) tagStart[o + 1] = (tagStart[o + 1] as number) + (tagStart[o] as number);
  const tagIds = new Uint16Array(tagStart[n] as number);
  const fill = tagStart.slice(0, n);
  tagNames.forEach((name, i) => {
    const { any, text } = tags.get(name) as Posting;
    let j = 0;
    for (const o of any) {
      const onText = text[j] === o;
      if (onText) j++;
      const at = fill[o] as number;
      tagIds[at] = 2 * i + (onText ? 0 : 1);
      fill[o] = at + 1;
    }
  });
  const owners = <A extends Uint16Array | Uint32Array>(lists: Map<string, Uint32Array>, out: A) => {
    const names = [...lists.keys()];
    names.forEach((name, i) => {
      for (const o of lists.get(name) as Uint32Array) out[o] = i + 1;
    });
    return { names, out };
  };
  const issuer = owners(issuers, new Uint16Array(n));
  const speaker = owners(speakers, new Uint32Array(n));
  return {
    tagNames,
    tagStart,
    tagIds,
    issuerNames: issuer.names,
    issuer: issuer.out,
    speakerNames: speaker.names,
    speaker: speaker.out,
  };
}

/** Read a snapshot through `db` (callers wrap it in a read transaction for a consistent picture). */
export function buildSnapshot(db: Database.Database): Snapshot {
  const byIssuer = db
    .prepare<[], { issuer: string | null; pks: string }>(
      "SELECT issuer, group_concat(pk) AS pks FROM statement INDEXED BY statement_issuer_idx GROUP BY issuer",
    )
    .all()
    .map((r) => ({ issuer: r.issuer, pks: sorted(parseIntegers(r.pks)) }));
  const keys = new Float64Array(byIssuer.reduce((n, r) => n + r.pks.length, 0));
  let at = 0;
  for (const r of byIssuer) {
    keys.set(r.pks, at);
    at += r.pks.length;
  }
  keys.sort();

  const issuers = new Map<string, Uint32Array>();
  for (const r of byIssuer) if (r.issuer !== null) issuers.set(r.issuer, toOrdinals(keys, r.pks));

  const speakers = new Map<string, Uint32Array>();
  const speakerRows = db
    .prepare<[], { speaker: string; pks: string }>(
      `SELECT speaker, group_concat(pk) AS pks FROM statement INDEXED BY statement_speaker_idx
        WHERE speaker IS NOT NULL GROUP BY speaker`,
    )
    .iterate();
  for (const r of speakerRows) speakers.set(r.speaker, toOrdinals(keys, sorted(parseIntegers(r.pks))));

  const questionOnly = new Map<string, Uint32Array>();
  const questionRows = db
    .prepare<[], { kind: string; value: string; pks: string }>(
      `SELECT kind, value, group_concat(statement_pk) AS pks FROM statement_tag INDEXED BY statement_tag_statement_idx
        WHERE basis = 'question' GROUP BY kind, value`,
    )
    .iterate();
  for (const r of questionRows) {
    questionOnly.set(`${r.kind}:${r.value}`, toOrdinals(keys, parseIntegers(r.pks).sort()));
  }

  const tags = new Map<string, Posting>();
  const tagRows = db
    .prepare<[], { kind: string; value: string; pks: string }>(
      `SELECT kind, value, group_concat(statement_pk) AS pks FROM statement_tag
        INDEXED BY sqlite_autoindex_statement_tag_1 GROUP BY kind, value`,
    )
    .iterate();
  for (const r of tagRows) {
    const tag = `${r.kind}:${r.value}`;
    const any = toOrdinals(keys, sorted(parseIntegers(r.pks)));
    tags.set(tag, { any, text: difference(any, questionOnly.get(tag) ?? new Uint32Array(0)) });
  }
  const rows = rowsOf(keys.length, tags, issuers, speakers);
  const all = new Uint32Array(keys.length);
  for (let o = 0; o < all.length; o++) all[o] = o;
  return { keys, tags, issuers, speakers, rows, blocks: tagBlocks(tags, rows, all), all };
}

/** The snapshot as plain data and the buffers to transfer (not copy) across a thread boundary. */
export function toMessage(s: Snapshot): { message: unknown; transfer: ArrayBuffer[] } {
  const transfer = new Set<ArrayBuffer>([s.keys.buffer as ArrayBuffer, s.all.buffer as ArrayBuffer]);
  const add = (a: Uint32Array) => transfer.add(a.buffer as ArrayBuffer);
  for (const p of s.tags.values()) {
    add(p.any);
    add(p.text);
  }
  for (const a of s.issuers.values()) add(a);
  for (const a of s.speakers.values()) add(a);
  const { rows } = s;
  for (const a of [rows.tagStart, rows.tagIds, rows.issuer, rows.speaker])
    transfer.add(a.buffer as ArrayBuffer);
  for (const a of s.blocks.values()) transfer.add(a.buffer as ArrayBuffer);
  const message = {
    keys: s.keys,
    tags: [...s.tags],
    issuers: [...s.issuers],
    speakers: [...s.speakers],
    rows,
    blocks: [...s.blocks],
    all: s.all,
  };
  return { message, transfer: [...transfer] };
}

export function fromMessage(m: unknown): Snapshot {
  const d = m as {
    keys: Float64Array;
    tags: [string, Posting][];
    issuers: [string, Uint32Array][];
    speakers: [string, Uint32Array][];
    rows: Rows;
    blocks: [string, Uint32Array][];
    all: Uint32Array;
  };
  return {
    keys: d.keys,
    tags: new Map(d.tags),
    issuers: new Map(d.issuers),
    speakers: new Map(d.speakers),
    rows: d.rows,
    blocks: new Map(d.blocks),
    all: d.all,
  };
}

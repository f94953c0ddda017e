import type Database from "better-sqlite3";
import {
  ascending,
  forEachKeyPiece,
  OrdinalCursor,
  parseInto,
  SNAPSHOT_CHUNK,
} from "./facet-snapshot-stream.js";

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
  /**
   * Statements with the tag evidenced in the statement itself; the same array when no tag is
   * question-only. Built snapshots derive it from `any` and Rows on first use (see lazyPosting).
   */
  readonly text: Uint32Array;
}

export interface Snapshot {
  /** Date keys of all statements, ascending; a statement's ordinal is its index here. */
  keys: Float64Array;
  /** "kind:value" (country:AF, region:KASHMIR, topic:terrorism) → postings. */
  tags: Map<string, Posting>;
  /**
   * The same facts by statement, for counting a set's facets in one walk over the set; issuers'
   * and speakers' postings are derived from it when a filter asks for them (issuerList, speakerLists).
   */
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

/**
 * Read a snapshot through `db` (callers wrap it in a read transaction for a consistent picture),
 * streaming every list in pieces of `chunk` keys (see facet-snapshot-stream.ts) straight into arrays
 * sized from counts taken first, so the build holds little beyond what the snapshot keeps.
 */
export function buildSnapshot(db: Database.Database, chunk = SNAPSHOT_CHUNK): Snapshot {
  const buf = new Float64Array(chunk);
  const piece = (sql: string) => db.prepare<unknown[], string | null>(sql).pluck();

  // Keys, issuer by issuer (the issuer index is the smallest that holds every key), then sorted.
  const issuerCounts = db
    .prepare<[], { issuer: string | null; n: number }>(
      "SELECT issuer, count(*) AS n FROM statement INDEXED BY statement_issuer_idx GROUP BY issuer",
    )
    .all();
  const byIssuer = new Float64Array(issuerCounts.reduce((n, r) => n + r.n, 0));
  const issuerPks = piece(
    `SELECT group_concat(pk) FROM (SELECT pk FROM statement INDEXED BY statement_issuer_idx
      WHERE issuer IS ? AND pk > ? ORDER BY pk LIMIT ?)`,
  );
  let filled = 0;
  for (const { issuer } of issuerCounts) {
    forEachKeyPiece(issuerPks, [issuer], buf, chunk, (pks) => {
      byIssuer.set(pks, filled);
      filled += pks.length;
    });
  }
  if (filled !== byIssuer.length) throw new Error("statements changed while the snapshot was built");
  const n = byIssuer.length;
  const keys = byIssuer.slice().sort();

  const issuer = new Uint16Array(n);
  const issuerNames: string[] = [];
  let from = 0;
  for (const r of issuerCounts) {
    if (r.issuer !== null) {
      issuerNames.push(r.issuer);
      const cursor = new OrdinalCursor(keys);
      for (let i = 0; i < r.n; i++) issuer[cursor.next(byIssuer[from + i] as number)] = issuerNames.length;
    }
    from += r.n;
  }

  const speaker = new Uint32Array(n);
  const speakerNames: string[] = [];
  const speakerPks = piece(
    `SELECT group_concat(pk) FROM (SELECT pk FROM statement INDEXED BY statement_speaker_idx
      WHERE speaker = ? AND pk > ? ORDER BY pk LIMIT ?)`,
  );
  const speakerCounts = db
    .prepare<[], { speaker: string; n: number }>(
      `SELECT speaker, count(*) AS n FROM statement INDEXED BY statement_speaker_idx
        WHERE speaker IS NOT NULL GROUP BY speaker`,
    )
    .all();
  for (const r of speakerCounts) {
    speakerNames.push(r.speaker);
    const id = speakerNames.length;
    let seen = 0;
    const cursor = new OrdinalCursor(keys);
    forEachKeyPiece(speakerPks, [r.speaker], buf, chunk, (pks) => {
      for (let i = 0; i < pks.length; i++) speaker[cursor.next(pks[i] as number)] = id;
      seen += pks.length;
    });
    if (seen !== r.n) throw new Error("statements changed while the snapshot was built");
  }

  // Tags: each posting list streamed into an array of its exact size; the statements' side (Rows)
  // is then a counting sort of them, with every tag on the text basis until the question pass.
  const tagCounts = db
    .prepare<[], { kind: string; value: string; n: number }>(
      `SELECT kind, value, count(*) AS n FROM statement_tag
        INDEXED BY sqlite_autoindex_statement_tag_1 GROUP BY kind, value`,
    )
    .all();
  if (tagCounts.length * 2 > 0xffff)
    throw new Error(`too many distinct tags for the snapshot: ${tagCounts.length}`);
  const tagPks = piece(
    `SELECT group_concat(statement_pk) FROM (SELECT statement_pk FROM statement_tag
      INDEXED BY sqlite_autoindex_statement_tag_1
      WHERE kind = ? AND value = ? AND statement_pk > ? ORDER BY statement_pk LIMIT ?)`,
  );
  const tagNames: string[] = [];
  const anyLists: Uint32Array[] = [];
  const tagStart = new Uint32Array(n + 1);
  for (const r of tagCounts) {
    const any = new Uint32Array(r.n);
    fillOrdinals(tagPks, [r.kind, r.value], keys, buf, chunk, any, (o) => {
      tagStart[o + 1] = (tagStart[o + 1] as number) + 1;
    });
    tagNames.push(`${r.kind}:${r.value}`);
    anyLists.push(any);
  }
  for (let o = 0; o < n; o++) tagStart[o + 1] = (tagStart[o + 1] as number) + (tagStart[o] as number);
  const tagIds = new Uint16Array(tagStart[n] as number);
  // tagStart[o] serves as row o's write position, then is shifted back to row starts.
  anyLists.forEach((any, i) => {
    for (const o of any) {
      const at = tagStart[o] as number;
      tagIds[at] = 2 * i;
      tagStart[o] = at + 1;
    }
  });
  tagStart.copyWithin(1, 0, n);
  tagStart[0] = 0;

  markQuestionOnly(db, keys, tagNames, tagStart, tagIds, chunk);
  const rows: Rows = {
    tagNames,
    tagStart,
    tagIds,
    issuerNames,
    issuer,
    speakerNames,
    speaker,
  };
  const tags = new Map(tagNames.map((name, i) => [name, lazyPosting(anyLists[i] as Uint32Array, i, rows)]));
  const all = new Uint32Array(n);
  for (let o = 0; o < n; o++) all[o] = o;
  return { keys, tags, rows, blocks: tagBlocks(tags, rows, all), all };
}

/** Stream a keyset query's keys into `out` as ordinals of `keys`, calling `each` with every one. */
function fillOrdinals(
  stmt: Database.Statement<unknown[], string | null>,
  fixed: unknown[],
  keys: Float64Array,
  buf: Float64Array,
  chunk: number,
  out: Uint32Array,
  each: (o: number) => void,
): void {
  const cursor = new OrdinalCursor(keys);
  let j = 0;
  forEachKeyPiece(stmt, fixed, buf, chunk, (pks) => {
    if (j + pks.length > out.length) throw new Error("statements changed while the snapshot was built");
    for (let i = 0; i < pks.length; i++) {
      const o = cursor.next(pks[i] as number);
      out[j++] = o;
      each(o);
    }
  });
  if (j !== out.length) throw new Error("statements changed while the snapshot was built");
}

/** 0 when statement o carries tag i on its text, 1 on its question only (-1: not at all). */
function basisOf(tagStart: Uint32Array, tagIds: Uint16Array, o: number, i: number): number {
  const end = tagStart[o + 1] as number;
  for (let j = tagStart[o] as number; j < end; j++)
    if ((tagIds[j] as number) >>> 1 === i) return (tagIds[j] as number) & 1;
  return -1;
}

/**
 * Set the question-only bit of every tag resting on its question, reading the question-basis tags
 * of `chunk` statements at a time (by key range, along the statement index).
 */
function markQuestionOnly(
  db: Database.Database,
  keys: Float64Array,
  tagNames: string[],
  tagStart: Uint32Array,
  tagIds: Uint16Array,
  chunk: number,
): void {
  const ids = new Map(tagNames.map((name, i) => [name, i]));
  const buf = new Float64Array(chunk);
  const stmt = db.prepare<[number, number], { kind: string; value: string; pks: string }>(
    `SELECT kind, value, group_concat(statement_pk) AS pks FROM statement_tag
      INDEXED BY statement_tag_statement_idx
      WHERE statement_pk BETWEEN ? AND ? AND basis = 'question' GROUP BY kind, value`,
  );
  for (let lo = 0; lo < keys.length; lo += chunk) {
    const hi = Math.min(lo + chunk, keys.length);
    for (const r of stmt.iterate(keys[lo] as number, keys[hi - 1] as number)) {
      const i = ids.get(`${r.kind}:${r.value}`);
      if (i === undefined) throw new Error("statements changed while the snapshot was built");
      const pks = ascending(buf.subarray(0, parseInto(r.pks, buf)));
      let at = lo;
      for (const pk of pks) {
        const o = lowerBoundKeys(keys, pk, at, hi);
        at = o;
        const end = tagStart[o + 1] as number;
        for (let j = tagStart[o] as number; j < end; j++) {
          if ((tagIds[j] as number) === 2 * i) tagIds[j] = 2 * i + 1;
        }
      }
    }
  }
}

/**
 * A posting whose `text` list is worked out from `any` and the question-only bits in `rows` when
 * first asked for, then kept: only filters on the text basis need it, and kept for every tag it
 * was 8 MB at 1M statements, a sixth of the snapshot.
 */
export function lazyPosting(any: Uint32Array, i: number, rows: Rows): Posting {
  let text: Uint32Array | undefined;
  return {
    any,
    get text() {
      text ??= textOf(any, i, rows);
      return text;
    },
  };
}

function textOf(any: Uint32Array, i: number, { tagStart, tagIds }: Rows): Uint32Array {
  let questionOnly = 0;
  for (const o of any) if (basisOf(tagStart, tagIds, o, i) === 1) questionOnly++;
  if (questionOnly === 0) return any;
  const text = new Uint32Array(any.length - questionOnly);
  let j = 0;
  for (const o of any) if (basisOf(tagStart, tagIds, o, i) === 0) text[j++] = o;
  return text;
}

/** The snapshot as plain data and the buffers to transfer (not copy) across a thread boundary. */
export function toMessage(s: Snapshot): { message: unknown; transfer: ArrayBuffer[] } {
  const transfer = new Set<ArrayBuffer>([s.keys.buffer as ArrayBuffer, s.all.buffer as ArrayBuffer]);
  const add = (a: Uint32Array) => transfer.add(a.buffer as ArrayBuffer);
  // Text lists are not sent: the receiver derives them again when asked for (fromMessage).
  for (const p of s.tags.values()) add(p.any);
  const { rows } = s;
  for (const a of [rows.tagStart, rows.tagIds, rows.issuer, rows.speaker])
    transfer.add(a.buffer as ArrayBuffer);
  for (const a of s.blocks.values()) transfer.add(a.buffer as ArrayBuffer);
  const message = {
    keys: s.keys,
    tags: [...s.tags].map(([tag, p]) => [tag, p.any]),
    rows,
    blocks: [...s.blocks],
    all: s.all,
  };
  return { message, transfer: [...transfer] };
}

export function fromMessage(m: unknown): Snapshot {
  const d = m as {
    keys: Float64Array;
    tags: [string, Uint32Array][];
    rows: Rows;
    blocks: [string, Uint32Array][];
    all: Uint32Array;
  };
  const ids = new Map(d.rows.tagNames.map((name, i) => [name, i]));
  return {
    keys: d.keys,
    tags: new Map(d.tags.map(([tag, any]) => [tag, lazyPosting(any, ids.get(tag) ?? -1, d.rows)])),
    rows: d.rows,
    blocks: new Map(d.blocks),
    all: d.all,
  };
}

const ownerLists = new WeakMap<Snapshot, Map<string, Uint32Array>>();

/** Ordinals of the statements whose `of` is `id`, made on first use and kept with the snapshot. */
function ownerList(s: Snapshot, of: "issuer" | "speaker", id: number): Uint32Array {
  let lists = ownerLists.get(s);
  if (!lists) {
    lists = new Map();
    ownerLists.set(s, lists);
  }
  const memo = `${of}:${id}`;
  let list = lists.get(memo);
  if (!list) {
    const owner = s.rows[of];
    let n = 0;
    for (let o = 0; o < owner.length; o++) if (owner[o] === id) n++;
    list = new Uint32Array(n);
    let j = 0;
    for (let o = 0; o < owner.length && j < n; o++) if (owner[o] === id) list[j++] = o;
    lists.set(memo, list);
  }
  return list;
}

/** The issuer's statements (ascending ordinals); empty for an issuer the snapshot does not know. */
export function issuerList(s: Snapshot, issuer: string): Uint32Array {
  const i = s.rows.issuerNames.indexOf(issuer);
  return i < 0 ? new Uint32Array(0) : ownerList(s, "issuer", i + 1);
}

/** The statements of each stored speaker name matching one of `names`, ignoring case. */
export function speakerLists(s: Snapshot, names: string[]): Uint32Array[] {
  const wanted = new Set(names.map((x) => x.toLowerCase()));
  const lists: Uint32Array[] = [];
  s.rows.speakerNames.forEach((name, i) => {
    if (wanted.has(name.toLowerCase())) lists.push(ownerList(s, "speaker", i + 1));
  });
  return lists;
}

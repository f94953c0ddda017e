/**
 * Which words can begin a phrase of a trie: most words of a text begin none, and this table turns them
 * away without hashing them. A word's slot is its own letters when it has one to three, else its first
 * four (see prefixIndex). Stems get a second table, so a word that no stem can match needs only the
 * exact-key lookup. The tables are bit sets (57 KB each), small enough to stay in the processor's cache.
 */

const T2 = 27 * 27;
const T3 = 26 * 26 * 26;
const SLOTS = T2 + T3 + 26 * 26 * 26 * 26;
const WORDS = Math.ceil(SLOTS / 32);

export class StarterTable {
  private readonly any = new Uint32Array(WORDS);
  private readonly stems = new Uint32Array(WORDS);
  /** A stem that does not begin with a–z letters: every word must then be checked for stems. */
  private unindexedStems = false;

  /** Records a phrase's first token (its key, or its stem without the `*`). */
  mark(key: string, stem: boolean): void {
    if (stem && key.length === 3) {
      for (let c = 97; c <= 122; c++) this.mark(key + String.fromCharCode(c), true);
    }
    const p = prefixIndex(key);
    if (p < 0) {
      if (stem) this.unindexedStems = true;
      return;
    }
    setBit(this.any, p);
    if (stem) setBit(this.stems, p);
  }

  /** False when no phrase can begin with a word in slot `p` (-1: not indexed, so maybe). */
  admits(p: number): boolean {
    return p < 0 || hasBit(this.any, p);
  }

  /** False when no stem can match a word in slot `p`. */
  admitsStem(p: number): boolean {
    return p < 0 || this.unindexedStems || hasBit(this.stems, p);
  }
}

function setBit(bits: Uint32Array, i: number): void {
  bits[i >>> 5] = (bits[i >>> 5] as number) | (1 << (i & 31));
}

function hasBit(bits: Uint32Array, i: number): boolean {
  return ((bits[i >>> 5] as number) & (1 << (i & 31))) !== 0;
}

/**
 * A key's slot: keys of one or two letters, of three letters, and the first four letters of longer keys
 * each have their own range. -1 when those letters are not all a–z.
 */
export function prefixIndex(key: string): number {
  const n = key.length;
  let idx = 0;
  const m = Math.min(n, 4);
  for (let i = 0; i < m; i++) {
    const c = key.charCodeAt(i) - 97;
    if (c < 0 || c > 25) return -1;
    idx = idx * 26 + c;
  }
  if (n === 1) return idx;
  if (n === 2) return 27 + idx;
  if (n === 3) return T2 + idx;
  return T2 + T3 + idx;
}

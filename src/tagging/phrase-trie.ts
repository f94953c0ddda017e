import { prefixIndex, StarterTable } from "./starter-table.js";
import { gapKey, type TokenList, tokenize } from "./text-tokens.js";

/**
 * A trie over folded word tokens, built once at module load, that finds the leftmost-longest phrase at
 * each point of a text in one pass. Case is checked per token after the walk, from each phrase's own
 * spelling: an all-capitals token ("US", "DPRK", the "U" and "S" of "U.S.") must match exactly, a
 * capitalised token ("Turkey", "China") needs an upper-case first letter, a lower-case token
 * ("of", "the") matches in any case. So "us" never reads as the US and "turkey" never as Türkiye.
 * A token written with a trailing `*` ("terror*") is a stem: it matches any token that starts with it.
 * Where an exact spelling and a stem match the same span ("prisoners", "prison*"), the match carries the
 * entries of both, the exact spelling's first: the caller decides (the topic scorer lets a neutral exact
 * phrase hide the stem, and keeps one rule per topic, the heavier).
 */

/** How a token of a phrase must be cased in the text: 0 any case, 1 capitalised, 2 exactly. */
type CaseMode = 0 | 1 | 2;
const ANY: CaseMode = 0;
const CAPITAL: CaseMode = 1;
const EXACT: CaseMode = 2;

export interface PhraseEntry<P> {
  readonly phrase: string;
  readonly payload: P;
  /** The phrase's tokens as spelled (stems without their `*`). */
  readonly tokens: readonly string[];
  readonly modes: readonly CaseMode[];
  readonly stems: readonly boolean[];
}

interface StemEdge<P> {
  gap: string;
  stem: string;
  node: TrieNode<P>;
}

interface TrieNode<P> {
  next: Map<string, TrieNode<P>> | null;
  stems: StemEdge<P>[] | null;
  entries: PhraseEntry<P>[] | null;
}

export interface PhraseMatch<P> {
  /** Token indices of the first and last token of the match. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Every entry spelled this way whose case fits the text, exact spellings before stems. */
  entries: PhraseEntry<P>[];
}

function caseMode(token: string): CaseMode {
  const first = token[0] ?? "";
  if (first === first.toLowerCase()) return ANY;
  if (token === token.toUpperCase() && !/^\d+$/.test(token)) return EXACT;
  return CAPITAL;
}

const NONE: readonly never[] = [];
/** A node that ends a phrase: its last token index, how many of its tokens were stems, the node. */
type Rung<P> = [number, number, TrieNode<P>];
const newNode = <P>(): TrieNode<P> => ({ next: null, stems: null, entries: null });
const childKey = (gap: string, key: string): string => `${gap} ${key}`;

export class PhraseTrie<P> {
  private readonly root = new Map<string, TrieNode<P>>();
  private readonly rootStems = new Map<string, TrieNode<P>>();
  private stemLengths: number[] = [];
  /** Which words can begin a phrase at all (see starter-table.ts). */
  private readonly starters = new StarterTable();
  /** Root stem nodes per token key; the vocabulary of briefings is small, so this stays small. */
  private readonly stemCache = new Map<string, readonly TrieNode<P>[]>();

  /** Adds a phrase; phrases spelled with the same tokens share a node and are all returned. */
  add(phrase: string, payload: P): void {
    const plain = phrase.replace(/\*/g, " ");
    const toks = tokenize(plain);
    const n = toks.keys.length;
    if (n === 0) throw new Error(`phrase without words: ${JSON.stringify(phrase)}`);
    const surface = toks.starts.map((s, i) => plain.slice(s, toks.ends[i]));
    const stems = toks.ends.map((e) => phrase[e] === "*");
    let node = this.step(null, "", toks.keys[0] as string, stems[0] as boolean);
    for (let i = 1; i < n; i++) {
      const gap = gapKey(plain, toks.ends[i - 1] as number, toks.starts[i] as number);
      if (gap === null) throw new Error(`phrase with an unmatchable separator: ${JSON.stringify(phrase)}`);
      node = this.step(node, gap, toks.keys[i] as string, stems[i] as boolean);
    }
    node.entries ??= [];
    node.entries.push({ phrase, payload, tokens: surface, modes: surface.map(caseMode), stems });
  }

  private step(from: TrieNode<P> | null, gap: string, key: string, stem: boolean): TrieNode<P> {
    if (from === null) {
      if (stem && key.length < 3) throw new Error(`stem shorter than three letters: ${key}`);
      this.starters.mark(key, stem);
      const map = stem ? this.rootStems : this.root;
      let node = map.get(key);
      if (!node) {
        node = newNode();
        map.set(key, node);
        if (stem) this.stemLengths = [...new Set([...this.stemLengths, key.length])].sort((a, b) => a - b);
      }
      this.stemCache.clear();
      return node;
    }
    if (stem) {
      from.stems ??= [];
      let edge = from.stems.find((e) => e.gap === gap && e.stem === key);
      if (!edge) {
        edge = { gap, stem: key, node: newNode() };
        from.stems.push(edge);
      }
      return edge.node;
    }
    from.next ??= new Map();
    let node = from.next.get(childKey(gap, key));
    if (!node) {
      node = newNode();
      from.next.set(childKey(gap, key), node);
    }
    return node;
  }

  private startsFor(key: string): readonly TrieNode<P>[] {
    const cached = this.stemCache.get(key);
    if (cached !== undefined) return cached;
    const hit: TrieNode<P>[] = [];
    const exact = this.root.get(key);
    if (exact) hit.push(exact);
    for (const len of this.stemLengths) {
      if (len > key.length) break;
      const node = this.rootStems.get(key.slice(0, len));
      if (node) hit.push(node);
    }
    const found = hit.length === 0 ? NONE : hit;
    if (this.stemCache.size > 200_000) this.stemCache.clear();
    this.stemCache.set(key, found);
    return found;
  }

  /** Leftmost-longest matches over a tokenised range of `text`. */
  match(text: string, toks: TokenList): PhraseMatch<P>[] {
    const out: PhraseMatch<P>[] = [];
    const { starts, ends, keys } = toks;
    const n = keys.length;
    const ladder: Rung<P>[] = [];
    const noStems = this.stemLengths.length === 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i] as string;
      const p = prefixIndex(key);
      if (!this.starters.admits(p)) continue;
      let begin: readonly TrieNode<P>[];
      if (noStems || !this.starters.admitsStem(p)) {
        const exact = this.root.get(key);
        if (!exact) continue;
        begin = [exact];
      } else {
        begin = this.startsFor(key);
        if (begin.length === 0) continue;
      }
      ladder.length = 0;
      for (const start of begin) this.walk(text, toks, i, start, ladder);
      // Longest first; at one length, the spelling with fewer stems is the more specific phrase.
      ladder.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
      for (let k = ladder.length - 1; k >= 0; k--) {
        const [last, , hit] = ladder[k] as Rung<P>;
        const fits = (hit.entries as PhraseEntry<P>[]).filter((e) => caseFits(text, toks, i, e));
        if (fits.length === 0) continue;
        // Other spellings of the same span (a stem and an exact word) match too, exact ones first.
        for (let o = k - 1; o >= 0 && (ladder[o] as Rung<P>)[0] === last; o--) {
          for (const e of (ladder[o] as Rung<P>)[2].entries as PhraseEntry<P>[]) {
            if (caseFits(text, toks, i, e)) fits.push(e);
          }
        }
        out.push({ first: i, last, start: starts[i] as number, end: ends[last] as number, entries: fits });
        i = last;
        break;
      }
    }
    return out;
  }

  /** Follows one path from a start node, recording every node that ends a phrase. */
  private walk(text: string, toks: TokenList, i: number, start: TrieNode<P>, ladder: Rung<P>[]) {
    const { starts, ends, keys } = toks;
    let node: TrieNode<P> = start;
    let stems = this.root.get(keys[i] as string) === start ? 0 : 1;
    if (node.entries) ladder.push([i, stems, node]);
    let j = i;
    while ((node.next || node.stems) && j + 1 < keys.length) {
      const gap = gapKey(text, ends[j] as number, starts[j + 1] as number);
      if (gap === null) return;
      const key = keys[j + 1] as string;
      let child: TrieNode<P> | undefined = node.next?.get(childKey(gap, key));
      if (!child) {
        child = node.stems?.find((e) => e.gap === gap && key.startsWith(e.stem))?.node;
        if (!child) return;
        stems++;
      }
      node = child;
      j++;
      if (node.entries) ladder.push([j, stems, node]);
    }
  }
}

function caseFits<P>(text: string, toks: TokenList, first: number, entry: PhraseEntry<P>): boolean {
  for (let k = 0; k < entry.modes.length; k++) {
    const mode = entry.modes[k];
    if (mode === ANY) continue;
    const s = toks.starts[first + k] as number;
    if (mode === CAPITAL) {
      const ch = text[s] as string;
      if (ch === ch.toLowerCase()) return false;
      continue;
    }
    const spelled = entry.tokens[k] as string;
    const ok = entry.stems[k] ? text.startsWith(spelled, s) : text.slice(s, toks.ends[first + k]) === spelled;
    if (!ok) return false;
  }
  return true;
}

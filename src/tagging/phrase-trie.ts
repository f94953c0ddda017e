import { gapKey, type TokenList, tokenize } from "./text-tokens.js";

/**
 * A trie over folded word tokens, built once at module load, that finds the leftmost-longest phrase at
 * each point of a text in one pass. Case is checked per token after the walk, from each phrase's own
 * spelling: an all-capitals token ("US", "DPRK", the "U" and "S" of "U.S.") must match exactly, a
 * capitalised token ("Turkey", "China") needs an upper-case first letter, a lower-case token
 * ("of", "the") matches in any case. So "us" never reads as the US and "turkey" never as Türkiye.
 */

/** How a token of a phrase must be cased in the text: 0 any case, 1 capitalised, 2 exactly. */
type CaseMode = 0 | 1 | 2;
const CaseMode = { Any: 0, Capital: 1, Exact: 2 } as const;

export interface PhraseEntry<P> {
  readonly phrase: string;
  readonly payload: P;
  readonly tokens: readonly string[];
  readonly modes: readonly CaseMode[];
}

interface TrieNode<P> {
  next: Map<string, TrieNode<P>> | null;
  entries: PhraseEntry<P>[] | null;
}

export interface PhraseMatch<P> {
  /** Token indices of the first and last token of the match. */
  first: number;
  last: number;
  start: number;
  end: number;
  /** Every entry spelled this way whose case fits the text. */
  entries: PhraseEntry<P>[];
}

function caseMode(token: string): CaseMode {
  const first = token[0] ?? "";
  if (first === first.toLowerCase()) return CaseMode.Any;
  if (token === token.toUpperCase() && !/^\d+$/.test(token)) return CaseMode.Exact;
  return CaseMode.Capital;
}

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

function childKey(gap: string, key: string): string {
  return `${gap} ${key}`;
}

export class PhraseTrie<P> {
  private readonly root = new Map<string, TrieNode<P>>();

  /** Adds a phrase; phrases spelled with the same tokens share a node and are all returned. */
  add(phrase: string, payload: P): void {
    const toks = tokenize(phrase);
    const n = toks.keys.length;
    if (n === 0) throw new Error(`phrase without words: ${JSON.stringify(phrase)}`);
    const surface = toks.starts.map((s, i) => phrase.slice(s, toks.ends[i]));
    let node = this.root.get(toks.keys[0] as string);
    if (!node) {
      node = { next: null, entries: null };
      this.root.set(toks.keys[0] as string, node);
    }
    for (let i = 1; i < n; i++) {
      const gap = gapKey(phrase, toks.ends[i - 1] as number, toks.starts[i] as number);
      if (gap === null) throw new Error(`phrase with an unmatchable separator: ${JSON.stringify(phrase)}`);
      const key = childKey(gap, toks.keys[i] as string);
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = { next: null, entries: null };
        node.next.set(key, child);
      }
      node = child;
    }
    node.entries ??= [];
    node.entries.push({ phrase, payload, tokens: surface, modes: surface.map(caseMode) });
  }

  /** Leftmost-longest matches over a tokenised range of `text`. */
  match(text: string, toks: TokenList): PhraseMatch<P>[] {
    const out: PhraseMatch<P>[] = [];
    const { starts, ends, keys } = toks;
    const n = keys.length;
    const ladder: Array<[number, TrieNode<P>]> = [];
    for (let i = 0; i < n; i++) {
      let node = this.root.get(keys[i] as string);
      if (!node) continue;
      ladder.length = 0;
      if (node.entries) ladder.push([i, node]);
      let j = i;
      while (node.next && j + 1 < n) {
        const gap = gapKey(text, ends[j] as number, starts[j + 1] as number);
        if (gap === null) break;
        const child: TrieNode<P> | undefined = node.next.get(childKey(gap, keys[j + 1] as string));
        if (!child) break;
        node = child;
        j++;
        if (node.entries) ladder.push([j, node]);
      }
      for (let k = ladder.length - 1; k >= 0; k--) {
        const [last, hit] = ladder[k] as [number, TrieNode<P>];
        const fits = (hit.entries as PhraseEntry<P>[]).filter((e) => caseFits(text, toks, i, e));
        if (fits.length === 0) continue;
        out.push({ first: i, last, start: starts[i] as number, end: ends[last] as number, entries: fits });
        i = last;
        break;
      }
    }
    return out;
  }
}

function caseFits<P>(text: string, toks: TokenList, first: number, entry: PhraseEntry<P>): boolean {
  for (let k = 0; k < entry.modes.length; k++) {
    const mode = entry.modes[k];
    if (mode === CaseMode.Any) continue;
    const s = toks.starts[first + k] as number;
    if (mode === CaseMode.Capital) {
      if (!isUpper(text[s] as string)) return false;
    } else if (text.slice(s, toks.ends[first + k]) !== entry.tokens[k]) return false;
  }
  return true;
}

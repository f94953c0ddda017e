import { foldText } from "./search-fold.js";
import type { SearchTerm } from "./search-parse.js";

/**
 * BM25 relevance (k1 = 1.2, b = 0.75) computed here rather than by FTS5's bm25(): FTS5 derives each
 * term's document frequency by reading the term's whole posting list on every query (~35 ms for a
 * word in nearly every statement of 1M), while here frequencies are cached per data generation and
 * term counts come from the candidate texts. Lengths are measured in characters, which normalises
 * the same way as tokens.
 */
const K1 = 1.2;
const B = 0.75;
const ASCII_WORD = /^[a-z0-9]*$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A pattern finding a term in a statement: its tokens separated by non-token characters. A term of
 * plain ASCII letters and digits (nearly every query) is matched case-insensitively in the raw text,
 * which avoids folding every candidate text (case folding and Unicode normalisation cost more than
 * the search); other terms are matched in the folded text.
 */
export function termPattern(term: SearchTerm): { re: RegExp; folded: boolean } {
  const tokens = term.tokens.map(escapeRegExp);
  if (tokens.every((t) => ASCII_WORD.test(t))) {
    const tail = term.prefix ? "[a-z0-9]*" : "\\b";
    return { re: new RegExp(`\\b${tokens.join("[^a-z0-9]+")}${tail}`, "gi"), folded: false };
  }
  const tail = term.prefix ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])";
  return {
    re: new RegExp(`(?<![\\p{L}\\p{N}])${tokens.join("[^\\p{L}\\p{N}]+")}${tail}`, "gu"),
    folded: true,
  };
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/** Inverse document frequency (the non-negative BM25 form). */
export function idf(total: number, docFreq: number): number {
  return Math.log(1 + (total - docFreq + 0.5) / (docFreq + 0.5));
}

/**
 * Scores for `texts`, all of which matched the query. `weights` are the terms' IDFs (all 1 for a
 * one-term query, where IDF cannot change the order). A text whose terms the approximate tokenizer
 * misses still matched, so it scores as if each term occurred once.
 */
export function scoreTexts(texts: string[], terms: SearchTerm[], weights: number[]): number[] {
  const patterns = terms.map(termPattern);
  const needsFolding = patterns.some((p) => p.folded);
  const avg = texts.reduce((n, t) => n + t.length, 0) / Math.max(1, texts.length) || 1;
  return texts.map((text) => {
    const folded = needsFolding ? foldText(text) : text;
    const norm = K1 * (1 - B + (B * text.length) / avg);
    const tfs = patterns.map((p) => count(p.re, p.folded ? folded : text));
    const found = tfs.some((tf) => tf > 0);
    let score = 0;
    tfs.forEach((tf, i) => {
      const f = found ? tf : 1;
      score += ((weights[i] ?? 1) * (f * (K1 + 1))) / (f + norm);
    });
    return score;
  });
}

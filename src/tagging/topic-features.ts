import type { Basis, TopicTag } from "../extract/types.js";
import { isFeatureWord, stem } from "./feature-words.js";
import type { TokenList } from "./text-tokens.js";
import { type Hit, hitsBySlug, scoreOf } from "./topic-scorer.js";
import { vectorFeatures } from "./vector-features.js";
import type { WordVectors } from "./word-vectors.js";

/**
 * The learned topic scorer's features of one statement (topic-model.ts), shared by training
 * (tests/topic-model) and inference so that both read a statement the same way. Pure.
 *
 * - `t:<stem>` / `q:<stem>`: a word of the statement's text / of its question (value 1, present or not;
 *   stop words and one-letter tokens left out), with `t2:`/`q2:` for adjacent pairs when bigrams are on;
 * - `rt:<slug>` / `rq:<slug>`: the rules' score for the topic from the text / the question (log(1 + score)),
 *   so the model learns how far to trust each rule rather than relearning its vocabulary;
 * - `rs:<slug>`, `r1:<slug>` (when asked): the topic's share of the best rule score, and the best topic;
 * - `rk:<slug>`: the rules kept the topic (their whole policy: threshold, share of the best, follow-up);
 * - `pv:<slug>`: in a transcript exchange, the previous statement's topics by the rules;
 * - `len`: log(1 + words) / 5, so that each topic's bar can rise with the statement's length;
 * - `vt:<d>`, `vq:<d>` (when asked): the text's and the question's mean word vector (vector-features.ts).
 * Word features keep the spans they were seen at, so the evidence can point at text.
 */

export interface FeatureOptions {
  /** Adjacent word pairs as features too. */
  bigrams: boolean;
  /** Each topic's share of the best rule score, and the best topic (rs:, r1:). */
  shares?: boolean;
  /** The mean word vectors of the text and of the question (vt:, vq:); needs the word vectors. */
  vectors?: boolean;
}

/** What the rule engine found in one statement (tag-statements.ts builds it). */
export interface RuleContext {
  hits: readonly Hit[];
  /** The rules' own topics, after follow-up carries. */
  kept: readonly TopicTag[];
  /** The previous statement's topics by the rules when both are one transcript exchange, else null. */
  previous: readonly TopicTag[] | null;
}

export interface TopicFeatures {
  /** Feature name → value. */
  values: Map<string, number>;
  /** Word features → flat [start, end, start, end, …] offsets into the briefing. */
  spans: Map<string, number[]>;
}

function add(f: TopicFeatures, name: string, start: number, end: number): void {
  f.values.set(name, 1);
  const s = f.spans.get(name);
  if (s) s.push(start, end);
  else f.spans.set(name, [start, end]);
}

/** Adds a side's word features; returns its feature stems, one per occurrence (for the vectors). */
function words(f: TopicFeatures, toks: TokenList, side: "t" | "q", bigrams: boolean): string[] {
  const stems: string[] = [];
  let prev: string | null = null;
  let prevStart = 0;
  for (let i = 0; i < toks.keys.length; i++) {
    const key = toks.keys[i] as string;
    const start = toks.starts[i] as number;
    if (!isFeatureWord(key)) {
      prev = null;
      continue;
    }
    const w = stem(key);
    stems.push(w);
    add(f, `${side}:${w}`, start, toks.ends[i] as number);
    if (bigrams && prev !== null) add(f, `${side}2:${prev}_${w}`, prevStart, toks.ends[i] as number);
    prev = w;
    prevStart = start;
  }
  return stems;
}

function ruleScores(f: TopicFeatures, hits: readonly Hit[], basis: Basis, prefix: string): void {
  for (const [slug, list] of hitsBySlug(hits, basis))
    f.values.set(`${prefix}:${slug}`, Math.log1p(scoreOf(list)));
}

/**
 * Each topic's rule score (text and question together) as a share of the best topic's (`rs:<slug>`), and
 * which topic is best (`r1:<slug>`): which of several subjects leads is what a reader weighs, and a
 * logistic model cannot divide one score by another itself.
 */
function shares(f: TopicFeatures, hits: readonly Hit[]): void {
  let best = 0;
  let top = "";
  const scores: Array<[string, number]> = [];
  for (const [slug, list] of hitsBySlug(hits)) {
    const score = scoreOf(list);
    scores.push([slug, score]);
    if (score > best || (score === best && slug < top)) {
      best = score;
      top = slug;
    }
  }
  if (best <= 0) return;
  for (const [slug, score] of scores) f.values.set(`rs:${slug}`, score / best);
  f.values.set(`r1:${top}`, 1);
}

/** The features of a statement (tokens of its text and of its question) and what the rules made of it. */
export function topicFeatures(
  own: TokenList,
  asked: TokenList | null,
  rules: RuleContext,
  options: FeatureOptions,
  vectors: WordVectors | null = null,
): TopicFeatures {
  const f: TopicFeatures = { values: new Map(), spans: new Map() };
  const ownStems = words(f, own, "t", options.bigrams);
  const askedStems = asked ? words(f, asked, "q", options.bigrams) : null;
  ruleScores(f, rules.hits, "text", "rt");
  ruleScores(f, rules.hits, "question", "rq");
  if (options.shares) shares(f, rules.hits);
  for (const t of rules.kept) f.values.set(`rk:${t.slug}`, 1);
  for (const t of rules.previous ?? []) f.values.set(`pv:${t.slug}`, 1);
  f.values.set("len", Math.log1p(own.keys.length) / 5);
  if (options.vectors) {
    if (!vectors) throw new Error("topic features: the options ask for word vectors and none were given");
    vectorFeatures(f.values, ownStems, askedStems, vectors);
  }
  return f;
}

/** Whether a feature reads the question (its basis), given the rules' kept tags for `rk:` features. */
export function featureBasis(name: string, kept: readonly TopicTag[]): Basis {
  if (name.startsWith("q") || name.startsWith("rq:") || name.startsWith("vq") || name.startsWith("pv:"))
    return "question";
  if (name.startsWith("rk:")) {
    const slug = name.slice(3);
    return kept.find((t) => t.slug === slug)?.basis ?? "text";
  }
  return "text";
}

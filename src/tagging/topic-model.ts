import type { Basis, Evidence, TopicTag } from "../extract/types.js";
import { type FeatureOptions, featureBasis, type RuleContext, type TopicFeatures } from "./topic-features.js";

/**
 * The learned topic scorer: one logistic regression per topic slug over the features of
 * topic-features.ts (words of the text and the question, and the rule engine's scores), trained by
 * `npm run train:topics` on labelled statements (data/README.md, "Topic model"). Pure.
 *
 * A topic is kept when its probability reaches its threshold; at most `maxTopics`, the most probable
 * first. A statement with none above its threshold keeps its most probable topic when that reaches
 * `fallback` (null: never). score = the probability (3 decimals). basis = `question` when the question's
 * features add more to the topic's log-odds than the text's. evidence = where the three strongest
 * positive word features present are first seen (rule `topic-model:<slug>`), then every rule hit of
 * the topic, or for a topic the previous exchange had, that exchange's evidence (`topic:<slug>:follow-up`).
 * A chosen topic with no evidence at all (its prior and the statement's length alone) is left out.
 */

export interface TopicModelFile {
  slugs: string[];
  /** Per slug, aligned with `slugs`. */
  bias: number[];
  thresholds: number[];
  maxTopics: number;
  fallback: number | null;
  features: FeatureOptions;
  /** feature name → slug → weight (pruned: small weights left out). */
  weights: Record<string, Record<string, number>>;
  [meta: string]: unknown;
}

export interface TopicModel {
  file: TopicModelFile;
  /** feature name → [slug index, weight, slug index, weight, …]. */
  table: Map<string, number[]>;
}

/** How many word features' spans a topic's evidence shows. */
const EVIDENCE_FEATURES = 3;

export function compileModel(file: TopicModelFile): TopicModel {
  const index = new Map(file.slugs.map((s, i) => [s, i]));
  const table = new Map<string, number[]>();
  for (const [name, bySlug] of Object.entries(file.weights)) {
    const row: number[] = [];
    for (const [slug, w] of Object.entries(bySlug)) {
      const k = index.get(slug);
      if (k === undefined) throw new Error(`topic model: unknown slug ${slug} in feature ${name}`);
      row.push(k, w);
    }
    table.set(name, row);
  }
  return { file, table };
}

/** Each slug's probability for a statement's features, aligned with `model.file.slugs`. */
export function topicProbabilities(model: TopicModel, features: TopicFeatures): number[] {
  const z = model.file.bias.slice();
  for (const [name, value] of features.values) {
    const row = model.table.get(name);
    if (!row) continue;
    for (let j = 0; j < row.length; j += 2) {
      const k = row[j] as number;
      z[k] = (z[k] as number) + (row[j + 1] as number) * value;
    }
  }
  return z.map((v) => 1 / (1 + Math.exp(-v)));
}

/** How probabilities become topics: per-slug thresholds, a cap, and the fallback for a statement with none. */
export type TopicPolicy = Pick<TopicModelFile, "thresholds" | "maxTopics" | "fallback">;

/** The slug indices kept from probabilities `p` by the model's thresholds, cap and fallback. */
export function chooseTopics(model: TopicPolicy, p: readonly number[]): number[] {
  const order = p.map((_, k) => k).sort((a, b) => (p[b] as number) - (p[a] as number) || a - b);
  const kept = order
    .filter((k) => (p[k] as number) >= (model.thresholds[k] as number))
    .slice(0, model.maxTopics);
  const best = order[0];
  if (
    kept.length === 0 &&
    best !== undefined &&
    model.fallback !== null &&
    (p[best] as number) >= model.fallback
  )
    kept.push(best);
  return kept;
}

/** The learned topics of one statement, with score, basis and evidence (see the header). */
export function predictTopics(
  model: TopicModel,
  text: string,
  features: TopicFeatures,
  rules: RuleContext,
): TopicTag[] {
  const p = topicProbabilities(model, features);
  const tags: TopicTag[] = [];
  for (const k of chooseTopics(model.file, p)) {
    const slug = model.file.slugs[k] as string;
    const why = explain(model, text, features, rules, k);
    // A topic nothing in the statement speaks for (its prior alone) has no evidence to show: not kept.
    if (why.evidence.length > 0)
      tags.push({ slug, score: Math.round((p[k] as number) * 1000) / 1000, ...why });
  }
  return tags;
}

function explain(
  model: TopicModel,
  text: string,
  features: TopicFeatures,
  rules: RuleContext,
  k: number,
): { basis: Basis; evidence: Evidence[] } {
  const slug = model.file.slugs[k] as string;
  const sides = { text: 0, question: 0 };
  const spanned: Array<[string, number]> = [];
  for (const [name, value] of features.values) {
    const row = model.table.get(name);
    if (!row) continue;
    for (let j = 0; j < row.length; j += 2) {
      if (row[j] !== k) continue;
      const c = (row[j + 1] as number) * value;
      if (c <= 0) break;
      if (name !== "len") sides[featureBasis(name, rules.kept)] += c;
      if (features.spans.has(name)) spanned.push([name, c]);
      break;
    }
  }
  spanned.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const evidence: Evidence[] = [];
  const rule = `topic-model:${slug}`;
  for (const [name] of spanned.slice(0, EVIDENCE_FEATURES)) {
    // The first place the word is seen: a word repeated through a long answer would bury the rest.
    const [start, end] = features.spans.get(name) as [number, number];
    evidence.push({ start, end, text: text.slice(start, end), rule });
  }
  for (const h of rules.hits) if (h.rule.slug === slug) evidence.push(h.evidence);
  const before = rules.previous?.find((t) => t.slug === slug);
  if (before && !rules.hits.some((h) => h.rule.slug === slug)) {
    for (const e of before.evidence) evidence.push({ ...e, rule: `topic:${slug}:follow-up` });
  }
  return { basis: sides.question > sides.text ? "question" : "text", evidence };
}

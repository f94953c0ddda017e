/**
 * The model file (src/tagging/data/topic-model.json) from a fitted model: weights rounded to three
 * decimals and pruned below PRUNE (they change no decision that matters and keep the file reviewable) —
 * except the dense vector features' (`v…`), which are never pruned: each of them is present in almost
 * every statement, so many small weights add up to a real shift of the log-odds,
 * the decision policy, the feature options, the configuration and the provenance.
 */

import type { FeatureOptions } from "../../src/tagging/topic-features.js";
import type { TopicModelFile, TopicPolicy } from "../../src/tagging/topic-model.js";
import type { LearnConfig, Learned } from "./learn.js";

export const PRUNE = 0.02;

export interface Provenance {
  trainedOn: string;
  gitHead: string;
  labels: Array<{ file: string; statements: number }>;
  statements: number;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function modelFileOf(
  m: Learned,
  slugs: readonly string[],
  policy: TopicPolicy,
  config: LearnConfig & FeatureOptions,
  provenance: Provenance,
  prune = PRUNE,
): TopicModelFile {
  const weights: Record<string, Record<string, number>> = {};
  const n = slugs.length;
  m.vocab.forEach((name, f) => {
    const row: Record<string, number> = {};
    for (let k = 0; k < n; k++) {
      const w = round(m.fitted.weights[f * n + k] as number);
      if (Math.abs(w) >= prune || (name.startsWith("v") && w !== 0)) row[slugs[k] as string] = w;
    }
    if (Object.keys(row).length > 0) weights[name] = row;
  });
  return {
    about:
      "Learned topic scorer (src/tagging/topic-model.ts): one logistic regression per slug; written by npm run train:topics, see README.md 'Topic model'.",
    provenance: { ...provenance, licence: "Podium's own annotations and model (same licence as Podium)" },
    hyperparameters: { ...config, prune },
    slugs: [...slugs],
    bias: Array.from(m.fitted.bias, round),
    thresholds: [...policy.thresholds],
    maxTopics: policy.maxTopics,
    fallback: policy.fallback,
    features: {
      bigrams: config.bigrams,
      shares: config.shares === true,
      // Written only when on, so a model without vectors reads as before.
      ...(config.vectors ? { vectors: true } : {}),
    },
    weights,
  };
}

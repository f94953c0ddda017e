/**
 * From examples to a fitted model and back: the vocabulary (features seen in at least `minDf`
 * training statements), sample weights, fitting, out-of-fold probabilities by file-grouped folds.
 */

import type { Example } from "./dataset.js";
import { type Fitted, fitModel, probabilities, type Sample } from "./logistic.js";
import type { Scored } from "./policy.js";

export interface LearnConfig {
  /** Drop features whose name starts with one of these (ablations: "r" drops every rule feature). */
  drop: string[];
  minDf: number;
  /** How a statement weighs in training: the eval weighs characters. */
  weighting: "none" | "sqrt" | "chars";
  epochs: number;
  rate: number;
  l2: number;
  /** A factor on the weight of the dev fixtures' statements (labelled like the eval's holdout). */
  devWeight: number;
  /** A factor on l2 for the rule engine's features (rt, rq, rk, pv) and the length: below 1 trusts them more. */
  ruleL2: number;
  /** A factor on l2 for the dense word-vector features (vt, vq). */
  denseL2: number;
  /** Seeds the file-to-fold assignment of the cross-validation. */
  seed: number;
}

export interface Learned {
  vocab: string[];
  index: Map<string, number>;
  fitted: Fitted;
}

function kept(name: string, drop: readonly string[]): boolean {
  for (const d of drop) if (name.startsWith(d)) return false;
  return true;
}

function sampleOf(e: Example, index: Map<string, number>, slugIndex: Map<string, number>, w: number): Sample {
  const idx: number[] = [];
  const val: number[] = [];
  for (const [name, v] of e.features.values) {
    const i = index.get(name);
    if (i === undefined) continue;
    idx.push(i);
    val.push(v);
  }
  const y = new Uint8Array(slugIndex.size);
  for (const s of e.gold) {
    const k = slugIndex.get(s);
    if (k !== undefined) y[k] = 1;
  }
  return { idx, val, y, w };
}

function weightOf(e: Example, c: LearnConfig): number {
  const w = c.weighting === "chars" ? e.chars : c.weighting === "sqrt" ? Math.sqrt(e.chars) : 1;
  return e.file.startsWith("dev/") ? w * c.devWeight : w;
}

export function learn(examples: readonly Example[], slugs: readonly string[], c: LearnConfig): Learned {
  const df = new Map<string, number>();
  for (const e of examples)
    for (const name of e.features.values.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  const vocab = [...df.entries()]
    .filter(([name, n]) => n >= c.minDf && kept(name, c.drop))
    .map(([name]) => name)
    .sort();
  const index = new Map(vocab.map((n, i) => [n, i]));
  const slugIndex = new Map(slugs.map((s, i) => [s, i]));
  const raw = examples.map((e) => weightOf(e, c));
  const mean = raw.reduce((a, b) => a + b, 0) / Math.max(1, raw.length);
  const samples = examples.map((e, i) => sampleOf(e, index, slugIndex, (raw[i] as number) / mean));
  const penalty = Float64Array.from(vocab, (n) =>
    n.startsWith("t") || n.startsWith("q") ? 1 : n.startsWith("v") ? c.denseL2 : c.ruleL2,
  );
  const fitted = fitModel(samples, vocab.length, slugs.length, { ...c, penalty });
  return { vocab, index, fitted };
}

export function probabilitiesOf(m: Learned, e: Example): number[] {
  const idx: number[] = [];
  const val: number[] = [];
  for (const [name, v] of e.features.values) {
    const i = m.index.get(name);
    if (i === undefined) continue;
    idx.push(i);
    val.push(v);
  }
  return probabilities(m.fitted, { idx, val });
}

/** Files in a stable shuffled order, dealt into `k` folds: file name → fold. */
export function foldsOf(files: readonly string[], k: number, seed: number): Map<string, number> {
  const sorted = [...new Set(files)].sort();
  // A fixed permutation by a seeded sort key, so folds mix dev and topic-train files and shapes.
  let a = seed >>> 0;
  const key = sorted.map(() => {
    a = (Math.imul(a ^ (a >>> 15), 2246822507) + 0x9e3779b9) >>> 0;
    return a;
  });
  const order = sorted.map((f, i) => [f, key[i] as number] as const).sort((x, y) => x[1] - y[1]);
  return new Map(order.map(([f], i) => [f, i % k]));
}

/** Out-of-fold probabilities: each example scored by a model that did not see its file. */
export function outOfFold(
  examples: readonly Example[],
  slugs: readonly string[],
  folds: Map<string, number>,
  c: LearnConfig,
  only: ((e: Example) => boolean) | null = null,
): Scored[] {
  const slugIndex = new Map(slugs.map((s, i) => [s, i]));
  const toSet = (labels: readonly string[]) =>
    new Set(labels.map((l) => slugIndex.get(l)).filter((k): k is number => k !== undefined));
  const out: Scored[] = [];
  for (const fold of [...new Set(folds.values())].sort((a, b) => a - b)) {
    const test = examples.filter((e) => folds.get(e.file) === fold && (only === null || only(e)));
    if (test.length === 0) continue;
    const m = learn(
      examples.filter((e) => folds.get(e.file) !== fold),
      slugs,
      c,
    );
    for (const e of test) {
      out.push({
        p: probabilitiesOf(m, e),
        gold: toSet(e.gold),
        rules: toSet(e.rules),
        chars: e.chars,
        file: e.file,
        fold,
      });
    }
  }
  return out;
}

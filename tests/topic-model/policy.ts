/**
 * Scoring and choosing the decision policy (thresholds, cap, fallback) on out-of-fold probabilities.
 * Statements are disjoint, so the eval's character-weighted counts (tests/eval/score.ts labelCounts)
 * equal per-statement counts weighted by each statement's non-space characters; the search uses that
 * form because it runs thousands of times.
 */

import type { TopicPolicy } from "../../src/tagging/topic-model.js";
import type { Counts } from "../eval/score.js";

export interface Scored {
  p: readonly number[];
  gold: ReadonlySet<number>;
  rules: ReadonlySet<number>;
  chars: number;
  /** Fold the statement was held out in. */
  fold: number;
  /** Labelled file it comes from ("dev/…", "topic-train/…"). */
  file: string;
}

export type Combine = "model" | "union" | "intersection" | "rules";

/** Slug indices by falling probability, computed once per statement (the search scores thousands of policies). */
const orders = new WeakMap<Scored, number[]>();

/** chooseTopics (src/tagging/topic-model.ts) with the statement's order of slugs cached; same result. */
export function choose(policy: TopicPolicy, s: Scored): number[] {
  let order = orders.get(s);
  if (!order) {
    const p = s.p;
    order = p.map((_, k) => k).sort((a, b) => (p[b] as number) - (p[a] as number) || a - b);
    orders.set(s, order);
  }
  const kept: number[] = [];
  for (const k of order) {
    if (kept.length >= policy.maxTopics) break;
    if ((s.p[k] as number) >= (policy.thresholds[k] as number)) kept.push(k);
  }
  const best = order[0];
  if (
    kept.length === 0 &&
    best !== undefined &&
    policy.fallback !== null &&
    (s.p[best] as number) >= policy.fallback
  )
    kept.push(best);
  return kept;
}

export function predicted(policy: TopicPolicy, s: Scored, combine: Combine = "model"): Set<number> {
  if (combine === "rules") return new Set(s.rules);
  const m = new Set(choose(policy, s));
  if (combine === "union") for (const k of s.rules) m.add(k);
  if (combine === "intersection") for (const k of m) if (!s.rules.has(k)) m.delete(k);
  return m;
}

export function countsOf(items: readonly Scored[], policy: TopicPolicy, combine: Combine = "model"): Counts {
  const c: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const s of items) {
    const pred = predicted(policy, s, combine);
    for (const k of pred) {
      if (s.gold.has(k)) c.tp += s.chars;
      else c.fp += s.chars;
    }
    for (const k of s.gold) if (!pred.has(k)) c.fn += s.chars;
  }
  return c;
}

export function f1(c: Counts): number {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const GRID = Array.from({ length: 27 }, (_, i) => Math.round((0.1 + i * 0.025) * 1000) / 1000);
const FALLBACKS = [null, 0.05, 0.1, 0.15, 0.2, 0.3];

/** The best policy on `items`: one threshold, cap and fallback by grid search; then, if asked, per slug. */
export function searchPolicy(
  items: readonly Scored[],
  nSlugs: number,
  perSlug: boolean,
  combine: Combine = "model",
): TopicPolicy {
  let best: TopicPolicy = { thresholds: new Array(nSlugs).fill(0.5), maxTopics: 3, fallback: null };
  let bestF = -1;
  for (const t of GRID) {
    for (const maxTopics of [1, 2, 3]) {
      for (const fallback of FALLBACKS) {
        if (fallback !== null && fallback >= t) continue;
        const policy = { thresholds: new Array(nSlugs).fill(t), maxTopics, fallback };
        const f = f1(countsOf(items, policy, combine));
        if (f > bestF + 1e-12) {
          bestF = f;
          best = policy;
        }
      }
    }
  }
  if (!perSlug) return best;
  const thresholds = [...best.thresholds];
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < nSlugs; k++) {
      for (const t of GRID) {
        const trial = [...thresholds];
        trial[k] = t;
        const f = f1(countsOf(items, { ...best, thresholds: trial }, combine));
        if (f > bestF + 1e-12) {
          bestF = f;
          thresholds[k] = t;
        }
      }
    }
  }
  return { ...best, thresholds };
}

/**
 * Honest figures for a policy chosen on the same out-of-fold probabilities: each fold's statements are
 * scored with the policy chosen on the other folds' statements.
 */
export function crossFitted(
  items: readonly Scored[],
  nSlugs: number,
  perSlug: boolean,
  combine: Combine = "model",
): Counts {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const fold of new Set(items.map((s) => s.fold))) {
    const policy = searchPolicy(
      items.filter((s) => s.fold !== fold),
      nSlugs,
      perSlug,
      combine,
    );
    const c = countsOf(
      items.filter((s) => s.fold === fold),
      policy,
      combine,
    );
    total.tp += c.tp;
    total.fp += c.fp;
    total.fn += c.fn;
  }
  return total;
}

/** crossFitted's counts per slug (same policies): which topics the model misses out of fold. */
export function crossFittedBySlug(items: readonly Scored[], nSlugs: number, perSlug: boolean): Counts[] {
  const out: Counts[] = Array.from({ length: nSlugs }, () => ({ tp: 0, fp: 0, fn: 0 }));
  for (const fold of new Set(items.map((s) => s.fold))) {
    const policy = searchPolicy(
      items.filter((s) => s.fold !== fold),
      nSlugs,
      perSlug,
    );
    for (const s of items) {
      if (s.fold !== fold) continue;
      const pred = predicted(policy, s);
      for (let k = 0; k < nSlugs; k++) {
        const c = out[k] as Counts;
        if (pred.has(k) && s.gold.has(k)) c.tp += s.chars;
        else if (pred.has(k)) c.fp += s.chars;
        else if (s.gold.has(k)) c.fn += s.chars;
      }
    }
  }
  return out;
}

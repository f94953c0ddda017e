import { describe, expect, it } from "vitest";
import type { TopicFeatures } from "../../src/tagging/topic-features.js";
import type { Example } from "./dataset.js";
import { foldsOf, type LearnConfig, learn, outOfFold, probabilitiesOf } from "./learn.js";
import { countsOf, searchPolicy } from "./policy.js";
import { CONFIG, parseOverrides } from "./train.js";
import { modelFileOf } from "./write-model.js";

const SLUGS = ["health", "trade-economy"];

function features(words: string[]): TopicFeatures {
  return { values: new Map(words.map((w) => [w, 1])), spans: new Map(words.map((w) => [w, [0, 1]])) };
}

/** A synthetic set: "t:virus" means health, "t:tariff" trade-economy, "t:today" nothing; six files. */
const examples: Example[] = Array.from({ length: 36 }, (_, i) => {
  const kind = i % 3;
  const words = [["t:virus", "t:today"], ["t:tariff"], ["t:today"]][kind] as string[];
  return {
    file: `f${Math.floor(i / 6)}`,
    chars: 10 + i,
    start: i * 100,
    end: i * 100 + 50,
    features: features(words),
    gold: [["health"], ["trade-economy"], []][kind] as string[],
    rules: [],
  };
});

const config: LearnConfig = {
  drop: [],
  minDf: 2,
  weighting: "sqrt",
  epochs: 100,
  rate: 0.1,
  l2: 0.01,
  ruleL2: 0.1,
  denseL2: 1,
  devWeight: 1,
  seed: 7,
};

describe("training", () => {
  it("gives the same weights on every run", () => {
    const a = learn(examples, SLUGS, config);
    const b = learn([...examples], SLUGS, config);
    expect(Array.from(b.fitted.weights)).toEqual(Array.from(a.fitted.weights));
    expect(Array.from(b.fitted.bias)).toEqual(Array.from(a.fitted.bias));
    expect(a.vocab).toEqual(["t:tariff", "t:today", "t:virus"]);
  });

  it("learns which word makes which topic", () => {
    const m = learn(examples, SLUGS, config);
    const p = (words: string[]) =>
      probabilitiesOf(m, { ...(examples[0] as Example), features: features(words) });
    const [health, trade] = p(["t:virus"]);
    expect([(health as number) > 0.7, (trade as number) < 0.3]).toEqual([true, true]);
    const [h2, t2] = p(["t:today"]);
    expect([(h2 as number) < 0.3, (t2 as number) < 0.3]).toEqual([true, true]);
  });

  it("scores each file out of fold by a model that did not see it, and finds a policy that gets every label", () => {
    const folds = foldsOf(
      examples.map((e) => e.file),
      3,
      7,
    );
    expect([...folds.values()].sort()).toEqual([0, 0, 1, 1, 2, 2]);
    const oof = outOfFold(examples, SLUGS, folds, config);
    expect(oof.length).toBe(36);
    const policy = searchPolicy(oof, SLUGS.length, false);
    // Every labelled statement's characters (10 + i for the 24 with a topic) are true positives.
    const labelled = examples.filter((e) => e.gold.length > 0).reduce((n, e) => n + e.chars, 0);
    expect(labelled).toBe(648);
    expect(countsOf(oof, policy)).toEqual({ tp: 648, fp: 0, fn: 0 });
  });

  it("writes rounded, pruned weights with the policy and the provenance", () => {
    const m = learn(examples, SLUGS, config);
    const file = modelFileOf(
      m,
      SLUGS,
      { thresholds: [0.5, 0.5], maxTopics: 2, fallback: null },
      { ...config, bigrams: false, shares: false },
      { trainedOn: "2026-11-29", gitHead: "abc", labels: [{ file: "f0", statements: 6 }], statements: 36 },
      100,
    );
    expect(file.weights).toEqual({});
    expect(file.bias).toEqual(Array.from(m.fitted.bias, (x) => Math.round(x * 1000) / 1000));
    expect([file.slugs, file.thresholds, file.maxTopics, file.fallback, file.features]).toEqual([
      SLUGS,
      [0.5, 0.5],
      2,
      null,
      { bigrams: false, shares: false },
    ]);
  });
});

describe("the trainer's --set options (train.ts, engine-cv.ts)", () => {
  it("reads K=V with V as JSON of the field's type", () => {
    expect(parseOverrides(["devWeight=6", "vectors=false", 'drop=["pv"]'], CONFIG)).toEqual({
      devWeight: 6,
      vectors: false,
      drop: ["pv"],
    });
  });

  it("names the option and what is wrong with it: unknown field, no value, not JSON, wrong type", () => {
    expect(() => parseOverrides(["nope=1"], CONFIG)).toThrow(
      /^--set nope=1: expected K=V with K one of bigrams, /,
    );
    expect(() => parseOverrides(["devWeight"], CONFIG)).toThrow(/^--set devWeight: expected K=V/);
    expect(() => parseOverrides(["devWeight=x"], CONFIG)).toThrow(
      "--set devWeight=x: the value must be JSON",
    );
    expect(() => parseOverrides(["devWeight=true"], CONFIG)).toThrow(
      "--set devWeight=true: devWeight is a number, got a boolean",
    );
  });
});

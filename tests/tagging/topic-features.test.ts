import { describe, expect, it } from "vitest";
import { stem } from "../../src/tagging/feature-words.js";
import { tagWithRules } from "../../src/tagging/tag-statements.js";
import { featureBasis, topicFeatures } from "../../src/tagging/topic-features.js";

const text = "date 2024-01-01 Q: Any talks with Iran?\nA: The talks on trade went well.";
const q0 = text.indexOf("Any");
const q1 = text.indexOf("?") + 1;
const a0 = text.indexOf("The talks");
const [ruled] = tagWithRules(
  text,
  [
    {
      seq: 1,
      start: a0,
      end: text.length,
      text: text.slice(a0),
      speaker: null,
      question: { start: q0, end: q1, text: text.slice(q0, q1), asker: null },
    },
  ],
  "PK",
);

describe("topicFeatures", () => {
  it("reads words of the text and of the question apart, the rules' scores per side, their kept topics and the length", () => {
    if (!ruled) throw new Error("no statement");
    const f = topicFeatures(ruled.own, ruled.asked, ruled.rules, { bigrams: true });
    expect(Object.fromEntries(f.values)).toEqual({
      "t:talk": 1,
      "t:trade": 1,
      "t:went": 1,
      "t2:trade_went": 1,
      "t:well": 1,
      "t2:went_well": 1,
      "q:talk": 1,
      "q:iran": 1,
      "rt:diplomacy": Math.log1p(2),
      "rt:trade-economy": Math.log1p(2),
      "rq:diplomacy": Math.log1p(2),
      "rk:diplomacy": 1,
      "rk:trade-economy": 1,
      len: Math.log1p(6) / 5,
    });
  });

  it("keeps each word feature's spans in the briefing, and no bigram across a stop word", () => {
    if (!ruled) throw new Error("no statement");
    const f = topicFeatures(ruled.own, ruled.asked, ruled.rules, { bigrams: true });
    expect(Object.fromEntries(f.spans)).toEqual({
      "t:talk": [47, 52],
      "t:trade": [56, 61],
      "t:went": [62, 66],
      "t2:trade_went": [56, 66],
      "t:well": [67, 71],
      "t2:went_well": [62, 71],
      "q:talk": [23, 28],
      "q:iran": [34, 38],
    });
    expect(text.slice(56, 66)).toBe("trade went");
  });

  it("adds each topic's share of the best rule score (text and question together) and the best topic when asked", () => {
    if (!ruled) throw new Error("no statement");
    const f = topicFeatures(ruled.own, ruled.asked, ruled.rules, { bigrams: false, shares: true });
    // "talks" twice (text, question): 2 + 1 (a repeat adds half) = 3; "trade" once: 2.
    expect([...f.values].filter(([k]) => k.startsWith("rs:") || k.startsWith("r1:"))).toEqual([
      ["rs:diplomacy", 1],
      ["rs:trade-economy", 2 / 3],
      ["r1:diplomacy", 1],
    ]);
  });

  it("leaves bigrams out unless asked", () => {
    if (!ruled) throw new Error("no statement");
    const f = topicFeatures(ruled.own, ruled.asked, ruled.rules, { bigrams: false });
    expect([...f.values.keys()].filter((k) => k.includes("2:"))).toEqual([]);
  });

  it("takes the previous exchange's topics as features when the rules pass them", () => {
    if (!ruled) throw new Error("no statement");
    const previous = [{ slug: "health", score: 3, basis: "text" as const, evidence: [] }];
    const f = topicFeatures(ruled.own, null, { ...ruled.rules, previous }, { bigrams: false });
    expect(f.values.get("pv:health")).toBe(1);
    expect([...f.values.keys()].filter((k) => k.startsWith("q"))).toEqual([]);
  });
});

describe("stem", () => {
  it("strips plurals, -ing and -ed, and leaves short words and -ss/-us/-is alone", () => {
    expect(
      [
        "talks",
        "talking",
        "talked",
        "policies",
        "crises",
        "marches",
        "press",
        "virus",
        "analysis",
        "gas",
        "sanctions",
      ].map(stem),
    ).toEqual([
      "talk",
      "talk",
      "talk",
      "policy",
      "crise",
      "march",
      "press",
      "virus",
      "analysis",
      "gas",
      "sanction",
    ]);
  });
});

describe("featureBasis", () => {
  it("reads question words, question rule scores, the question's mean vector and the previous exchange as the question's; a kept rule topic by its tag", () => {
    const kept = [{ slug: "migration", score: 2, basis: "question" as const, evidence: [] }];
    expect(
      [
        "t:visa",
        "t2:a_b",
        "q:visa",
        "q2:a_b",
        "rt:migration",
        "rq:migration",
        "pv:health",
        "rk:migration",
        "rk:health",
        "vt:3",
        "vq:3",
      ].map((n) => featureBasis(n, kept)),
    ).toEqual([
      "text",
      "text",
      "question",
      "question",
      "text",
      "question",
      "question",
      "question",
      "text",
      "text",
      "question",
    ]);
  });
});

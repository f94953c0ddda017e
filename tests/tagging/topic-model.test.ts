import { describe, expect, it } from "vitest";
import { tagStatements } from "../../src/tagging/tag-statements.js";
import { chooseTopics, compileModel, type TopicModelFile } from "../../src/tagging/topic-model.js";
import { oneAnswer } from "../support/one-answer.js";

/** A hand-made model: "trade" makes trade-economy, the question's "visa" migration, "talk" diplomacy weakly. */
const file: TopicModelFile = {
  slugs: ["diplomacy", "trade-economy", "migration"],
  bias: [-2, -2, -2],
  thresholds: [0.5, 0.5, 0.6],
  maxTopics: 2,
  fallback: 0.2,
  features: { bigrams: false },
  weights: {
    "t:trade": { "trade-economy": 4 },
    "q:visa": { migration: 5 },
    "t:talk": { diplomacy: 1 },
  },
};
const model = compileModel(file);

/** Tags one answer (and its question) laid out in a briefing, with the hand-made model. */
function tag(answer: string, question?: string, m: TopicModelFile = file) {
  const { text, start, qs, statement: st } = oneAnswer(answer, question);
  return {
    text,
    start,
    qs,
    topics: tagStatements(text, [st], { issuer: "PK" }, m === file ? model : compileModel(m))[0]?.topics,
  };
}

describe("the learned topic scorer", () => {
  it("keeps topics at their threshold with the probability as score, the model's strongest words and the rule hits as evidence", () => {
    const { start, topics } = tag("The trade talks.");
    expect(topics).toEqual([
      {
        slug: "trade-economy",
        score: 0.881,
        basis: "text",
        evidence: [
          { start: start + 4, end: start + 9, text: "trade", rule: "topic-model:trade-economy" },
          { start: start + 4, end: start + 15, text: "trade talks", rule: "topic:trade-economy:trade-talks" },
        ],
      },
    ]);
  });

  it("gives basis question when the question's words decide", () => {
    const { qs, topics } = tag("We are looking into it.", "Any visa news?");
    expect(topics).toEqual([
      {
        slug: "migration",
        score: 0.953,
        basis: "question",
        evidence: [
          { start: qs + 4, end: qs + 8, text: "visa", rule: "topic-model:migration" },
          { start: qs + 4, end: qs + 8, text: "visa", rule: "topic:migration:visa" },
        ],
      },
    ]);
  });

  it("keeps the most probable topic of a statement with none above its threshold when it reaches the fallback", () => {
    const { start, topics } = tag("Talks.");
    expect(topics).toEqual([
      {
        slug: "diplomacy",
        score: 0.269,
        basis: "text",
        evidence: [
          { start, end: start + 5, text: "Talks", rule: "topic-model:diplomacy" },
          { start, end: start + 5, text: "Talks", rule: "topic:diplomacy:talks" },
        ],
      },
    ]);
  });

  it("gives no topic when nothing reaches the fallback", () => {
    expect(tag("We are looking into it.", undefined, { ...file, fallback: 0.2 }).topics).toEqual([]);
  });

  it("leaves out a topic with no evidence (its prior alone reaches the fallback)", () => {
    expect(tag("We are looking into it.", undefined, { ...file, fallback: 0.1 }).topics).toEqual([]);
  });
});

describe("chooseTopics", () => {
  it("keeps slugs at or above their thresholds, most probable first, at most maxTopics", () => {
    expect(chooseTopics(file, [0.9, 0.95, 0.99])).toEqual([2, 1]);
    expect(chooseTopics(file, [0.5, 0.2, 0.59])).toEqual([0]);
    expect(chooseTopics({ ...file, fallback: null }, [0.3, 0.2, 0.1])).toEqual([]);
    expect(chooseTopics(file, [0.3, 0.2, 0.1])).toEqual([0]);
  });
});

describe("compileModel", () => {
  it("refuses a weight for a slug the model does not list", () => {
    expect(() => compileModel({ ...file, weights: { "t:x": { religion: 1 } } })).toThrow(
      "topic model: unknown slug religion in feature t:x",
    );
  });
});

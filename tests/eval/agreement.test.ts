import { describe, expect, it } from "vitest";
import { agreementProblems, compareTopics, disagreements, type TopicReading } from "./agreement-score.js";
import { nonSpace } from "./intervals.js";

const r = (start: number, end: number, ...topics: string[]): TopicReading => ({ start, end, topics });

// First reading: A = [0,10) diplomacy; B = [10,30) trade-economy + diplomacy; C = [40,50) nothing.
// Second reading, same boundaries: A adds security, B drops diplomacy, C agrees.
const FIRST = [r(0, 10, "diplomacy"), r(10, 30, "trade-economy", "diplomacy"), r(40, 50)];
const SECOND = [r(0, 10, "security", "diplomacy"), r(10, 30, "trade-economy"), r(40, 50)];

describe("compareTopics", () => {
  it("counts characters per topic with the first reading as gold and sums them as the eval does", () => {
    // diplomacy: first [0,30), second [0,10) -> tp 10, fn 20; security: second only [0,10) -> fp 10;
    // trade-economy: both [10,30) -> tp 20.
    expect(compareTopics(FIRST, SECOND)).toEqual({
      counts: { tp: 30, fp: 10, fn: 20 },
      byTopic: new Map([
        ["diplomacy", { tp: 10, fp: 0, fn: 20 }],
        ["security", { tp: 0, fp: 10, fn: 0 }],
        ["trade-economy", { tp: 20, fp: 0, fn: 0 }],
      ]),
    });
  });

  it("weighs only the characters the measure counts (the eval's non-space characters)", () => {
    const text = "ab  cd";
    expect(compareTopics([r(0, 6, "health")], [r(0, 6, "health", "media")], nonSpace(text))).toEqual({
      counts: { tp: 4, fp: 4, fn: 0 },
      byTopic: new Map([
        ["health", { tp: 4, fp: 0, fn: 0 }],
        ["media", { tp: 0, fp: 4, fn: 0 }],
      ]),
    });
  });

  it("gives empty counts when neither reading has a topic", () => {
    expect(compareTopics([r(0, 5)], [r(0, 5)])).toEqual({
      counts: { tp: 0, fp: 0, fn: 0 },
      byTopic: new Map(),
    });
  });
});

describe("disagreements", () => {
  it("lists the statements whose sets differ, sorted, ignoring order and repeats", () => {
    const second = [
      r(0, 10, "diplomacy", "security"),
      r(10, 30, "diplomacy", "trade-economy", "diplomacy"),
      r(40, 50),
    ];
    expect(disagreements(FIRST, second)).toEqual([
      { index: 0, first: ["diplomacy"], second: ["diplomacy", "security"] },
    ]);
  });
});

describe("agreementProblems", () => {
  it("accepts a reading with the fixture's boundaries and known slugs", () => {
    expect(agreementProblems(FIRST, SECOND)).toEqual([]);
  });

  it("names a missing statement, moved boundaries and an unknown slug", () => {
    expect(agreementProblems(FIRST, [r(0, 10, "diplomacy"), r(11, 30, "economy")])).toEqual([
      "2 statements, the fixture has 3",
      "statement 1: 11..30, the fixture has 10..30",
      'statement 1: unknown topic "economy"',
    ]);
  });
});

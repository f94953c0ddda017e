import { describe, expect, it } from "vitest";
import { nonSpace, overlap, size, subtract, union } from "./intervals.js";
import {
  countFile,
  type FileCounts,
  figuresOf,
  labelCounts,
  matchStarts,
  prf,
  type ScoredStatement,
  sumCounts,
} from "./score.js";

function st(start: number, end: number, labels: Partial<ScoredStatement> = {}): ScoredStatement {
  return { start, end, countries: [], regions: [], topics: [], ...labels };
}

// Gold: A = [10,20) PK AF terrorism; B = [30,40) IN KASHMIR human-rights.
// Predicted: X = [10,25) leaks 5 characters past A and adds security; Y = [32,40) starts 2 late
// and adds CN. The expected figures below are worked out by hand in each test.
const GOLD = [
  st(10, 20, { countries: ["PK", "AF"], topics: ["terrorism"] }),
  st(30, 40, { countries: ["IN"], regions: ["KASHMIR"], topics: ["human-rights"] }),
];
const PRED = [
  st(10, 25, { countries: ["AF", "PK"], topics: ["terrorism", "security"] }),
  st(32, 40, { countries: ["IN", "CN"], regions: ["KASHMIR"], topics: ["human-rights"] }),
];

describe("intervals", () => {
  it("merges overlapping and touching spans, drops empty ones and sorts", () => {
    expect(
      union([
        { start: 30, end: 40 },
        { start: 5, end: 5 },
        { start: 0, end: 10 },
        { start: 10, end: 12 },
        { start: 35, end: 38 },
      ]),
    ).toEqual([
      { start: 0, end: 12 },
      { start: 30, end: 40 },
    ]);
  });

  it("measures sizes and overlaps of unions", () => {
    const a = union([
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ]);
    const b = union([{ start: 5, end: 25 }]);
    expect([size(a), size(b), overlap(a, b), overlap(b, a), overlap(a, [])]).toEqual([20, 20, 10, 10, 0]);
  });
});

describe("interval subtraction", () => {
  it("leaves the characters of the first union outside the second", () => {
    const a = union([
      { start: 0, end: 10 },
      { start: 20, end: 30 },
    ]);
    const b = union([
      { start: 2, end: 4 },
      { start: 8, end: 22 },
      { start: 25, end: 40 },
    ]);
    expect(subtract(a, b)).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 8 },
      { start: 22, end: 25 },
    ]);
    expect(subtract(b, a)).toEqual([
      { start: 10, end: 20 },
      { start: 30, end: 40 },
    ]);
    expect([subtract(a, []), subtract([], a)]).toEqual([a, []]);
  });
});

describe("character-weighted labels", () => {
  it("counts countries by characters, leaving the issuer out on both sides", () => {
    // AF: gold 10..20, predicted 10..25 -> tp 10, fp 5. IN: gold 30..40, predicted 32..40 -> tp 8, fn 2.
    // CN: predicted 32..40 only -> fp 8. PK is the issuer and ignored.
    expect(labelCounts(GOLD, PRED, "countries", "PK")).toEqual({ tp: 18, fp: 13, fn: 2 });
  });

  it("counts the issuer like any country when no issuer is given", () => {
    // PK adds tp 10 and fp 5 (the same characters as AF).
    expect(labelCounts(GOLD, PRED, "countries")).toEqual({ tp: 28, fp: 18, fn: 2 });
  });

  it("counts regions and topics the same way", () => {
    expect(labelCounts(GOLD, PRED, "regions")).toEqual({ tp: 8, fp: 0, fn: 2 });
    // terrorism tp 10 fp 5; security fp 15; human-rights tp 8 fn 2.
    expect(labelCounts(GOLD, PRED, "topics")).toEqual({ tp: 18, fp: 20, fn: 2 });
  });

  it("charges nothing for a different segmentation of the same words", () => {
    const gold = [st(0, 100, { topics: ["energy"] })];
    const pred = [st(0, 40, { topics: ["energy"] }), st(40, 100, { topics: ["energy"] })];
    expect(labelCounts(gold, pred, "topics")).toEqual({ tp: 100, fp: 0, fn: 0 });
  });

  it("charges a leaked question its whole length", () => {
    const gold = [st(50, 100, { countries: ["AF"] })];
    const pred = [st(0, 100, { countries: ["AF"] })];
    expect(labelCounts(gold, pred, "countries")).toEqual({ tp: 50, fp: 50, fn: 0 });
  });

  it("counts a label repeated in one statement once", () => {
    const gold = [st(0, 10, { topics: ["health", "health"] })];
    expect(labelCounts(gold, [st(0, 10, { topics: ["health"] })], "topics")).toEqual({
      tp: 10,
      fp: 0,
      fn: 0,
    });
  });
});

describe("statement starts", () => {
  it("matches a predicted start within 3 characters and no further", () => {
    expect(matchStarts([100], [103])).toEqual([[100, 103]]);
    expect(matchStarts([100], [97])).toEqual([[100, 97]]);
    expect(matchStarts([100], [104])).toEqual([]);
    expect(matchStarts([100], [96])).toEqual([]);
  });

  it("matches one to one", () => {
    expect(matchStarts([100, 102], [101])).toEqual([[100, 101]]);
    expect(matchStarts([100], [99, 101])).toEqual([[100, 99]]);
  });

  it("finds the largest matching when starts are close together", () => {
    // 12 could take 10 or 14; taking 14 would leave 16 unmatched.
    expect(matchStarts([14, 10], [16, 12])).toEqual([
      [10, 12],
      [14, 16],
    ]);
  });
});

describe("a file's counts and figures", () => {
  it("scores the hand-made file", () => {
    const counts = countFile(GOLD, PRED, "PK");
    expect(counts).toEqual({
      countries: { tp: 18, fp: 13, fn: 2 },
      regions: { tp: 8, fp: 0, fn: 2 },
      topics: { tp: 18, fp: 20, fn: 2 },
      starts: { tp: 2, fp: 0, fn: 0 },
      goldChars: 20,
      coveredChars: 18,
      predictedChars: 23,
      leakedChars: 5,
    });
    const f = figuresOf(counts);
    expect(f.countries.precision).toBeCloseTo(18 / 31, 12);
    expect(f.countries.recall).toBeCloseTo(0.9, 12);
    expect(f.countries.f1).toBeCloseTo(36 / 51, 12);
    expect([f.regions.precision, f.regions.recall]).toEqual([1, 0.8]);
    expect(f.regions.f1).toBeCloseTo(16 / 18, 12);
    expect(f.topics.f1).toBeCloseTo(36 / 58, 12);
    expect(f.starts).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(f.coverage).toBeCloseTo(0.9, 12);
    expect(f.leak).toBeCloseTo(5 / 23, 12);
  });

  it("counts a missed start as a false negative and a stray one as a false positive", () => {
    const gold = [st(0, 10), st(20, 30)];
    const pred = [st(0, 10), st(12, 30)];
    expect(countFile(gold, pred, null).starts).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it("scores two empty sides as perfect: nothing missed, nothing leaked", () => {
    expect(figuresOf(countFile([], [], "PK"))).toEqual({
      countries: { precision: 1, recall: 1, f1: 1 },
      regions: { precision: 1, recall: 1, f1: 1 },
      topics: { precision: 1, recall: 1, f1: 1 },
      starts: { precision: 1, recall: 1, f1: 1 },
      coverage: 1,
      leak: 0,
    });
  });

  it("scores predicting nothing as zero recall and zero coverage, with no leak", () => {
    const f = figuresOf(countFile(GOLD, [], "PK"));
    expect([f.countries, f.starts, f.coverage, f.leak]).toEqual([
      { precision: 1, recall: 0, f1: 0 },
      { precision: 1, recall: 0, f1: 0 },
      0,
      0,
    ]);
  });

  it("scores statements where there are none as zero precision and full leak", () => {
    const f = figuresOf(countFile([], PRED, "PK"));
    expect([f.topics, f.starts, f.coverage, f.leak]).toEqual([
      { precision: 0, recall: 1, f1: 0 },
      { precision: 0, recall: 1, f1: 0 },
      1,
      1,
    ]);
  });

  it("ignores a file whose only country is the issuer", () => {
    const gold = [st(0, 10, { countries: ["PK"] })];
    expect(countFile(gold, [st(0, 10)], "PK").countries).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

describe("counting only characters that are not whitespace", () => {
  const text = "Q? Ab cd.\n\nEf gh.";
  const measure = nonSpace(text);

  it("measures spans without their spaces and line breaks", () => {
    expect([measure(0, text.length), measure(3, 9), measure(9, 11)]).toEqual([12, 5, 0]);
  });

  it("charges nothing for the blank line when one prediction spans two gold statements", () => {
    const gold = [st(3, 9, { topics: ["health"] }), st(11, 17, { topics: ["health"] })];
    const pred = [st(3, 17, { topics: ["health"] })];
    const counts = countFile(gold, pred, null, measure);
    expect([counts.topics, counts.leakedChars, counts.coveredChars]).toEqual([
      { tp: 10, fp: 0, fn: 0 },
      0,
      10,
    ]);
  });

  it("still charges a leaked question its letters", () => {
    const counts = countFile([st(3, 9)], [st(0, 9)], null, measure);
    expect([counts.predictedChars, counts.leakedChars]).toEqual([7, 2]);
  });
});

describe("totals", () => {
  it("are ratios of summed counts, not means of per-file ratios", () => {
    const a = countFile([st(0, 10)], [st(0, 10)], null); // starts tp 1
    const b = countFile([st(0, 10), st(20, 30), st(40, 50)], [], null); // starts fn 3
    const total: FileCounts = sumCounts([a, b]);
    expect(total.starts).toEqual({ tp: 1, fp: 0, fn: 3 });
    expect(figuresOf(total).starts.recall).toBe(0.25);
    expect(figuresOf(total).coverage).toBe(10 / 40);
  });

  it("sum to zero counts over no files", () => {
    expect(sumCounts([])).toEqual(countFile([], [], null));
  });

  it("give F1 as the harmonic mean of precision and recall", () => {
    expect(prf({ tp: 6, fp: 2, fn: 6 })).toEqual({ precision: 0.75, recall: 0.5, f1: 0.6 });
  });
});

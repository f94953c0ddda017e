import { describe, expect, it } from "vitest";
import { featureStems } from "../../src/tagging/feature-words.js";
import { tokenize } from "../../src/tagging/text-tokens.js";
import { vectorFeatures } from "../../src/tagging/vector-features.js";
import { decodeWordVectors, type WordVectorFile, type WordVectors } from "../../src/tagging/word-vectors.js";
import { WORD_VECTORS } from "../../src/tagging/word-vectors-data.js";

const b64 = (bytes: number[]) => Buffer.from(Uint8Array.from(bytes)).toString("base64");

/** Two words in two dimensions: "trade" along the first axis, "talk" along the second, idf 2 and 1. */
const file: WordVectorFile = {
  dim: 2,
  idfScale: 16,
  words: "trade talk",
  idf: b64([32, 16]),
  vectors: b64([127, 0, 0, 127].map((x) => x & 255)),
};

describe("decodeWordVectors", () => {
  it("restores unit vectors, the idf and the word index from int8 and base64", () => {
    const v = decodeWordVectors({ ...file, vectors: b64([-60, 0, 3, 4].map((x) => x & 255)) });
    expect([v.dim, [...v.index], Array.from(v.unit), Array.from(v.idf)]).toEqual([
      2,
      [
        ["trade", 0],
        ["talk", 1],
      ],
      [-1, 0, Math.fround(0.6), Math.fround(0.8)],
      [2, 1],
    ]);
  });

  it("refuses a file whose vectors do not match its words", () => {
    expect(() => decodeWordVectors({ ...file, vectors: b64([1, 2, 3]) })).toThrow(/sizes do not match/);
  });
});

describe("vectorFeatures", () => {
  const vectors = decodeWordVectors(file);

  it("gives the idf-weighted mean of the words' vectors, normalised and scaled by √dim, per side", () => {
    const values = new Map<string, number>();
    // "talks" stems to "talk"; "the" is a stop word; "went" has no vector.
    const stems = (text: string) => featureStems(tokenize(text));
    vectorFeatures(values, stems("The talks on trade went well."), stems("Any talks?"), vectors);
    const n = Math.hypot(2, 1);
    expect(Object.fromEntries(values)).toEqual({
      "vt:0": (2 / n) * Math.SQRT2,
      "vt:1": (1 / n) * Math.SQRT2,
      "vq:0": 0,
      "vq:1": Math.SQRT2,
    });
  });

  it("adds nothing for a side none of whose words has a vector", () => {
    const values = new Map<string, number>();
    vectorFeatures(values, featureStems(tokenize("It went well.")), null, vectors);
    expect(values.size).toBe(0);
  });
});

describe("the shipped word vectors", () => {
  const cos = (v: WordVectors, a: string, b: string) => {
    const [i, j] = [v.index.get(a), v.index.get(b)];
    if (i === undefined || j === undefined) throw new Error(`no vector for ${a} or ${b}`);
    let dot = 0;
    for (let d = 0; d < v.dim; d++)
      dot += (v.unit[i * v.dim + d] as number) * (v.unit[j * v.dim + d] as number);
    return dot;
  };

  it("hold stems, as the word features do, and place a subject's words nearer each other than other subjects'", () => {
    const v = WORD_VECTORS;
    expect([v.dim, v.index.has("talk"), v.index.has("talks"), v.index.has("the")]).toEqual([
      64,
      true,
      false,
      false,
    ]);
    // Words whose topics the labels rarely show, against a word of another subject.
    const pairs: Array<[string, string, string]> = [
      ["wildfire", "hurricane", "tariff"],
      ["emission", "carbon", "visa"],
      ["visa", "passport", "missile"],
      ["journalist", "reporter", "tariff"],
    ];
    expect(pairs.filter(([a, near, far]) => cos(v, a, near) <= cos(v, a, far))).toEqual([]);
  });
});

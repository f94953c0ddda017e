import { describe, expect, it } from "vitest";
import { PhraseTrie } from "../../src/tagging/phrase-trie.js";
import { gapKey, tokenize } from "../../src/tagging/text-tokens.js";

function matches(phrases: string[], text: string): Array<[string, string[]]> {
  const trie = new PhraseTrie<string>();
  for (const p of phrases) trie.add(p, p);
  return trie
    .match(text, tokenize(text))
    .map((m) => [text.slice(m.start, m.end), m.entries.map((e) => e.payload)]);
}

describe("tokenize", () => {
  it("keeps offsets and folds case and diacritics into keys", () => {
    const text = "Türkiye’s U.S.-led plan";
    const toks = tokenize(text);
    expect(toks.keys).toEqual(["turkiye", "s", "u", "s", "led", "plan"]);
    expect(toks.starts.map((s, i) => text.slice(s, toks.ends[i]))).toEqual([
      "Türkiye",
      "s",
      "U",
      "S",
      "led",
      "plan",
    ]);
  });
});

describe("gapKey", () => {
  it.each([
    [" ", ""],
    ["\n", ""],
    ["-", ""],
    [" – ", ""],
    ["’", "'"],
    [".", "."],
    [", ", ","],
    ["\n\n", null],
    [" — ", null],
    ["; ", null],
    [" (", null],
  ])("reduces %j to %j", (gap, key) => {
    expect(gapKey(gap, 0, gap.length)).toBe(key);
  });
});

describe("PhraseTrie", () => {
  it("takes the longest phrase at each point, leftmost first", () => {
    expect(matches(["Guinea", "Papua New Guinea", "New Guinea"], "Papua New Guinea and Guinea")).toEqual([
      ["Papua New Guinea", ["Papua New Guinea"]],
      ["Guinea", ["Guinea"]],
    ]);
  });

  it("matches capitals exactly, capitalised words by their first letter, lower case in any case", () => {
    expect(matches(["US", "Turkey", "the border"], "us US Us turkey Turkey TURKEY The Border")).toEqual([
      ["US", ["US"]],
      ["Turkey", ["Turkey"]],
      ["TURKEY", ["Turkey"]],
      ["The Border", ["the border"]],
    ]);
  });

  it("falls back to a shorter phrase when the longer one's case does not fit", () => {
    expect(matches(["Korea", "Korea Herald"], "Korea herald")).toEqual([["Korea", ["Korea"]]]);
  });

  it("matches stems written with a trailing star, alone or inside a phrase", () => {
    expect(matches(["terror*", "suicide bomb*"], "Terrorists, a suicide bomber, terrace")).toEqual([
      ["Terrorists", ["terror*"]],
      ["suicide bomber", ["suicide bomb*"]],
    ]);
  });

  it("treats hyphens and line breaks like spaces but not a paragraph break", () => {
    expect(
      matches(["Guinea Bissau", "United States"], "Guinea-Bissau, United\nStates, United\n\nStates"),
    ).toEqual([
      ["Guinea-Bissau", ["Guinea Bissau"]],
      ["United\nStates", ["United States"]],
    ]);
  });

  it("requires the punctuation a phrase is written with", () => {
    expect(matches(["U.S.", "Cote d'Ivoire"], "U.S. U S Côte d’Ivoire")).toEqual([
      ["U.S", ["U.S."]],
      ["Côte d’Ivoire", ["Cote d'Ivoire"]],
    ]);
  });

  it("returns every entry spelled the same way", () => {
    expect(matches(["Jerusalem", "Jerusalem"], "in Jerusalem")).toEqual([
      ["Jerusalem", ["Jerusalem", "Jerusalem"]],
    ]);
  });

  it("returns the exact spelling and the stem that match one span, the exact one first", () => {
    expect(matches(["prison*", "prisoners", "hostage*"], "prisoners and a prison; hostages")).toEqual([
      ["prisoners", ["prisoners", "prison*"]],
      ["prison", ["prison*"]],
      ["hostages", ["hostage*"]],
    ]);
    expect(matches(["Hurricane", "hurricane*"], "Hurricane Ian")).toEqual([
      ["Hurricane", ["Hurricane", "hurricane*"]],
    ]);
  });

  it("rejects a stem shorter than three letters", () => {
    expect(() => new PhraseTrie<string>().add("ab*", "x")).toThrow(/three letters/);
  });
});

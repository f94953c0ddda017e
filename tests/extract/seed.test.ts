import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { splitBriefing } from "../../src/extract/split.js";

const seedPath = new URL("../../seeds/2024-04-05_pakistan-fo-weekly-briefing.txt", import.meta.url);
const text = readFileSync(seedPath, "utf8");
const { briefing, statements } = splitBriefing(text);

/** The foundation issue's table: each statement's opening words, in order. */
const STARTS = [
  "Pakistan, on Thursday, expressed its desire to work with the",
  "To a question, she ruled out the possibility of holding talks",
  "About Besham terrorist attack in which five Chinese nationals",
  "To another query about the recent visit of the Chinese inter",
  "As far as the Chinese hydropower projects are concerned",
  "To a question about One Visa Regime for Afghanistan",
  "Responding to another query, she said that Pakistan and Iran",
  "About the Chahbahar terror attack, she said that Pakistan",
  "When asked about the Palestinians’ fresh bid for the UN memb",
  "Condemning the ongoing Israeli atrocities in Gaza",
  "Expressing concerns over the Indian occupation authorities’",
];

describe("the seed briefing as Podium reads it", () => {
  it("has the eleven statements of the foundation table, in order", () => {
    expect(statements.map((s, i) => s.text.startsWith(STARTS[i] as string))).toEqual(STARTS.map(() => true));
    expect(statements.map((s) => s.seq)).toEqual(STARTS.map((_, i) => i + 1));
  });

  it("runs statement 1 through the lede, the briefing and counterpart paragraphs and the quote after them", () => {
    const first = statements[0]?.text ?? "";
    expect(first).toContain("Speaking at her weekly news briefing");
    expect(first).toContain("Commenting on the remarks of her counterpart");
    expect(first.endsWith("especially in fighting terrorism,” she said.")).toBe(true);
  });

  it("ends statement 3 with the paragraph on repeated incidents of terrorism", () => {
    const third = statements[2]?.text ?? "";
    expect(third).toContain("She added that there have been repeated incidents");
    expect(third.endsWith("take urgent and immediate action against all terror groups,” she added.")).toBe(
      true,
    );
  });

  it("runs statement 11 through the last paragraph", () => {
    const last = statements[10];
    expect(last?.end).toBe(text.trimEnd().length);
    expect(last?.text.endsWith("in accordance with the UN Security Council resolutions.")).toBe(true);
  });

  it("keeps the date header and the dateline out of every statement", () => {
    expect(
      statements.filter((s) => s.text.includes("date 2024-04-05") || s.text.includes("ISLAMABAD:")),
    ).toEqual([]);
    expect(statements[0]?.start).toBe(text.indexOf("Pakistan, on Thursday"));
  });

  it("gives every statement its exact slice, the spokesperson as speaker and no question", () => {
    for (const s of statements) {
      expect(s.text).toBe(text.slice(s.start, s.end));
      expect(s.speaker).toBe("Mumtaz Zahra Baloch");
      expect(s.question).toBeNull();
    }
  });

  it("reads the metadata: Pakistan's report of Thursday's briefing", () => {
    expect(briefing).toEqual({
      date: "2024-04-05",
      heldOn: "2024-04-04",
      issuer: "PK",
      speakers: ["Mumtaz Zahra Baloch"],
      // The lede's first sentence, cut at a word boundary to 200 characters.
      title:
        "Pakistan, on Thursday, expressed its desire to work with the United States in various areas, including the security domain to discuss and exchange experiences in fighting the global threat of…",
      format: "report",
    });
  });
});

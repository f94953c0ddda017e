import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/extract/detect-format.js";
import { BriefingFormatError, splitBriefing } from "../../src/extract/split.js";

const REPORT = [
  "date 2024-03-08 ISLAMABAD: Pakistan on Thursday urged restraint in the Red Sea.",
  "Foreign Office spokesperson Amna Qadir said shipping must be protected.",
].join("\n");

const QA = [
  "date 2019-05-16 Foreign Ministry Spokesperson Lin Tao's Regular Press Conference on May 16, 2019",
  "",
  "Q: What is China's comment on the new port agreement?",
  "",
  "A: China welcomes the agreement and hopes it will be implemented.",
  "",
  "Q: Will the minister attend the forum?",
  "",
  "A: We will release information in due course.",
].join("\n");

const TURNS = [
  "date 2023-06-01 Press Briefing by Press Secretary Dana Reyes, June 1, 2023",
  "",
  "MS. REYES:  Good afternoon, everybody.  The President will travel to Ohio tomorrow.",
  "",
  "Q    Thank you.  Will he meet the governor?",
  "",
  "MS. REYES:  He will, yes.",
].join("\n");

describe("splitBriefing", () => {
  it("throws a BriefingFormatError that says what is wrong when the header is missing or invalid", () => {
    for (const bad of ["ISLAMABAD: no header here.", "date 2024-02-30 Impossible date.", ""]) {
      expect(() => splitBriefing(bad)).toThrow(BriefingFormatError);
      expect(() => splitBriefing(bad)).toThrow(/date YYYY-MM-DD/);
    }
  });

  it("reads a news report: format, the weekday it names as the briefing day, issuer, speaker, title", () => {
    const r = splitBriefing(REPORT);
    expect(r.briefing).toEqual({
      date: "2024-03-08",
      heldOn: "2024-03-07",
      issuer: "PK",
      speakers: ["Amna Qadir"],
      title: "Pakistan on Thursday urged restraint in the Red Sea.",
      format: "report",
    });
    expect(r.statements).toHaveLength(1);
  });

  it("dispatches a Q&A transcript and dates it by its header", () => {
    const r = splitBriefing(QA);
    expect(r.briefing.format).toBe("transcript");
    expect(r.briefing.heldOn).toBe("2019-05-16");
    expect(r.briefing.issuer).toBe("CN");
    expect(r.statements.map((s) => s.text)).toEqual([
      "China welcomes the agreement and hopes it will be implemented.",
      "We will release information in due course.",
    ]);
    expect(r.statements.every((s) => s.question !== null)).toBe(true);
  });

  it("dispatches a speaker-turn transcript and reads the White House issuer from the title", () => {
    const r = splitBriefing(TURNS);
    expect(r.briefing.format).toBe("transcript");
    expect(r.briefing.issuer).toBe("US");
    expect(r.statements.length).toBeGreaterThan(0);
    expect(r.statements.some((s) => s.text.includes("Will he meet the governor"))).toBe(false);
  });

  it("lets the caller's issuer win over the detected one", () => {
    expect(splitBriefing(REPORT, { issuer: "GB" }).briefing.issuer).toBe("GB");
  });

  it("gives a report that names no weekday no briefing day, and an unknown issuer null", () => {
    const r = splitBriefing("date 2024-03-08 The spokesperson said the talks would continue.");
    expect(r.briefing.heldOn).toBeNull();
    expect(r.briefing.issuer).toBeNull();
    expect(r.briefing.speakers).toEqual([]);
  });

  it("takes the issuer from a dateline capital when the office names no country", () => {
    const r = splitBriefing(
      "date 2024-03-08 NEW DELHI: The ministry spokesperson on Friday said the visit was on.",
    );
    expect(r.briefing.issuer).toBe("IN");
  });
});

describe("detectFormat", () => {
  it("tells the three shapes apart from the text alone", () => {
    expect(detectFormat(REPORT, 16)).toBe("report");
    expect(detectFormat(QA, 16)).toBe("qa");
    expect(detectFormat(TURNS, 16)).toBe("turns");
  });

  it("reads name-labelled answers as Q&A once a label recurs", () => {
    const text = [
      "date 2020-04-07 Foreign Ministry Spokesperson's Regular Press Conference",
      "Reuters: Has the minister called his counterpart?",
      "Zhao Lijian: Yes, they spoke on Monday.",
      "AFP: What did they discuss?",
      "Zhao Lijian: Trade and health.",
      "Bloomberg: Any plans for a visit?",
      "Zhao Lijian: Nothing to release at the moment.",
    ].join("\n");
    expect(detectFormat(text, 16)).toBe("qa");
  });

  it("keeps a report that quotes one labelled line a report", () => {
    const text = "date 2025-01-10 ISLAMABAD: The spokesperson said on Friday:\nHe added: “We are ready.”\n";
    expect(detectFormat(text, 16)).toBe("report");
  });
});

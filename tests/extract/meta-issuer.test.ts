import { describe, expect, it } from "vitest";
import { splitBriefing } from "../../src/extract/split.js";

/** The issuer and speakers `splitBriefing` reads from a synthetic news report. */
function meta(body: string): { issuer: string | null; speakers: string[] } {
  const { briefing } = splitBriefing(`date 2025-03-14 ${body}`);
  return { issuer: briefing.issuer, speakers: briefing.speakers };
}

/** Background long enough to push the briefing past the report's opening. */
const BACKGROUND = Array.from(
  { length: 20 },
  (_, i) =>
    `The border crossing stayed shut for the ${i + 1}th day as traders counted losses and elders from both sides met again without result.`,
).join("\n\n");

describe("issuer of a news report", () => {
  it("takes the office that speaks after long background when the opening names none", () => {
    expect(
      meta(
        `United States President Donald Trump on Friday said the two neighbours would sort it out.\n\n${BACKGROUND}\n\nForeign Office spokesperson Amna Qadir said the crossing would reopen.`,
      ),
    ).toEqual({ issuer: "PK", speakers: ["Amna Qadir"] });
  });

  it("takes a country-qualified ministry's spokesman as the briefing's when nothing else tells", () => {
    expect(
      meta(
        `The crossing reopened on Wednesday after talks.\n\n${BACKGROUND}\n\nPakistan Foreign Ministry spokesman Amir Qadir told a weekly press briefing that the construction was illegal.`,
      ),
    ).toEqual({ issuer: "PK", speakers: ["Amir Qadir"] });
  });

  it("picks, of a dateline's several places, the one whose ministry speaks", () => {
    expect(
      meta(
        "WASHINGTON / ISLAMABAD: A rift emerged at the Security Council on Thursday.\n\nIn its weekly briefing on Friday, Pakistan’s Foreign Office also condemned the strikes.",
      ).issuer,
    ).toBe("PK");
  });

  it("keeps the first place of a dateline of several when no ministry speaks", () => {
    expect(
      meta("WASHINGTON / ISLAMABAD: A rift emerged at the Security Council on Thursday, officials said.")
        .issuer,
    ).toBe("US");
  });
});

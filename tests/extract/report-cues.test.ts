import { describe, expect, it } from "vitest";
import { cuesOf } from "../../src/extract/report-cues.js";
import { sentenceStarts } from "../../src/extract/report-sentences.js";

const strengths = (s: string) => cuesOf(s).map((c) => [c.at, c.strength]);

describe("sentenceStarts", () => {
  it("starts sentences after stops, not after abbreviations, initials or inside quotations", () => {
    // A sentence that opens with a quotation mark is inside the quotation, so it is not listed.
    const text = "Mr. Khan met Dr. Ali. S. Jaishankar spoke. “Yes. Fine.” Then he left.";
    expect(sentenceStarts(text)).toEqual([0, 22, 56]);
  });

  it("starts a sentence at 'word.Word' without a space, but not inside 'U.S.Army'", () => {
    expect(sentenceStarts("ties with Ghana.To a question")).toEqual([0, 16]);
    expect(sentenceStarts("the U.S.Army base")).toEqual([0]);
  });
});

describe("cuesOf", () => {
  it("finds strong question and topic cues at sentence starts", () => {
    expect(strengths("To a question, she said no.")).toEqual([[0, "strong"]]);
    expect(strengths("It rained. In response to a query, he said yes.")).toEqual([[11, "strong"]]);
    expect(strengths("Asked about the visit, she said it was on.")).toEqual([[0, "strong"]]);
    expect(strengths("About the visit, she said it was on.")).toEqual([[0, "strong"]]);
    expect(strengths("As far as the dam is concerned, work goes on.")).toEqual([[0, "strong"]]);
    expect(strengths("Regarding the dam, work goes on.")).toEqual([[0, "strong"]]);
  });

  it("does not read scene-setting openings as topics", () => {
    expect(strengths("On Thursday, she said the talks ended.")).toEqual([]);
    expect(strengths("On its part, Pakistan said it was ready.")).toEqual([]);
    expect(strengths("About 200 people attended, officials said.")).toEqual([]);
    expect(strengths("Speaking at her weekly news briefing, the spokesperson said talks ended.")).toEqual([]);
    expect(strengths("During the visit, she said, the sides signed a deal.")).toEqual([]);
  });

  it("reads participial openings with the spokesperson as subject as weak cues, with their clause", () => {
    expect(cuesOf("Condemning the attack in Kabul, she called for restraint.")).toEqual([
      { at: 0, strength: "weak", clause: "Condemning the attack in Kabul" },
    ]);
    expect(strengths("Strongly rejecting the claims, he said they were false.")).toEqual([[0, "weak"]]);
    expect(strengths("Targeting a camp, the militants fired rockets.")).toEqual([]);
  });

  it("reads re-attributing paragraph openings as shifts, and a plain 'She said' as none", () => {
    expect(strengths("The spokesperson also said the envoy would visit.")).toEqual([[0, "shift"]]);
    expect(strengths("Moreover, the spokesperson said trade grew.")).toEqual([[0, "shift"]]);
    expect(strengths("She said trade grew.")).toEqual([]);
  });

  it("reads an item announced to the media as a strong cue, anywhere in the paragraph", () => {
    expect(strengths("She told the media that the summit would open on May 3.")).toEqual([[0, "strong"]]);
    expect(strengths("It rained. The spokesperson also apprised the media of a visit to Oman.")).toEqual([
      [11, "strong"],
    ]);
    expect(strengths("Spokesperson Qadir informed the newsmen that a delegation had arrived.")).toEqual([
      [0, "strong"],
    ]);
  });

  it("does not read 'told the media that Pakistan…' or '…that it…' as an announcement", () => {
    expect(strengths("It rained. She told the media that Pakistan had shared evidence.")).toEqual([]);
    expect(strengths("It rained. He told the media that it was a baseless claim.")).toEqual([]);
    expect(strengths("It rained. She told the media that the government had acted.")).toEqual([]);
  });

  it("ignores cues inside quotations", () => {
    expect(
      strengths("“Pakistan is a democracy. About the letter, we have nothing to add,” he said."),
    ).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { isTopicCue } from "../../src/extract/transcript-topic-cues.js";

function cues(paragraphs: string[]): Record<string, boolean> {
  return Object.fromEntries(paragraphs.map((p) => [p, isTopicCue(p, 0)]));
}

describe("isTopicCue", () => {
  it("finds the ways officials turn their opening remarks to a new subject, across hard-wrapped lines", () => {
    const turns = [
      "Now turning to the economy.",
      "I want to switch, if I could,\nto Russia and Ukraine.",
      "Now, if I could just quickly turn to Ukraine, because it matters.",
      "Switching gears just for a second here.",
      "Now, let’s turn to Ohio for a second.",
      "Now, just real quickly on Angola.",
      "Just a brief update on the crossing at Rafah:",
      "And next, I want to share highlights from the schedule.",
      "And lastly — thank you for your patience.",
      "One more topper before I turn it over.",
      "Now, my second update has to do with Saudi Arabia.",
      "So another piece of good news.",
      "We also have significant news from EPA today.",
      "But today I have very sad news — a goodbye.",
      "And then I think we’ve all seen the terrible news coming out of Jerusalem.",
      "Also today, the First Lady is visiting Colorado.",
      "I also wanted to say a few words about the tornadoes.",
      "All right.  Today, here in the James S. Brady Press Briefing Room, I\nwant to take a moment and recognize an anniversary.",
      "And I’ll just say a couple things just about Baltimore.",
      "On a more serious note, today we saw another shooting.",
      "Separately, the Treasury announced sanctions.",
    ];
    expect(cues(turns)).toEqual(Object.fromEntries(turns.map((p) => [p, true])));
  });

  it("does not cut at hand-overs, time words, passing words or a paragraph that opens in lower case", () => {
    const stay = [
      "With that, I will turn it over to the Admiral.",
      "Now, I want to turn it over to Admiral Kirby.",
      "Now turning over to the Admiral for questions.",
      "Next week, he will travel to Texas.",
      "And then the next step was developing a strategy.",
      "The President also spoke to the governor.",
      "moving to degrade Hamas’s financial infrastructure.",
      "I’ll note that the findings are preliminary.",
      "Speaking of which, last week we sold a million barrels.",
    ];
    expect(cues(stay)).toEqual(Object.fromEntries(stay.map((p) => [p, false])));
  });

  it("reads only from the offset it is given", () => {
    const text = "The President spoke.\n\nNow turning to the economy.";
    expect([isTopicCue(text, 0), isTopicCue(text, text.indexOf("Now"))]).toEqual([false, true]);
  });
});

import { describe, expect, it } from "vitest";
import { isContentFree, opensWithModeration, turnAct } from "../../src/extract/transcript-turn-acts.js";

function acts(texts: string[]): Record<string, string> {
  return Object.fromEntries(texts.map((t) => [t, turnAct(t)]));
}

describe("turnAct", () => {
  it("reads calling on someone, thanks, greetings, floor control and repair requests as moderation", () => {
    const moderation = [
      "Go ahead, Nadia.",
      "Nadia, Nadia.  Go ahead, Nadia.",
      "In the back.  In the back, go ahead.",
      "Kelly O, go ahead.",
      "Thanks, everybody.",
      "All right.  Thank you.  Thank you so much.",
      "Appreciate it.\n\nOkay.  I’ll — your question was about?",
      "Hi.  Good afternoon, everyone.",
      "Happy Friday.",
      "Wait, wait.  Hold on.",
      "I’ll get to that in a second.",
      "So, we’re running out of time.",
      "All right, we’re going to wrap this up soon.",
      "You know I’m on a time clock here.",
      "Okay.  We can — we can end this briefing right now —",
      "All right.  If we — we can end this briefing if it’s not going to be respectful here.  Chris.",
      "Say that one more time?",
      "I’m sorry, can you repeat that?",
      "Yeah.  Go ahead.",
      "(Laughs.)",
      "Go ahead, (inaudible).",
      "Yeah, and then — and then I’ll take — and then I’ll take.",
      "I’ll take one more.",
      "All right.  I’ll see you on the ground.",
      "Okay.  That’s a lot of questions right there.",
      "What was the first question again?",
      "I’m really sorry.  We have to leave it there.  I’m due up\nfront.  I’m so sorry.",
      "Good.  All right.  Maybe one more.   \n  \nSarah.",
      "Well, give me one second.  Go ahead.",
      "Oh, good.  (Laughter.)",
    ];
    expect(acts(moderation)).toEqual(Object.fromEntries(moderation.map((t) => [t, "moderation"])));
  });

  it("reads affirmations, fillers and bare names as replies", () => {
    const replies = [
      "Yeah.",
      "Sure, sure.",
      "No.",
      "No, sir.",
      "Mm-hmm.",
      "Okay.  (Laughter.)",
      "Jake.",
      "That’s right.",
    ];
    expect(acts(replies)).toEqual(Object.fromEntries(replies.map((t) => [t, "reply"])));
  });

  it("reads a few filler words cut off by a dash as a false start; a cut-off reply stays a reply, a sentence content", () => {
    expect(
      acts(["So, we —", "Look, I — I —", "I —", "I don’t have any —", "No —", "I’m going to let —"]),
    ).toEqual({
      "I’m going to let —": "false-start",
      "So, we —": "false-start",
      "Look, I — I —": "false-start",
      "I —": "false-start",
      "I don’t have any —": "content",
      "No —": "reply",
    });
  });

  it("reads a sentence the speaker starts over after a cut word as the sentence said again", () => {
    expect(
      acts([
        "See you on the ro- — see you on the ground.",
        "Thank you, every- — thank you, sir.",
        "N- — North Carolina is next.",
        "We’re going to — we got to wrap it up.",
      ]),
    ).toEqual({
      "See you on the ro- — see you on the ground.": "moderation",
      "Thank you, every- — thank you, sir.": "moderation",
      "N- — North Carolina is next.": "content",
      "We’re going to — we got to wrap it up.": "moderation",
    });
  });

  it("reads anything that says something, and every long turn, as content", () => {
    expect(
      acts([
        "Not that I’m aware of.",
        "No comment on that.",
        "Stay tuned.",
        "I’ll take the deal.",
        `Go ahead. ${"Word ".repeat(50)}`,
      ]),
    ).toEqual({
      "Not that I’m aware of.": "content",
      "No comment on that.": "content",
      "Stay tuned.": "content",
      "I’ll take the deal.": "content",
      [`Go ahead. ${"Word ".repeat(50)}`]: "content",
    });
  });
});

describe("isContentFree", () => {
  it("accepts at most six filler words and word fragments", () => {
    expect([
      isContentFree("So, we"),
      isContentFree("Wh- I mean"),
      isContentFree("we can"),
      isContentFree("I think"),
    ]).toEqual([true, true, true, false]);
  });
});

describe("opensWithModeration", () => {
  it("is true when the first sentence past fillers thanks or closes, false when it says something", () => {
    const texts = [
      "All right.  Thanks, everybody.  Don’t fall, like I almost did.",
      "Okay.  See you on the ground.",
      "All right.  The President will land at three.",
      "Okay.",
    ];
    expect(texts.map(opensWithModeration)).toEqual([true, true, false, false]);
  });
});

import { describe, expect, it } from "vitest";
import { isContinuation } from "../../src/extract/continuation.js";
import { parseHeader } from "../../src/extract/header.js";
import { splitTurns } from "../../src/extract/split-turns.js";
import type { TranscriptSplit } from "../../src/extract/transcript-types.js";
import { expectWellFormed, splitChecked, view } from "../support/transcript-split.js";

const NB = "\u00a0";
const KJP = "Karine Jean-Pierre";

/** A synthetic White House page: header + title, preamble, then the given body lines. */
function page(title: string, ...lines: string[]): string {
  return [
    `date 2023-01-06 ${title}`,
    "James S. Brady Press Briefing Room",
    "",
    `12:50 P.M. EST${NB} ${NB}  `,
    `${NB}  `,
    ...lines,
  ].join("\n");
}

function split(text: string): TranscriptSplit {
  return splitChecked(splitTurns, text);
}

/** Each statement's text, question text (or null) and whether it is marked as a continuation. */
function marked(result: TranscriptSplit) {
  return result.statements.map((st) => [st.text, st.question?.text ?? null, isContinuation(st)]);
}

describe("splitTurns: turns, questions and furniture", () => {
  it("reads hard-wrapped official turns and the Q turn before each, leaving out the preamble and the closing time", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre",
      `MS. JEAN-PIERRE:${NB} Good afternoon, everybody.${NB} Today the President will${NB} `,
      "travel to Ohio.  ",
      `${NB}  `,
      `Q${NB}${NB}${NB} Thanks, Karine.${NB} Will he meet the governor, and`,
      "when?  ",
      "",
      "MS. JEAN-PIERRE:  He will meet the governor on Friday.",
      "",
      "2:37 P.M. EST",
      "END",
    );
    const result = split(text);
    expect(result.title).toBe("Press Briefing by Press Secretary Karine Jean-Pierre");
    expect(result.speakers).toEqual([KJP]);
    expect(view(result)).toEqual([
      {
        text: `Good afternoon, everybody.${NB} Today the President will${NB} \ntravel to Ohio.`,
        speaker: KJP,
        question: null,
      },
      {
        text: "He will meet the governor on Friday.",
        speaker: KJP,
        question: { text: `Thanks, Karine.${NB} Will he meet the governor, and\nwhen?`, asker: null },
      },
    ]);
  });

  it("gives an answer every Q turn since the floor changed hands; a turn after an interjection continues that answer without a question", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre",
      "MS. JEAN-PIERRE:  Let me start with the budget.",
      "",
      "Q    Two questions. First, on the budget?",
      "",
      "Q    And second, on the border?",
      "",
      "MS. JEAN-PIERRE:  On the budget, we have been clear —",
      "",
      "Q    (Inaudible.)",
      "",
      "MS. JEAN-PIERRE:  — very clear.",
    );
    const asked = {
      text: "Two questions. First, on the budget?\n\nQ    And second, on the border?",
      asker: null,
    };
    const result = split(text);
    expect(view(result)).toEqual([
      { text: "Let me start with the budget.", speaker: KJP, question: null },
      { text: "On the budget, we have been clear —", speaker: KJP, question: asked },
      { text: "— very clear.", speaker: KJP, question: null },
    ]);
    expect(result.statements.map(isContinuation)).toEqual([false, false, true]);
  });

  it("names several officials in full from the title or the text, whatever honorific the label uses", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre and National Security\\",
      "MS. JEAN-PIERRE:  We have Admiral John Kirby with us today.",
      "",
      "",
      "Q    Admiral, what about Ukraine?",
      "",
      "MR. KIRBY:  Thanks, Karine. A word on Ukraine first.",
      "",
      "Q    Admiral, what about the strike?",
      "",
      "ADMIRAL KIRBY:  I will not get ahead of the Pentagon.",
      "",
      "Q    Mr. Secretary, is the border secure?",
      "",
      "SECRETARY MAYORKAS:  Let me add one thing.",
      "",
      "Q    Admiral, do you agree?",
      "",
      "Mr. KIRBY:  And I agree with the Secretary.",
    );
    const result = split(text);
    expect(result.title).toBe("Press Briefing by Press Secretary Karine Jean-Pierre and National Security");
    expect(result.speakers).toEqual([KJP, "John Kirby", "Mayorkas"]);
    expect(result.statements.map((s) => s.speaker)).toEqual([
      KJP,
      "John Kirby",
      "John Kirby",
      "Mayorkas",
      "John Kirby",
    ]);
  });

  it("falls back to a readable surname, and resolves a typo'd label to the same official", () => {
    const text = page(
      "Press Gaggle Aboard Air Force One",
      "MS. JEAN-PIERRE:  Hi, everyone. A quick update.",
      "",
      "Q    Jake, what about the summit?",
      "",
      "MR. SULLVIAN:  Thanks. Two things today.",
      "",
      "Q    And the sanctions?",
      "",
      "MR. SULLIVAN:  As Jake Sullivan, I can say this.",
    );
    const result = split(text);
    expect(result.speakers).toEqual(["Jean-Pierre", "Jake Sullivan"]);
    expect(result.statements.map((s) => s.speaker)).toEqual([
      "Jean-Pierre",
      "Jake Sullivan",
      "Jake Sullivan",
    ]);
  });

  it("keeps staff turns, time stamps and END out of statements and questions", () => {
    const text = page(
      "Press Gaggle by Press Secretary Karine Jean-Pierre",
      "MS. JEAN-PIERRE:  That is all I have.",
      "",
      "AIDE:  Last question.",
      "",
      "Q    Will he sign the bill?",
      "",
      "MS. JEAN-PIERRE:  Yes, he will.",
      "",
      "END 2:37 P.M. EDT",
      "",
      "Some trailing page text.",
    );
    expect(view(split(text))).toEqual([
      { text: "That is all I have.", speaker: KJP, question: null },
      { text: "Yes, he will.", speaker: KJP, question: { text: "Will he sign the bill?", asker: null } },
    ]);
  });

  it("keeps a one-word quoted source inside the answer rather than reading it as a speaker", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre",
      "Q    What do you make of the headlines?",
      "",
      "MS. JEAN-PIERRE:  Let me read them to you.",
      "",
      "CBS: “Republicans want to raise the age.”",
    );
    expect(view(split(text))).toEqual([
      {
        text: "Let me read them to you.\n\nCBS: “Republicans want to raise the age.”",
        speaker: KJP,
        question: { text: "What do you make of the headlines?", asker: null },
      },
    ]);
  });

  it("trims a trailing stage direction but keeps one in mid-text, and drops a turn that is only one", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre",
      "Q    Is it Friday?",
      "",
      "MS. JEAN-PIERRE:  It is Friday.  (Laughter.)  We made it. (Laughs.)",
      "",
      "Q    Happy Friday.",
      "",
      "MS. JEAN-PIERRE:  (Laughter.)",
    );
    expect(view(split(text))).toEqual([
      {
        text: "It is Friday.  (Laughter.)  We made it.",
        speaker: KJP,
        question: { text: "Is it Friday?", asker: null },
      },
    ]);
  });
});

describe("splitTurns: turns that carry no subject", () => {
  const texts = (text: string) => split(text).statements.map((st) => st.text);
  const questions = (text: string) => split(text).statements.map((st) => st.question?.text ?? null);

  it("leaves out moderation, even right after a question, and a greeting is no question", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre",
      "MS. JEAN-PIERRE:  Good afternoon, everyone.",
      "",
      "Q    Good afternoon.",
      "",
      "MS. JEAN-PIERRE:  Okay. Today the President travels to Maine.",
      "",
      "Q    Can I ask about Maine?",
      "",
      "MS. JEAN-PIERRE:  Go ahead, Ed.",
      "",
      "Q    Is he going to stop in Boston?",
      "",
      "MS. JEAN-PIERRE:  Yeah.",
      "",
      "Q    And the weekend?",
      "",
      "MS. JEAN-PIERRE:  Wait, wait.  Hold on.  So, we’re running out of time.",
      "",
      "Q    Karine —",
      "",
      "MS. JEAN-PIERRE:  All right.  Thank you.  Thanks, everybody.",
    );
    expect(view(split(text))).toEqual([
      { text: "Okay. Today the President travels to Maine.", speaker: KJP, question: null },
      { text: "Yeah.", speaker: KJP, question: { text: "Is he going to stop in Boston?", asker: null } },
    ]);
  });

  it("leaves out back-channel and false starts while a reporter is still asking, and joins the question's fragments", () => {
    const text = page(
      "Press Gaggle by Press Secretary Karine Jean-Pierre",
      "Q    Do you have an update on the bridge funding request —",
      "",
      "MS. JEAN-PIERRE:  Yeah.",
      "",
      "Q    — and when it goes to Congress?",
      "",
      "MS. JEAN-PIERRE:  We will ask Congress soon.",
      "",
      "Q    Will he attend the dinner with the community —",
      "",
      "MS. JEAN-PIERRE:  So, we —",
      "",
      "Q    — to mark the holiday?",
      "",
      "MS. JEAN-PIERRE:  We have done that the last couple of years.",
    );
    expect(texts(text)).toEqual([
      "We will ask Congress soon.",
      "We have done that the last couple of years.",
    ]);
    expect(questions(text)).toEqual([
      "Do you have an update on the bridge funding request —\n\nMS. JEAN-PIERRE:  Yeah.\n\nQ    — and when it goes to Congress?",
      "Will he attend the dinner with the community —\n\nMS. JEAN-PIERRE:  So, we —\n\nQ    — to mark the holiday?",
    ]);
  });

  it("leaves out a false start cut off by cross-talk, and gives the answer after it the question it answers", () => {
    const text = page(
      "Press Gaggle by Press Secretary Karine Jean-Pierre",
      "Q    Will the President sign the sanctions bill?",
      "",
      "MS. JEAN-PIERRE:  Oh —",
      "",
      "(Cross-talk.)",
      "",
      "MS. JEAN-PIERRE:  — I will let the President speak to that bill.",
    );
    expect(texts(text)).toEqual(["— I will let the President speak to that bill."]);
    expect(questions(text)).toEqual(["Will the President sign the sanctions bill?"]);
  });

  it("keeps a one-word reply that answers a complete question, and the turn that goes on after the reporter's 'Okay.'", () => {
    const text = page(
      "Press Gaggle by Press Secretary Karine Jean-Pierre",
      "Q    So, fair to assume it is all political then?",
      "",
      "MS. JEAN-PIERRE:  Yeah.",
      "",
      "Q    Okay.",
      "",
      "MS. JEAN-PIERRE:  It is fair to assume.",
    );
    expect(marked(split(text))).toEqual([
      ["Yeah.", "So, fair to assume it is all political then?", false],
      ["It is fair to assume.", null, true],
    ]);
  });

  it("leaves out banter and a colleague's aside between two officials, but not a colleague picking up a sentence", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre and John Kirby",
      "MS. JEAN-PIERRE:  Happy Thursday?  (Laughs.)",
      "",
      "Q    Happy Thursday.",
      "",
      "MS. JEAN-PIERRE:  The Admiral is here to talk about the Middle East.  John.",
      "",
      "MR. KIRBY:  Thanks, Karine.",
      "",
      "MS. JEAN-PIERRE:  Were you dozing off?  Was I that long?  (Laughter.)",
      "",
      "MR. KIRBY:  No, it was fascinating.",
      "",
      "MS. JEAN-PIERRE:  I was like, you seemed shocked when I called you.",
      "",
      "MR. KIRBY:  No, it was gripping.  (Laughter.)  The pause is holding for a seventh day, and we are",
      "working with Qatar and Egypt to extend it for as long as we can.",
      "",
      "MS. JEAN-PIERRE:  It’s okay.  It’s the President’s time.",
      "",
      "MR. KIRBY:  — and we hope it holds.",
    );
    expect(texts(text)).toEqual([
      "The Admiral is here to talk about the Middle East.  John.",
      "No, it was gripping.  (Laughter.)  The pause is holding for a seventh day, and we are\nworking with Qatar and Egypt to extend it for as long as we can.",
      "— and we hope it holds.",
    ]);
  });

  it("leaves out a check on the question that the reporter answers, and the question runs on through the reporter's reply", () => {
    const text = page(
      "Press Gaggle by Press Secretary Karine Jean-Pierre",
      "Q    The U.S. condemns crackdowns in other countries, whether it is Iran or Cuba. Why is this different?",
      "",
      "MS. JEAN-PIERRE:  You said that we have cracked down on protests?",
      "",
      "Q    No, no. The U.S. has condemned other countries.",
      "",
      "MS. JEAN-PIERRE:  We respect the right to protest peacefully.",
    );
    expect(texts(text)).toEqual(["We respect the right to protest peacefully."]);
    expect(questions(text)).toEqual([
      "The U.S. condemns crackdowns in other countries, whether it is Iran or Cuba. Why is this different?\n\nMS. JEAN-PIERRE:  You said that we have cracked down on protests?\n\nQ    No, no. The U.S. has condemned other countries.",
    ]);
  });

  it("leaves out a few words cut off by a reporter who picks up their own sentence, but not a continuation cut off again", () => {
    const text = page(
      "Press Gaggle by Press Secretary Karine Jean-Pierre",
      "Q    But the accusation that the country could be less safe —",
      "",
      "MS. JEAN-PIERRE:  I mean, this goes —",
      "",
      "Q    — what is the response?",
      "",
      "MS. JEAN-PIERRE:  This goes back to the first day, and we have been clear about it —",
      "",
      "Q    — and the governors?",
      "",
      "MS. JEAN-PIERRE:  — to do what he can —",
      "",
      "Q    — on the border?",
    );
    expect(texts(text)).toEqual([
      "This goes back to the first day, and we have been clear about it —",
      "— to do what he can —",
    ]);
    expect(questions(text)[0]).toBe(
      "But the accusation that the country could be less safe —\n\nMS. JEAN-PIERRE:  I mean, this goes —\n\nQ    — what is the response?",
    );
  });

  it("leaves out a grant of leave to ask ('May I ask a follow-up?' — 'Sure.') and a parting word in a short last turn", () => {
    const text = page(
      "Press Gaggle by Press Secretary Karine Jean-Pierre",
      "Q    Karine, may I ask a follow-up?",
      "",
      "MS. JEAN-PIERRE:  Sure.",
      "",
      "Q    Will the balloon be shot down?",
      "",
      "MS. JEAN-PIERRE:  I will leave that to the Pentagon. And then — and then I’ll take — and then I’ll take.",
      "",
      "Q    Thank you, Karine.",
      "",
      "MS. JEAN-PIERRE:  All right.  Thanks, everybody.  Don’t fall, like I almost did.",
    );
    expect(split(text).statements.map((st) => [st.text, st.question?.text ?? null])).toEqual([
      [
        "I will leave that to the Pentagon. And then — and then I’ll take — and then I’ll take.",
        "Will the balloon be shot down?",
      ],
    ]);
  });

  it("leaves out the rest of a moderation turn that the speaker picks up after a reporter's interruption", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre",
      "Q    And you do not take a question from us.",
      "",
      "MS. JEAN-PIERRE:  Okay.  We can — we can end this briefing right now —",
      "",
      "Q    I have one question.",
      "",
      "MS. JEAN-PIERRE:  — if you’re not going to be respectful.",
    );
    expect(texts(text)).toEqual([]);
  });
});

describe("splitTurns: statement edges", () => {
  it("leaves transcriber notes at a turn's start out of the statement", () => {
    const text = page(
      "Press Gaggle by Press Secretary Karine Jean-Pierre",
      "MS. JEAN-PIERRE:  (In progress.) …a delayed start this morning.  I apologize.",
      "",
      "Q    Is the Admiral here?",
      "",
      "MR. KIRBY:  (Laughs.)  I am, and I have a word on Haiti.",
    );
    expect(split(text).statements.map((st) => st.text)).toEqual([
      "a delayed start this morning.  I apologize.",
      "I am, and I have a word on Haiti.",
    ]);
  });

  it("cuts a turn where a stand-alone (Cross-talk.) line interrupts it; the rest continues the answer", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre",
      "Q    What about the strike?",
      "",
      "MS. JEAN-PIERRE:  We are monitoring the strike closely.",
      "",
      "(Cross-talk.)",
      "",
      "The President has spoken to both sides.",
    );
    expect(marked(split(text))).toEqual([
      ["We are monitoring the strike closely.", "What about the strike?", false],
      ["The President has spoken to both sides.", null, true],
    ]);
  });
});

describe("splitTurns: continuations (question null, marked)", () => {
  it("continues an answer cut off by a reporter's unfinished words, twice, and gives the real question after it its question", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre",
      "Q    How do you reconcile the two accounts of the meeting?",
      "",
      "MS. JEAN-PIERRE:  Well, the report is clear, and that is important to know",
      "about this claim —",
      "",
      "Q    Is the —",
      "",
      "MS. JEAN-PIERRE:  — that there was —",
      "",
      "Q    Is —",
      "",
      "MS. JEAN-PIERRE:  — that there was a breach of the rules.",
      "",
      "Q    Right.  Is your contention that the rules were followed?",
      "",
      "MS. JEAN-PIERRE:  Let us look at the report.",
    );
    expect(marked(split(text))).toEqual([
      [
        "Well, the report is clear, and that is important to know\nabout this claim —",
        "How do you reconcile the two accounts of the meeting?",
        false,
      ],
      ["— that there was —", null, true],
      ["— that there was a breach of the rules.", null, true],
      ["Let us look at the report.", "Right.  Is your contention that the rules were followed?", false],
    ]);
  });

  it("continues an answer after back-channel ('Right.'), after an aide, and after another official's aside", () => {
    const text = page(
      "Press Gaggle by Press Secretary Karine Jean-Pierre and John Kirby",
      "Q    Was the attack a violation of the pause?",
      "",
      "MR. KIRBY:  This attack happened in the city.",
      "",
      "Q    Right.",
      "",
      "MR. KIRBY:  The pauses in the fighting were specific to the strip.",
      "",
      "AIDE:  (Inaudible.)",
      "",
      "MR. KIRBY:  And we expect them to hold.",
      "",
      "MS. JEAN-PIERRE:  It is the President’s time.  (Laughs.)",
      "",
      "MR. KIRBY:  Exactly.  They have held for five days now, and we want to see them extended for as",
      "long as the hostages keep coming out.",
    );
    expect(marked(split(text))).toEqual([
      ["This attack happened in the city.", "Was the attack a violation of the pause?", false],
      ["The pauses in the fighting were specific to the strip.", null, true],
      ["And we expect them to hold.", null, true],
      [
        "Exactly.  They have held for five days now, and we want to see them extended for as\nlong as the hostages keep coming out.",
        null,
        true,
      ],
    ]);
  });

  it("does not continue an answer with a turn that opens a subject of its own, nor an opening announcement", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre",
      "MS. JEAN-PIERRE:  Today the President signed an order on lead pipes.",
      "",
      "Q    Yay.",
      "",
      "MS. JEAN-PIERRE:  Yay.  The order also funds the work in every state.",
      "",
      "Q    Will the order reach every city?",
      "",
      "MS. JEAN-PIERRE:  It will.",
      "",
      "Q    Okay.",
      "",
      "MS. JEAN-PIERRE:  Now, turning to the economy.  Inflation fell again this month.",
    );
    expect(marked(split(text))).toEqual([
      ["Today the President signed an order on lead pipes.", null, false],
      ["Yay.  The order also funds the work in every state.", null, false],
      ["It will.", "Will the order reach every city?", false],
      ["Now, turning to the economy.  Inflation fell again this month.", null, false],
    ]);
  });
});

describe("splitTurns: opening remarks", () => {
  // Paragraphs long enough to be subjects of their own (short ones only greet or set the agenda).
  const body = (s: string) =>
    `${s} The details are long, and they fill a paragraph of the kind officials read out at the top of a briefing, with figures, names and dates.`;
  const opening = [
    "MS. JEAN-PIERRE:  Good afternoon.  I have a few things at the top.",
    "",
    body("Today the President signed an executive order on care for children and for older Americans."),
    "",
    body("Next, the President will travel to Ireland next week to mark an anniversary of peace."),
    "",
    body("I want to switch, if I could, to Russia and Ukraine, where strikes hit the grid overnight."),
    "",
    body("Now, just real quickly on Angola, whose president visits the White House this afternoon."),
    "",
    body("Afterwards, we will head to Wilmington, where the President will see the storm damage."),
    "",
    "With that, I will turn it over to the Admiral, who is here to take your questions today.",
    "",
    "Q    Thank you.  On the debt limit, will he negotiate?",
    "",
    "MS. JEAN-PIERRE:  He has been clear.",
    "",
    "Next, on the budget, he has a plan.",
  ];

  it("splits an opening that answers no question where it turns to a new subject, but never an answer", () => {
    const result = split(page("Press Briefing by Press Secretary Karine Jean-Pierre", ...opening));
    expect(result.statements.map((st) => [st.text.slice(0, 30), st.question?.text ?? null])).toEqual([
      ["Good afternoon.  I have a few ", null],
      ["Next, the President will trave", null],
      ["I want to switch, if I could, ", null],
      ["Now, just real quickly on Ango", null],
      ["Afterwards, we will head to Wi", null],
      ["He has been clear.\n\nNext, on t", "Thank you.  On the debt limit, will he negotiate?"],
    ]);
    expect(result.statements[4]?.text.endsWith("to take your questions today.")).toBe(true);
  });

  it("goes on splitting an opening after a reporter's interjection, and keeps a short agenda line with what follows", () => {
    const result = split(
      page(
        "Press Briefing by Press Secretary Karine Jean-Pierre",
        "Q    Good afternoon.",
        "",
        `MS. JEAN-PIERRE:  ${body("Hi.  Today the President signed an order on lead pipes and clean water.")}`,
        "",
        "Q    Yay.",
        "",
        `MS. JEAN-PIERRE:  ${body("Yay.  The order also funds the work in every state.")}`,
        "",
        "And finally, two shout-outs.",
        "",
        body("First, I want to welcome a new colleague to the briefing room, who joins us from the Navy."),
      ),
    );
    expect(result.statements.map((st) => [st.text.slice(0, 30), st.question])).toEqual([
      ["Hi.  Today the President signe", null],
      ["Yay.  The order also funds the", null],
      ["And finally, two shout-outs.\n\n", null],
    ]);
  });
});

describe("splitTurns: odd input", () => {
  it("never throws and returns well-formed (possibly empty) results", () => {
    const odd = [
      "",
      "date 2023-01-06 ",
      "date 2023-01-06 Title only\n\n12:50 P.M. EST\n",
      "date 2023-01-06 T\nQ\nQ\n",
      "date 2023-01-06 T\nMS. JEAN-PIERRE:\n\nMR. KIRBY:   \nEND\n",
      "date 2023-01-06 T\r\nMS. JEAN-PIERRE:  Hello, one thing.\r\n\r\nQ  Hi?\r\n\r\nMS. JEAN-PIERRE:  Bye.\r\n",
      "no header\nMS. JEAN-PIERRE: Hello.",
    ];
    for (const text of odd) {
      const result = splitTurns(text, parseHeader(text)?.bodyStart ?? 0);
      expectWellFormed(text, result);
    }
    expect(splitTurns("", 0)).toEqual({ statements: [], speakers: [], title: "" });
    const crlf = odd[5] ?? "";
    expect(view(splitTurns(crlf, parseHeader(crlf)?.bodyStart ?? 0))).toEqual([
      { text: "Hello, one thing.", speaker: "Jean-Pierre", question: null },
      { text: "Bye.", speaker: "Jean-Pierre", question: { text: "Hi?", asker: null } },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { parseHeader } from "../../src/extract/header.js";
import { splitTurns } from "../../src/extract/split-turns.js";
import type { TranscriptSplit } from "../../src/extract/transcript-types.js";

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
  const header = parseHeader(text);
  if (!header) throw new Error("test text lacks a header");
  const result = splitTurns(text, header.bodyStart);
  expectWellFormed(text, result);
  return result;
}

function view(result: TranscriptSplit) {
  return result.statements.map((s) => ({
    text: s.text,
    speaker: s.speaker,
    question: s.question ? { text: s.question.text, asker: s.question.asker } : null,
  }));
}

function expectWellFormed(text: string, result: TranscriptSplit): void {
  let last = 0;
  result.statements.forEach((s, i) => {
    expect(s.seq).toBe(i + 1);
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.text.length).toBeGreaterThan(0);
    expect(s.text.trim()).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(last);
    last = s.end;
    if (s.question) {
      expect(s.question.text).toBe(text.slice(s.question.start, s.question.end));
      expect(s.question.end).toBeLessThanOrEqual(s.start);
    }
  });
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

  it("gives an answer every Q turn since the previous official turn, interjections included", () => {
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
    expect(view(split(text))).toEqual([
      { text: "Let me start with the budget.", speaker: KJP, question: null },
      {
        text: "On the budget, we have been clear —",
        speaker: KJP,
        question: {
          text: "Two questions. First, on the budget?\n\nQ    And second, on the border?",
          asker: null,
        },
      },
      { text: "— very clear.", speaker: KJP, question: { text: "(Inaudible.)", asker: null } },
    ]);
  });

  it("names several officials in full from the title or the text, whatever honorific the label uses", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre and National Security\\",
      "MS. JEAN-PIERRE:  We have Admiral John Kirby with us today.",
      "",
      "MR. KIRBY:  Thanks, Karine. A word on Ukraine first.",
      "",
      "Q    Admiral, what about the strike?",
      "",
      "ADMIRAL KIRBY:  I will not get ahead of the Pentagon.",
      "",
      "SECRETARY MAYORKAS:  Let me add one thing.",
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
      "MR. SULLVIAN:  Thanks. Two things today.",
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

describe("splitTurns: floor management", () => {
  it("leaves out turns that only hand the floor over, unless they answer a question", () => {
    const text = page(
      "Press Briefing by Press Secretary Karine Jean-Pierre",
      "MS. JEAN-PIERRE:  Good afternoon, everyone.",
      "",
      "Q    Good afternoon.",
      "",
      "MS. JEAN-PIERRE:  Okay. Today the President travels to Maine.",
      "",
      "MS. JEAN-PIERRE:  Go ahead, Ed.",
      "",
      "Q    Is he going to stop in Boston?",
      "",
      "MS. JEAN-PIERRE:  Yeah.",
      "",
      "MR. KIRBY:  Thanks, Karine.",
    );
    expect(view(split(text))).toEqual([
      {
        text: "Okay. Today the President travels to Maine.",
        speaker: KJP,
        question: { text: "Good afternoon.", asker: null },
      },
      { text: "Yeah.", speaker: KJP, question: { text: "Is he going to stop in Boston?", asker: null } },
    ]);
  });
});

describe("splitTurns: opening remarks", () => {
  const opening = [
    "MS. JEAN-PIERRE:  Good afternoon.  I have a few things at the top.",
    "",
    "Today the President signed an executive order on care.",
    "",
    "Next, the President will travel to Ireland next week.",
    "",
    "And finally, I want to wish everyone a happy Passover.",
    "",
    "Q    Thank you.  On the debt limit, will he negotiate?",
    "",
    "MS. JEAN-PIERRE:  He has been clear.",
    "",
    "Next, on the budget, he has a plan.",
  ];

  it("splits an opening that answers no question at explicit topic cues, but never an answer", () => {
    const result = split(page("Press Briefing by Press Secretary Karine Jean-Pierre", ...opening));
    expect(view(result)).toEqual([
      {
        text: "Good afternoon.  I have a few things at the top.\n\nToday the President signed an executive order on care.",
        speaker: KJP,
        question: null,
      },
      { text: "Next, the President will travel to Ireland next week.", speaker: KJP, question: null },
      { text: "And finally, I want to wish everyone a happy Passover.", speaker: KJP, question: null },
      {
        text: "He has been clear.\n\nNext, on the budget, he has a plan.",
        speaker: KJP,
        question: { text: "Thank you.  On the debt limit, will he negotiate?", asker: null },
      },
    ]);
  });

  it("still splits an opening that follows a reporter's greeting, which stays its question", () => {
    const result = split(
      page(
        "Press Briefing by Press Secretary Karine Jean-Pierre",
        "Q    Good afternoon.",
        "",
        "MS. JEAN-PIERRE:  Hi.  Today the President signed an order.",
        "",
        "Next week, he will travel.",
        "",
        "One more thing: the Easter Egg Roll is on Monday.",
      ),
    );
    expect(result.statements.map((s) => [s.text, s.question?.text ?? null])).toEqual([
      ["Hi.  Today the President signed an order.\n\nNext week, he will travel.", "Good afternoon."],
      ["One more thing: the Easter Egg Roll is on Monday.", null],
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

import { describe, expect, it } from "vitest";
import { isContinuation } from "../../src/extract/continuation.js";
import { parseHeader } from "../../src/extract/header.js";
import { splitQa } from "../../src/extract/split-qa.js";
import type { TranscriptSplit } from "../../src/extract/transcript-types.js";
import { expectWellFormed, splitChecked, view } from "../support/transcript-split.js";

const TITLE = "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on May 11, 2018";

/** A synthetic transcript: header, title line, then paragraphs separated by blank lines. */
function transcript(...paragraphs: string[]): string {
  return `date 2018-05-11 ${TITLE}\n\n${paragraphs.join("\n\n")}\n`;
}

function split(text: string): TranscriptSplit {
  return splitChecked(splitQa, text);
}

const GENG = "Geng Shuang";

describe("splitQa: Q:/A: turns", () => {
  it("makes each answer a statement carrying its question without the labels", () => {
    const text = transcript(
      "Q: What is your comment on the summit?",
      "A: We welcome the summit.",
      "Q:Will the minister attend?",
      "A:He will attend.",
    );
    const result = split(text);
    expect(result.title).toBe(TITLE);
    expect(result.speakers).toEqual([GENG]);
    expect(view(result)).toEqual([
      {
        text: "We welcome the summit.",
        speaker: GENG,
        question: { text: "What is your comment on the summit?", asker: null },
      },
      {
        text: "He will attend.",
        speaker: GENG,
        question: { text: "Will the minister attend?", asker: null },
      },
    ]);
  });

  it("keeps a multi-paragraph answer in one statement that spans its paragraphs", () => {
    const text = transcript(
      "Q: How do you view the talks?",
      "A: The talks were constructive.",
      "We hope both sides keep talking.",
      "Q: Anything else?",
      "A: No.",
    );
    expect(view(split(text))).toEqual([
      {
        text: "The talks were constructive.\n\nWe hope both sides keep talking.",
        speaker: GENG,
        question: { text: "How do you view the talks?", asker: null },
      },
      { text: "No.", speaker: GENG, question: { text: "Anything else?", asker: null } },
    ]);
  });

  it("starts a new statement for a follow-up, whose answer carries the follow-up as its question", () => {
    const text = transcript(
      "Q: Will China send a delegation?",
      "A: We will release information in due course.",
      "Follow-up: When will the delegation leave?",
      "A: I have nothing more to add.",
    );
    expect(view(split(text))).toEqual([
      {
        text: "We will release information in due course.",
        speaker: GENG,
        question: { text: "Will China send a delegation?", asker: null },
      },
      {
        text: "I have nothing more to add.",
        speaker: GENG,
        question: { text: "When will the delegation leave?", asker: null },
      },
    ]);
  });

  it("treats an unlabelled paragraph right after a question as the answer", () => {
    const text = transcript("Q: Is the report true?", "China's position is clear and consistent.");
    expect(view(split(text))).toEqual([
      {
        text: "China's position is clear and consistent.",
        speaker: GENG,
        question: { text: "Is the report true?", asker: null },
      },
    ]);
  });

  it("keeps a sentence that ends in a colon inside the answer", () => {
    const text = transcript(
      "Q: What is China's position?",
      "A: Our position is very clear: we oppose interference.",
      "Let me stress this once again: dialogue is the only way.",
    );
    expect(view(split(text))).toEqual([
      {
        text: "Our position is very clear: we oppose interference.\n\nLet me stress this once again: dialogue is the only way.",
        speaker: GENG,
        question: { text: "What is China's position?", asker: null },
      },
    ]);
  });

  it("reads a journalist's clarification as the question of the next answer", () => {
    const text = transcript(
      "Q: Is it true that the company cut ties?",
      "A: Which company do you mean?",
      "Journalist clarifies: The sportswear maker.",
      "A: We do not comment on the business of any enterprise.",
    );
    expect(view(split(text))).toEqual([
      {
        text: "Which company do you mean?",
        speaker: GENG,
        question: { text: "Is it true that the company cut ties?", asker: null },
      },
      {
        text: "We do not comment on the business of any enterprise.",
        speaker: GENG,
        question: { text: "The sportswear maker.", asker: null },
      },
    ]);
  });

  it("continues an answer the reporter cut into (question null, marked), but not after a question", () => {
    const text = transcript(
      "Q: What is your comment on the talks?",
      "A: We have always held that the two sides should talk —",
      "Q: Sorry —",
      "A: — on the basis of mutual respect. The talks will resume",
      "Journalist: (Inaudible.)",
      "A: in Beijing next week.",
      "Follow-up: Will the minister attend?",
      "A: He will.",
    );
    const result = split(text);
    expect(result.statements.map((st) => [st.text, st.question?.text ?? null, isContinuation(st)])).toEqual([
      ["We have always held that the two sides should talk —", "What is your comment on the talks?", false],
      ["— on the basis of mutual respect. The talks will resume", null, true],
      ["in Beijing next week.", null, true],
      ["He will.", "Will the minister attend?", false],
    ]);
  });

  it("does not read a journalist's reply to a question back, or a short question after a cut-off answer, as an interjection", () => {
    const text = transcript(
      "Q: Is it true that the company cut ties?",
      "A: Which company do you mean?",
      "Journalist: The sportswear maker.",
      "A: We do not comment on —",
      "Q: Why not?",
      "A: — on the business of any enterprise.",
    );
    expect(split(text).statements.map((st) => [st.question?.text ?? null, isContinuation(st)])).toEqual([
      ["Is it true that the company cut ties?", false],
      ["The sportswear maker.", false],
      ["Why not?", false],
    ]);
  });

  it("reads a question raised after the press conference, with or without a colon, as a question", () => {
    const text = transcript(
      "The following question was raised after the press conference: Do you have any comment on the fire?",
      "A: We express our condolences.",
      "After the press conference, a journalist asked if China will offer assistance.",
      "A: China stands ready to help.",
    );
    expect(view(split(text))).toEqual([
      {
        text: "We express our condolences.",
        speaker: GENG,
        question: { text: "Do you have any comment on the fire?", asker: null },
      },
      {
        text: "China stands ready to help.",
        speaker: GENG,
        question: {
          text: "After the press conference, a journalist asked if China will offer assistance.",
          asker: null,
        },
      },
    ]);
  });
  it("keeps an answer's promise to check after the press conference in the answer, not the next question", () => {
    const text = transcript(
      "Q: Can you confirm the traveller is a Chinese national?",
      "A: We are following the situation closely.",
      "As for the specific details of your question, I need to check with the competent department after the press conference.",
      "Q: Will the quarantine rules change?",
      "A: The rules apply to everyone alike.",
      "The number you asked about is updated every day. I will consult the competent authority for you after the press conference.",
      "Reuters: Is the visit going ahead?",
      "A: It is.",
    );
    expect(view(split(text))).toEqual([
      {
        text: "We are following the situation closely.\n\nAs for the specific details of your question, I need to check with the competent department after the press conference.",
        speaker: GENG,
        question: { text: "Can you confirm the traveller is a Chinese national?", asker: null },
      },
      {
        text: "The rules apply to everyone alike.\n\nThe number you asked about is updated every day. I will consult the competent authority for you after the press conference.",
        speaker: GENG,
        question: { text: "Will the quarantine rules change?", asker: null },
      },
      { text: "It is.", speaker: GENG, question: { text: "Is the visit going ahead?", asker: "Reuters" } },
    ]);
  });
});

describe("splitQa: outlet labels and named answers", () => {
  it("takes outlet labels as askers and the spokesperson's name (any case) as the answerer", () => {
    const text = transcript(
      "Reuters: Does China have a response to the tariffs?",
      "Geng Shuang: China firmly opposes the tariffs.",
      "The Paper: Could you share more details on the visit?",
      "geng shuang: The visit will deepen our cooperation.",
      "Bloomberg News: Will talks resume?",
      "Geng Shuang: I have no information to offer.",
    );
    const result = split(text);
    expect(result.speakers).toEqual([GENG]);
    expect(view(result)).toEqual([
      {
        text: "China firmly opposes the tariffs.",
        speaker: GENG,
        question: { text: "Does China have a response to the tariffs?", asker: "Reuters" },
      },
      {
        text: "The visit will deepen our cooperation.",
        speaker: GENG,
        question: { text: "Could you share more details on the visit?", asker: "The Paper" },
      },
      {
        text: "I have no information to offer.",
        speaker: GENG,
        question: { text: "Will talks resume?", asker: "Bloomberg News" },
      },
    ]);
  });

  it("answers a question and its outlet follow-up together when no answer comes between them", () => {
    const text = transcript(
      "CCTV: What is the agenda?",
      "Follow-up: And who will attend?",
      "Geng Shuang: Both will be announced.",
    );
    const [only] = split(text).statements;
    expect(only?.text).toBe("Both will be announced.");
    expect(only?.question?.text).toBe("What is the agenda?\n\nFollow-up: And who will attend?");
    expect(only?.question?.asker).toBe("CCTV");
  });

  it("takes a name-like label that answers a question as an official even when the title does not name them", () => {
    const text = transcript("AFP: Can you confirm the call?", "Hua Chunying: I can confirm it.");
    const result = split(text);
    expect(result.speakers).toEqual(["Hua Chunying"]);
    expect(view(result)).toEqual([
      {
        text: "I can confirm it.",
        speaker: "Hua Chunying",
        question: { text: "Can you confirm the call?", asker: "AFP" },
      },
    ]);
  });

  it("takes a colleague who introduces the spokesperson as a speaker, not as an asker", () => {
    const text = transcript(
      "Hua Chunying: Good afternoon. Let me introduce our new colleague.",
      "He has served in several embassies.",
      "Geng Shuang: Thank you. I'm glad to meet you all.",
      "Xinhua News Agency: What is your comment on the meeting?",
      "Geng Shuang: It was a success.",
    );
    const result = split(text);
    expect(result.speakers).toEqual(["Hua Chunying", GENG]);
    expect(view(result).map((s) => [s.speaker, s.text, s.question?.asker ?? null])).toEqual([
      [
        "Hua Chunying",
        "Good afternoon. Let me introduce our new colleague.\n\nHe has served in several embassies.",
        null,
      ],
      [GENG, "Thank you. I'm glad to meet you all.", null],
      [GENG, "It was a success.", "Xinhua News Agency"],
    ]);
  });
});

describe("splitQa: announcements and separators", () => {
  it("makes one statement per announcement, keeping its elaborating paragraphs with it", () => {
    const text = transcript(
      "At the invitation of State Councilor and Foreign Minister Wang Yi, Foreign Minister Alawi of Oman will visit China from May 12 to 16.",
      "During Minister Alawi's visit, the two sides will exchange views on bilateral relations.",
      "China and Oman enjoy traditional friendship.",
      "At the invitation of the government of Argentina, Wang Yi will attend the G20 Foreign Ministers' Meeting.",
      "Q: What will the minister discuss in Argentina?",
      "A: He will expound China's propositions.",
    );
    const result = split(text);
    expect(result.statements.map((s) => [s.text.slice(0, 30), s.question?.text ?? null])).toEqual([
      ["At the invitation of State Cou", null],
      ["At the invitation of the gover", null],
      ["He will expound China's propos", "What will the minister discuss in Argentina?"],
    ]);
    expect(result.statements[0]?.text.endsWith("China and Oman enjoy traditional friendship.")).toBe(true);
    expect(result.statements.every((s) => s.speaker === GENG)).toBe(true);
  });

  it("starts an announcement at an unrelated event sentence but not at one naming the same event", () => {
    const text = transcript(
      "The 7th Imperial Springs International Forum will be held in Guangzhou on December 10.",
      "The forum will focus on multilateralism.",
      "Vice President Wang Qishan will attend the opening ceremony of the Imperial Springs forum.",
      "The Foreign Ministry and the People's Government of Hubei Province will hold a promotion event on July 12.",
      "Hubei is the place where the Yangtze River civilization originated.",
    );
    expect(split(text).statements.map((s) => s.text.slice(0, 25))).toEqual([
      "The 7th Imperial Springs ",
      "The Foreign Ministry and ",
    ]);
  });

  it("ends an answer at a *** separator and reads what follows as an announcement without question", () => {
    const text = transcript(
      "Q: Any comment on the floods?",
      "A: We express our sympathies.",
      "*****************",
      "The regular press conference of the Foreign Ministry will be adjourned on April 5 and resumed on April 8.",
      "During the adjournment, you may reach the Spokesperson's Office by phone.",
    );
    expect(view(split(text))).toEqual([
      {
        text: "We express our sympathies.",
        speaker: GENG,
        question: { text: "Any comment on the floods?", asker: null },
      },
      {
        text:
          "The regular press conference of the Foreign Ministry will be adjourned on April 5 and resumed on April 8." +
          "\n\nDuring the adjournment, you may reach the Spokesperson's Office by phone.",
        speaker: GENG,
        question: null,
      },
    ]);
  });

  it("splits a schedule notice that follows an answer without a separator off the answer", () => {
    const text = transcript(
      "Q: Will the talks continue?",
      "A: Both sides remain in contact.",
      "The MFA regular press conference will be in recess from August 5 to 16.",
    );
    expect(split(text).statements.map((s) => [s.text, s.question?.text ?? null])).toEqual([
      ["Both sides remain in contact.", "Will the talks continue?"],
      ["The MFA regular press conference will be in recess from August 5 to 16.", null],
    ]);
  });
});

describe("splitQa: separators and transcriber notes", () => {
  it("reads a line of full-width asterisks or reference marks as a separator", () => {
    const text = transcript(
      "Q: Any news on the talks?",
      "A: I have nothing further to add.",
      "＊＊＊＊＊＊＊＊＊＊",
      "I have some clarifications to make regarding yesterday's press conference.",
      "※※※※※※",
    );
    expect(split(text).statements.map((s) => [s.text, s.question?.text ?? null])).toEqual([
      ["I have nothing further to add.", "Any news on the talks?"],
      ["I have some clarifications to make regarding yesterday's press conference.", null],
    ]);
  });

  it("starts an answer after an opening exchange about the question and the journalist's reply", () => {
    const text = transcript(
      "Q: What do you expect from relations with Japan?",
      "A: Your colleague asked the same question yesterday. Do you want me to repeat my answer ? (Journalist: Yes, please.)",
      "The relations have come back to the right track. (The journalist laughed.)",
      "Q: Has China apologised for the incident?",
      'A: You were saying "coal", not "cow", right? (The journalist laughed and said, "Yes, coal.") Customs assesses imports.',
      "Q: Will you comment on the speech?",
      "A: I haven't seen this speech. Was it delivered just now? (Journalist nods)",
      "I need to check on its contents.",
      "Q: Any comment?",
      "A: I don't know any more than you do. (The journalist laughed.)",
    );
    expect(split(text).statements.map((s) => s.text)).toEqual([
      "The relations have come back to the right track.",
      "Customs assesses imports.",
      "I haven't seen this speech. Was it delivered just now? (Journalist nods)\n\nI need to check on its contents.",
      "I don't know any more than you do.",
    ]);
  });

  it("leaves a transcriber's note at an answer's start out of the statement", () => {
    const text = transcript(
      "Q: Is the visit confirmed?",
      "A: (The spokesperson turned to the journalist who raised the question.) The visit is confirmed.",
    );
    expect(split(text).statements.map((s) => s.text)).toEqual(["The visit is confirmed."]);
  });
});

describe("splitQa: odd input", () => {
  it("never throws and returns well-formed (possibly empty) results", () => {
    const odd = [
      "",
      "date 2018-05-11 ",
      "date 2018-05-11 Title only",
      transcript("Q: A question nobody answers?"),
      transcript("A:"),
      transcript("Q:", "A: An answer to an empty question."),
      transcript("***", "***"),
      transcript(":::", "Reuters:", "Geng Shuang:"),
      "no header at all\n\nQ: Hello?\n\nA: Hi.",
    ];
    for (const text of odd) {
      const bodyStart = parseHeader(text)?.bodyStart ?? 0;
      const result = splitQa(text, bodyStart);
      expectWellFormed(text, result);
    }
    expect(splitQa("", 0)).toEqual({ statements: [], speakers: [], title: "" });
    expect(view(splitQa("no header at all\n\nQ: Hello?\n\nA: Hi.", 0))).toEqual([
      { text: "Hi.", speaker: null, question: { text: "Hello?", asker: null } },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { extract } from "../../src/extract/extract.js";
import type { TaggedStatement } from "../../src/extract/types.js";

/**
 * Rule 6 of tests/fixtures/ANNOTATING-TRANSCRIPTS.md end to end: split and tag a synthetic White House
 * gaggle in which the official is cut off by a reporter's "And then —" and goes on with the same answer.
 */
const text = [
  "date 2024-02-09 Press Gaggle by Press Secretary Karine Jean-Pierre",
  "",
  "Q    Will the President raise the hostages held in Gaza with the Israeli prime minister?",
  "",
  "MS. JEAN-PIERRE:  He will raise the hostages and the pause in the fighting, and the aid —",
  "",
  "Q    And then —",
  "",
  "MS. JEAN-PIERRE:  — the trucks waiting at the crossing from Egypt.",
  "",
  "Q    Thank you.  On the budget bill in Congress, will he sign it?",
  "",
  "MS. JEAN-PIERRE:  Yeah.",
  "",
  "Q    Right.",
  "",
  "MS. JEAN-PIERRE:  He will sign it this week, and the tax credits for families are in it.",
].join("\n");

const { statements } = extract(text);
const view = (st: TaggedStatement | undefined) => ({
  text: st?.text,
  question: st?.question?.text ?? null,
  countries: st?.countries.map((c) => `${c.code}/${c.basis}`),
});
/** Each topic with its basis and the distinct rules of its evidence. */
const topics = (st: TaggedStatement | undefined) =>
  st?.topics.map((t) => [t.slug, t.basis, [...new Set(t.evidence.map((e) => e.rule))]]);

describe("extract: a continuation after a reporter's interjection (rule 6)", () => {
  it("makes the answer, its continuation, a one-word answer and the turn after 'Right.' four statements", () => {
    expect(statements.map(view)).toEqual([
      {
        text: "He will raise the hostages and the pause in the fighting, and the aid —",
        question: "Will the President raise the hostages held in Gaza with the Israeli prime minister?",
        countries: ["IL/question", "PS/question"],
      },
      // Question null; its own country and the continued question's.
      {
        text: "— the trucks waiting at the crossing from Egypt.",
        question: null,
        countries: ["EG/text", "IL/question", "PS/question"],
      },
      // A one-word answer to a complete new question keeps its question (rule 4).
      {
        text: "Yeah.",
        question: "Thank you.  On the budget bill in Congress, will he sign it?",
        countries: ["US/question"],
      },
      {
        text: "He will sign it this week, and the tax credits for families are in it.",
        question: null,
        countries: ["US/question"],
      },
    ]);
  });

  it("gives each continuation the continued answer's topics as follow-ups, then what its own words add", () => {
    expect(topics(statements[0])).toEqual([
      [
        "armed-conflict",
        "text",
        [
          "topic-model:armed-conflict",
          "topic:armed-conflict:hostage",
          "topic:armed-conflict:pause",
          "topic:armed-conflict:gaza",
        ],
      ],
      // Hostages held abroad are a consular matter too; the model keeps it by a hair (-22: p 0.337, threshold 0.325).
      ["consular", "question", ["topic-model:consular", "topic:consular:hostage"]],
    ]);
    // Every topic of the continued answer, consular included, carries over as a follow-up.
    expect(topics(statements[1])).toEqual([
      ["armed-conflict", "question", ["topic:armed-conflict:follow-up"]],
      ["consular", "question", ["topic:consular:follow-up"]],
      [
        "disaster-humanitarian",
        "text",
        ["topic-model:disaster-humanitarian", "topic:disaster-humanitarian:trucks"],
      ],
    ]);
    // The new question starts a new exchange: nothing of the Gaza answer carries into it.
    expect(topics(statements[2])).toEqual([
      [
        "domestic-politics",
        "question",
        ["topic-model:domestic-politics", "topic:domestic-politics:congress"],
      ],
    ]);
    expect(topics(statements[3])).toEqual([
      ["domestic-politics", "question", ["topic:domestic-politics:follow-up"]],
      ["trade-economy", "text", ["topic-model:trade-economy", "topic:trade-economy:tax"]],
    ]);
  });

  it("carries the continued answer's evidence itself, at its offsets in the answer and its question", () => {
    const carried = statements[1]?.topics[0]?.evidence ?? [];
    const source = statements[0]?.topics[0]?.evidence ?? [];
    expect(carried.map((e) => [e.start, e.end, e.text])).toEqual(source.map((e) => [e.start, e.end, e.text]));
  });
});

import { describe, expect, it } from "vitest";
import type { SplitStatement, TaggedStatement } from "../../src/extract/types.js";
import { carryTopics, continueTopics } from "../../src/tagging/follow-ups.js";

/** A tagged statement with the given question (or none) and topics; offsets do not matter here. */
function statement(seq: number, question: string | null, topics: string[]): TaggedStatement {
  const split: SplitStatement = {
    seq,
    start: seq * 100,
    end: seq * 100 + 50,
    text: "…",
    speaker: null,
    question:
      question === null ? null : { start: seq * 100 - 40, end: seq * 100 - 1, text: question, asker: null },
  };
  const evidence = [{ start: 0, end: 5, text: "cue", rule: "topic:x:cue" }];
  return {
    ...split,
    countries: [],
    regions: [],
    topics: topics.map((slug) => ({ slug, score: 3, basis: "text", evidence })),
  };
}

const slugsOf = (st: TaggedStatement | undefined) => st?.topics.map((t) => [t.slug, t.basis]);

describe("carryTopics", () => {
  it("gives a short answer without topics the previous statement's topics, as basis question", () => {
    const out = carryTopics(
      [statement(1, "Any comment?", ["terrorism"]), statement(2, "Tomorrow?", [])],
      [30, 5],
    );
    expect(slugsOf(out[1])).toEqual([["terrorism", "question"]]);
    expect(out[1]?.topics[0]?.evidence.map((e) => e.rule)).toEqual(["topic:terrorism:follow-up"]);
  });

  it("carries into a transcript continuation (no question of its own) after an answer", () => {
    const out = carryTopics([statement(1, "Any comment?", ["health"]), statement(2, null, [])], [30, 5]);
    expect(slugsOf(out[1])).toEqual([["health", "question"]]);
  });

  it("carries nothing between two statements without questions: in a news report each starts a subject", () => {
    const out = carryTopics([statement(1, null, ["diplomacy"]), statement(2, null, [])], [30, 5]);
    expect(slugsOf(out[1])).toEqual([]);
  });

  it("carries nothing into the grant of a reporter's request to ask ('May I ask a follow-up?' – 'Sure.')", () => {
    const grant = { ...statement(2, "Karine, may I ask a follow-up?", []), text: "Sure." };
    expect(slugsOf(carryTopics([statement(1, "Any comment?", ["security"]), grant], [30, 1])[1])).toEqual([]);
    // A short answer to a question on the subject still carries it.
    const answer = { ...statement(2, "So, they did reach out?", []), text: "Yeah." };
    expect(slugsOf(carryTopics([statement(1, "Any comment?", ["security"]), answer], [30, 1])[1])).toEqual([
      ["security", "question"],
    ]);
  });

  it("carries nothing into a statement longer than 40 words or one with topics of its own", () => {
    const long = carryTopics(
      [statement(1, "Any comment?", ["health"]), statement(2, "What about the vote in Congress?", [])],
      [30, 41],
    );
    expect(slugsOf(long[1])).toEqual([]);
    const own = carryTopics(
      [statement(1, "Any comment?", ["health"]), statement(2, "And?", ["energy"])],
      [30, 5],
    );
    expect(slugsOf(own[1])).toEqual([["energy", "text"]]);
  });

  it("carries nothing into a short answer whose question names a place the exchange before did not", () => {
    const prev = withPlaces(statement(1, "Any comment on Ukraine?", ["security"]), ["UA"]);
    const asked = withPlaces(
      statement(2, "And on the meeting in Saudi Arabia, who will attend?", []),
      ["SA"],
      true,
    );
    expect(slugsOf(carryTopics([prev, asked], [30, 5], "US")[1])).toEqual([]);
    // The same place as before, or the issuer's own country, is no new subject.
    const same = withPlaces(statement(2, "Will Ukraine get more?", []), ["UA"], true);
    expect(slugsOf(carryTopics([prev, same], [30, 5], "US")[1])).toEqual([["security", "question"]]);
    const home = withPlaces(statement(2, "Will the U.S. send more?", []), ["US"], true);
    expect(slugsOf(carryTopics([prev, home], [30, 5], "US")[1])).toEqual([["security", "question"]]);
  });

  it("carries nothing into a short answer to a reporter who thanks for the turn", () => {
    const out = carryTopics(
      [
        statement(1, "Any comment?", ["health"]),
        statement(2, "Thanks, Karine. Is the President a fan of it?", []),
      ],
      [30, 5],
    );
    expect(slugsOf(out[1])).toEqual([]);
  });

  it("carries into an answer of any length when the question has no subject of its own", () => {
    for (const q of [
      "So he was feeling tired, rundown a little?",
      "Karine, would he phrase it again the same way?",
    ]) {
      const out = carryTopics([statement(1, "Any comment?", ["health"]), statement(2, q, [])], [30, 130]);
      expect(slugsOf(out[1])).toEqual([["health", "question"]]);
    }
    const followUp =
      "Thank you, Karine. Just to follow up on that: Is there a reason why the White House has not spoken?";
    const out = carryTopics(
      [statement(1, "Any comment?", ["diplomacy"]), statement(2, followUp, [])],
      [30, 90],
    );
    expect(slugsOf(out[1])).toEqual([["diplomacy", "question"]]);
  });

  it("keeps the 40-word limit for a question with a name or no tie to the subject before", () => {
    for (const q of ["So what did Congress say?", "Was the president involved in the decision to plead?"]) {
      const out = carryTopics([statement(1, "Any comment?", ["health"]), statement(2, q, [])], [30, 41]);
      expect(slugsOf(out[1])).toEqual([]);
    }
  });
});

describe("carryTopics: marked continuations", () => {
  it("gives a continuation of any length the continued answer's topics first, then its own", () => {
    const out = carryTopics(
      [statement(1, "Any comment?", ["armed-conflict"]), statement(2, null, ["disaster-humanitarian"])],
      [30, 130],
      "US",
      [false, true],
    );
    expect(slugsOf(out[1])).toEqual([
      ["armed-conflict", "question"],
      ["disaster-humanitarian", "text"],
    ]);
    expect(out[1]?.topics[0]?.evidence.map((e) => e.rule)).toEqual(["topic:armed-conflict:follow-up"]);
  });

  it("takes a shared topic once, as the answer's, and passes the answer's topics down a chain of continuations", () => {
    const out = carryTopics(
      [statement(1, "Any comment?", ["security"]), statement(2, null, ["security"]), statement(3, null, [])],
      [30, 130, 3],
      "US",
      [false, true, true],
    );
    expect(slugsOf(out[1])).toEqual([["security", "question"]]);
    expect(slugsOf(out[2])).toEqual([["security", "question"]]);
  });

  it("keeps a continuation's own topics when the answer before has none", () => {
    const out = carryTopics(
      [statement(1, "Any comment?", []), statement(2, null, ["energy"])],
      [30, 5],
      "US",
      [false, true],
    );
    expect(slugsOf(out[1])).toEqual([["energy", "text"]]);
  });
});

describe("continueTopics", () => {
  it("gives marked continuations the topics of the statement before, after the learned scorer chose them", () => {
    const st = [
      statement(1, "Any comment?", ["health"]),
      statement(2, null, ["trade-economy"]),
      statement(3, null, []),
    ];
    continueTopics(st, [false, false, true]);
    expect(st.map(slugsOf)).toEqual([
      [["health", "text"]],
      [["trade-economy", "text"]],
      [["trade-economy", "question"]],
    ]);
  });
});

/** Gives a statement country tags whose evidence lies in its question (`asked`) or its own text. */
function withPlaces(st: TaggedStatement, codes: string[], asked = false): TaggedStatement {
  const at = asked && st.question ? st.question.start : st.start;
  const evidence = [{ start: at, end: at + 3, text: "…", rule: "country:XX:name" }];
  return {
    ...st,
    countries: codes.map((code) => ({ code, name: code, basis: asked ? "question" : "text", evidence })),
  };
}

import { expect } from "vitest";
import { parseHeader } from "../../src/extract/header.js";
import type { TranscriptSplit } from "../../src/extract/transcript-types.js";

type Splitter = (text: string, bodyStart: number) => TranscriptSplit;

/**
 * Runs a transcript splitter on a synthetic text and checks the invariants every split must keep
 * (numbered in order, offsets that slice the text, trimmed non-empty text, questions before their
 * answers), so each test can assert only what it is about. Shared by the Q&A and turn splitters' tests.
 */
export function splitChecked(splitter: Splitter, text: string): TranscriptSplit {
  const header = parseHeader(text);
  if (!header) throw new Error("test text lacks a header");
  const result = splitter(text, header.bodyStart);
  expectWellFormed(text, result);
  return result;
}

/** The invariants every transcript split keeps, whatever its input. */
export function expectWellFormed(text: string, result: TranscriptSplit): void {
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

/** What the tests compare: each statement's text, speaker and question, without offsets. */
export function view(result: TranscriptSplit) {
  return result.statements.map((s) => ({
    text: s.text,
    speaker: s.speaker,
    question: s.question ? { text: s.question.text, asker: s.question.asker } : null,
  }));
}

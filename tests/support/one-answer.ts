import type { SplitStatement } from "../../src/extract/types.js";

/**
 * A briefing of one answer (after its question, when given) and that answer as a split statement:
 * what the tagging tests feed `tagStatements`. `start` and `qs` are where the answer and the question
 * begin in `text` (`qs` is -1 without a question).
 */
export function oneAnswer(answer: string, question?: string) {
  const q = question ? `Q: ${question}\n` : "";
  const text = `date 2024-01-01 ${q}${answer}`;
  const start = text.length - answer.length;
  const qs = question ? text.indexOf(question) : -1;
  const statement: SplitStatement = {
    seq: 1,
    start,
    end: text.length,
    text: answer,
    speaker: null,
    question: question ? { start: qs, end: qs + question.length, text: question, asker: null } : null,
  };
  return { text, start, qs, statement };
}

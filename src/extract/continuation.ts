/**
 * Continuations (rule 6 of tests/fixtures/ANNOTATING-TRANSCRIPTS.md): an official cut off by a reporter's
 * interjection that asks nothing ("And then —", "Okay.", "Right.") or by an aide, who goes on with the same
 * answer in a new turn, makes a statement of its own (statements are contiguous) with question null. It is
 * still part of the exchange it continues: it takes that answer's topics and the places of its question.
 *
 * The transcript splitters mark such a statement; it always continues the statement right before it (itself
 * an answer, or a continuation of one). The mark is internal to the pipeline, not part of the public
 * statement: the tagger reads it and leaves it out of what it returns, so it is never stored, served or
 * printed.
 */

import type { SplitStatement } from "./types.js";

export interface ContinuationMark {
  /** True when the statement goes on with the answer of the statement right before it. */
  continues?: true;
}

export type MarkedStatement = SplitStatement & ContinuationMark;

export function isContinuation(st: SplitStatement): boolean {
  return (st as MarkedStatement).continues === true;
}

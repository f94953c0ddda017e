import type { MarkedStatement } from "./continuation.js";
import { skipSpace, trimEnd } from "./transcript-text.js";
import type { TranscriptSplit } from "./transcript-types.js";
import type { Question } from "./types.js";

/**
 * Collects statements in order. It owns the invariants every splitter must keep: statements are
 * trimmed, non-empty, exact slices of the text, ordered and non-overlapping, numbered from 1.
 * Splitters hand it raw spans and never have to re-check these rules themselves.
 */
export class StatementSink {
  private readonly statements: MarkedStatement[] = [];
  private readonly speakers: string[] = [];
  private lastEnd = 0;

  constructor(private readonly text: string) {}

  /**
   * Adds the trimmed span [start, end) unless it is blank or would overlap the previous statement.
   * `continues` marks a statement that goes on with the answer right before it (continuation.ts).
   */
  add(
    start: number,
    end: number,
    speaker: string | null,
    question: Question | null,
    continues = false,
  ): boolean {
    const s = skipSpace(this.text, Math.max(start, this.lastEnd), Math.min(end, this.text.length));
    const e = trimEnd(this.text, s, Math.min(end, this.text.length));
    if (e <= s) return false;
    const st: MarkedStatement = {
      seq: this.statements.length + 1,
      start: s,
      end: e,
      text: this.text.slice(s, e),
      speaker,
      question,
    };
    // Only a statement that continues an answer carries the mark: every other keeps the public shape.
    if (continues && this.statements.length > 0) st.continues = true;
    this.statements.push(st);
    this.lastEnd = e;
    if (speaker !== null && !this.speakers.includes(speaker)) this.speakers.push(speaker);
    return true;
  }

  /** Replaces speaker names given before a better spelling was known (old → new). */
  rename(renames: ReadonlyMap<string, string>): void {
    if (renames.size === 0) return;
    for (const st of this.statements) {
      const to = st.speaker === null ? undefined : renames.get(st.speaker);
      if (to !== undefined) st.speaker = to;
    }
    const names = this.speakers.map((n) => renames.get(n) ?? n);
    this.speakers.length = 0;
    for (const n of names) if (!this.speakers.includes(n)) this.speakers.push(n);
  }

  result(title: string): TranscriptSplit {
    return { statements: this.statements, speakers: this.speakers, title };
  }
}

/** A question over the trimmed span [start, end), or null when the span is blank. */
export function makeQuestion(
  text: string,
  start: number,
  end: number,
  asker: string | null,
): Question | null {
  const s = skipSpace(text, start, end);
  const e = trimEnd(text, s, end);
  if (e <= s) return null;
  return { start: s, end: e, text: text.slice(s, e), asker };
}

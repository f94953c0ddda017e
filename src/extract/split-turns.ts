/**
 * Splits a speaker-turn transcript (White House shape, `wh/`) into statements. Each official's
 * turn ("MS. JEAN-PIERRE:", "MR. KIRBY:") is a statement whose question is the reporters' `Q`
 * turn(s) since the previous official turn; opening remarks that answer nothing split further at
 * explicit topic cues ("Next, …", "And finally, …"); a turn that only manages the floor ("Go ahead,
 * Ed.") and answers nothing is left out. The preamble (title, location, time stamp),
 * time stamps, "END", staff turns and reporters' turns never enter a statement, and a trailing
 * stage direction ("(Laughter.)") is trimmed. One pass over the hard-wrapped lines.
 */

import { OfficialNames } from "./transcript-names.js";
import { makeQuestion, StatementSink } from "./transcript-sink.js";
import { lineEnd, readTitle, skipSpace, trimEnd } from "./transcript-text.js";
import { classifyTurnLine, isFloorTurn, isPhatic, isTopicCue } from "./transcript-turn-lines.js";
import type { TranscriptSplit } from "./transcript-types.js";

export type { TranscriptSplit } from "./transcript-types.js";

interface Turn {
  kind: "official" | "question" | "other";
  start: number;
  end: number;
  speaker: string | null;
  /** Paragraph starts inside an official turn that open a new topic. */
  cuts: number[];
}

const STAGE_TAIL =
  /\((?:laughter|laughs|laughing|applause|inaudible|cross-?talk|pause|sighs?|off-?mic)[^()]{0,40}\)$/i;

export function splitTurns(text: string, bodyStart: number): TranscriptSplit {
  const { title, next } = readTitle(text, bodyStart);
  const names = new OfficialNames(text, title);
  const sink = new StatementSink(text);
  // Reporters' turns since the last official turn: the span from the first to the last one.
  const q = { start: -1, end: -1 };
  let turn: Turn | null = null;

  const emit = (t: Turn): void => {
    const question = q.start >= 0 ? makeQuestion(text, q.start, q.end, null) : null;
    q.start = -1;
    const unasked = question === null || isPhatic(question.text);
    const bounds = unasked ? [t.start, ...t.cuts] : [t.start];
    for (let i = 0; i < bounds.length; i++) {
      const start = bounds[i] ?? t.start;
      const end = trimStageTail(text, start, bounds[i + 1] ?? t.end);
      const short = end - start <= 80; // floor turns are short; skip the slice for the rest
      if (
        unasked &&
        bounds.length === 1 &&
        short &&
        isFloorTurn(text.slice(skipSpace(text, start, end), end))
      )
        return;
      sink.add(start, end, t.speaker, i === 0 ? question : null);
    }
  };
  const close = (): void => {
    if (turn?.kind === "official") emit(turn);
    else if (turn?.kind === "question" && turn.end > turn.start) {
      if (q.start < 0) q.start = turn.start;
      q.end = turn.end;
    }
    turn = null;
  };

  let afterBreak = true;
  let pos = next;
  while (pos < text.length) {
    const lineStart = pos;
    const end = lineEnd(text, pos);
    const s = skipSpace(text, pos, end);
    const e = trimEnd(text, s, end);
    pos = end + 1;
    if (e <= s) {
      afterBreak = true;
      continue;
    }
    const line = classifyTurnLine(text, lineStart, end);
    if (line) {
      close();
      if (line.kind !== "time") {
        const speaker = line.kind === "official" ? names.resolve(line.label) : null;
        turn = { kind: line.kind, start: line.after, end: Math.max(line.after, e), speaker, cuts: [] };
      }
    } else if (turn) {
      if (turn.kind === "official" && afterBreak && isTopicCue(text, s)) turn.cuts.push(s);
      turn.end = e;
    }
    // Paragraph breaks: blank lines, or a line ending in two spaces (the source's hard line break).
    afterBreak = text.charCodeAt(end - 1) === 32 && text.charCodeAt(end - 2) === 32;
  }
  close();
  sink.rename(names.renames());
  return sink.result(title);
}

/** The end of [start, end) without trailing stage directions; `start` when nothing else is left. */
function trimStageTail(text: string, start: number, end: number): number {
  let e = trimEnd(text, start, end);
  for (let guard = 0; guard < 3 && e > start; guard++) {
    const from = Math.max(start, e - 60);
    const m = STAGE_TAIL.exec(text.slice(from, e));
    if (!m) break;
    e = trimEnd(text, start, from + m.index);
  }
  return e;
}

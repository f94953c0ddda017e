/**
 * First pass of the speaker-turn splitter: reads the hard-wrapped lines of a White House style
 * transcript into turns — officials' ("MS. JEAN-PIERRE:"), reporters' (`Q`), others' (aides, crew)
 * — with the paragraph starts inside each. Time stamps and "END" close a turn; a stand-alone
 * "(Cross-talk.)" line closes it too, and text after it under no new label resumes the same speaker
 * in a new turn (statements are contiguous, so the cross-talk cuts the statement).
 */

import type { OfficialNames } from "./transcript-names.js";
import { lineEnd, skipSpace, trimEnd } from "./transcript-text.js";
import { classifyTurnLine } from "./transcript-turn-lines.js";

export interface Turn {
  kind: "official" | "question" | "other" | "break";
  start: number;
  /** Trimmed end of the turn's last line (equals `start` for an empty turn or a break). */
  end: number;
  speaker: string | null;
  /** Starts of the turn's paragraphs after its first. */
  paragraphs: number[];
}

const CROSS_TALK = /^\((?:cross[- ]?talk|crosstalk)[^()]{0,40}\)$/i;

export function scanTurns(text: string, from: number, names: OfficialNames): Turn[] {
  const turns: Turn[] = [];
  let turn = null as Turn | null;
  let afterBreak = true;
  let pos = from;
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
      turn = null;
      if (line.kind !== "time") {
        const speaker = line.kind === "official" ? names.resolve(line.label) : null;
        const start = line.after;
        turn = { kind: line.kind, start, end: Math.max(start, e), speaker, paragraphs: [] };
        turns.push(turn);
      }
    } else if (text.charCodeAt(s) === 40 /* ( */ && CROSS_TALK.test(text.slice(s, e))) {
      turns.push({ kind: "break", start: s, end: s, speaker: null, paragraphs: [] });
      // The same speaker goes on after the cross-talk, in a turn of its own.
      turn = turn ? { kind: turn.kind, start: -1, end: -1, speaker: turn.speaker, paragraphs: [] } : null;
    } else if (turn) {
      if (turn.start < 0) {
        turn.start = s;
        turns.push(turn);
      } else if (afterBreak) {
        turn.paragraphs.push(s);
      }
      turn.end = e;
    }
    // Paragraph breaks: blank lines, or a line ending in two spaces (the source's hard line break).
    afterBreak = text.charCodeAt(end - 1) === 32 && text.charCodeAt(end - 2) === 32;
  }
  return turns;
}

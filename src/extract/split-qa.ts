/**
 * Splits a Q&A transcript (China MFA shape, `cmfa/`) into statements: each opening announcement,
 * and each answer — labelled `A:`, by the spokesperson's name, or unlabelled right after a
 * question — with the question it answers. Questions (`Q:`, `Follow-up:`, outlet labels such as
 * "Reuters:"), labels, the title and `***` separators never enter a statement.
 * One pass over the lines; each non-blank line is a paragraph.
 */

import { isScheduleNotice, startsAnnouncement } from "./transcript-announcements.js";
import { qaStatementEdges } from "./transcript-qa-edges.js";
import {
  classifyLabel,
  isReportedQuestion,
  type LabelKind,
  type ParsedLabel,
  PERSON_NAME,
  parseLabel,
  spokespersonsFromTitle,
} from "./transcript-qa-labels.js";
import { makeQuestion, StatementSink } from "./transcript-sink.js";
import { lineEnd, readTitle, skipSpace, trimEnd } from "./transcript-text.js";
import type { TranscriptSplit } from "./transcript-types.js";

export type { TranscriptSplit } from "./transcript-types.js";

// "***", "＊＊＊＊＊＊", "※※※", "- - -": a line of three or more marks and nothing else.
const SEPARATOR = /^(?:[*＊※=_~#-][ \t]?){3,}$/u;

interface Open {
  start: number;
  end: number;
  speaker: string | null;
  question: ReturnType<typeof makeQuestion>;
  /** True for an announcement that began with a press-conference schedule notice. */
  notice: boolean;
  /** True for an answer that goes on after the reporter cut in (continuation.ts). */
  continues?: boolean;
}

/** The last answer added, which a turn after a reporter's interjection may continue. */
interface Answered {
  speaker: string | null;
  /** End of the answer's text, where a cut-off sentence shows. */
  end: number;
}

interface Pending {
  start: number;
  end: number;
  asker: string | null;
}

type Mode = "announce" | "answer" | "question" | "intro";

export function splitQa(text: string, bodyStart: number): TranscriptSplit {
  const { title, next } = readTitle(text, bodyStart);
  const names = spokespersonsFromTitle(title);
  const officials = new Map(names.map((n) => [n.toLowerCase(), n] as const));
  const defaultSpeaker = names[0] ?? null;
  const sink = new StatementSink(text);

  // Mutable state in one object so that helper closures and the loop see the same values.
  const st: { open: Open | null; pending: Pending | null; mode: Mode; answered: Answered | null } = {
    open: null,
    pending: null,
    mode: "announce",
    answered: null,
  };
  const flush = (): void => {
    const open = st.open;
    if (open) {
      const edges = qaStatementEdges(text, open.start, open.end);
      const added = sink.add(edges.start, edges.end, open.speaker, open.question, open.continues === true);
      const answers = open.question !== null || open.continues === true;
      st.answered = added && answers ? { speaker: open.speaker, end: edges.end } : null;
    }
    st.open = null;
  };
  const answer = (start: number, end: number, speaker: string | null): void => {
    const p = st.pending;
    const who = speaker ?? defaultSpeaker;
    const continues = p !== null && continuesAnswer(text, st.answered, p, start, who);
    const question = p && !continues ? makeQuestion(text, p.start, p.end, p.asker) : null;
    st.open = { start, end, speaker: who, question, notice: false, continues };
    st.pending = null;
    st.mode = "answer";
  };

  let pos = next;
  while (pos < text.length) {
    const end = lineEnd(text, pos);
    const s = skipSpace(text, pos, end);
    const e = trimEnd(text, s, end);
    pos = end + 1;
    if (e <= s) continue;
    const paragraph = text.slice(s, e);
    if (SEPARATOR.test(paragraph)) {
      flush();
      st.answered = null;
      st.pending = null;
      st.mode = "announce";
      continue;
    }

    const parsed = parseLabel(text, s);
    const kind: LabelKind | null = parsed
      ? labelKind(text, parsed, e, pos, officials, st.pending !== null)
      : null;
    if (parsed && kind) {
      flush();
      if (kind.kind === "answer") {
        answer(parsed.after, e, kind.speaker);
      } else if (skipSpace(text, parsed.after, e) >= e) {
        // The question itself is on the next paragraph.
        st.mode = "intro";
      } else if (st.pending && st.mode === "question") {
        // Two question turns in a row (a question and its follow-up) are answered together.
        st.pending.end = e;
      } else {
        st.pending = { start: parsed.after, end: e, asker: kind.kind === "question" ? kind.asker : null };
        st.mode = "question";
      }
      continue;
    }

    const current = st.open;
    if (st.mode !== "intro" && isReportedQuestion(paragraph)) {
      flush();
      st.pending = { start: s, end: e, asker: null };
      st.mode = "question";
    } else if (st.mode === "intro") {
      st.pending = { start: s, end: e, asker: null };
      st.mode = "question";
    } else if (st.mode === "question") {
      answer(s, e, null); // an answer whose `A:` label the transcript omits
    } else if (current && st.mode === "answer" && !isScheduleNotice(paragraph)) {
      current.end = e;
    } else if (
      current &&
      st.mode === "announce" &&
      !startsAnnouncement(paragraph, text.slice(current.start, current.end), current.notice)
    ) {
      current.end = e;
    } else {
      flush();
      st.open = {
        start: s,
        end: e,
        speaker: defaultSpeaker,
        question: null,
        notice: isScheduleNotice(paragraph),
      };
      st.mode = "announce";
    }
  }
  flush();
  return sink.result(title);
}

// A reporter's turn this short without a question mark only cuts in ("Sorry —", "And the —").
const INTERJECTION = 45;
const ASKS = /[?？]/;
// A sentence left unfinished: a dash or an ellipsis at the end, or a dash, an ellipsis or a lower-case
// letter at the start of the turn that picks it up.
const CUT_END = /(?:[—–]|--|…|\.\.\.)$/;
const CUT_START = /^(?:[—–]|--|…|\.\.\.|\p{Ll})/u;

/**
 * True when an answer turn goes on with the same spokesperson's answer before it (continuation.ts): the
 * reporter only cut in, asking nothing, and the sentence shows the break — the answer before ends cut
 * off, or this turn starts mid-sentence. A reporter's reply to the spokesperson's question back ("Are
 * you referring to Huawei?" – "Journalist: The 90-day extension.") breaks no sentence: it is the question
 * of the next answer.
 */
function continuesAnswer(
  text: string,
  answered: Answered | null,
  reporter: Pending,
  start: number,
  speaker: string | null,
): boolean {
  if (answered === null || answered.speaker !== speaker) return false;
  const said = text.slice(reporter.start, reporter.end).trim();
  if (said.length > INTERJECTION || ASKS.test(said)) return false;
  const from = skipSpace(text, start, text.length);
  return (
    CUT_END.test(text.slice(Math.max(0, answered.end - 3), answered.end)) ||
    CUT_START.test(text.slice(from, from + 3))
  );
}

/**
 * The label's role, or null when the "label" is really the start of a sentence. A label that asks
 * nothing ("Reuters: …" without a question mark) counts as a question only when an answer follows it.
 */
function labelKind(
  text: string,
  parsed: ParsedLabel,
  paragraphEnd: number,
  nextLine: number,
  officials: ReadonlyMap<string, string>,
  afterQuestion: boolean,
): LabelKind | null {
  if (parsed.after > paragraphEnd) return null;
  const asks = text.lastIndexOf("?", paragraphEnd) >= parsed.after;
  const kind = classifyLabel(parsed.label, officials, afterQuestion, asks);
  if (kind?.kind === "question" && kind.needsAnswerAfter && !nextIsAnswer(text, nextLine, officials)) {
    // A person's name that asks nothing and gets no answer is an official taking the floor
    // (a colleague introducing the spokesperson); any other such "label" is a sentence start.
    return PERSON_NAME.test(parsed.label) ? { kind: "answer", speaker: parsed.label } : null;
  }
  return kind;
}

/** True when the next non-blank paragraph from `pos` opens with an answer label. */
function nextIsAnswer(text: string, pos: number, officials: ReadonlyMap<string, string>): boolean {
  let p = pos;
  while (p < text.length) {
    const end = lineEnd(text, p);
    const s = skipSpace(text, p, end);
    if (s < end) {
      const parsed = parseLabel(text, s);
      if (!parsed || parsed.after > end) return false;
      const asks = text.lastIndexOf("?", end) >= parsed.after;
      return classifyLabel(parsed.label, officials, true, asks)?.kind === "answer";
    }
    p = end + 1;
  }
  return false;
}

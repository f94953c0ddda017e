/**
 * Splits a speaker-turn transcript (White House shape, `wh/`) into statements. Each official's
 * turn ("MS. JEAN-PIERRE:", "MR. KIRBY:") is a statement whose question is the reporters' `Q`
 * turn(s) since the floor last changed hands. Turns that carry no subject are left out: moderation
 * ("Go ahead, Ed.", "Thanks, everybody."), back-channel while a reporter is still asking ("Yeah."),
 * false starts a reporter cuts off ("So, we —"), a colleague's aside between two officials, and
 * banter that asks the room something ("Happy Thursday?"). A turn that goes on after a reporter's
 * interjection that asks nothing ("And then —", "Okay."), an aide or cross-talk continues the answer
 * before it: a statement of its own with question null, marked as a continuation (continuation.ts).
 * Opening remarks that answer nothing split at the paragraphs that turn to a new subject
 * (transcript-topic-cues.ts). Stage directions at a statement's edges ("(Laughs.)", "(In progress.)
 * …") are left out; the preamble, time stamps, "END" and staff turns never enter a statement.
 */

import { OfficialNames } from "./transcript-names.js";
import { makeQuestion, StatementSink } from "./transcript-sink.js";
import { readTitle, skipSpace, trimEnd } from "./transcript-text.js";
import { isTopicCue } from "./transcript-topic-cues.js";
import { opensWithModeration, turnAct } from "./transcript-turn-acts.js";
import { scanTurns, type Turn } from "./transcript-turn-scan.js";
import type { TranscriptSplit } from "./transcript-types.js";
import type { Question } from "./types.js";

export type { TranscriptSplit } from "./transcript-types.js";

// Turns up to this long may be moderation, back-channel or false starts; longer ones say something.
const SHORT_TURN = 200;
// A colleague's aside between two officials' turns, or banter, is at most this long.
const ASIDE = 120;
// A reporter's turn this short without a question mark only interjects ("Okay.", "And then —").
const INTERJECTION = 45;
// A first topic cue this close to the turn's start follows only a greeting or an agenda: no cut.
const PREAMBLE = 250;
// A later piece this short only announces what follows.
const AGENDA = 120;

const STAGE_TAIL =
  /\((?:laughter|laughs|laughing|applause|inaudible|cross-?talk|pause|sighs?|off-?mic)[^()]{0,40}\)$/i;
const GREETING =
  /^(?:good (?:afternoon|morning|evening)|hi|hello|hey|thank you|thanks|happy \p{L}+|(?:\(inaudible\.?\)))[\s\S]{0,60}$/iu;

interface Span {
  start: number;
  end: number;
}

export function splitTurns(text: string, bodyStart: number): TranscriptSplit {
  const { title, next } = readTitle(text, bodyStart);
  const names = new OfficialNames(text, title);
  const turns = scanTurns(text, next, names);
  const sink = new StatementSink(text);
  // Reporters' turns since the floor last changed hands, as one span.
  let q: Span | null = null;
  // The official whose last turn only moderated.
  let moderating = null as string | null;
  // The last official statement, which a turn after a reporter's interjection continues, and
  // whether it belongs to an answer (it has a question, or continues a statement that has one).
  let last = null as { speaker: string | null; answers: boolean } | null;

  for (let i = 0; i < turns.length; i++) {
    const t = turns[i] as Turn;
    if (t.kind === "question") {
      if (t.end > t.start) q = { start: q ? q.start : t.start, end: t.end };
      continue;
    }
    if (t.kind !== "official") continue; // staff turns and cross-talk neither ask nor answer
    const span = innerSpan(text, t.start, t.end);
    if (span.end <= span.start) continue; // only a stage direction
    const asked = q !== null && asks(text.slice(q.start, q.end));
    const short = span.end - span.start <= SHORT_TURN;
    const act = short ? turnAct(text.slice(span.start, span.end)) : "content";
    const prev = turns[i - 1];
    // A turn picking up where the same official's moderation broke off ("— if you're not…").
    const resumesModeration = moderating === t.speaker && startsWithDash(text, span.start);
    moderating = null;
    if (act === "moderation" || (resumesModeration && !asked)) {
      q = null;
      last = null;
      moderating = t.speaker;
      continue;
    }
    // "Can I ask a follow-up?" — "Sure.": leave to ask, granted; the question is still to come.
    if (act === "reply" && asked && q && asksLeave(text.slice(q.start, q.end))) {
      q = null;
      last = null;
      continue;
    }
    if (act === "reply" && !(asked && q && completes(text, q))) continue; // back-channel
    const next = turns[i + 1];
    // Cut off by a reporter, or by cross-talk before one ("Oh —", "(Cross-talk.)", "Q …").
    if (act === "false-start" && (next?.kind === "question" || next?.kind === "break")) continue;
    // Cut off while the reporter was still asking ("I mean, this goes —" then "Q — what is…"):
    // the question goes on past this turn.
    if (short && isCutOff(text, span, next)) continue;
    if (isAside(text, span, prev, t)) continue;
    if (isBanter(text, span, asked, next)) continue;
    if (!asked && short && isLastOfficial(turns, i) && opensWithModeration(text.slice(span.start, span.end)))
      continue; // "All right. Thanks, everybody. Don't fall…" at the end

    // The same official goes on after an interjection that asks nothing, an aide or cross-talk.
    const goesOn = !asked && last?.speaker === t.speaker;
    // Going on with an answer (rule of continuations): question null, part of that exchange. Unless
    // the turn opens a subject of its own ("Now, turning to Ukraine…"): an unprompted announcement.
    const continues = goesOn && last?.answers === true && !isTopicCue(text, span.start);
    const question: Question | null = asked && q ? makeQuestion(text, q.start, q.end, null) : null;
    q = null;
    // A turn that goes on with an opening starts mid-subject, not with a greeting.
    const preamble = goesOn ? AGENDA : PREAMBLE;
    const bounds =
      question === null && !continues
        ? [span.start, ...topicCuts(text, span, t.paragraphs, preamble)]
        : [span.start];
    let added = false;
    for (let b = 0; b < bounds.length; b++) {
      const start = bounds[b] ?? span.start;
      const end = trimStageTail(text, start, bounds[b + 1] ?? span.end);
      if (sink.add(start, end, t.speaker, question, continues && b === 0)) added = true;
    }
    if (added) last = { speaker: t.speaker, answers: question !== null || continues };
  }
  sink.rename(names.renames());
  return sink.result(title);
}

/** True when the reporters' turns ask something: a question mark, or too long to be an interjection. */
function asks(question: string): boolean {
  if (question.includes("?")) return true;
  return question.length > INTERJECTION && !GREETING.test(question);
}

/** True when the reporters' turns end in a question mark: a one-word reply answers it. */
function completes(text: string, q: Span): boolean {
  const e = trimStageTail(text, q.start, q.end);
  const c = text.charCodeAt(e - 1);
  return c === 63 /* ? */ || (c === 0x201d /* ” */ && text.charCodeAt(e - 2) === 63);
}

/**
 * A short turn right after another official's turn, with no reporter between, that does not pick up
 * a sentence the speaker had to leave ("— this action —"): banter or an aside between colleagues.
 */
function isAside(text: string, span: Span, prev: Turn | undefined, t: Turn): boolean {
  if (prev?.kind !== "official" || prev.speaker === t.speaker) return false;
  if (span.end - span.start > ASIDE) return false;
  return !startsWithDash(text, span.start);
}

/** True when the text at `at` opens with a dash: the speaker picks up a sentence left unfinished. */
function startsWithDash(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c === 0x2014 || c === 0x2013 || c === 45;
}

/**
 * A short turn that asks the room something: banter when it answers nothing ("Happy Thursday?"),
 * and a check on the question when the reporter answers it ("You said that we have cracked down on
 * protests?" — "No, no. The U.S. has condemned…"), so the question runs on to the reporter's reply.
 */
function isBanter(text: string, span: Span, asked: boolean, next: Turn | undefined): boolean {
  if (span.end - span.start > ASIDE || startsWithDash(text, span.start)) return false;
  if (asked && next?.kind !== "question") return false;
  return text.charCodeAt(span.end - 1) === 63 /* ? */;
}

// A turn cut off this soon says nothing yet.
const CUT_OFF_WORDS = 6;
const DASH_END = /(?:[—–]|--)$/;

/** A few words, not picking up an earlier turn, cut off by a dash, and the reporter picks up their own sentence with a dash. */
function isCutOff(text: string, span: Span, next: Turn | undefined): boolean {
  // A continuation cut off again ("— to do what he can —") carries on an answer: rule of continuations.
  if (next?.kind !== "question" || startsWithDash(text, span.start)) return false;
  const words = text.slice(span.start, span.end);
  if (!DASH_END.test(words) || words.split(/\s+/).length > CUT_OFF_WORDS + 1) return false;
  return startsWithDash(text, skipSpace(text, next.start, next.end));
}

/** True when no official speaks after turn `i`. */
function isLastOfficial(turns: readonly Turn[], i: number): boolean {
  for (let j = i + 1; j < turns.length; j++) if ((turns[j] as Turn).kind === "official") return false;
  return true;
}

/** A reporter asking leave to ask ("Can I ask a follow-up?", "May I ask two quick ones on — …?"). */
const LEAVE =
  /\b(?:can|could|may) I (?:ask|do)\b|\b(?:a|one) (?:quick )?follow[- ]?up\?|\bone more\?|\bquick (?:one|question)s?\?/i;

function asksLeave(question: string): boolean {
  return question.length <= ASIDE && LEAVE.test(question);
}

/** Paragraph starts inside `span` that turn to a new subject, except after a short preamble or agenda line. */
function topicCuts(text: string, span: Span, paragraphs: readonly number[], preamble: number): number[] {
  const cuts: number[] = [];
  for (const p of paragraphs) {
    if (p <= span.start || p >= span.end || !isTopicCue(text, p)) continue;
    // A piece this short only greets or sets the agenda ("And finally, two shout-outs."): it stays
    // with what follows.
    if (p - (cuts[cuts.length - 1] ?? span.start) < (cuts.length === 0 ? preamble : AGENDA)) continue;
    cuts.push(p);
  }
  return cuts;
}

// A transcriber's note at a turn's start: "(Laughs.)", "(In progress.) …".
const STAGE_HEAD = /\([^()\n]{1,80}\)[ \t\u00a0]*(?:…|\.\.\.)?/y;

/** The turn's trimmed span without stage directions at its start or end. */
function innerSpan(text: string, start: number, end: number): Span {
  let s = skipSpace(text, start, end);
  for (let guard = 0; guard < 3 && text.charCodeAt(s) === 40 /* ( */; guard++) {
    STAGE_HEAD.lastIndex = s;
    if (!STAGE_HEAD.test(text) || STAGE_HEAD.lastIndex > end) break;
    s = skipSpace(text, STAGE_HEAD.lastIndex, end);
  }
  return { start: s, end: trimStageTail(text, s, end) };
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

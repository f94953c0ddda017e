/**
 * The edges of a Q&A transcript statement (China MFA shape). Transcribers note what happens around
 * the words: "(The spokesperson turned to the journalist…)", "(The journalist laughed.)". At a
 * statement's edges such notes are not the spokesperson's words. An answer may also open with a
 * short exchange about the question itself — "Do you want me to repeat my answer? (Journalist: Yes,
 * please.)", "Are you referring to the 2014 case? (Journalist nods)" — which is moderation: the
 * statement starts after the journalist's reply.
 */

import { skipSpace, trimEnd } from "./transcript-text.js";

// "(Journalist: Yes, please.)", "(Journalist nods)", "(The journalist smiled and shook his head.)".
const JOURNALIST = /\((?:the |a )?(?:journalist|reporter)s?\b[^()]{0,160}\)/gi;
const NOTE_HEAD = /\([^()\n]{1,160}\)/y;
const NOTE_TAIL =
  /\((?:(?:the |a )?(?:journalist|reporter)s?\b[^()]{0,160}|laughter|laughs|applause|inaudible)\.?\)[.\s]*$/i;
// The spokesperson's own words before the reply are about the question, not its subject.
const ABOUT_THE_QUESTION =
  /\b(?:repeat|same question|similar question|asked (?:this|that|the same|a similar) question|your question)\b/i;
// How far into an answer such an exchange may reach.
const EXCHANGE = 300;

/** The statement span [start, end) without transcriber notes at its edges or an opening exchange. */
export function qaStatementEdges(text: string, start: number, end: number): { start: number; end: number } {
  let s = skipLeadingNotes(text, skipSpace(text, start, end), end);
  const exchangeEnd = openingExchangeEnd(text, s, end);
  if (exchangeEnd !== null) s = skipLeadingNotes(text, exchangeEnd, end);
  let e = trimEnd(text, s, end);
  for (let guard = 0; guard < 3 && e > s; guard++) {
    const from = Math.max(s, e - 200);
    const m = NOTE_TAIL.exec(text.slice(from, e));
    if (!m) break;
    e = trimEnd(text, s, from + m.index);
  }
  return e > s ? { start: s, end: e } : { start, end };
}

function skipLeadingNotes(text: string, from: number, end: number): number {
  let s = from;
  for (let guard = 0; guard < 3 && text.charCodeAt(s) === 40 /* ( */; guard++) {
    NOTE_HEAD.lastIndex = s;
    if (!NOTE_HEAD.test(text) || NOTE_HEAD.lastIndex > end) break;
    s = skipSpace(text, NOTE_HEAD.lastIndex, end);
  }
  return s;
}

/**
 * Where an opening exchange with the journalist ends — the spokesperson asks back or speaks of the
 * question, the journalist replies in a note — or null when the answer does not open with one.
 */
function openingExchangeEnd(text: string, start: number, end: number): number | null {
  const head = text.slice(start, Math.min(end, start + EXCHANGE));
  JOURNALIST.lastIndex = 0;
  const m = JOURNALIST.exec(head);
  if (!m || m.index === 0) return null;
  const before = head.slice(0, m.index).trimEnd();
  if (!ABOUT_THE_QUESTION.test(before) && !onlyQuestions(before)) return null;
  const after = skipSpace(text, start + m.index + m[0].length, end);
  return after < end ? after : null;
}

// A sentence: up to . ! or ? and the closing quotes after it.
const SENTENCE = /[^.!?]+[.!?]+["”’]?/g;

/** True when every sentence of `words` asks something ("You were saying 'coal', right?"). */
function onlyQuestions(words: string): boolean {
  if (!words.endsWith("?")) return false;
  for (const m of words.matchAll(SENTENCE))
    if (
      !m[0]
        .trimEnd()
        .replace(/["”’]$/, "")
        .endsWith("?")
    )
      return false;
  return true;
}

/**
 * Speaker labels of Q&A transcripts (China MFA shape): `Q:`, `A:`, `Follow-up:`, outlet labels
 * ("Reuters:", "The Paper:") for askers and the spokesperson's name ("Geng Shuang:") for answers.
 * Which names are spokespersons is read from the title ("Foreign Ministry Spokesperson Geng Shuang's
 * Regular Press Conference…"); every other label that looks like a name is an asker.
 */

export type LabelKind =
  /** A question turn; `asker` is the outlet, null for `Q:`/`Follow-up:`/generic "Journalist". */
  | { kind: "question"; asker: string | null; needsAnswerAfter: boolean }
  /** An answer turn; `speaker` null means "the default spokesperson" (`A:`). */
  | { kind: "answer"; speaker: string | null }
  /** "The following question was raised after the press conference:" — the question follows. */
  | { kind: "intro" };

export interface ParsedLabel {
  label: string;
  /** Offset of the first character after the label's colon. */
  after: number;
}

// Up to the first colon within 100 characters of the paragraph's start (long enough for the
// "After the press conference, the following question was raised:" introductions).
const LABEL = /([^:：\n]{1,100}?)[ \t\u00a0]*[:：]/y;
const SPACES = /[\s\u00a0]+/g;

/** The label at `start` (a trimmed paragraph start) if the paragraph opens with `Something:`. */
export function parseLabel(text: string, start: number): ParsedLabel | null {
  LABEL.lastIndex = start;
  const m = LABEL.exec(text);
  if (!m || m[1] === undefined) return null;
  return { label: m[1].replace(SPACES, " ").trim(), after: start + m[0].length };
}

const TITLE_SPOKESPERSON =
  /Spokesperson\s+(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3}?)['’]s\b/gu;

/** Spokesperson names the title announces ("…Spokesperson Geng Shuang's Regular Press Conference…"). */
export function spokespersonsFromTitle(title: string): string[] {
  const names: string[] = [];
  for (const m of title.matchAll(TITLE_SPOKESPERSON)) if (m[1] && !names.includes(m[1])) names.push(m[1]);
  return names;
}

const FOLLOW_UP = /^follow[- ]?ups?(?: questions?)?$/i;
// "Journalist:", "Reporter:", "Journalist clarifies:", "The journalist clarified:" — askers without an outlet.
const GENERIC_ASKER =
  /^(?:the |a |another )?(?:foreign |same )?(?:journalist|reporter|correspondent)s?(?: \p{Ll}+)?$/iu;
const QUESTION_INTRO =
  /\bfollowing questions?\b|\bquestions? (?:(?:was|were|is|are) )?raised after\b|^questions? raised\b/i;
const NAME_WORD =
  /^(?:\p{Lu}[\p{L}\p{M}\d&.'’-]*|of|and|the|de|du|des|la|le|el|for|y|di|der|die|van|von|al)$/u;
export const PERSON_NAME = /^\p{Lu}[\p{L}\p{M}'’-]+(?: \p{Lu}[\p{L}\p{M}'’-]+){1,3}$/u;
// Sentence openers that end in a colon inside an answer ("Our position is very clear:") are no labels.
const NOT_FIRST_WORD = new Set(
  "I We Our My It This That These Those There Here He She They You Your But And So As At In On For To What Which Who Why How When Where First Second Third Finally Note Please Let Under If".split(
    " ",
  ),
);

/** True when `label` reads like an outlet or asker name: a few capitalised words, no sentence syntax. */
export function looksLikeOutlet(label: string): boolean {
  if (label.length < 2 || label.length > 50) return false;
  const words = label.split(" ");
  if (words.length > 7) return false;
  const first = words[0] ?? "";
  if (NOT_FIRST_WORD.has(first)) return false;
  for (const w of words) if (!NAME_WORD.test(w)) return false;
  return true;
}

/**
 * Classifies a label. `officials` are the lower-cased spokesperson names from the title;
 * `afterQuestion` tells whether an unanswered question precedes (then a name-like label that
 * asks nothing is the answering official, even if the title does not name them).
 */
export function classifyLabel(
  label: string,
  officials: ReadonlyMap<string, string>,
  afterQuestion: boolean,
  paragraphAsks: boolean,
): LabelKind | null {
  if (label === "Q") return { kind: "question", asker: null, needsAnswerAfter: false };
  if (label === "A") return { kind: "answer", speaker: null };
  if (FOLLOW_UP.test(label)) return { kind: "question", asker: null, needsAnswerAfter: false };
  const official = officials.get(label.toLowerCase());
  if (official !== undefined) return { kind: "answer", speaker: official };
  if (QUESTION_INTRO.test(label)) return { kind: "intro" };
  if (GENERIC_ASKER.test(label)) return { kind: "question", asker: null, needsAnswerAfter: false };
  if (!looksLikeOutlet(label)) return null;
  if (afterQuestion && !paragraphAsks && PERSON_NAME.test(label)) return { kind: "answer", speaker: label };
  return { kind: "question", asker: label, needsAnswerAfter: !paragraphAsks };
}

const AFTER_CONFERENCE = /\bafter the (?:regular )?press conference\b/i;
const ASKED = /\b(?:asked|raised|question)\b/i;
/** The spokesperson speaking, or speaking to the reporter: an answer, not a report of a question. */
const FIRST_OR_SECOND_PERSON = /\b(?:I|I['’](?:ll|ve|m|d)|we|you|your)\b/i;
/** Sentences and the introduction before a colon ("…was raised after the press conference: <question>"). */
const CLAUSE_END = /[.:?!]\s/;

/**
 * An unlabelled paragraph that reports a question put after the conference ("After the Press
 * Conference, a journalist asked if China is going to offer assistance…"): it is the question. The
 * clause that says so reports in the third person: "As for the details of your question, I need to
 * check … after the press conference" and "The number you asked about … I will consult … after the
 * press conference" end an answer.
 */
export function isReportedQuestion(paragraph: string): boolean {
  const at = paragraph.search(AFTER_CONFERENCE);
  if (at < 0) return false;
  const before = paragraph.slice(0, at);
  const clauseStart = Math.max(
    0,
    ...[...before.matchAll(new RegExp(CLAUSE_END.source, "g"))].map((m) => m.index + m[0].length),
  );
  const rest = paragraph.slice(at);
  const end = rest.search(CLAUSE_END);
  const clause = paragraph.slice(clauseStart, end < 0 ? paragraph.length : at + end + 1);
  return ASKED.test(clause) && !FIRST_OR_SECOND_PERSON.test(clause);
}

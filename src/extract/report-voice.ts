/**
 * Whose words a news-report paragraph carries. A statement holds only the spokesperson's words:
 * paragraphs attributed to them ("the spokesperson said", "Mr Khan added", the lede's "Pakistan on
 * Thursday rejected…"), or to a pronoun that stands for them ("she said"). Paragraphs that quote
 * someone else ("UN spokesman X told reporters") and the reporter's own background are not theirs.
 */

import { countryNamed } from "./report-country-name.js";
import { type NameMatcher, wordBefore } from "./report-name-ref.js";
import type { Pronoun, Spokesperson } from "./report-spokesperson.js";
import { BETWEEN, VERB, VERB_RE } from "./report-verbs.js";

/**
 * `spokesperson`: named attribution; `pronoun`: only "she said"-style attribution, whose referent the
 * caller knows from context; `mismatch`: only pronouns that are not the spokesperson's ("he" for a
 * spokeswoman); `other`: someone else speaks; `question`: a reported question ("was asked whether…"),
 * which is never statement text; `neutral`: no attribution at all.
 */
export type Voice = "spokesperson" | "pronoun" | "mismatch" | "other" | "question" | "neutral";

/** "FO spokesperson X was asked whether…", "He was responding to a question on reports that…". */
const REPORTED_QUESTION =
  /\b(?:was|were|had been|being)\s+(?:asked|questioned)\b|\bwas responding to (?:a |the |another )?(?:question|quer)/;
const QUESTION_WORD = /asked|questioned|responding to/;

/**
 * True for a reported question without its answer. It always names the spokesperson (by title,
 * name or pronoun), so only such paragraphs are checked; the word test is a cheap pre-check.
 */
function isReportedQuestion(plain: string): boolean {
  if (!QUESTION_WORD.test(plain)) return false;
  const q = REPORTED_QUESTION.exec(plain);
  return q !== null && !ANSWERED.test(plain.slice(q.index).replace(QUOTATION, " "));
}

/** A reporting verb after the reported question: then the paragraph carries the answer too. */
const ANSWERED =
  /\b(?:[Ss]he|[Hh]e|spokes(?:person|man|woman))\s+(?:said|added|stated|remarked)\b|\b(?:replied|responded|answered)\b/;

/** A pronoun (or "the official") that may be a speech verb's subject: "she said", "said he". */
const PRONOUN = /\b(?:[Ss]he|[Hh]e|[Tt]he official)\b/g;
const VERB_AFTER_PRONOUN = new RegExp(`${BETWEEN},?\\s+${VERB_RE}`, "y");
const VERB_BEFORE_PRONOUN =
  /^(?:said|added|remarked|stated|noted|told|maintained|observed|asserted|explained|stressed|urged|replied|continued|concluded)$/;
/** Speech verbs whose subject, when not a pronoun, is someone other than the spokesperson. */
const OTHER_VERB =
  /\b(?:said|says|told|stated|wrote|tweeted|remarked|claimed|alleged|announced|declared|added)\b/g;
const AUXILIARY = /^(?:also|further|had|has)$/;
const NOT_A_SPEAKER =
  /^(?:she|he|She|He|it|It|they|They|and|that|had|has|have|also|was|were|is|are|be|been|being|official|I|we|We|who|which)$/;
/** Quotations: what the spokesperson quotes others as saying is still the spokesperson's. */
const QUOTATION = /“[^”]*(?:”|$)|"[^"]*(?:"|$)/g;
/** A named person with a title, as a subject ("Secretary-General Antonio Guterres also voiced…"). */
const TITLED_PERSON =
  /\b(?:President|Prime Minister|Minister|Secretary[- ]General|Secretary|Ambassador|Envoy|Chief|Chairman|Senator|Governor|King|Prince|Premier|Chancellor|spokesman|spokesperson|official|leader|Gen\.?|General|PM|FM|DPM)\s+(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+\b|\bMinister (?:of|for) [A-Z]|\b(?:emissary|counterpart|envoy)\b/;
const HONORIFIC_ACTS = /\b(?:Mr|Ms|Mrs|Dr)\.?\s+([A-Z][a-z]+)\s+(?:\w+\s+)?(?:[a-z]+ed|said|says|told)\b/;

/**
 * True when, before the first "he said", someone else is the subject of a verb: an office holder
 * ("the ISPR director general also declined…"), another titled person ("Mr Jaishankar earlier
 * asserted…") or a named speaker ("…, the Justice Department said"). In feature copy the pronouns
 * after them are theirs.
 */
function someoneElseFirst(prefix: string, ctx: VoiceContext): boolean {
  if (OFFICE_HOLDER_ACTS.test(prefix) || someoneElseSpeaks(prefix)) return true;
  const honorific = HONORIFIC_ACTS.exec(prefix)?.[1];
  return honorific !== undefined && honorific !== ctx.spokesperson.surname;
}

/**
 * A paragraph that opens by introducing a named person in an appositive ("Ibraheem Bahiss, an
 * International Crisis Group analyst in Afghanistan, termed…", "Olof Skoog, the EU Special
 * Representative…, warned…") gives the floor to that person; the spokesperson is caught earlier by
 * name or title.
 */
const NAMED_APPOSITIVE =
  /^(?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+,\s+(?:a|an|the)\s+[^,.;:“”"]{3,120},\s+(?:[a-z]+\s+){0,2}[a-z]+(?:ed|s)\b/;

/**
 * "…, according to the FO.": the ministry that holds the briefing vouches for the paragraph. A
 * country-qualified ministry ("according to the Iranian foreign ministry") is someone else's.
 */
const ACCORDING_TO_MINISTRY =
  /\baccording to (?:the |Pakistan['’]s )?(?:Foreign Office|FO|Foreign Ministry)\b/;

function accordingToMinistry(plain: string): boolean {
  return plain.includes("according to") && ACCORDING_TO_MINISTRY.test(plain);
}

/** The lede's subject (a country or its ministry), then the briefing day or a reporting verb. */
const LEDE_SUBJECT = new RegExp(
  `(?:^|[,.]\\s+)((?:[Tt]he\\s+)?[A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*){0,2})(?:\\s*\\([A-Z]+\\))?(?:\\s*,[^,.]{0,160},)?\\s+(?:(?:on|this|last)\\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|(?:(?:also|strongly|categorically|firmly|once again)\\s+)*(?:${VERB}|[a-z]+ed|will|would|has|have|is|was|remains|continues)\\b)`,
  "g",
);
const MINISTRY = /^(?:[Tt]he\s+)?(?:Foreign Office|FO|Foreign Ministry|Ministry of Foreign Affairs)$/;
/**
 * "In its weekly briefing on Friday, Pakistan's Foreign Office also condemned…": the ministry as the
 * subject of a verb in a sentence about its briefing (not "held alongside the FO briefing").
 */
const MINISTRY_AT_BRIEFING =
  /\b(?:Foreign Office|FO|Foreign Ministry)\s+(?:(?:in|at|on|also|\(FO\)|[A-Z][a-z]+)\s+){0,3}(?:[a-z]+ed|said|says|told)\b[^.!?]{0,200}\bbriefing\b|\bbriefing\b[^.!?]{0,200}\b(?:Foreign Office|FO|Foreign Ministry)\s+(?:(?:also|on|[A-Z][a-z]+day)\s+){0,2}(?:[a-z]+ed|said|says|told)\b/;

/**
 * A lede the ministry itself vouches for: "The Ministry of Foreign Affairs on Thursday said…", "…,
 * Pakistan's Foreign Office said on Friday." (another country's ministry is named by its country).
 */
const LEDE_MINISTRY_SAYS =
  /\b(?:[Tt]he|Pakistan['’]s)\s+(?:Foreign Office|Foreign Ministry|Ministry of Foreign Affairs)(?:\s*\((?:FO|MoFA|MOFA)\))?\s+(?:(?:on|this|last)\s+[A-Z][a-z]+day\s+)?(?:said|says|stated|announced|maintained)\b/;

/** "The Foreign Office also delivered a stark rebuke…": the ministry as the paragraph's subject. */
const MINISTRY_OPENS =
  /^(?:[Tt]he|Pakistan['’]s)\s+(?:Foreign Office|FO|Foreign Ministry)(?:\s*\(FO\))?\s+(?:\S+\s+){0,2}?(?:[a-z]+ed|said|says|told)\b/;

/** The ministry opens the paragraph as a verb's subject, and not as the author of a written statement. */
function ministryOpens(plain: string): boolean {
  if (!MINISTRY_OPENS.test(plain)) return false;
  const firstSentence = plain.slice(0, plain.search(/[.!?](?:\s|$)/) + 1 || plain.length);
  return !/\bstatement\b/.test(firstSentence);
}

export interface VoiceContext {
  spokesperson: Spokesperson;
  /** Finds the spokesperson's name as the report uses it ("Mr Khan", "Zahid Chaudhri said"). */
  nameRef: NameMatcher | null;
  /** The report's home country (its dateline's), or null. */
  home: string | null;
  /** True for the report's first text paragraph (the lede). */
  lede: boolean;
  /** True when the paragraph names the briefing's spokesperson by title (`hasTitleRef`). */
  titled: boolean;
  /** True for wire copy, one paragraph a line (see report-flow.ts). */
  packed: boolean;
}

/** True when a speech verb has a subject that is neither a pronoun nor the spokesperson. */
function someoneElseSpeaks(plain: string): boolean {
  OTHER_VERB.lastIndex = 0;
  for (let m = OTHER_VERB.exec(plain); m !== null; m = OTHER_VERB.exec(plain)) {
    let subject = wordBefore(plain, m.index);
    if (AUXILIARY.test(subject)) subject = wordBefore(plain, plain.lastIndexOf(subject, m.index));
    subject = subject.replace(/[,;]$/, "");
    if (/^[A-Za-z][\w’'-]*$/.test(subject) && !NOT_A_SPEAKER.test(subject)) return true;
  }
  return false;
}

/** The pronouns a paragraph makes the subject of a reporting verb, in one scan for pronouns. */
interface Attributed {
  pronouns: Set<Pronoun | "official">;
  /** Where the first attributed pronoun stands, or -1. */
  first: number;
}

function pronounsAttributed(plain: string): Attributed {
  const out: Attributed = { pronouns: new Set(), first: -1 };
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(plain); m !== null; m = PRONOUN.exec(plain)) {
    VERB_AFTER_PRONOUN.lastIndex = m.index + m[0].length;
    if (!VERB_AFTER_PRONOUN.test(plain) && !VERB_BEFORE_PRONOUN.test(wordBefore(plain, m.index))) continue;
    const p = m[0].toLowerCase();
    out.pronouns.add(p === "she" || p === "he" ? p : "official");
    if (out.first < 0) out.first = m.index;
  }
  return out;
}

/**
 * An office holder as the subject of a verb ("the ISPR director general also declined…"): in feature
 * copy, the pronouns after them are theirs.
 */
const OFFICE_HOLDER_ACTS =
  /\b(?:director general|minister|president|secretary|ambassador|chief|commander|general|spokesman|spokeswoman|official|envoy|governor|senator|leader)\s+(?:also\s+|further\s+|however,?\s+)?(?:[a-z]+ed|said|says|told)\b/i;

/** True when the lede's subject is the home country, its capital or its foreign ministry. */
function ledeSubject(plain: string, home: string | null): boolean {
  LEDE_SUBJECT.lastIndex = 0;
  for (let m = LEDE_SUBJECT.exec(plain); m !== null; m = LEDE_SUBJECT.exec(plain)) {
    const subject = m[1] as string;
    if (MINISTRY.test(subject)) return true;
    // By name only ("Pakistan", "Islamabad"): a state organ ("the Inter-Services Public Relations") is not the ministry.
    const country = countryNamed(subject.replace(/^[Tt]he\s+/, ""));
    if (country !== null && (home === null || country === home)) return true;
  }
  return false;
}

/** Whose words the paragraph `plain` (its text without dateline) carries. */
export function voiceOf(plain: string, ctx: VoiceContext): Voice {
  if (ctx.titled || ctx.nameRef?.(plain)) return isReportedQuestion(plain) ? "question" : "spokesperson";
  if (ctx.lede && (ledeSubject(plain, ctx.home) || LEDE_MINISTRY_SAYS.test(plain))) return "spokesperson";
  if (NAMED_APPOSITIVE.test(plain)) return "other";
  if (MINISTRY_AT_BRIEFING.test(plain) || ministryOpens(plain) || accordingToMinistry(plain))
    return "spokesperson";
  const { pronouns, first } = pronounsAttributed(plain);
  if (pronouns.size > 0) {
    if (isReportedQuestion(plain)) return "question";
    if (!ctx.packed && someoneElseFirst(plain.slice(0, first).replace(QUOTATION, " "), ctx)) return "other";
    const own = ctx.spokesperson.pronoun;
    return own === null || pronouns.has(own) || pronouns.has("official") ? "pronoun" : "mismatch";
  }
  if (someoneElseSpeaks(plain.replace(QUOTATION, " "))) return "other";
  return "neutral";
}

/** True when a paragraph makes a titled person its subject, who then owns the pronouns after it. */
export function namesAnotherPerson(plain: string): boolean {
  return TITLED_PERSON.test(plain);
}

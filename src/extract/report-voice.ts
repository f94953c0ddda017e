/**
 * Whose words a news-report paragraph carries. A statement holds only the spokesperson's words:
 * paragraphs attributed to them ("the spokesperson said", "Mr Khan added", the lede's "Pakistan on
 * Thursday rejected…"), or to a pronoun that stands for them ("she said"). Paragraphs that quote
 * someone else ("UN spokesman X told reporters") and the reporter's own background are not theirs.
 */

import { placesMentioned } from "../tagging/lookup.js";
import { hasTitleRef, type Pronoun, type Spokesperson } from "./report-spokesperson.js";

/**
 * `spokesperson`: named attribution; `pronoun`: only "she said"-style attribution, whose referent the
 * caller knows from context; `other`: someone else speaks; `neutral`: no attribution at all.
 */
export type Voice = "spokesperson" | "pronoun" | "other" | "neutral";

/** Reporting verbs ("she said", "he also stressed", "Mr Khan criticised"). */
export const VERB =
  "said|says|added|adds|stated|remarked|told|noted|mentioned|stressed|emphasi[sz]ed|underlined|underscored|highlighted|pointed out|observed|asserted|clarified|confirmed|explained|recalled|elaborated|reiterated|maintained|informed|replied|responded|urged|expressed|hoped|announced|welcomed|condemned|rejected|regretted|deplored|warned|cautioned|called|termed|described|dismissed|denied|shared|apprised|briefed|appreciated|lauded|acknowledged|reaffirmed|affirmed|opined|insisted|argued|voiced|vowed|demanded|sought|conveyed|disclosed|rubbished|ruled out|made it clear|answered|declined|refused|criticised|criticized|hailed|commented|reacted|believed|regarded|felt|viewed|spoke|went on|continued|concluded|summed up|deflected|avoided|referred|quoted|cited|recalled|defended|questioned|asked";
const VERB_RE = `(?:${VERB})\\b`;
/** Adverbs and auxiliaries that may stand between a subject and its reporting verb. */
const BETWEEN =
  "(?:,?\\s+(?:also|further|however|again|once again|categorically|strongly|firmly|clearly|specifically|particularly|then|later|had|has|was|would|though|too|emphatically|unequivocally|however,)|,)*";

const PRONOUN_SUBJECT = new RegExp(`\\b([Ss]he|[Hh]e|[Tt]he official)${BETWEEN},?\\s+${VERB_RE}`, "g");
const PRONOUN_AFTER =
  /\b(?:said|added|remarked|stated|noted|told|maintained|observed|asserted|explained|stressed|urged|replied|continued|concluded)\s+([Ss]he|[Hh]e|the official)\b/g;
/**
 * Someone else speaking: a speech verb whose subject is not a pronoun ("UN spokesman X told
 * reporters", "the statement said", "…, India's minister said").
 */
const OTHER_SPEECH =
  /\b(?!(?:she|he|She|He|it|It|they|They|and|that|had|has|have|also|was|official)\b)[A-Za-z][\w’'-]*\s+(?:also\s+|further\s+|had\s+|has\s+)?(?:said|says|told|stated|wrote|tweeted|remarked|claimed|alleged|announced|declared|added)\b/;
/** A named person with a title, as a subject ("Secretary-General Antonio Guterres also voiced…"). */
const TITLED_PERSON =
  /\b(?:President|Prime Minister|Minister|Secretary[- ]General|Secretary|Ambassador|Envoy|Chief|Chairman|Senator|Governor|King|Prince|Premier|Chancellor|spokesman|spokesperson|official|leader|Gen\.?|General)\s+(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+\b/;
/** The lede's subject (a country or its ministry), then the briefing day or a reporting verb. */
const LEDE_SUBJECT = new RegExp(
  `(?:^|[,.]\\s+)((?:[Tt]he\\s+)?[A-Z][\\w’'-]*(?:\\s+[A-Z][\\w’'-]*){0,2})(?:\\s*\\([A-Z]+\\))?(?:\\s*,[^,.]{0,160},)?\\s+(?:(?:on|this|last)\\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b|(?:(?:also|strongly|categorically|firmly|once again)\\s+)*(?:${VERB}|[a-z]+ed|will|would|has|have|is|was|remains|continues)\\b)`,
  "g",
);
const MINISTRY = /^(?:[Tt]he\s+)?(?:Foreign Office|FO|Foreign Ministry|Ministry of Foreign Affairs)$/;
/** "In its weekly briefing on Friday, Pakistan's Foreign Office also condemned…": the ministry at its briefing. */
const MINISTRY_AT_BRIEFING =
  /\b(?:Foreign Office|FO|Foreign Ministry)\b[^.!?]{0,200}\bbriefing\b|\bbriefing\b[^.!?]{0,200}\b(?:Foreign Office|FO|Foreign Ministry)\b/;

export interface VoiceContext {
  spokesperson: Spokesperson;
  /** The name as the report uses it ("Mr Khan", "Zahid Chaudhri said"), compiled once per report. */
  nameRef: RegExp | null;
  /** The report's home country (its dateline's), or null. */
  home: string | null;
  /** True for the report's first text paragraph (the lede). */
  lede: boolean;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A per-report pattern for the spokesperson's name: the full name, a titled surname ("Ms Baloch"),
 * or the surname with some of the given names and a verb ("Zahid Chaudhri said", "Baloch added").
 * Another person with the same surname ("Imran Khan said") does not match.
 */
export function nameRefOf(sp: Spokesperson): RegExp | null {
  if (!sp.name || !sp.surname) return null;
  const sur = escapeRegExp(sp.surname);
  const given = sp.name.split(" ").slice(0, -1).map(escape).join("|");
  const lead = given ? `(?:(?:${given})\\s+){1,3}` : "";
  return new RegExp(
    `\\b${escapeRegExp(sp.name)}\\b|\\b(?:Mr|Ms|Mrs|Dr|Ambassador)\\.?\\s+${sur}\\b|(?:^|[,.;“”"]\\s*|\\b(?:said|added)\\s+|\\b)${lead}${sur}${BETWEEN}\\s+${VERB_RE}|(?:^|[,.;“”"]\\s*|\\b(?:said|added)\\s+)${sur}${BETWEEN}\\s+${VERB_RE}`,
  );
}

function pronounsAttributed(plain: string): Set<Pronoun | "official"> {
  const out = new Set<Pronoun | "official">();
  for (const re of [PRONOUN_SUBJECT, PRONOUN_AFTER]) {
    re.lastIndex = 0;
    for (let m = re.exec(plain); m !== null; m = re.exec(plain)) {
      const p = (m[1] as string).toLowerCase();
      out.add(p === "she" || p === "he" ? p : "official");
    }
  }
  return out;
}

/** True when the lede's subject is the home country, its capital or its foreign ministry. */
function ledeSubject(plain: string, home: string | null): boolean {
  LEDE_SUBJECT.lastIndex = 0;
  for (let m = LEDE_SUBJECT.exec(plain); m !== null; m = LEDE_SUBJECT.exec(plain)) {
    const subject = m[1] as string;
    if (MINISTRY.test(subject)) return true;
    const countries = placesMentioned(subject).countries;
    if (countries.length === 1 && (home === null || countries[0] === home)) return true;
  }
  return false;
}

/** Whose words the paragraph `plain` (its text without dateline) carries. */
export function voiceOf(plain: string, ctx: VoiceContext): Voice {
  if (hasTitleRef(plain, ctx.home)) return "spokesperson";
  if (ctx.nameRef?.test(plain)) return "spokesperson";
  if (ctx.lede && ledeSubject(plain, ctx.home)) return "spokesperson";
  if (MINISTRY_AT_BRIEFING.test(plain)) return "spokesperson";
  const pronouns = pronounsAttributed(plain);
  if (pronouns.size > 0) {
    const own = ctx.spokesperson.pronoun;
    return own === null || pronouns.has(own) || pronouns.has("official") ? "pronoun" : "other";
  }
  if (OTHER_SPEECH.test(plain)) return "other";
  return "neutral";
}

/** True when a paragraph makes a titled person its subject, who then owns the pronouns after it. */
export function namesAnotherPerson(plain: string): boolean {
  return TITLED_PERSON.test(plain);
}

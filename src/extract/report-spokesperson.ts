/**
 * Who speaks in a news report of a briefing: the spokesperson's name as the report writes it
 * ("Foreign Office spokesperson Mumtaz Zahra Baloch"), the surname the report later uses alone
 * ("Mr Khan said", "Baloch added"), and the pronoun that stands for them ("she said"). Other
 * governments' spokespeople ("Iranian Foreign Ministry spokesperson X", "UN spokesman Y") are not the
 * briefing's speaker.
 */

import { resolveCountry } from "../tagging/lookup.js";
import type { TitleHit } from "./report-title-ref.js";
import { BETWEEN, VERB_RE } from "./report-verbs.js";

export type Pronoun = "she" | "he";

export interface Spokesperson {
  /** Full name as written, without titles; null when the report never names them. */
  name: string | null;
  /** Last word of the name, for "Mr Khan said"; null without a name. */
  surname: string | null;
  /** The pronoun the report uses for them; null when it cannot be told. */
  pronoun: Pronoun | null;
}

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const NAME_WORD = "[A-Z][a-z]+(?:-[A-Z][a-z]+)?";
const OFFICE =
  "(?:Foreign Office|foreign office|FO|Foreign Ministry|foreign ministry|Ministry of Foreign Affairs)";
const TITLE = "(?:[Ss]pokes(?:person|man|woman)|[Ss]pox)";
const NAME_AFTER_TITLE = new RegExp(
  `\\s*,?\\s+(?:(?:Ambassador|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s*,?\\s+)?(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`,
  "y",
);
/** Words that open an office or title, not a name ("Foreign Office Asim Iftikhar"). */
const NOT_A_NAME_WORD =
  /^(?:The|Foreign|Office|Ministry|Spokesperson|Spokesman|Spokeswoman|Ambassador|Mr|Ms|Mrs|Dr|FO|Weekly|Press|Briefing)$/;

function cleanName(raw: string): string {
  const words = raw.split(/\s+/);
  while (words.length > 0 && NOT_A_NAME_WORD.test(words[0] as string)) words.shift();
  while (words.length > 0 && WEEKDAY.test(words[words.length - 1] as string)) words.pop();
  return words.join(" ");
}

/**
 * The report's spokesperson name in `plain`, whose spokesperson titles are `hits` (`titles`): the
 * longest written form of the first one named.
 */
export function spokespersonName(plain: string, hits: readonly TitleHit[]): string | null {
  let first: string | null = null;
  let best: string | null = null;
  for (const t of hits) {
    // "Iranian Foreign Ministry spokesperson X", "UN spokesman Y": someone else's spokesperson.
    if (t.foreign) continue;
    NAME_AFTER_TITLE.lastIndex = t.end;
    const raw = NAME_AFTER_TITLE.exec(plain)?.[1];
    if (!raw) continue;
    const name = cleanName(raw);
    if (name.split(" ").length < 2) continue;
    const surname = name.split(" ").pop() as string;
    if (first === null) {
      first = surname;
      best = name;
    } else if (surname === first && best !== null && name.length > best.length) {
      best = name;
    }
  }
  return best;
}

/** "Spokesperson Farooqui said": a surname right after the title, then a reporting verb. */
const SURNAME_AFTER_TITLE = new RegExp(`\\s+(${NAME_WORD})(?=${BETWEEN}\\s+${VERB_RE})`, "y");

/**
 * The surname alone, for reports that never write the spokesperson's full name ("Spokesperson
 * Farooqui said…"), or null. `hits` are the spokesperson titles in `plain`.
 */
export function spokespersonSurname(plain: string, hits: readonly TitleHit[]): string | null {
  for (const t of hits) {
    if (t.foreign || t.possessive) continue;
    SURNAME_AFTER_TITLE.lastIndex = t.end;
    const word = SURNAME_AFTER_TITLE.exec(plain)?.[1];
    if (word && !NOT_A_NAME_WORD.test(word) && !WEEKDAY.test(word)) return word;
  }
  return null;
}

/** "in her weekly press briefing", "his maiden briefing": the report's own word for the speaker. */
const OWN_BRIEFING =
  /\b([Hh]er|[Hh]is)\s+(?:(?:first|maiden|weekly|regular|last|latest|press|media|news)\s+)*(?:briefing|press conference)\b/g;

function tally(re: RegExp, s: string, votes: { she: number; he: number }, weight: number): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (/^(?:she|her|Ms|Mrs)$/i.test(m[1] as string)) votes.she += weight;
    else votes.he += weight;
  }
}

const OPENING_PRONOUN = /^[\s\u200b]*(She|He)\b/;

/**
 * The spokesperson's pronoun: "spokeswoman", "Ms/Mr Surname", "her/his weekly briefing", and the
 * pronoun that opens the paragraph right after one naming the spokesperson ("…, the spokesperson
 * said.\nShe added…"), which is the report's own continuation. Pronouns elsewhere may stand for
 * anyone, so they do not count.
 */
export function spokespersonPronoun(
  paragraphs: readonly string[],
  surname: string | null,
  titled: readonly boolean[],
): Pronoun | null {
  const honorific = surname ? new RegExp(`\\b(Ms|Mrs|Mr)\\.?\\s+${surname}\\b`, "g") : null;
  const votes = { she: 0, he: 0 };
  let prevNames = false;
  paragraphs.forEach((p, n) => {
    if (p.includes("spokeswoman")) votes.she += 3;
    const named = surname !== null && p.includes(surname);
    if (honorific && named) tally(honorific, p, votes, 3);
    if (p.includes("briefing") || p.includes("press conference")) tally(OWN_BRIEFING, p, votes, 3);
    const opening = OPENING_PRONOUN.exec(p)?.[1];
    if (prevNames && opening) votes[opening === "She" ? "she" : "he"] += 2;
    prevNames = titled[n] === true || named;
  });
  if (votes.she > votes.he * 2) return "she";
  if (votes.he > votes.she * 2) return "he";
  return null;
}

/** "Zahid Hafeez Chaudhri said": a bare name as a speech verb's subject. */
const BARE_NAME_SPEAKS =
  /(?:^|[.,;“”"]\s*)((?:[A-Z][a-z]+\s+){1,3}[A-Z][a-z]+)\s+(?:said|added|stated|remarked|told|noted)\b/;
const ROLE_WORD =
  /\b(?:Minister|President|Secretary|Ambassador|General|Prime|Chief|King|Prince|Senator|Governor)\b/;

/**
 * The spokesperson's name when no title introduces it: reports that say "the Foreign Office
 * spokesperson said" often name the speaker bare in the next paragraph ("Zahid Hafeez Chaudhri said").
 */
export function bareSpokespersonName(
  paragraphs: readonly string[],
  titled: readonly boolean[],
): string | null {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as string;
    const near = titled[i] === true || (i > 0 && titled[i - 1] === true);
    if (!near) continue;
    const name = BARE_NAME_SPEAKS.exec(p)?.[1];
    if (!name) continue;
    const clean = cleanName(name);
    if (clean.split(" ").length >= 2 && !ROLE_WORD.test(clean) && !/Spokes|Office/.test(clean)) return clean;
  }
  return null;
}

const QUALIFIED_OFFICE = new RegExp(`([A-Z][\\w’'-]*)\\s+${OFFICE}(?:\\s*\\(FO\\))?\\s+${TITLE}`);

/**
 * The home country when no dateline gives it: the country that qualifies the first spokesperson's
 * office ("Pakistan Foreign Ministry spokesman …" → PK), or null.
 */
export function qualifiedOfficeCountry(paragraphs: readonly string[]): string | null {
  for (const p of paragraphs) {
    const word = QUALIFIED_OFFICE.exec(p)?.[1];
    if (!word) continue;
    const country = resolveCountry(word.replace(/['’]s$/, ""));
    if (country) return country.code;
  }
  return null;
}

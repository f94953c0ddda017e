/**
 * Who speaks in a news report of a briefing: the spokesperson's name as the report writes it
 * ("Foreign Office spokesperson Mumtaz Zahra Baloch"), the surname the report later uses alone
 * ("Mr Khan said", "Baloch added"), and the pronoun that stands for them ("she said"). Other
 * governments' spokespeople ("Iranian Foreign Ministry spokesperson X", "UN spokesman Y") are not the
 * briefing's speaker.
 */

import { resolveCountry } from "../tagging/lookup.js";

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
/**
 * Titles are found first (a cheap scan), then read around: the office and the word before the title
 * (checked by `isForeignQualifier`), and the name after it. Scanning for the title alone keeps this
 * fast on long texts.
 */
const TITLE_CORE = /[Ss]pokes(?:person|man|woman)\b|[Ss]pox\b|\b(?:FO|Foreign Office) official\b/g;
const BEFORE_TITLE = new RegExp(`(?:(\\S+)\\s+)?(${OFFICE}(?:\\s*\\(FO\\))?\\s+)?$`);
const NAME_AFTER_TITLE = new RegExp(
  `\\s*,?\\s+(?:(?:Ambassador|Dr\\.?|Mr\\.?|Ms\\.?|Mrs\\.?)\\s+)?(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})`,
  "y",
);
const LOOK_BEHIND = 60;

interface TitleHit {
  /** The word before the title and office, if any. */
  before: string | undefined;
  office: string | undefined;
  /** Offset just after the title. */
  end: number;
  /** True for "the spokesperson's …". */
  possessive: boolean;
}

function* titles(plain: string): Generator<TitleHit> {
  TITLE_CORE.lastIndex = 0;
  for (let m = TITLE_CORE.exec(plain); m !== null; m = TITLE_CORE.exec(plain)) {
    const end = m.index + m[0].length;
    const b = BEFORE_TITLE.exec(plain.slice(Math.max(0, m.index - LOOK_BEHIND), m.index));
    const next = plain.charCodeAt(end);
    const possessive = (next === 0x2019 || next === 0x27) && plain[end + 1] === "s";
    yield { before: b?.[1], office: b?.[2], end, possessive };
  }
}
/** Bodies whose spokespeople are never the briefing's ("UN spokesman", "State Department spokesperson"). */
const FOREIGN_BODY =
  /^(?:UN|U\.N\.|UNSG|EU|NATO|OIC|SCO|Taliban|TTP|MEA|MoFA|Department|House|Kremlin|Pentagon|ISPR|Army|army|Military|military|Police|police|Party|party|Hamas|Hezbollah|IDF|Embassy|embassy|Mission|Ministry|ministry|Government|government|Commission|Council|Agency|agency|Secretary-General['’]s)$/;

/**
 * True when the word before a spokesperson's title makes them someone else's: a foreign body, or a
 * country or demonym other than the report's home ("Iranian Foreign Ministry spokesperson").
 * Without a known home, a qualified "Foreign Office" still counts as the home ministry.
 */
function isForeignQualifier(
  word: string | undefined,
  office: string | undefined,
  home: string | null,
): boolean {
  if (!word) return false;
  const w = word.trim().replace(/[,:;.]$/, "");
  // "a foreign ministry spokesperson told AFP": some spokesperson, not the briefing's.
  if (/^(?:a|an|A|An)$/.test(w)) return true;
  if (FOREIGN_BODY.test(w)) return true;
  if (!/^[A-Z]/.test(w)) return false;
  const country = resolveCountry(w.replace(/['’]s$/, ""));
  if (!country) return false;
  if (home) return country.code !== home;
  return !(office && /^(?:Foreign Office|FO)\b/i.test(office));
}

/** True when `plain` refers to the briefing's spokesperson by title ("the FO spokesperson"). */
export function hasTitleRef(plain: string, home: string | null): boolean {
  for (const t of titles(plain)) {
    if (!t.possessive && !isForeignQualifier(t.before, t.office, home)) return true;
  }
  return false;
}

function cleanName(raw: string): string {
  const words = raw.split(/\s+/);
  while (words.length > 0 && WEEKDAY.test(words[words.length - 1] as string)) words.pop();
  return words.join(" ");
}

/** The report's spokesperson name: the longest written form of the first one named. */
export function spokespersonName(plain: string, home: string | null): string | null {
  let first: string | null = null;
  let best: string | null = null;
  for (const t of titles(plain)) {
    // "Iranian Foreign Ministry spokesperson X", "UN spokesman Y": someone else's spokesperson.
    if (isForeignQualifier(t.before, t.office, home)) continue;
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

/** "in her weekly press briefing", "his maiden briefing": the report's own word for the speaker. */
const OWN_BRIEFING =
  /\b([Hh]er|[Hh]is)\s+(?:(?:first|maiden|weekly|regular|last|latest|press|media|news)\s+)*(?:briefing|press conference)\b/g;
const ATTRIBUTED =
  /\b([Ss]he|[Hh]e)\s+(?:(?:also|further|however|again|categorically|strongly|firmly)\s+)*(?:said|added|stated|remarked|told|noted|stressed|maintained|mentioned|urged|expressed|reiterated)\b/g;

function tally(re: RegExp, s: string, votes: { she: number; he: number }, weight: number): void {
  re.lastIndex = 0;
  for (let m = re.exec(s); m !== null; m = re.exec(s)) {
    if (/^(?:she|her)$/i.test(m[1] as string)) votes.she += weight;
    else votes.he += weight;
  }
}

/**
 * The spokesperson's pronoun: "spokeswoman"/"spokesman", "Ms/Mr Surname", "her/his weekly briefing",
 * and "she said"-style attributions in the paragraphs that name the spokesperson. Paragraphs about
 * someone else rarely name the spokesperson, so their pronouns barely count.
 */
export function spokespersonPronoun(paragraphs: readonly string[], surname: string | null): Pronoun | null {
  const titled = surname ? new RegExp(`\\b(Ms|Mrs|Mr)\\.?\\s+${surname}\\b`, "g") : null;
  const votes = { she: 0, he: 0 };
  for (const p of paragraphs) {
    if (/\bspokeswoman\b/i.test(p)) votes.she += 3;
    if (/\bspokesman\b/i.test(p)) votes.he += 1;
    if (titled) {
      titled.lastIndex = 0;
      for (let m = titled.exec(p); m !== null; m = titled.exec(p)) {
        if (m[1] === "Mr") votes.he += 3;
        else votes.she += 3;
      }
    }
    if (!/spokes|spox|\bFO\b/i.test(p) && !(surname && p.includes(surname))) continue;
    tally(OWN_BRIEFING, p, votes, 3);
    tally(ATTRIBUTED, p, votes, 1);
  }
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
export function bareSpokespersonName(paragraphs: readonly string[], home: string | null): string | null {
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as string;
    const near = hasTitleRef(p, home) || (i > 0 && hasTitleRef(paragraphs[i - 1] as string, home));
    if (!near) continue;
    const name = BARE_NAME_SPEAKS.exec(p)?.[1];
    if (name && !ROLE_WORD.test(name) && !WEEKDAY.test(name.split(" ")[0] as string)) return name;
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

/**
 * The issuer: the country whose spokesperson speaks. In order of trust:
 * 1. the offices whose names carry no country but whose usage is fixed (below);
 * 2. the spokesperson's office as the title or lede qualifies it ("Chinese Foreign Ministry
 *    Spokesperson"), or a seat of government in the title ("White House");
 * 3. the dateline's capital ("ISLAMABAD:" → PK);
 * 4. the country the opening most often makes the subject of a reporting verb ("Pakistan urged").
 * Null when none of these tells.
 */

import { placesMentioned, resolveCountry } from "../tagging/lookup.js";

/**
 * Offices whose names carry no country but whose usage is fixed. The White House publishes "Press
 * Briefing by Press Secretary …"; China's Ministry of Foreign Affairs publishes "Foreign Ministry
 * Spokesperson …'s Regular Press Conference"; "Foreign Office (FO) spokesperson" is how Pakistan's
 * ministry and its press name its spokesperson (the UK's office has been the FCDO since 2020).
 * Reviewed by hand; extend with care.
 */
const OFFICE_CONVENTIONS: readonly { pattern: RegExp; code: string }[] = [
  { pattern: /\bPress (?:Briefing|Gaggle|Call|Conference)\b[^\n]{0,80}\bPress Secretary\b/, code: "US" },
  { pattern: /\bForeign Ministry Spokesperson\b[^\n]{0,60}\bRegular Press Conference\b/, code: "CN" },
  { pattern: /\b(?:Foreign Office|FO)(?:\s*\(FO\))?\s+[Ss]pokes(?:person|man|woman)\b/, code: "PK" },
];

/** The country an office convention names in `opening`, or null. */
export function conventionCountry(opening: string): string | null {
  for (const { pattern, code } of OFFICE_CONVENTIONS) if (pattern.test(opening)) return code;
  return null;
}

/** "<Country|Demonym>['s] <office> spokesperson": the qualifier of a spokesperson's office. */
const QUALIFIED_OFFICE =
  /\b([A-Z][\w’'-]*)\s+(?:Foreign Office|Foreign Ministry|Ministry of Foreign Affairs|External Affairs Ministry|Ministry of External Affairs|MFA|MOFA)\s+(?:[Ss]pokes(?:person|man|woman))\b/;

/** How far into the text the office that speaks and the speaking country are looked for. */
const OPENING_CHARS = 2000;
/** The title and lede, where a qualified office names the speaker rather than someone quoted. */
const LEDE_CHARS = 600;
/** Seats of government that name their country in a title ("White House Press Briefing"). */
const SEAT_OF_GOVERNMENT = /\b(?:White House|Kremlin|Elysee|Élysée|Downing Street)\b/;

export interface IssuerClues {
  /** The text's title line or headline. */
  title: string;
  /** The home country a report's dateline or office gives, if any. */
  home: string | null;
}

function qualifiedOffice(opening: string): string | null {
  const word = QUALIFIED_OFFICE.exec(opening)?.[1];
  return word ? (resolveCountry(word.replace(/['’]s$/, ""))?.code ?? null) : null;
}

/** A country (or its capital) as the subject of a reporting verb: "Pakistan on Thursday urged…". */
const COUNTRY_SPEAKS =
  /\b([A-Z][a-z]+)(?:\s*,)?(?:\s+on\s+[A-Z][a-z]+day)?(?:\s*,)?\s+(?:also\s+|strongly\s+|once again\s+|categorically\s+)*(?:said|says|urged|condemned|rejected|called|expressed|reiterated|welcomed|stressed|warned|demanded|asked|remains|remained|would|will|has|had)\b/g;

/**
 * The country the text most often makes the subject of a reporting verb in its opening: a
 * spokesperson's report speaks of their country as the one that "urged", "rejected", "said".
 * Null unless one country leads.
 */
function speakingCountry(opening: string): string | null {
  const counts = new Map<string, number>();
  COUNTRY_SPEAKS.lastIndex = 0;
  for (let m = COUNTRY_SPEAKS.exec(opening); m !== null; m = COUNTRY_SPEAKS.exec(opening)) {
    const places = placesMentioned(m[1] as string).countries;
    if (places.length === 1) counts.set(places[0] as string, (counts.get(places[0] as string) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : null;
}

/** The issuer the text tells, or null. `bodyStart` is where the text after the header begins. */
export function detectIssuer(text: string, bodyStart: number, clues: IssuerClues): string | null {
  const opening = text.slice(bodyStart, bodyStart + OPENING_CHARS).replace(/\u00ad/g, "");
  const convention = conventionCountry(opening);
  if (convention) return convention;
  // Only the title and lede name the office that speaks; later text quotes other offices.
  const qualified = qualifiedOffice(opening.slice(0, LEDE_CHARS));
  if (qualified) return qualified;
  const organ = placesMentioned(clues.title).countries;
  if (organ.length === 1 && SEAT_OF_GOVERNMENT.test(clues.title)) return organ[0] as string;
  return clues.home ?? speakingCountry(opening);
}

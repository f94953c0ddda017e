/**
 * Spokesperson titles in a report and whose spokesperson each one is. "Foreign Office spokesperson",
 * "the FO spokesperson", "the spokesman" are the briefing's; "Indian Ministry of External Affairs
 * spokesperson", "Afghan government spokesman", "UN spokesman", "his spokesman", "a foreign ministry
 * spokesperson" are someone else's. The words that qualify a title are the run of capitalised words
 * and office words right before it, within its clause.
 */

import { resolveCountry } from "../tagging/lookup.js";

/**
 * Titles, found with scans that start on a literal so the regex engine can skip ahead:
 * "spokesperson", "Spokesman" ("Spokesperon" is a typo the corpus has), "spox", "FO official".
 */
const SPOKES = /pokes(?:person|man|woman|peron)\b/g;
const OTHER_TITLES = /\b[Ss]pox\b|\b(?:FO|Foreign Office) official\b/g;
/** Lower-case words that belong to an office's name ("Afghan government", "Ministry of Foreign Affairs"). */
const OFFICE_WORD =
  /^(?:of|the|for|and|foreign|office|ministry|government|administration|regime|authorities|interim|affairs|external|army|military|police|party|\(FO\)|\(MEA\))$/;
/** Bodies whose spokespeople are never the briefing's. */
const FOREIGN_BODY =
  /^(?:UN|U\.N\.|UNSG|EU|NATO|OIC|SCO|Taliban|TTP|MEA|\(MEA\)|External|Department|House|Kremlin|Pentagon|ISPR|Army|army|Military|military|Police|police|Party|party|Hamas|Hezbollah|IDF|Embassy|embassy|Mission|government|Government|administration|Administration|regime|administration|Administration|regime|Commission|Council|Agency|agency|Secretary-General['’]s)$/;
/** "a spokesperson", "his spokesman": some spokesperson, not the briefing's. */
const SOMEONES = /^(?:a|an|A|An|his|her|its|their|His|Her|Its|Their)$/;
const MAX_QUALIFIERS = 6;
const LOOK_BEHIND = 80;

export interface TitleHit {
  /** Offset just after the title. */
  end: number;
  /** True for "the spokesperson's …". */
  possessive: boolean;
  /** True when the title is another government's or body's spokesperson. */
  foreign: boolean;
  /** True for a bare "the spokesperson", whose referent the context tells. */
  bare: boolean;
  /** The title's noun in lower case ("spokesman", "spokesperson", "spox", "fo official"). */
  noun: string;
}

/** The qualifying words before a title, nearest first. */
function qualifiers(before: string): string[] {
  const words = before.split(/\s+/).filter((w) => w !== "");
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < MAX_QUALIFIERS; i--) {
    const w = words[i] as string;
    // A clause boundary ends the run: "Speaking at the briefing, Foreign Office spokesperson".
    if (/[,;:.“”"]$/.test(w)) break;
    // "a Chinese defence ministry spokesperson": the article opens the phrase and makes it someone's.
    if (SOMEONES.test(w)) return [w];
    if (!/^[A-Z(]/.test(w) && !OFFICE_WORD.test(w) && !/^[a-z]+$/.test(w)) break;
    if (/^[a-z]+$/.test(w) && !OFFICE_WORD.test(w) && out.length >= 2) break;
    out.push(w);
  }
  return out;
}

function isForeign(words: string[], home: string | null): boolean {
  for (const w of words) {
    if (SOMEONES.test(w) || FOREIGN_BODY.test(w)) return true;
    if (!/^[A-Z]/.test(w)) continue;
    const country = resolveCountry(w.replace(/['’]s$/, ""));
    // Without a known home, only a country-qualified "Foreign Office" is read as the home's own.
    if (country && (home ? country.code !== home : !words.includes("Office"))) return true;
  }
  return false;
}

/** The word right before `i`, without copying more than that word. */
function previousWord(plain: string, i: number): string {
  let e = i;
  while (e > 0 && plain.charCodeAt(e - 1) <= 32) e--;
  let s = e;
  while (s > 0 && plain.charCodeAt(s - 1) > 32) s--;
  return plain.slice(s, e);
}

function hit(plain: string, start: number, end: number, home: string | null): TitleHit {
  const next = plain.charCodeAt(end);
  const possessive = (next === 0x2019 || next === 0x27) && plain[end + 1] === "s";
  // The common "the spokesperson" needs no further look.
  const prev = previousWord(plain, start);
  const noun = plain.slice(start, end).toLowerCase();
  if (prev === "the" || prev === "The") return { end, possessive, foreign: false, bare: true, noun };
  const before = qualifiers(plain.slice(Math.max(0, start - LOOK_BEHIND), start));
  return { end, possessive, foreign: isForeign(before, home), bare: false, noun };
}

/** Every spokesperson title in `plain`, with whose it is, in order. */
export function titles(plain: string, home: string | null): TitleHit[] {
  const found: [number, number][] = [];
  SPOKES.lastIndex = 0;
  for (let m = SPOKES.exec(plain); m !== null; m = SPOKES.exec(plain)) {
    const first = plain[m.index - 1];
    if (first === "S" || first === "s") found.push([m.index - 1, m.index + m[0].length]);
  }
  if (plain.includes("pox") || plain.includes(" official")) {
    OTHER_TITLES.lastIndex = 0;
    for (let m = OTHER_TITLES.exec(plain); m !== null; m = OTHER_TITLES.exec(plain)) {
      found.push([m.index, m.index + m[0].length]);
    }
    found.sort((a, b) => a[0] - b[0]);
  }
  return found.map(([start, end]) => hit(plain, start, end, home));
}

/** True when `plain` refers to the briefing's spokesperson by title ("the FO spokesperson said"). */
export function hasTitleRef(plain: string, home: string | null): boolean {
  return titledParagraphs([titles(plain, home)], [false])[0] === true;
}

/**
 * For each paragraph, whether it refers to the briefing's spokesperson by title. A bare "the
 * spokesman" means the spokesperson named last with the same noun: after "his spokesman Stephane
 * Dujarric told reporters" it is that other spokesman, until another title or a break in the text (a
 * heading, a caption: `breaks[i]` is true when paragraph i does not follow the one before directly).
 * Reports keep one noun for one person, so "the spokesperson" after "UN spokesman" is the briefing's.
 */
export function titledParagraphs(
  paragraphs: readonly (readonly TitleHit[])[],
  breaks: readonly boolean[],
): boolean[] {
  /** The noun of the last qualified title when it was someone else's, else null. */
  let foreignNoun: string | null = null;
  return paragraphs.map((hits, i) => {
    if (breaks[i] === true) foreignNoun = null;
    let titled = false;
    for (const t of hits) {
      const foreign = t.bare ? t.noun === foreignNoun : t.foreign;
      if (!t.bare) foreignNoun = t.foreign ? t.noun : null;
      if (!t.possessive && !foreign) titled = true;
    }
    return titled;
  });
}

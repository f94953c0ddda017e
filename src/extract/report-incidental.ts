/**
 * Names a re-attributing paragraph mentions in passing, which do not make it a new subject: example
 * lists ("particularly Palestine and Kashmir"), the demonym in an occupied place's name the statement
 * already names, the seats where international bodies meet, and places that qualify something else
 * ("the US-Taliban agreement"). Also the cheap pre-check that spares most clauses the gazetteer.
 */

import { GAZETTEER } from "../tagging/gazetteer.js";
import { countryNamed } from "./report-country-name.js";

/** Gazetteer rules that name a country or one of its places (not an organ or a leader). */
const GAZETTEER_PLACE = /^(?:country|place):/;

function occurs(text: string, word: string, from: number, to: number): boolean {
  const i = text.indexOf(word, from);
  return i >= 0 && i + word.length <= to;
}

/**
 * An example list of countries ("…, particularly Palestine and Kashmir,", "including the United
 * States") names places in passing: the clause's subject lies elsewhere. A list counts when its first
 * item names a country, and runs to the comma that hands back to the attribution or to the clause's
 * end. "including desecration of mosques in New Delhi" is no such list.
 */
const EXAMPLE_LIST =
  /\b(?:particularly|including|especially|notably|such as|like)\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)[^.;:!?“”"]*?(?=,\s+(?:she|he|the\s+spokes)|[.;:!?“”"]|$)/g;

/** The clause with its example lists of countries blanked (same length, so offsets still hold). */
export function withoutExamples(clause: string): string {
  if (!/\b(?:particularly|including|especially|notably|such as|like)\s/.test(clause)) return clause;
  return clause.replace(EXAMPLE_LIST, (m, first: string) => {
    const named = countryNamed(first) ?? countryNamed(first.split(/\s+/)[0] as string);
    return named === null ? m : " ".repeat(m.length);
  });
}

/**
 * "Indian Illegally Occupied Jammu and Kashmir", "Indian-occupied Kashmir": the demonym is part of
 * the place's name. Once the statement names the place, naming it this way brings nothing new.
 */
const OCCUPIED =
  /\b[A-Z][a-z]+(?:\s+|-)(?:[Ii]llegal(?:ly)?\s+)?[Oo]ccupied\s+([A-Z][\w’'&-]*(?:\s+(?:and|&)\s+[A-Z][\w’'-]*)?)/g;

/** The clause with the demonyms of occupied places the statement already names blanked. */
export function withoutKnownOccupied(clause: string, text: string, from: number, to: number): string {
  if (!/ccupied/.test(clause)) return clause;
  return clause.replace(OCCUPIED, (m, place: string) => {
    const known = place.split(/\s+(?:and|&)\s+|\s+/).some((w) => w.length >= 4 && occurs(text, w, from, to));
    return known ? " ".repeat(m.length - place.length) + place : m;
  });
}

/**
 * Seats of international bodies (the UN in New York, Geneva and Vienna, the EU in Brussels, the OIC
 * in Jeddah, the ICJ in The Hague, the WEF in Davos) say where a meeting is held, not whom it concerns.
 */
const SEATS = /\b(?:New York|Geneva|Vienna|Brussels|Jeddah|The Hague|Davos|Strasbourg)\b/g;

/** `s` with the seats of international bodies blanked (same length). */
export function withoutSeats(s: string): string {
  return s.replace(SEATS, (m) => " ".repeat(m.length));
}

/** The word joined by a hyphen right after `end`: "US-Taliban" gives "Taliban", "Beijing-led" "led". */
const HYPHENED = /-([A-Za-z][\w’']*)/y;

/**
 * True when a place qualifies something else in a hyphened compound ("the US-Taliban agreement",
 * "a Beijing-led alternative"): the compound's subject is the other part. A compound of countries
 * ("Pakistan-Belgium consultations", "Kyrgyz-Tajik border") still names each of them.
 */
export function qualifiesOther(s: string, end: number): boolean {
  HYPHENED.lastIndex = end;
  const next = HYPHENED.exec(s)?.[1];
  return next !== undefined && countryNamed(next) === null;
}

/** Normalised word for the first-word check: lower case, no dots or apostrophes. */
function wordKey(w: string): string {
  return w.toLowerCase().replace(/[.’']/g, "");
}

/**
 * The first words of the gazetteer's country and place phrases ("gaza", "west", "sharm"): a clause
 * whose unseen words start none of them names no place, and skips the costlier look-up.
 */
const PLACE_FIRST_WORDS = new Set(
  GAZETTEER.filter((e) => e.target.kind === "country" && GAZETTEER_PLACE.test(e.target.rule)).map((e) =>
    // "the Gambia" is looked for by "gambia": every clause has a "The".
    wordKey(e.phrase.split(/[\s-]+/).find((w) => !/^the$/i.test(w)) ?? e.phrase),
  ),
);

/** True when some word (or hyphened part: "Pakistan-Belgium") may start a country's or place's name. */
export function mayStartPlaceName(words: readonly string[]): boolean {
  for (const w of words) {
    for (const part of w.split("-")) if (PLACE_FIRST_WORDS.has(wordKey(part))) return true;
  }
  return false;
}

/** True for a gazetteer rule that names a country or one of its places. */
export function isPlaceRule(rule: string): boolean {
  return GAZETTEER_PLACE.test(rule);
}

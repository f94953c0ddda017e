/**
 * Whether a weak or shift cue brings a place the current statement does not concern yet.
 *
 * Place look-ups cost, so a shift (a paragraph that attributes anew, counted on countries only) is
 * decided without the gazetteer: only the clause's capitalised words that the statement has not
 * used yet can bring a new country, and they are read as a country's name, demonym, alias or capital
 * ("President of Ghana", "Chinese", "Kabul"). A country counts as known when the statement names it,
 * its people or its capital ("Afghan authorities", "New Delhi"). A weak (participial) cue is rarer
 * and its regions count too ("…in Srinagar"), so its clause goes to the gazetteer, and the
 * statement's opening too when a place is not known by name.
 */

import { DATASET } from "../tagging/countries.js";
import { GAZETTEER } from "../tagging/gazetteer.js";
import { COUNTRIES, resolveCountry } from "../tagging/lookup.js";
import { findPlaces } from "../tagging/place-matcher.js";
import { placesIn } from "./report-places.js";

/** `none`: the clause names no place; `known`: only places the statement concerns; `new`: one it does not. */
export type PlaceNews = "none" | "known" | "new";

export interface StatementSoFar {
  start: number;
  /** Places of the statement's opening, looked up once when a cue needs them. */
  opening: Set<string> | null;
  /** Capitalised words of the statement in [start, wordsTo), gathered as cues need them. */
  words: Set<string> | null;
  wordsTo: number;
}

/** The statement's capitalised words up to `to`, extending what earlier cues gathered. */
function wordsUpTo(text: string, s: StatementSoFar, to: number): Set<string> {
  s.words ??= new Set();
  if (to > s.wordsTo) {
    WORD_IN_TEXT.lastIndex = Math.max(s.start, s.wordsTo);
    for (let m = WORD_IN_TEXT.exec(text); m !== null && m.index < to; m = WORD_IN_TEXT.exec(text)) {
      s.words.add(m[0]);
    }
    s.wordsTo = to;
  }
  return s.words;
}

/** A statement's subject is set where it starts; its opening stands for it in look-ups. */
const OPENING_CHARS = 600;
/** Latin letters with diacritics ("Türkiye") without the slower Unicode mode. */
const WORD_IN_TEXT = /[A-Z](?:\.[A-Z])+\.|[A-Z][A-Za-z0-9\u00c0-\u024f’'-]*/g;
/** A capitalised word; "US$" is a currency, not the country. */
const CAPITALISED =
  /[A-Z](?:\.[A-Z])+\.|[A-Z][A-Za-z0-9\u00c0-\u024f’']*(?:-(?![A-Z]\.)[A-Za-z0-9\u00c0-\u024f’']+)*(?!\$)/g;
/** Capitalised words that never name a place. */
const NOT_PLACES = new Set([
  "She",
  "He",
  "The",
  "It",
  "They",
  "We",
  "In",
  "On",
  "At",
  "A",
  "An",
  "I",
  "This",
  "That",
]);

/** Each country's capital ("Kabul" → AF, "Washington" → US). */
const CAPITALS = new Map<string, string>();
for (const c of DATASET) {
  for (const cap of c.capital ?? []) {
    CAPITALS.set(cap, c.cca2);
    CAPITALS.set(cap.replace(/\s+D\.C\.$/, ""), c.cca2);
  }
}
/** Each country's name, demonyms, code and capitals ("United States", "American", "US", "U.S."). */
const FORMS = new Map<string, string[]>(
  COUNTRIES.map((c) => [
    c.code,
    [c.name, ...c.demonyms, c.code, `${c.code[0]}.${c.code[1]}.`].filter((f) => f.length > 1),
  ]),
);
for (const [capital, code] of CAPITALS) FORMS.get(code)?.push(capital);

function occurs(text: string, word: string, from: number, to: number): boolean {
  const i = text.indexOf(word, from);
  return i >= 0 && i + word.length <= to;
}

interface Run {
  /** The run as written, "of" included ("Democratic Republic of Congo"). */
  raw: string;
  words: string[];
  /** Index in `words` of each word that follows "of" ("President of Ghana"). */
  afterOf: Set<number>;
  fresh: boolean;
}

/** The runs of capitalised words in `clause` that hold a word the statement has not used. */
function newRuns(clause: string, seen: Set<string>): Run[] {
  const runs: Run[] = [];
  let run: Run | null = null;
  let runStart = -1;
  let runEnd = -1;
  const finish = (r: Run) => {
    r.raw = clause.slice(runStart, runEnd).replace(/\s+/g, " ");
    runs.push(r);
  };
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(clause); m !== null; m = CAPITALISED.exec(clause)) {
    const word = m[0].replace(/['’]s$/, "");
    const gap = run ? clause.slice(runEnd, m.index) : "";
    if (!run || !/^(?:\s|\s+of\s+|-)$/.test(gap)) {
      if (run?.fresh) finish(run);
      run = { raw: "", words: [], afterOf: new Set(), fresh: false };
      runStart = m.index;
    } else if (/of/.test(gap)) {
      run.afterOf.add(run.words.length);
    }
    run.words.push(word);
    runEnd = m.index + m[0].length;
    if (!NOT_PLACES.has(word) && !seen.has(m[0])) run.fresh = true;
  }
  if (run?.fresh) finish(run);
  return runs;
}

/** The country a phrase names by name, demonym, alias or capital ("Pakistan", "Chinese", "Kabul"), or null. */
export function countryNamed(phrase: string): string | null {
  // "Mr", "So", "Ms" are not Mauritania, Somalia…: short words name a country only as codes in capitals.
  if (/^[A-Z][a-z]{0,2}$/.test(phrase)) return null;
  return resolveCountry(phrase)?.code ?? CAPITALS.get(phrase) ?? null;
}

/**
 * The countries a run names: the whole run ("Saudi Arabia", "New Delhi"), a pair within it, or a
 * single word at its head or after "of" ("Chinese President", "President of Ghana"). A country word
 * after a given name ("Senator Chad Wolf") is a person's name and does not count.
 */
function countriesOfRun(run: Run): string[] {
  const whole = countryNamed(run.raw) ?? countryNamed(run.words.join(" "));
  if (whole) return [whole];
  const out: string[] = [];
  run.words.forEach((w, i) => {
    const pair = i + 1 < run.words.length ? countryNamed(`${w} ${run.words[i + 1]}`) : null;
    if (pair) out.push(pair);
    else if (i === 0 || run.afterOf.has(i)) {
      const single = countryNamed(w);
      if (single) out.push(single);
    }
  });
  return out;
}

/** Known when the statement names the country, its people or its capital. */
function namedIn(code: string, text: string, from: number, to: number): boolean {
  return FORMS.get(code)?.some((f) => occurs(text, f, from, to)) ?? false;
}

function isKnown(place: string, text: string, s: StatementSoFar, to: number, home: string | null): boolean {
  if (namedIn(place, text, s.start, to)) return true;
  s.opening ??= placesIn(text.slice(s.start, Math.min(to, s.start + OPENING_CHARS)), home);
  return s.opening.has(place);
}

/** True when some capitalised word the statement has used names a country other than home. */
function namesACountry(words: Set<string>, home: string | null): boolean {
  for (const w of words) {
    const code = countryNamed(w.replace(/['’]s$/, ""));
    if (code !== null && code !== home) return true;
  }
  return false;
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
function withoutExamples(clause: string): string {
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
function withoutKnownOccupied(clause: string, text: string, from: number, to: number): string {
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

/** The word joined by a hyphen right after `end`: "US-Taliban" gives "Taliban", "Beijing-led" "led". */
const HYPHENED = /-([A-Za-z][\w’']*)/y;

/**
 * True when a place qualifies something else in a hyphened compound ("the US-Taliban agreement",
 * "a Beijing-led alternative"): the compound's subject is the other part. A compound of countries
 * ("Pakistan-Belgium consultations", "Kyrgyz-Tajik border") still names each of them.
 */
function qualifiesOther(s: string, end: number): boolean {
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
  GAZETTEER.filter((e) => e.target.kind === "country" && /^(?:country|place):/.test(e.target.rule)).map((e) =>
    // "the Gambia" is looked for by "gambia": every clause has a "The".
    wordKey(e.phrase.split(/[\s-]+/).find((w) => !/^the$/i.test(w)) ?? e.phrase),
  ),
);

function mayNamePlace(runs: readonly Run[]): boolean {
  for (const r of runs) {
    for (const w of r.words)
      for (const part of w.split("-")) if (PLACE_FIRST_WORDS.has(wordKey(part))) return true;
  }
  return false;
}

/** Gazetteer rules that name a country or one of its places (not an organ or a leader). */
const GAZETTEER_PLACE = /^(?:country|place):/;

/** A statement shorter than this that names no country is an introduction to what follows. */
const INTRO_CHARS = 250;

/**
 * What countries a shift's clause brings to the statement that runs from `s.start` to `to`. A short
 * statement that names no country yet only introduces its subject: its first country is its own
 * ("Mr Khan also addressed the retaliatory measures…" then "He said … New Delhi…").
 */
export function shiftNews(
  clause: string,
  text: string,
  s: StatementSoFar,
  to: number,
  home: string | null,
): PlaceNews {
  const seen = wordsUpTo(text, s, to);
  if (to - s.start < INTRO_CHARS && !namesACountry(seen, home)) return "known";
  const incidental = withoutKnownOccupied(withoutExamples(clause), text, s.start, to);
  const runs = newRuns(incidental, seen);
  for (const run of runs) {
    for (const code of countriesOfRun(run)) {
      if (code !== home && !namedIn(code, text, s.start, to)) return "new";
    }
  }
  // Unseen names that are no country's name may still be a country's place ("Gaza", "Chabahar"):
  // only then is the gazetteer asked, and only for countries (a region keeps its country's subject).
  // Only the unseen names are read, which keeps the look-up short.
  if (!mayNamePlace(runs)) return "known";
  const places = runs
    .map((r) => r.raw)
    .join(" ; ")
    .replace(SEATS, (m) => " ".repeat(m.length))
    .replace(/\u00ad/g, "");
  for (const hit of findPlaces(places, 0, places.length)) {
    // Names and places only: a state organ or leader comes with its country's name, and organ
    // words mislead on their own ("the 20th CPC Congress").
    if (hit.kind !== "country" || !GAZETTEER_PLACE.test(hit.rule)) continue;
    if (qualifiesOther(places, hit.end)) continue;
    const code = hit.code;
    if (code !== home && !namedIn(code, text, s.start, to) && !isKnown(code, text, s, to, home)) return "new";
  }
  return "known";
}

/** What places (countries and regions) a weak cue's clause brings to the statement. */
export function weakNews(
  clause: string,
  text: string,
  s: StatementSoFar,
  to: number,
  home: string | null,
): PlaceNews {
  const named = placesIn(clause, home);
  if (named.size === 0) return "none";
  for (const place of named) if (!isKnown(place, text, s, to, home)) return "new";
  return "known";
}

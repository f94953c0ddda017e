/**
 * Whether a weak or shift cue brings a place the current statement does not concern yet.
 *
 * Place look-ups cost, so a shift (a paragraph that attributes anew, counted on countries only) is
 * first decided without the gazetteer: only the clause's capitalised words that the statement has
 * not used yet can bring a new country, and they are read as a country's name, demonym, alias or
 * capital ("President of Ghana", "Chinese", "Kabul"). Only when unseen names may start a place's name
 * ("Gaza", "Sharm El-Sheikh") do those names go to the gazetteer. Names mentioned in passing do not
 * count (report-incidental.ts). A country counts as known when the statement names it, its people or
 * its capital ("Afghan authorities", "New Delhi"). A weak (participial) cue is rarer and its regions
 * count too ("…in Srinagar"), so its clause goes to the gazetteer, and the statement's opening too
 * when a place is not known by name.
 */

import { COUNTRIES } from "../tagging/lookup.js";
import { findPlaces } from "../tagging/place-matcher.js";
import { CAPITALS, countryNamed } from "./report-country-name.js";
import {
  isPlaceRule,
  mayStartPlaceName,
  qualifiesOther,
  withoutExamples,
  withoutKnownOccupied,
  withoutSeats,
} from "./report-incidental.js";
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
  if (!mayStartPlaceName(runs.flatMap((r) => r.words))) return "known";
  const places = withoutSeats(runs.map((r) => r.raw).join(" ; ")).replace(/\u00ad/g, "");
  for (const hit of findPlaces(places, 0, places.length)) {
    // Names and places only: a state organ or leader comes with its country's name, and organ
    // words mislead on their own ("the 20th CPC Congress").
    if (hit.kind !== "country" || !isPlaceRule(hit.rule)) continue;
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

/**
 * The places a stretch of report text concerns, for the weak-cue rule: a participial cue opens a new
 * statement only when its clause brings a place the current statement does not already concern.
 * The report's home country (its dateline's) is left out: nearly every statement concerns it, so
 * naming it never marks a new subject. Look-ups cost, so callers ask only for cue clauses and, once
 * per weak cue, for the statement so far.
 */

import { placesMentioned } from "../tagging/lookup.js";

/** Country codes and region ids named in `fragment`, without the home country. */
export function placesIn(fragment: string, home: string | null): Set<string> {
  const { countries, regions } = placesMentioned(fragment.replace(/\u00ad/g, ""));
  const out = new Set<string>(regions);
  for (const c of countries) if (c !== home) out.add(c);
  return out;
}

const datelineCache = new Map<string, readonly string[]>();

/**
 * The home country a dateline names ("ISLAMABAD" → PK), or null. A dateline that names several
 * places ("WASHINGTON / ISLAMABAD:") reports from each: `prefer` (the country whose office the text
 * shows speaking) wins when it is one of them, else the first place does. Datelines repeat, so
 * answers are kept.
 */
export function datelineCountry(dateline: string | null, prefer: string | null = null): string | null {
  if (!dateline) return null;
  let codes = datelineCache.get(dateline);
  if (codes === undefined) {
    codes = lookUpDateline(dateline);
    if (datelineCache.size < 1000) datelineCache.set(dateline, codes);
  }
  if (prefer !== null && codes.includes(prefer)) return prefer;
  return codes[0] ?? null;
}

/** The country of each place of a dateline, in order (places the gazetteer does not know are skipped). */
function lookUpDateline(dateline: string): string[] {
  const out: string[] = [];
  // Datelines are in capitals; the gazetteer matches capitalised place names.
  for (const place of dateline.split(/\s*[/&]\s*/)) {
    const titled = place.toLowerCase().replace(/\b[a-z]/g, (ch) => ch.toUpperCase());
    const code = placesMentioned(titled).countries[0];
    if (code !== undefined) out.push(code);
  }
  return out;
}

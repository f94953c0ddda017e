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

const datelineCache = new Map<string, string | null>();

/** The home country a dateline names ("ISLAMABAD" → PK), or null. Datelines repeat, so answers are kept. */
export function datelineCountry(dateline: string | null): string | null {
  if (!dateline) return null;
  const known = datelineCache.get(dateline);
  if (known !== undefined) return known;
  const code = lookUpDateline(dateline);
  if (datelineCache.size < 1000) datelineCache.set(dateline, code);
  return code;
}

function lookUpDateline(dateline: string): string | null {
  // Datelines are in capitals; the gazetteer matches capitalised place names.
  const first = dateline.split(/\s*[/&]\s*/)[0] ?? "";
  const titled = first.toLowerCase().replace(/\b[a-z]/g, (ch) => ch.toUpperCase());
  return placesMentioned(titled).countries[0] ?? null;
}

import { COUNTRIES, type Country, DATASET } from "./countries.js";
import aliasData from "./data/aliases.json" with { type: "json" };
import { datasetSpellings } from "./gazetteer.js";
import { findPlaces } from "./place-matcher.js";
import { foldKey } from "./text-tokens.js";

export { COUNTRIES, type Country };

/**
 * Country look-up for user input (the API's `country=` filter) and for short fragments (the report
 * splitter's topic cues and datelines).
 */

function addKey(map: Map<string, Country | null>, key: string, c: Country): void {
  const k = foldKey(key.trim()).replace(/\s+/g, " ");
  const had = map.get(k);
  // A key two countries share ("Congolese") resolves to neither.
  map.set(k, had === undefined || had === c ? c : null);
}

function buildIndex(): Map<string, Country | null> {
  const map = new Map<string, Country | null>();
  const aliases = aliasData as Record<string, string[] | string>;
  for (const c of COUNTRIES) {
    const d = DATASET.find((x) => x.cca2 === c.code);
    const own = aliases[c.code];
    const names = [c.name, c.officialName, ...c.demonyms, ...(Array.isArray(own) ? own : [])];
    for (const n of [...names, ...(d ? datasetSpellings(d) : [])]) addKey(map, n, c);
  }
  // Codes last, so that an alpha-2 code always wins over a name spelled the same way.
  for (const c of COUNTRIES) {
    map.set(c.code.toLowerCase(), c);
    map.set(c.alpha3.toLowerCase(), c);
  }
  return map;
}

const index = buildIndex();
const byNumeric = new Map(COUNTRIES.map((c) => [c.numeric, c]));

/**
 * The country a user means: ISO alpha-2, alpha-3 or numeric code, English short or official name,
 * common alias ("U.S.", "DPRK", "KSA") or demonym ("Afghans"), any case, surrounding space ignored.
 * Null when unknown or ambiguous ("Korea", "Congo").
 */
export function resolveCountry(input: string): Country | null {
  const s = input.trim();
  if (s === "") return null;
  if (/^\d{1,3}$/.test(s)) return byNumeric.get(s.padStart(3, "0")) ?? null;
  return index.get(foldKey(s).replace(/\s+/g, " ")) ?? null;
}

/** Alpha-2 codes and region ids named anywhere in a fragment, each sorted and unique. */
export function placesMentioned(fragment: string): { countries: string[]; regions: string[] } {
  const countries = new Set<string>();
  const regions = new Set<string>();
  for (const hit of findPlaces(fragment, 0, fragment.length)) {
    (hit.kind === "country" ? countries : regions).add(hit.code);
  }
  return { countries: [...countries].sort(), regions: [...regions].sort() };
}

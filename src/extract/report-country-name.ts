/**
 * Reads a short phrase as a country: its name, demonym, alias or capital ("Pakistan", "Chinese",
 * "U.S.", "Kabul"). The report splitter asks this of capitalised words many times per report, so it
 * is a map look-up, not a gazetteer scan.
 */

import { DATASET } from "../tagging/countries.js";
import { resolveCountry } from "../tagging/lookup.js";

/** Each country's capital ("Kabul" → AF, "Washington" → US). */
export const CAPITALS = new Map<string, string>();
for (const c of DATASET) {
  for (const cap of c.capital ?? []) {
    CAPITALS.set(cap, c.cca2);
    CAPITALS.set(cap.replace(/\s+D\.C\.$/, ""), c.cca2);
  }
}
/** The country a phrase names by name, demonym, alias or capital ("Pakistan", "Chinese", "Kabul"), or null. */
export function countryNamed(phrase: string): string | null {
  // "Mr", "So", "Ms" are not Mauritania, Somalia…: short words name a country only as codes in capitals.
  if (/^[A-Z][a-z]{0,2}$/.test(phrase)) return null;
  return resolveCountry(phrase)?.code ?? CAPITALS.get(phrase) ?? null;
}

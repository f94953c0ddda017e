import worldCountries from "world-countries/countries.json" with { type: "json" };
import demonymData from "./data/demonyms.json" with { type: "json" };

/**
 * The countries Podium tags: every UN member plus the two observer states (Holy See, Palestine), from
 * the world-countries dataset (ODbL-1.0). world-countries flags VA as a UN member and PS not, so
 * both are taken explicitly.
 */

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  alpha3: string;
  numeric: string;
  /** English short name as the dataset gives it ("Türkiye", "DR Congo"). */
  name: string;
  officialName: string;
  /** Singular and plural demonyms ("Afghan", "Afghans"). */
  demonyms: string[];
}

/** The dataset fields Podium reads. */
export interface DatasetCountry {
  cca2: string;
  cca3: string;
  ccn3: string;
  unMember: boolean;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  demonyms?: { eng?: { m: string; f: string } };
}

const OBSERVERS = new Set(["VA", "PS"]);

export const DATASET: readonly DatasetCountry[] = (worldCountries as DatasetCountry[]).filter(
  (c) => c.unMember || OBSERVERS.has(c.cca2),
);

interface DemonymData {
  add: Record<string, string[]>;
  drop: Record<string, string[]>;
  noPlural: string[];
}
const demonymRules = demonymData as unknown as DemonymData;
const noPlural = new Set(demonymRules.noPlural);

/** "Afghan" → "Afghans"; demonyms that are already plural or mass nouns stay as they are. */
export function pluralOf(demonym: string): string | null {
  if (noPlural.has(demonym) || /(?:s|sh|ch|ese|x|z)$/.test(demonym)) return null;
  return `${demonym}s`;
}

function demonymsOf(c: DatasetCountry): string[] {
  const eng = c.demonyms?.eng;
  const raw = eng ? [eng.m, eng.f] : [];
  const split = raw.flatMap((d) => d.split(/, | or /));
  const dropped = new Set(demonymRules.drop[c.cca2] ?? []);
  const singular = [...split, ...(demonymRules.add[c.cca2] ?? [])].filter((d) => d && !dropped.has(d));
  const all = singular.flatMap((d) => [d, pluralOf(d)]).filter((d): d is string => d !== null);
  return [...new Set(all)];
}

export const COUNTRIES: readonly Country[] = DATASET.map((c) => ({
  code: c.cca2,
  alpha3: c.cca3,
  numeric: c.ccn3,
  name: c.name.common,
  officialName: c.name.official,
  demonyms: demonymsOf(c),
})).sort((a, b) => a.name.localeCompare(b.name, "en"));

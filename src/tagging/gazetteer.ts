import { COUNTRIES, type Country, DATASET, type DatasetCountry } from "./countries.js";
import aliasData from "./data/aliases.json" with { type: "json" };
import ambiguousData from "./data/ambiguous-names.json" with { type: "json" };
import blockerData from "./data/blockers.json" with { type: "json" };
import excludedData from "./data/excluded-spellings.json" with { type: "json" };
import leaderData from "./data/leaders.json" with { type: "json" };
import organData from "./data/organs.json" with { type: "json" };
import placeData from "./data/places.json" with { type: "json" };
import { REGION_DATA } from "./region-data.js";
import { slugOf } from "./rule-id.js";

/**
 * Every phrase that names a country or region, from the dataset and the reviewed data files, as
 * plain records. The matcher (place-matcher.ts) compiles them into one trie at module load.
 */

export type PlaceTarget =
  | { kind: "country"; code: string; rule: string }
  | { kind: "region"; id: string; implies: readonly string[]; rule: string }
  | { kind: "block"; rule: string };

export interface GazetteerEntry {
  phrase: string;
  target: PlaceTarget;
  /** The phrase is also a given name or surname ("Chad", "Jordan"); see ambiguous-names.json. */
  givenName: boolean;
}

type CodeLists = Record<string, string[] | string>;

function listsOf(data: CodeLists): Array<[string, string[]]> {
  return Object.entries(data).filter((e): e is [string, string[]] => Array.isArray(e[1]));
}

const excludedSpellings = new Set(excludedData.spellings);
const excludedCapitals = new Set(excludedData.capitals);
const givenNames = new Set(ambiguousData.givenNames.names);

function aliasesOf(code: string): string[] {
  const list = (aliasData as CodeLists)[code];
  return Array.isArray(list) ? list : [];
}

/** Dataset spellings worth matching in English text: Latin script, not a bare ISO code. */
function usableSpelling(s: string): boolean {
  return s.length > 3 && /^[A-Za-z][A-Za-z' .,-]+$/.test(s) && !excludedSpellings.has(s);
}

/** The dataset's alternative spellings of a country that Podium reads (see excluded-spellings.json). */
export function datasetSpellings(d: DatasetCountry): string[] {
  return d.altSpellings.filter(usableSpelling);
}

function countryPhrases(c: Country, d: DatasetCountry): Array<[string, string]> {
  const out: Array<[string, string]> = [
    [c.name, "name"],
    [c.officialName, "official"],
    ...datasetSpellings(d).map((s): [string, string] => [s, "alias"]),
    ...aliasesOf(c.code).map((s): [string, string] => [s, "alias"]),
    ...c.demonyms.map((s): [string, string] => [s, "demonym"]),
    ...(d.capital ?? []).filter((s) => !excludedCapitals.has(s)).map((s): [string, string] => [s, "capital"]),
  ];
  return out;
}

function build(): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  const seen = new Set<string>();
  const push = (phrase: string, target: PlaceTarget): void => {
    const who = target.kind === "country" ? target.code : target.kind === "region" ? target.id : "";
    const key = `${phrase}\u0000${target.kind}\u0000${who}`;
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ phrase, target, givenName: givenNames.has(phrase) });
  };
  const byCode = new Map(DATASET.map((d) => [d.cca2, d]));
  for (const c of COUNTRIES) {
    const d = byCode.get(c.code) as DatasetCountry;
    for (const [phrase, how] of countryPhrases(c, d)) {
      push(phrase, { kind: "country", code: c.code, rule: `country:${c.code}:${how}` });
    }
  }
  for (const [code, list] of listsOf(placeData as CodeLists)) {
    for (const p of list) push(p, { kind: "country", code, rule: `place:${code}:${slugOf(p)}` });
  }
  for (const [code, list] of listsOf(organData as CodeLists)) {
    for (const p of list) push(p, { kind: "country", code, rule: `organ:${code}:${slugOf(p)}` });
  }
  for (const [code, list] of listsOf(leaderData as CodeLists)) {
    for (const p of list) push(p, { kind: "country", code, rule: `leader:${code}:${slugOf(p)}` });
  }
  for (const r of REGION_DATA) {
    for (const p of r.names) {
      push(p, { kind: "region", id: r.id, implies: r.countries, rule: `region:${r.id}:${slugOf(p)}` });
    }
  }
  for (const [, list] of listsOf(blockerData as CodeLists)) {
    for (const p of list) push(p, { kind: "block", rule: `block:${slugOf(p)}` });
  }
  return entries;
}

/** All gazetteer phrases, in priority order (dataset names first, blockers last). */
export const GAZETTEER: readonly GazetteerEntry[] = build();

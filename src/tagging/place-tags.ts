import type { Basis, CountryTag, Evidence, RegionTag } from "../extract/types.js";
import { COUNTRIES } from "./countries.js";
import type { PlaceHit } from "./place-matcher.js";

/** Groups place hits into tags: one per country or region, evidence in text order, text before question. */

const nameOf = new Map(COUNTRIES.map((c) => [c.code, c.name]));

interface Grouped {
  basis: Basis;
  evidence: Evidence[];
}

function group(
  text: string,
  kind: PlaceHit["kind"],
  own: PlaceHit[],
  asked: PlaceHit[],
): Map<string, Grouped> {
  const out = new Map<string, Grouped>();
  const add = (hits: PlaceHit[], basis: Basis): void => {
    for (const h of hits) {
      if (h.kind !== kind) continue;
      let g = out.get(h.code);
      if (!g) {
        g = { basis, evidence: [] };
        out.set(h.code, g);
      }
      g.evidence.push({ start: h.start, end: h.end, text: text.slice(h.start, h.end), rule: h.rule });
    }
  };
  add(own, "text");
  add(asked, "question");
  return out;
}

export function countryTags(text: string, own: PlaceHit[], asked: PlaceHit[]): CountryTag[] {
  if (own.length === 0 && asked.length === 0) return [];
  return [...group(text, "country", own, asked)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([code, g]) => ({ code, name: nameOf.get(code) ?? code, basis: g.basis, evidence: g.evidence }));
}

export function regionTags(text: string, own: PlaceHit[], asked: PlaceHit[]): RegionTag[] {
  if (own.length === 0 && asked.length === 0) return [];
  return [...group(text, "region", own, asked)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, g]) => ({ id, basis: g.basis, evidence: g.evidence }));
}

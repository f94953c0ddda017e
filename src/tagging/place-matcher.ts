import ambiguousData from "./data/ambiguous-names.json" with { type: "json" };
import { GAZETTEER, type GazetteerEntry, type PlaceTarget } from "./gazetteer.js";
import { type PhraseMatch, PhraseTrie } from "./phrase-trie.js";
import { type TokenList, tokenize } from "./text-tokens.js";

/**
 * Finds the countries and regions a stretch of text names. One trie over the whole gazetteer is built
 * at module load; each call tokenises its range once and walks the trie once.
 */

export interface PlaceHit {
  kind: "country" | "region";
  /** Alpha-2 code or region id. */
  code: string;
  start: number;
  end: number;
  rule: string;
}

const trie = new PhraseTrie<GazetteerEntry>();
for (const e of GAZETTEER) trie.add(e.phrase, e);

const titleWords = new Set(ambiguousData.givenNames.titleWords);
const notPersonBefore = new Set(ambiguousData.givenNames.notPersonBefore);
const afterTitleOf = new Set(ambiguousData.givenNames.afterTitleOf);
const readings = ambiguousData.issuerReadings.readings;

function isCapitalised(text: string, s: number): boolean {
  const ch = text[s] as string;
  return ch !== ch.toLowerCase();
}

function spaceOnly(text: string, from: number, to: number): boolean {
  return to > from && /^[ \t]+$/.test(text.slice(from, to));
}

/**
 * "Chad Wolf", "Michael Jordan": a given-name country next to a capitalised word with only a space
 * between reads as a person. All-capitals text (datelines, headlines) is never read this way.
 */
function looksLikePerson(text: string, toks: TokenList, m: PhraseMatch<GazetteerEntry>): boolean {
  const surface = text.slice(m.start, m.end);
  if (surface === surface.toUpperCase()) return false;
  const { starts, ends } = toks;
  const prev = m.first - 1;
  if (prev >= 0) {
    const gap = text.slice(ends[prev] as number, m.start);
    if (/[-\u2010\u2011\u2013]/.test(gap)) return false;
    const s = starts[prev] as number;
    const word = text.slice(s, ends[prev]);
    if (spaceOnly(text, ends[prev] as number, m.start) && isCapitalised(text, s) && word.length > 1) {
      if (!notPersonBefore.has(word)) return true;
    }
    // "Prime Minister of Georgia Mamuka Bakhtadze": the country of a title, then the title holder.
    const before = prev > 0 ? text.slice(starts[prev - 1] as number, ends[prev - 1]) : "";
    if (afterTitleOf.has(word) && titleWords.has(before)) return false;
  }
  const next = m.last + 1;
  if (next < starts.length && spaceOnly(text, m.end, starts[next] as number)) {
    const s = starts[next] as number;
    return isCapitalised(text, s) && !titleWords.has(text.slice(s, ends[next]));
  }
  return false;
}

function hitsOf(target: PlaceTarget, start: number, end: number): PlaceHit[] {
  if (target.kind === "country")
    return [{ kind: "country", code: target.code, start, end, rule: target.rule }];
  if (target.kind === "block") return [];
  const region: PlaceHit = { kind: "region", code: target.id, start, end, rule: target.rule };
  return [region, ...target.implies.map((code): PlaceHit => ({ ...region, kind: "country", code }))];
}

/** Countries and regions named in `text` between `from` and `to`, in text order. */
export function findPlaces(text: string, from: number, to: number, issuer: string | null = null): PlaceHit[] {
  return placesIn(text, tokenize(text, from, to), issuer);
}

/** Countries and regions named in already tokenised text, in text order. */
export function placesIn(text: string, toks: TokenList, issuer: string | null): PlaceHit[] {
  const out: PlaceHit[] = [];
  const reread: PlaceHit[] = [];
  for (const m of trie.match(text, toks)) {
    if (m.entries.some((e) => e.payload.target.kind === "block")) continue;
    // "US$ 25 billion", "HK$": a currency, not the country.
    if (text.charCodeAt(m.end) === 36) continue;
    if (m.entries.some((e) => e.payload.givenName) && looksLikePerson(text, toks, m)) continue;
    for (const e of m.entries) {
      const reading = issuer ? readings.find((r) => r.issuer === issuer && r.phrase === e.phrase) : undefined;
      const hits = hitsOf(e.payload.target, m.start, m.end);
      if (reading && hits.length === 1 && hits[0]?.code !== reading.country) {
        const hit = hits[0] as PlaceHit;
        reread.push({ ...hit, code: reading.country, rule: reading.rule });
        continue;
      }
      out.push(...hits);
    }
  }
  for (const hit of reread) {
    const reading = readings.find((r) => r.rule === hit.rule);
    const original = reading?.unlessAlso;
    if (original && out.some((h) => h.code === original)) {
      out.push({ ...hit, code: original, rule: `country:${original}:name` });
    } else out.push(hit);
  }
  return out.sort((a, b) => a.start - b.start || a.code.localeCompare(b.code));
}

import ruleData from "./data/topic-rules.json" with { type: "json" };
import { isFeatureWord, stem } from "./feature-words.js";
import { type TokenList, tokenize } from "./text-tokens.js";
import type { WordVectors } from "./word-vectors.js";

/**
 * Dense features of a statement for the topic model (topic-features.ts), from the word vectors
 * (word-vectors.ts): words the labels never showed still land near the words they did ("wildfire"
 * near "hurricane"). Pure.
 *
 * - `vt:<d>` / `vq:<d>`: the idf-weighted mean of the unit vectors of the text's / the question's
 *   feature words, L2-normalised and scaled by √dim so that a component is about ±1, like a word's 1;
 * - `vs:<slug>` / `vqs:<slug>` (when asked): the cosine of that mean to the topic's rule vocabulary
 *   (topic-rules.json: each phrase's mean vector, weighted by the rule's weight) — no labels involved.
 */

/** Feature names `<prefix>:0` … `<prefix>:<dim - 1>`, built once per prefix and dimension. */
const denseNames = new Map<string, string[]>();
function namesOf(prefix: string, dim: number): string[] {
  const key = `${prefix}:${dim}`;
  let names = denseNames.get(key);
  if (!names) {
    names = Array.from({ length: dim }, (_, d) => `${prefix}:${d}`);
    denseNames.set(key, names);
  }
  return names;
}

/** The idf-weighted mean of the unit vectors of `keys`' feature words, L2-normalised; null if none has one. */
function unitMean(keys: readonly string[], vectors: WordVectors): Float64Array | null {
  const { dim, unit, idf, index } = vectors;
  const acc = new Float64Array(dim);
  for (const key of keys) {
    if (!isFeatureWord(key)) continue;
    const w = index.get(stem(key));
    if (w === undefined) continue;
    const weight = idf[w] as number;
    const row = w * dim;
    for (let d = 0; d < dim; d++) acc[d] = (acc[d] as number) + weight * (unit[row + d] as number);
  }
  let norm = 0;
  for (let d = 0; d < dim; d++) norm += (acc[d] as number) ** 2;
  if (norm === 0) return null;
  const inv = 1 / Math.sqrt(norm);
  for (let d = 0; d < dim; d++) acc[d] = (acc[d] as number) * inv;
  return acc;
}

type Centroids = Array<[string, Float64Array]>;
const centroidCache = new WeakMap<WordVectors, Centroids>();

/** Each topic's rule vocabulary as one unit vector: Σ weight · (phrase's unit mean), normalised. */
function ruleCentroids(vectors: WordVectors): Centroids {
  let out = centroidCache.get(vectors);
  if (out) return out;
  out = [];
  const rules = (ruleData as unknown as { rules: Record<string, Record<string, number>> }).rules;
  for (const [slug, phrases] of Object.entries(rules).sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const acc = new Float64Array(vectors.dim);
    for (const [phrase, weight] of Object.entries(phrases)) {
      const v = weight > 0 ? unitMean(tokenize(phrase).keys, vectors) : null;
      if (v) for (let d = 0; d < acc.length; d++) acc[d] = (acc[d] as number) + weight * (v[d] as number);
    }
    const norm = Math.hypot(...acc);
    if (norm > 0) out.push([slug, acc.map((x) => x / norm)]);
  }
  centroidCache.set(vectors, out);
  return out;
}

function side(
  values: Map<string, number>,
  toks: TokenList,
  vectors: WordVectors,
  prefix: string,
  cosPrefix: string | null,
): void {
  const mean = unitMean(toks.keys, vectors);
  if (!mean) return;
  const scale = Math.sqrt(vectors.dim);
  const names = namesOf(prefix, vectors.dim);
  for (let d = 0; d < mean.length; d++) values.set(names[d] as string, (mean[d] as number) * scale);
  if (cosPrefix === null) return;
  for (const [slug, c] of ruleCentroids(vectors)) {
    let dot = 0;
    for (let d = 0; d < mean.length; d++) dot += (mean[d] as number) * (c[d] as number);
    values.set(`${cosPrefix}:${slug}`, dot);
  }
}

/** Adds the dense features of a statement's text and question to `values` (see the header). */
export function vectorFeatures(
  values: Map<string, number>,
  own: TokenList,
  asked: TokenList | null,
  vectors: WordVectors,
  centroids: boolean,
): void {
  side(values, own, vectors, "vt", centroids ? "vs" : null);
  if (asked) side(values, asked, vectors, "vq", centroids ? "vqs" : null);
}

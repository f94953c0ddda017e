import type { WordVectors } from "./word-vectors.js";

/**
 * Dense features of a statement for the topic model (topic-features.ts), from the word vectors
 * (word-vectors.ts): words the labels never showed still land near words they did ("wildfire" near
 * "hurricane", "emission" near "carbon"). Pure.
 *
 * `vt:<d>` / `vq:<d>`: the idf-weighted mean of the unit vectors of the text's / the question's feature
 * words (their stems, one per occurrence, as topic-features.ts finds them for the `t:`/`q:` features:
 * found once, read twice), L2-normalised and scaled by √dim so that a component is about
 * ±1, like a word feature's 1. A side none of whose words has a vector adds nothing.
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

function side(
  values: Map<string, number>,
  stems: readonly string[],
  vectors: WordVectors,
  prefix: string,
): void {
  const { dim, unit, idf, index } = vectors;
  const acc = new Float64Array(dim);
  for (const word of stems) {
    const w = index.get(word);
    if (w === undefined) continue;
    const weight = idf[w] as number;
    const row = w * dim;
    for (let d = 0; d < dim; d++) acc[d] = (acc[d] as number) + weight * (unit[row + d] as number);
  }
  let norm = 0;
  for (let d = 0; d < dim; d++) norm += (acc[d] as number) ** 2;
  if (norm === 0) return;
  const scale = Math.sqrt(dim / norm);
  const names = namesOf(prefix, dim);
  for (let d = 0; d < dim; d++) values.set(names[d] as string, (acc[d] as number) * scale);
}

/** Adds the dense features of a statement's text and question (their feature stems) to `values`. */
export function vectorFeatures(
  values: Map<string, number>,
  own: readonly string[],
  asked: readonly string[] | null,
  vectors: WordVectors,
): void {
  side(values, own, vectors, "vt");
  if (asked) side(values, asked, vectors, "vq");
}

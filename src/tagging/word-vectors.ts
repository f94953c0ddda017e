/**
 * Word vectors for the topic features (topic-features.ts): a unit vector and an inverse paragraph
 * frequency per word key (the stems `t:`/`q:` features use), decoded once from data/word-vectors.json
 * (int8 components in base64; see data/README.md "Word vectors"). Pure: the caller hands the file in.
 */

export interface WordVectorFile {
  dim: number;
  /** idf is stored as round(idfScale · idf) in one byte. */
  idfScale: number;
  /** The vocabulary, space-separated, aligned with `idf` and `vectors`. */
  words: string;
  /** base64 of one uint8 per word. */
  idf: string;
  /** base64 of `dim` int8 per word. */
  vectors: string;
  [meta: string]: unknown;
}

export interface WordVectors {
  dim: number;
  /** word → row. */
  index: Map<string, number>;
  /** Row-major unit vectors, `dim` per word. */
  unit: Float32Array;
  idf: Float32Array;
}

/** Node's decoder: ten times faster than atob and a loop at start-up (a megabyte of base64). */
const bytesOf = (base64: string): Uint8Array => Buffer.from(base64, "base64");

export function decodeWordVectors(file: WordVectorFile): WordVectors {
  const words = file.words.split(" ");
  const n = words.length;
  const dim = file.dim;
  const bytes = bytesOf(file.vectors);
  const raw = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const idfBytes = bytesOf(file.idf);
  if (raw.length !== n * dim || idfBytes.length !== n) throw new Error("word vectors: sizes do not match");
  const unit = new Float32Array(n * dim);
  const idf = new Float32Array(n);
  for (let w = 0; w < n; w++) {
    // Quantised without a scale: renormalising restores the unit vector up to rounding.
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += (raw[w * dim + d] as number) ** 2;
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let d = 0; d < dim; d++) unit[w * dim + d] = (raw[w * dim + d] as number) * inv;
    idf[w] = (idfBytes[w] as number) / file.idfScale;
  }
  return { dim, index: new Map(words.map((word, i) => [word, i])), unit, idf };
}

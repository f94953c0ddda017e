import vectorData from "./data/word-vectors.json" with { type: "json" };
import { decodeWordVectors, type WordVectorFile, type WordVectors } from "./word-vectors.js";

/** The shipped word vectors (data/word-vectors.json, tests/topic-model/train-vectors.py), decoded once. */
export const WORD_VECTORS: WordVectors = decodeWordVectors(vectorData as WordVectorFile);

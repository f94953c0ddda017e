/**
 * Which tokens are words of a subject, and their stems: the keys of the topic model's word features
 * (topic-features.ts) and of its word vectors (vector-features.ts, tests/topic-model/vector-corpus.ts).
 */

import type { TokenList } from "./text-tokens.js";

/** Function words that say nothing about a subject; left out to keep the model small. */
const STOP = new Set(
  (
    "the a an and or but of to in on at by for with from as is are was were be been being it its this that " +
    "these those he she they we you i me my our your his her their them us will would can could should may " +
    "might must shall do does did has have had not no so if then than there here what which who whom whose " +
    "when where why how all any some such about into over also just very more most other up out s t"
  ).split(" "),
);

/** A light suffix stripper: plurals, -ing, -ed ("talks" "talking" "talked" → "talk"). */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  if (n > 4 && word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (n > 5 && word.endsWith("ing")) return word.slice(0, -3);
  if (n > 4 && word.endsWith("ed")) return word.slice(0, -2);
  if (
    n > 4 &&
    (word.endsWith("sses") || word.endsWith("ches") || word.endsWith("shes") || word.endsWith("xes"))
  )
    return word.slice(0, -2);
  if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is"))
    return word.slice(0, -1);
  return word;
}

/** Not a stop word, a one-letter token or a number. */
export function isFeatureWord(key: string): boolean {
  if (key.length < 2 || STOP.has(key)) return false;
  const c = key.charCodeAt(0);
  return !(c >= 48 && c <= 57); // numbers (dates, counts) are no subject
}

/** The stems of a token list's feature words, in order, one per occurrence. */
export function featureStems(toks: TokenList): string[] {
  return toks.keys.filter(isFeatureWord).map(stem);
}

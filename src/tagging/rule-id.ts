import { foldKey } from "./text-tokens.js";

/** "State Department" → "state-department": the entry part of an evidence rule id. */
export function slugOf(phrase: string): string {
  return foldKey(phrase)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

import { readFileSync } from "node:fs";
import type { SplitStatement } from "../../src/extract/types.js";

/**
 * The seed briefing cut by hand at the boundaries issue 2's table describes, for testing the tagger
 * before (and independently of) the splitter. Each statement runs from its first words to the start of
 * the next one, trimmed; the last runs to the end of the text.
 */

export const SEED_PATH = new URL("../../seeds/2024-04-05_pakistan-fo-weekly-briefing.txt", import.meta.url);

export const SEED_STARTS = [
  "Pakistan, on Thursday, expressed its desire",
  "To a question, she ruled out the possibility",
  "About Besham terrorist attack in which five Chinese",
  "To another query about the recent visit of the Chinese inter",
  "As far as the Chinese hydropower projects are concerned",
  "To a question about One Visa Regime for Afghanistan",
  "Responding to another query, she said that Pakistan and Iran",
  "About the Chahbahar terror attack, she said that Pakistan",
  "When asked about the Palestinians",
  "Condemning the ongoing Israeli atrocities in Gaza",
  "Expressing concerns over the Indian occupation authorities",
];

export function seedText(): string {
  return readFileSync(SEED_PATH, "utf8");
}

export function seedStatements(text: string): SplitStatement[] {
  const starts = SEED_STARTS.map((first) => {
    const at = text.indexOf(first);
    if (at < 0) throw new Error(`seed statement not found: ${first}`);
    return at;
  });
  return starts.map((start, i) => {
    let end = starts[i + 1] ?? text.length;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    return { seq: i + 1, start, end, text: text.slice(start, end), speaker: null, question: null };
  });
}

/**
 * Finds the spokesperson by name in a paragraph: the full name, a titled surname ("Ms Baloch"), or
 * the surname before a reporting verb, after some of the given names or at a clause start ("Zahid
 * Chaudhri said", "…,” Baloch added"). Another person of the same surname ("Imran Khan said") does
 * not count. Plain `indexOf` scans keep it cheap; the matcher is built once per report.
 */

import type { Spokesperson } from "./report-spokesperson.js";
import { BETWEEN, VERB_RE } from "./report-verbs.js";

const TITLE_BEFORE_NAME = /^(?:Mr|Ms|Mrs|Dr|Ambassador)\.?$/;
const VERB_AFTER_NAME = new RegExp(`${BETWEEN}\\s+${VERB_RE}`, "y");
const WORD_CHAR = /\w/;

function isSpace(ch: string | undefined): boolean {
  return ch === " " || ch === "\n" || ch === "\t" || ch === "\r" || ch === "\u00a0";
}

/** The whitespace-separated word that ends just before `i` (skipping the spaces before `i`). */
export function wordBefore(text: string, i: number): string {
  let e = i;
  while (e > 0 && isSpace(text[e - 1])) e--;
  let s = e;
  while (s > 0 && !isSpace(text[s - 1])) s--;
  return text.slice(s, e);
}

export type NameMatcher = (plain: string) => boolean;

/** "…,” Shafqat said": the first name alone, at a clause start, before a reporting verb. */
function speaksAlone(plain: string, word: string): boolean {
  for (let i = plain.indexOf(word); i >= 0; i = plain.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (WORD_CHAR.test(plain[i - 1] ?? " ") || WORD_CHAR.test(plain[end] ?? " ")) continue;
    if (/^[A-Z]/.test(wordBefore(plain, i))) continue;
    VERB_AFTER_NAME.lastIndex = end;
    if (VERB_AFTER_NAME.test(plain)) return true;
  }
  return false;
}

/** A matcher for the spokesperson's name, or null when the report does not name them. */
export function nameMatcherOf(sp: Spokesperson): NameMatcher | null {
  const { name, surname } = sp;
  if (!name || !surname) return null;
  const given = new Set(name.split(" ").slice(0, -1));
  const firstName = name.split(" ")[0] as string;
  return (plain) => {
    if (plain.includes(name)) return true;
    if (firstName !== surname && speaksAlone(plain, firstName)) return true;
    for (let i = plain.indexOf(surname); i >= 0; i = plain.indexOf(surname, i + 1)) {
      const end = i + surname.length;
      if (WORD_CHAR.test(plain[i - 1] ?? " ") || WORD_CHAR.test(plain[end] ?? " ")) continue;
      const before = wordBefore(plain, i);
      if (TITLE_BEFORE_NAME.test(before)) return true;
      if (/^[A-Z][a-z]*$/.test(before) && !given.has(before)) continue;
      VERB_AFTER_NAME.lastIndex = end;
      if (VERB_AFTER_NAME.test(plain)) return true;
    }
    return false;
  };
}

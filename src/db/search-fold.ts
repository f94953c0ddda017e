/**
 * An approximation of the FTS5 `unicode61 remove_diacritics 2` tokenizer in JavaScript: the parser
 * uses it to tell a searchable word from punctuation and to check prefix lengths, the relevance scorer
 * to count term occurrences. Token characters are letters, digits and private-use characters;
 * everything else separates tokens. Case and diacritics are folded away.
 */
const NON_TOKEN = /[^\p{L}\p{N}\p{Co}]+/u;
const HAS_TOKEN = /[\p{L}\p{N}\p{Co}]/u;
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^ -~\t\n\r]/;

export function foldText(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize("NFD").replace(MARKS, "") : lower;
}

/** The tokens FTS5 would index for `text`, folded. */
export function foldTokens(text: string): string[] {
  return foldText(text)
    .split(NON_TOKEN)
    .filter((t) => t !== "");
}

export function hasTokenChars(text: string): boolean {
  return HAS_TOKEN.test(text);
}

/**
 * Lexer for the `q` search syntax. Everything a user can type becomes a token; structural mistakes
 * (an unterminated quote) are reported with the character position so the 400 can say where.
 */

export type LexToken =
  | { type: "term"; text: string; quoted: boolean; prefix: boolean; negated: boolean; at: number }
  | { type: "open"; negated: boolean; near: boolean; at: number }
  | { type: "close"; at: number }
  | { type: "comma"; at: number }
  | { type: "or"; at: number }
  | { type: "and"; at: number }
  | { type: "not"; at: number }
  | { type: "near"; distance: number | null; at: number };

export class SearchSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SearchSyntaxError";
  }
}

const SPACE = /\s/u;
const isBreak = (c: string | undefined) =>
  c === undefined || SPACE.test(c) || c === '"' || c === "(" || c === ")" || c === ",";
const NEAR_SLASH = /^NEAR\/(\d+)$/;
const CONTROL = /\p{Cc}/gu;

/** 1-based character position for messages (code points, as a user counts them). */
export function position(text: string, index: number): number {
  return [...text.slice(0, index)].length + 1;
}

export function lex(raw: string): LexToken[] {
  // Control characters separate words, in phrases too: a NUL reaching SQLite would cut its MATCH
  // string short (a 500). One code unit each, so positions in messages do not move.
  const input = raw.replace(CONTROL, " ");
  const tokens: LexToken[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i] as string;
    if (SPACE.test(c)) {
      i++;
      continue;
    }
    const at = i;
    // A leading "-" excludes what follows it, when something follows directly.
    const negated =
      c === "-" && i + 1 < input.length && !SPACE.test(input[i + 1] as string) && input[i + 1] !== "-";
    if (negated) i++;
    const d = input[i] as string;
    if (d === '"') {
      const end = input.indexOf('"', i + 1);
      if (end < 0) {
        throw new SearchSyntaxError(
          `unterminated quote: the phrase starting at character ${position(input, i)} has no closing "`,
        );
      }
      let next = end + 1;
      const prefix = input[next] === "*";
      while (input[next] === "*") next++;
      tokens.push({ type: "term", text: input.slice(i + 1, end), quoted: true, prefix, negated, at });
      i = next;
      continue;
    }
    if (d === "(") {
      tokens.push({ type: "open", negated, near: false, at });
      i++;
      continue;
    }
    if (d === ")") {
      tokens.push({ type: "close", at });
      i++;
      continue;
    }
    if (d === ",") {
      tokens.push({ type: "comma", at });
      i++;
      continue;
    }
    let end = i;
    while (!isBreak(input[end])) end++;
    const word = input.slice(i, end);
    i = end;
    if (!negated && word === "NEAR" && input[end] === "(") {
      tokens.push({ type: "open", negated: false, near: true, at });
      i = end + 1;
      continue;
    }
    if (!negated && (word === "OR" || word === "AND" || word === "NOT")) {
      tokens.push({ type: word === "OR" ? "or" : word === "AND" ? "and" : "not", at });
      continue;
    }
    const near = negated ? null : NEAR_SLASH.exec(word);
    if (!negated && (word === "NEAR" || near)) {
      tokens.push({ type: "near", distance: near ? Number(near[1]) : null, at });
      continue;
    }
    const prefix = word.endsWith("*");
    tokens.push({ type: "term", text: word.replace(/\*+$/, ""), quoted: false, prefix, negated, at });
  }
  return tokens;
}

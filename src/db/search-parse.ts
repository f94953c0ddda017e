import { foldTokens, hasTokenChars } from "./search-fold.js";
import { type LexToken, lex, position, SearchSyntaxError } from "./search-lexer.js";

export { SearchSyntaxError };

/** One word, phrase or prefix a matching statement contains. */
export interface SearchTerm {
  /** Folded tokens, as FTS5 indexes them. */
  tokens: string[];
  /** The last token is a prefix (`word*`). */
  prefix: boolean;
  /** The term alone as an FTS5 expression (for document frequencies). */
  match: string;
}

type Node =
  | { kind: "term"; term: SearchTerm }
  | { kind: "near"; terms: SearchTerm[]; distance: number }
  | { kind: "and"; items: Node[] }
  | { kind: "or"; items: Node[] }
  | { kind: "not"; include: Node; exclude: Node };

/** A parsed `q`: a safe FTS5 MATCH expression and the terms that make a statement match. */
export interface SearchQuery {
  match: string;
  terms: SearchTerm[];
}

export const SEARCH_LIMITS = { terms: 32, depth: 8, nearDistance: 100, prefixMin: 2 } as const;
const DEFAULT_NEAR = 10;

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

function serialize(node: Node): string {
  switch (node.kind) {
    case "term":
      return node.term.match;
    case "near":
      return `NEAR(${node.terms.map((t) => t.match).join(" ")}, ${node.distance})`;
    case "and":
      return node.items.length === 1
        ? serialize(node.items[0] as Node)
        : `(${node.items.map(serialize).join(" AND ")})`;
    case "or":
      return node.items.length === 1
        ? serialize(node.items[0] as Node)
        : `(${node.items.map(serialize).join(" OR ")})`;
    case "not":
      return `(${serialize(node.include)} NOT ${serialize(node.exclude)})`;
  }
}

function positiveTerms(node: Node): SearchTerm[] {
  switch (node.kind) {
    case "term":
      return [node.term];
    case "near":
      return node.terms;
    case "and":
    case "or":
      return node.items.flatMap(positiveTerms);
    case "not":
      return positiveTerms(node.include);
  }
}

/** Recursive-descent parser over the lexer's tokens; `null` nodes are words with nothing searchable. */
class Parser {
  private i = 0;
  private termCount = 0;
  constructor(
    private readonly input: string,
    private readonly tokens: LexToken[],
  ) {}

  private peek(): LexToken | undefined {
    return this.tokens[this.i];
  }

  private at(t: LexToken): number {
    return position(this.input, t.at);
  }

  parse(): Node {
    const node = this.parseOr(0);
    const rest = this.peek();
    if (rest) {
      throw new SearchSyntaxError(
        rest.type === "close"
          ? `unbalanced parenthesis: the ) at character ${this.at(rest)} has no matching (`
          : `unexpected ${rest.type} at character ${this.at(rest)}`,
      );
    }
    if (!node) throw new SearchSyntaxError("has no words to search for");
    return node;
  }

  private parseOr(depth: number): Node | null {
    const branches: (Node | null)[] = [];
    for (;;) {
      const start = this.i;
      const branch = this.parseAnd(depth);
      const next = this.peek();
      if (this.i === start && (branches.length > 0 || next?.type === "or")) {
        const where = next ?? this.tokens[this.i - 1];
        throw new SearchSyntaxError(
          `OR needs a word or phrase on each side${where ? ` (near character ${this.at(where)})` : ""}`,
        );
      }
      branches.push(branch);
      if (next?.type !== "or") break;
      this.i++;
    }
    const items = branches.filter((b): b is Node => b !== null);
    if (items.length === 0) return null;
    return items.length === 1 ? (items[0] as Node) : { kind: "or", items };
  }

  private parseAnd(depth: number): Node | null {
    const include: Node[] = [];
    const exclude: Node[] = [];
    let excludedAt: LexToken | null = null;
    for (let t = this.peek(); t && t.type !== "or" && t.type !== "close"; t = this.peek()) {
      if (t.type === "comma") {
        this.i++;
        continue;
      }
      if (t.type === "and") {
        this.i++;
        const next = this.peek();
        if (include.length + exclude.length === 0 || !next || next.type === "or" || next.type === "close") {
          throw new SearchSyntaxError(`AND needs a word or phrase on each side (character ${this.at(t)})`);
        }
        continue;
      }
      if (t.type === "near") {
        throw new SearchSyntaxError(
          `NEAR at character ${this.at(t)} needs a word or phrase on each side: write a NEAR b, a NEAR/5 b or NEAR(a b, 5)`,
        );
      }
      const unary = this.parseUnary(depth);
      if (!unary) continue;
      const item = this.peek()?.type === "near" ? this.nearChain(unary, t) : unary;
      if (!item.node) continue;
      if (item.negated) {
        exclude.push(item.node);
        excludedAt ??= t;
      } else include.push(item.node);
    }
    if (include.length === 0) {
      if (exclude.length > 0 && excludedAt) {
        throw new SearchSyntaxError(
          `an exclusion (character ${this.at(excludedAt)}) needs a word to search for next to it: -x alone matches nothing`,
        );
      }
      return null;
    }
    const positive: Node = include.length === 1 ? (include[0] as Node) : { kind: "and", items: include };
    if (exclude.length === 0) return positive;
    const negative: Node = exclude.length === 1 ? (exclude[0] as Node) : { kind: "or", items: exclude };
    return { kind: "not", include: positive, exclude: negative };
  }

  /** One item of an AND list: a term, a group or a NEAR(...), possibly negated. */
  private parseUnary(
    depth: number,
  ): { node: Node | null; negated: boolean; plainTerm: SearchTerm | null } | null {
    const t = this.peek();
    if (!t) return null;
    if (t.type === "not") {
      this.i++;
      const next = this.peek();
      if (!next || next.type === "or" || next.type === "close" || next.type === "and") {
        throw new SearchSyntaxError(`NOT at character ${this.at(t)} needs a word or phrase after it`);
      }
      const inner = this.parseUnary(depth);
      return inner ? { node: inner.node, negated: !inner.negated, plainTerm: null } : null;
    }
    if (t.type === "term") {
      this.i++;
      const term = this.term(t);
      return {
        node: term ? { kind: "term", term } : null,
        negated: t.negated,
        plainTerm: t.negated ? null : term,
      };
    }
    if (t.type === "open") {
      this.i++;
      if (depth + 1 > SEARCH_LIMITS.depth) {
        throw new SearchSyntaxError(`nests parentheses more than ${SEARCH_LIMITS.depth} deep`);
      }
      if (this.peek()?.type === "close") {
        throw new SearchSyntaxError(`empty parentheses at character ${this.at(t)}`);
      }
      const node = t.near ? this.nearCall(t) : this.parseOr(depth + 1);
      const close = this.peek();
      if (close?.type !== "close") {
        throw new SearchSyntaxError(`unbalanced parenthesis: the ( at character ${this.at(t)} is not closed`);
      }
      this.i++;
      return { node, negated: t.negated, plainTerm: null };
    }
    throw new SearchSyntaxError(`unexpected ${t.type} at character ${this.at(t)}`);
  }

  private term(t: Extract<LexToken, { type: "term" }>): SearchTerm | null {
    if (!hasTokenChars(t.text)) return null;
    const tokens = foldTokens(t.text);
    const last = tokens.at(-1) ?? "";
    if (t.prefix && [...last].length < SEARCH_LIMITS.prefixMin) {
      throw new SearchSyntaxError(
        `a prefix search needs at least ${SEARCH_LIMITS.prefixMin} letters before * (character ${this.at(t)})`,
      );
    }
    this.termCount++;
    if (this.termCount > SEARCH_LIMITS.terms) {
      throw new SearchSyntaxError(`has more than ${SEARCH_LIMITS.terms} words and phrases`);
    }
    return { tokens, prefix: t.prefix, match: quote(t.text) + (t.prefix ? "*" : "") };
  }

  /** `a NEAR b NEAR/3 c`: plain words and phrases joined by NEAR. */
  private nearChain(
    first: { node: Node | null; negated: boolean; plainTerm: SearchTerm | null },
    startToken: LexToken,
  ): { node: Node | null; negated: boolean } {
    if (first.negated || (first.node && !first.plainTerm)) {
      throw new SearchSyntaxError(
        `NEAR at character ${this.at(this.peek() ?? startToken)} joins plain words or phrases: write a NEAR b, or NEAR(a b, 5)`,
      );
    }
    const terms = first.plainTerm ? [first.plainTerm] : [];
    let distance: number | null = null;
    for (let op = this.peek(); op?.type === "near"; op = this.peek()) {
      this.i++;
      if (op.distance !== null) distance = Math.max(distance ?? 0, this.checkDistance(op.distance, op));
      const right = this.peek();
      if (right?.type !== "term" || right.negated) {
        throw new SearchSyntaxError(
          `NEAR at character ${this.at(op)} needs a word or phrase on each side: write a NEAR b, a NEAR/5 b or NEAR(a b, 5)`,
        );
      }
      this.i++;
      const term = this.term(right);
      if (term) terms.push(term);
    }
    if (terms.length === 0) return { node: null, negated: false };
    return { node: { kind: "near", terms, distance: distance ?? DEFAULT_NEAR }, negated: false };
  }

  /** `NEAR(a "b c" d*, 5)`, after its opening parenthesis. */
  private nearCall(open: LexToken): Node | null {
    const terms: SearchTerm[] = [];
    let distance = DEFAULT_NEAR;
    for (let t = this.peek(); t && t.type !== "close"; t = this.peek()) {
      if (t.type === "comma") {
        this.i++;
        const n = this.peek();
        if (n?.type !== "term" || n.quoted || n.negated || n.prefix || !/^\d+$/.test(n.text)) {
          throw new SearchSyntaxError(
            `NEAR( at character ${this.at(open)}: after the comma comes the distance, a whole number from 0 to ${SEARCH_LIMITS.nearDistance}`,
          );
        }
        this.i++;
        distance = this.checkDistance(Number(n.text), n);
        continue;
      }
      if (t.type !== "term" || t.negated) {
        throw new SearchSyntaxError(
          `NEAR( at character ${this.at(open)} takes only words and "phrases", then optionally a comma and a distance`,
        );
      }
      this.i++;
      const term = this.term(t);
      if (term) terms.push(term);
    }
    return terms.length === 0 ? null : { kind: "near", terms, distance };
  }

  private checkDistance(n: number, t: LexToken): number {
    if (!Number.isSafeInteger(n) || n > SEARCH_LIMITS.nearDistance) {
      throw new SearchSyntaxError(
        `NEAR distance at character ${this.at(t)} must be a whole number from 0 to ${SEARCH_LIMITS.nearDistance}`,
      );
    }
    return n;
  }
}

/**
 * Parse what a user typed into `q`. Words, "exact phrases", prefix*, OR, AND, -exclusion (or NOT),
 * parentheses and NEAR; every word is passed to FTS5 as a quoted string, so no input can reach FTS5's
 * own syntax. Throws SearchSyntaxError (a message for a 400) on structural mistakes.
 */
export function parseSearch(input: string): SearchQuery {
  const root = new Parser(input, lex(input)).parse();
  return { match: serialize(root), terms: positiveTerms(root) };
}

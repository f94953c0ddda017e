import Database from "better-sqlite3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseSearch, SearchSyntaxError } from "../../src/db/search-parse.js";

const match = (q: string) => parseSearch(q).match;
const error = (q: string) => {
  try {
    parseSearch(q);
  } catch (err) {
    if (err instanceof SearchSyntaxError) return err.message;
    throw err;
  }
  throw new Error(`expected ${JSON.stringify(q)} to be refused`);
};

describe("parseSearch: the q syntax", () => {
  it.each([
    ["china", '"china"'],
    ["china pakistan", '("china" AND "pakistan")'],
    ["china AND pakistan", '("china" AND "pakistan")'],
    ['"belt and road"', '"belt and road"'],
    ["terror*", '"terror"*'],
    ['"belt and ro"*', '"belt and ro"*'],
    ["kashmir OR taiwan", '("kashmir" OR "taiwan")'],
    ["china -taiwan -tibet", '("china" NOT ("taiwan" OR "tibet"))'],
    ["china NOT taiwan", '("china" NOT "taiwan")'],
    ["(kashmir OR taiwan) china", '(("kashmir" OR "taiwan") AND "china")'],
    ["-(a b) c", '("c" NOT ("a" AND "b"))'],
    ["NEAR(china india, 5)", 'NEAR("china" "india", 5)'],
    ['NEAR(china "line of control")', 'NEAR("china" "line of control", 10)'],
    ["china NEAR india", 'NEAR("china" "india", 10)'],
    ["china NEAR/3 india NEAR/7 border", 'NEAR("china" "india" "border", 7)'],
    ["U.S.", '"U.S."'],
    ["foo:bar ^baz", '("foo:bar" AND "^baz")'],
    ["Türkiye 北京", '("Türkiye" AND "北京")'],
    ["a,b", '("a" AND "b")'],
    ['"" china . ,', '"china"'],
    ["or and near not", '("or" AND "and" AND "near" AND "not")'],
  ])("%s → %s", (q, expected) => {
    expect(match(q)).toBe(expected);
  });

  it("lists the terms a match must contain, excluded ones left out", () => {
    expect(parseSearch('"Belt and Road" terror* -taiwan').terms).toEqual([
      { tokens: ["belt", "and", "road"], prefix: false, match: '"Belt and Road"' },
      { tokens: ["terror"], prefix: true, match: '"terror"*' },
    ]);
  });

  it.each([
    ['"belt and road', 'unterminated quote: the phrase starting at character 1 has no closing "'],
    ["(china", "unbalanced parenthesis: the ( at character 1 is not closed"],
    ["china)", "unbalanced parenthesis: the ) at character 6 has no matching ("],
    ["()", "empty parentheses at character 1"],
    ["-taiwan", "an exclusion (character 1) needs a word to search for next to it: -x alone matches nothing"],
    [
      "NOT taiwan",
      "an exclusion (character 1) needs a word to search for next to it: -x alone matches nothing",
    ],
    ["china OR", "OR needs a word or phrase on each side (near character 7)"],
    ["OR china", "OR needs a word or phrase on each side (near character 1)"],
    ["a OR OR b", "OR needs a word or phrase on each side (near character 6)"],
    ["china AND", "AND needs a word or phrase on each side (character 7)"],
    ["a*", "a prefix search needs at least 2 letters before * (character 1)"],
    ["***", "has no words to search for"],
    [":^*", "has no words to search for"],
    [
      "NEAR(a -b)",
      'NEAR( at character 1 takes only words and "phrases", then optionally a comma and a distance',
    ],
    ["NEAR(a b, 500)", "NEAR distance at character 11 must be a whole number from 0 to 100"],
    [
      "NEAR(a b, x)",
      "NEAR( at character 1: after the comma comes the distance, a whole number from 0 to 100",
    ],
    [
      "NEAR b",
      "NEAR at character 1 needs a word or phrase on each side: write a NEAR b, a NEAR/5 b or NEAR(a b, 5)",
    ],
    ["(a) NEAR b", "NEAR at character 5 joins plain words or phrases: write a NEAR b, or NEAR(a b, 5)"],
    ["((((((((((a))))))))))", "nests parentheses more than 8 deep"],
    [Array.from({ length: 33 }, (_, i) => `w${i}`).join(" "), "has more than 32 words and phrases"],
  ])("refuses %j: %s", (q, message) => {
    expect(error(q)).toBe(message);
  });
});

describe("parseSearch against FTS5", () => {
  const db = new Database(":memory:");
  db.exec(`CREATE VIRTUAL TABLE f USING fts5(text, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3');
    INSERT INTO f (rowid, text) VALUES (1, 'The quick brown fox'), (2, 'Türkiye and the U.S. held talks'),
      (3, 'a well-known fact: NEAR is a word'), (4, '北京 said OR and AND');`);
  const run = db.prepare<[string], { rowid: number }>("SELECT rowid FROM f WHERE f MATCH ? ORDER BY rowid");
  const rows = (q: string) => run.all(match(q)).map((r) => r.rowid);

  it("finds what the syntax promises", () => {
    expect(rows("turkiye")).toEqual([2]);
    expect(rows("U.S.")).toEqual([2]);
    expect(rows("well-known")).toEqual([3]);
    expect(rows('"quick brown"')).toEqual([1]);
    expect(rows('"brown quick"')).toEqual([]);
    expect(rows("qu*")).toEqual([1]);
    expect(rows("fox OR talks")).toEqual([1, 2]);
    expect(rows("the -fox")).toEqual([2]);
    expect(rows("NEAR(quick fox, 1)")).toEqual([1]);
    expect(rows("NEAR(quick fox, 0)")).toEqual([]);
    expect(rows("near OR and")).toEqual([2, 3, 4]);
    expect(rows("北京")).toEqual([4]);
  });

  it("turns any string into a query FTS5 runs, or a SearchSyntaxError (never an SQLite error)", () => {
    const alphabet = fc.constantFrom(
      ...'ab ()"*-:^,./NEAROTD北ü\t'.split(""),
      "OR",
      "AND",
      "NOT",
      "NEAR",
      "NEAR/2",
      "\u0301",
    );
    const queries = fc.oneof(
      fc.string({ unit: alphabet, maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 40 }),
      fc.string({ maxLength: 1000 }),
    );
    fc.assert(
      fc.property(queries, (q) => {
        let expression: string;
        try {
          expression = match(q);
        } catch (err) {
          if (err instanceof SearchSyntaxError) return;
          throw err;
        }
        run.all(expression);
      }),
      { numRuns: 3000 },
    );
  });

  it("handles a 1,000-character query", () => {
    const long = `${"word ".repeat(199)}last`;
    expect(error(long)).toBe("has more than 32 words and phrases");
    expect(rows("x".repeat(1000))).toEqual([]);
    expect(rows(`"${"fox ".repeat(249)}"`)).toEqual([]);
  });
});

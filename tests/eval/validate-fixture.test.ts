import { describe, expect, it } from "vitest";
import type { Fixture, FixtureStatement } from "./fixtures.js";
import { fixtureProblems } from "./validate-fixture.js";

const TEXT = "date 2024-01-01 HEADLINE\nShe said Afghanistan must act. About Gaza, she said peace.\n";

function statement(start: number, end: number, extra: Partial<FixtureStatement> = {}): FixtureStatement {
  return {
    start,
    end,
    first: TEXT.slice(start, start + 3),
    speaker: null,
    question: null,
    countries: [],
    regions: [],
    topics: [],
    ...extra,
  };
}

function fixture(statements: FixtureStatement[], extra: Partial<Fixture> = {}): Fixture {
  return {
    source: "seed:x.txt",
    sha256: "0".repeat(64),
    issuer: "PK",
    format: "report",
    notes: "",
    statements,
    ...extra,
  };
}

const A = TEXT.indexOf("She said");
const A_END = TEXT.indexOf("About") - 1;
const B = TEXT.indexOf("About");
const B_END = TEXT.length - 1;

describe("fixtureProblems", () => {
  it("finds nothing wrong with a well-formed fixture", () => {
    const ok = fixture([
      statement(A, A_END, { countries: ["AF", "PK"], topics: ["terrorism"] }),
      statement(B, B_END, { countries: ["PS"], regions: ["KASHMIR"], topics: ["armed-conflict"] }),
    ]);
    expect(fixtureProblems(ok, TEXT)).toEqual([]);
  });

  it("reports offsets out of range, whitespace at the edges, overlaps and a wrong first", () => {
    const bad = fixture([
      statement(A - 1, A_END, { first: "She" }),
      statement(A_END - 4, B_END, { first: "act." }),
      statement(B_END, TEXT.length + 5),
    ]);
    expect(fixtureProblems(bad, TEXT)).toEqual([
      `statement #1 (${A - 1}..${A_END}): statement has leading or trailing whitespace`,
      `statement #1 (${A - 1}..${A_END}): "first" "She" is not how the statement starts`,
      `statement #2 (${A_END - 4}..${B_END}): starts before the previous statement ends (${A_END})`,
      `statement #3 (${B_END}..${TEXT.length + 5}): span ${B_END}..${TEXT.length + 5} is empty or outside the text (length ${TEXT.length})`,
    ]);
  });

  it("reports unknown labels, duplicates and lower-case codes", () => {
    const bad = fixture(
      [statement(A, A_END, { countries: ["af", "XX", "AF", "AF"], regions: ["MARS"], topics: ["war"] })],
      {
        issuer: "PAK",
      },
    );
    expect(fixtureProblems(bad, TEXT)).toEqual([
      'unknown issuer "PAK"',
      `statement #1 (${A}..${A_END}): country has duplicates`,
      `statement #1 (${A}..${A_END}): unknown country "af"`,
      `statement #1 (${A}..${A_END}): unknown country "XX"`,
      `statement #1 (${A}..${A_END}): unknown region "MARS"`,
      `statement #1 (${A}..${A_END}): unknown topic "war"`,
    ]);
  });

  it("reports a question that overlaps statement text and a fixture with no statements", () => {
    const q = fixture([statement(B, B_END, { question: { start: A, end: B + 5, asker: null } })]);
    expect(fixtureProblems(q, TEXT)).toEqual(["statement #1: its question overlaps statement #1"]);
    expect(fixtureProblems(fixture([]), TEXT)).toEqual(["no statements"]);
  });
});

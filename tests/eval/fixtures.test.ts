import { describe, expect, it } from "vitest";
import { type FixtureFile, listFixtures, readSource, SourceChangedError } from "./fixtures.js";

const seed = listFixtures().find((f) => f.name === "dev/seed") as FixtureFile;

describe("readSource", () => {
  it("returns the source text when its sha-256 is the annotated one", () => {
    expect(readSource(seed).startsWith(" date 2024-04-05 ")).toBe(true);
  });

  it("refuses a source whose bytes changed since annotation, naming the fixture and both hashes", () => {
    const changed: FixtureFile = { ...seed, fixture: { ...seed.fixture, sha256: "0".repeat(64) } };
    expect(() => readSource(changed)).toThrow(SourceChangedError);
    expect(() => readSource(changed)).toThrow(
      new RegExp(
        `^dev/seed: seed:\\S+ changed since it was annotated \\(sha256 ${seed.fixture.sha256}, fixture expects 0{64}\\)`,
      ),
    );
  });

  it("names a missing source", () => {
    const missing: FixtureFile = { ...seed, fixture: { ...seed.fixture, source: "seed:no-such-file.txt" } };
    expect(() => readSource(missing)).toThrow(/^dev\/seed: source seed:no-such-file.txt not found at /);
  });
});

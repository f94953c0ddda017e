/**
 * The annotated fixtures are well-formed: offsets in range, ordered and non-overlapping, trimmed
 * statements, known labels, and sources with the bytes they were annotated on. Engine quality is
 * not asserted here: `npm run eval` measures it.
 */

import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  corpusDir,
  type FixtureFile,
  isCorpusSource,
  listFixtures,
  sha256Hex,
  sourcePath,
} from "../eval/fixtures.js";
import { fixtureProblems } from "../eval/validate-fixture.js";

const fixtures = listFixtures();
const corpusPresent = existsSync(corpusDir);
if (!corpusPresent) console.warn(`corpus fixtures skipped: ${corpusDir} not found`);

function checks(file: FixtureFile): void {
  const path = sourcePath(file.fixture.source);

  it("has a source whose sha-256 is the one it was annotated on", () => {
    expect(sha256Hex(readFileSync(path))).toBe(file.fixture.sha256);
  });

  it("has in-range, ordered, non-overlapping, trimmed statements with known labels", () => {
    expect(fixtureProblems(file.fixture, readFileSync(path, "utf8"))).toEqual([]);
  });
}

describe("the fixture sets", () => {
  it("hold the seed and at least three briefings of each corpus shape", () => {
    const folders = fixtures.map((f) => /^corpus:([^/]+)\//.exec(f.fixture.source)?.[1]);
    expect(fixtures.some((f) => f.fixture.source.startsWith("seed:"))).toBe(true);
    for (const folder of ["cmfa", "pkfo", "wh"]) {
      expect(folders.filter((x) => x === folder).length, folder).toBeGreaterThanOrEqual(3);
    }
  });

  it("name each corpus fixture after its corpus folder", () => {
    const misnamed = fixtures
      .filter((f) => isCorpusSource(f.fixture.source))
      .filter((f) => !f.fixture.source.startsWith(`corpus:${f.name.split("/")[1]?.split("-")[0]}/`))
      .map((f) => f.name);
    expect(misnamed).toEqual([]);
  });
});

for (const file of fixtures.filter((f) => !isCorpusSource(f.fixture.source))) {
  describe(`fixture ${file.name}`, () => checks(file));
}

for (const file of fixtures.filter((f) => isCorpusSource(f.fixture.source))) {
  describe.skipIf(!corpusPresent)(`fixture ${file.name} (needs ../shared/corpus)`, () => checks(file));
}

/**
 * The annotated fixtures (tests/fixtures/{dev,holdout}/*.json): offsets and labels into a seed or
 * corpus file, never the text itself. This module finds them, resolves their sources and checks
 * that a source still has the bytes it was annotated on.
 */

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface FixtureQuestion {
  start: number;
  end: number;
  asker: string | null;
}

export interface FixtureStatement {
  start: number;
  end: number;
  /** The first few words, for human review only. */
  first: string;
  speaker: string | null;
  question: FixtureQuestion | null;
  countries: string[];
  regions: string[];
  topics: string[];
}

export interface Fixture {
  /** "seed:<file>" (under seeds/) or "corpus:<folder>/<file>" (under ../shared/corpus). */
  source: string;
  sha256: string;
  issuer: string;
  format: "report" | "transcript";
  notes: string;
  statements: FixtureStatement[];
}

export type FixtureSet = "dev" | "holdout";

export interface FixtureFile {
  set: FixtureSet;
  /** "dev/seed", "holdout/pkfo-2025-07-05-dawn-saarc". */
  name: string;
  path: string;
  fixture: Fixture;
}

export const fixturesDir = fileURLToPath(new URL("../fixtures/", import.meta.url));
export const seedsDir = fileURLToPath(new URL("../../seeds/", import.meta.url));
/** The shared corpus sits next to the repository, never inside it. */
export const corpusDir = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));

export const FIXTURE_SETS: readonly FixtureSet[] = ["dev", "holdout"];

/** Every fixture of both sets, in a stable order (set, then file name). */
export function listFixtures(): FixtureFile[] {
  const out: FixtureFile[] = [];
  for (const set of FIXTURE_SETS) {
    const dir = join(fixturesDir, set);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith(".json")) continue;
      const path = join(dir, file);
      const fixture = JSON.parse(readFileSync(path, "utf8")) as Fixture;
      out.push({ set, name: `${set}/${file.slice(0, -".json".length)}`, path, fixture });
    }
  }
  return out;
}

/** True for fixtures whose source lives in the shared corpus (absent on some machines). */
export function isCorpusSource(source: string): boolean {
  return source.startsWith("corpus:");
}

/** The file a fixture's `source` names. */
export function sourcePath(source: string): string {
  if (source.startsWith("seed:")) return join(seedsDir, source.slice("seed:".length));
  if (source.startsWith("corpus:")) return join(corpusDir, source.slice("corpus:".length));
  throw new Error(`unknown fixture source "${source}" (expected "seed:<file>" or "corpus:<folder>/<file>")`);
}

export function sha256Hex(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The source file changed since it was annotated: every offset of the fixture may now be wrong. */
export class SourceChangedError extends Error {
  override readonly name = "SourceChangedError";
}

/** The source's text, after checking that its bytes are the ones the fixture was annotated on. */
export function readSource(file: FixtureFile): string {
  const path = sourcePath(file.fixture.source);
  if (!existsSync(path)) throw new Error(`${file.name}: source ${file.fixture.source} not found at ${path}`);
  const bytes = readFileSync(path);
  const actual = sha256Hex(bytes);
  if (actual !== file.fixture.sha256) {
    throw new SourceChangedError(
      `${file.name}: ${file.fixture.source} changed since it was annotated (sha256 ${actual}, ` +
        `fixture expects ${file.fixture.sha256}); re-check every offset before updating the hash`,
    );
  }
  return bytes.toString("utf8");
}

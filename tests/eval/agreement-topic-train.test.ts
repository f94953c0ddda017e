import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { agreementProblems } from "./agreement-score.js";
import { fixturesDir } from "./fixtures.js";

const secondDir = join(fixturesDir, "agreement", "topic-train");
const names = existsSync(secondDir) ? readdirSync(secondDir).filter((f) => f.endsWith(".json")) : [];

describe("second readings of topic-train files (tests/fixtures/agreement/topic-train)", () => {
  it("exist for the sampled files", () => {
    // 28 were sampled; one (pkfo 2025-10-18, Doha talks) lost its first reading to a dev fixture of the same text.
    expect(names.length).toBeGreaterThanOrEqual(27);
  });

  it.each(names)("%s reads the same statements as its topic-train file, with issue 2's slugs", (name) => {
    const second = JSON.parse(readFileSync(join(secondDir, name), "utf8"));
    const first = JSON.parse(readFileSync(join(fixturesDir, "topic-train", name), "utf8"));
    expect({ source: second.source, sha256: second.sha256 }).toEqual({
      source: first.source,
      sha256: first.sha256,
    });
    expect(agreementProblems(first.statements, second.statements)).toEqual([]);
  });
});

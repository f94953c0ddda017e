import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open-database.js";
import { TAGGER_VERSION } from "../../src/tagging/version.js";
import { checkStored, podium, tempDir, writeBriefings } from "./cli-support.js";

/** Three briefings ingested by the CLI, two of them made to look stored by an older tagger. */
async function staleDatabase() {
  const dir = tempDir("retag-cli");
  const db = join(dir, "p.db");
  writeBriefings(join(dir, "in"), 3);
  expect((await podium(["ingest", join(dir, "in")], { DATABASE_PATH: db })).code).toBe(0);
  const pdb = openDatabase(db);
  pdb.sqlite.exec(`
    UPDATE briefing SET tagger_version = '2000.01.01-old' WHERE pk IN (1, 2);
    DELETE FROM statement_tag WHERE statement_pk IN (SELECT pk FROM statement WHERE briefing_pk IN (1, 2));`);
  const ids = pdb.sqlite
    .prepare<[], { id: string }>("SELECT id FROM briefing ORDER BY pk")
    .all()
    .map((r) => r.id);
  pdb.close();
  return { db, ids };
}

describe("podium stats", () => {
  it("counts briefings, statements, tags by kind, tagger versions and issuers (--json)", async () => {
    const { db } = await staleDatabase();
    const run = await podium(["stats", "--json"], { DATABASE_PATH: db });
    expect(run.code).toBe(0);
    const stats = JSON.parse(run.stdout);
    const pdb = openDatabase(db);
    const count = (sql: string) => (pdb.sqlite.prepare(sql).get() as { n: number }).n;
    expect(stats).toEqual({
      briefings: 3,
      statements: count("SELECT count(*) AS n FROM statement"),
      tags: Object.fromEntries(
        ["country", "region", "topic"].map((k) => [
          k,
          {
            tags: count(`SELECT count(*) AS n FROM statement_tag WHERE kind = '${k}'`),
            values: count(`SELECT count(DISTINCT value) AS n FROM statement_tag WHERE kind = '${k}'`),
          },
        ]),
      ),
      taggerVersions: [
        { version: "2000.01.01-old", briefings: 2 },
        { version: TAGGER_VERSION, briefings: 1 },
      ],
      issuers: [
        {
          issuer: (pdb.sqlite.prepare("SELECT DISTINCT issuer FROM briefing").get() as { issuer: string })
            .issuer,
          briefings: 3,
        },
      ],
      dates: { first: "2023-01-01", last: "2023-01-03" },
      currentTaggerVersion: TAGGER_VERSION,
    });
    pdb.close();
  });

  it("prints a readable table that marks stale tagger versions", async () => {
    const { db } = await staleDatabase();
    const run = await podium(["stats"], { DATABASE_PATH: db });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^briefings +3$/m);
    expect(run.stdout).toMatch(/^dates +2023-01-01 … 2023-01-03$/m);
    expect(run.stdout).toMatch(/^tagger 2000\.01\.01-old +2 briefings \(stale: podium retag\)$/m);
    expect(run.stdout).toContain(`tagger ${TAGGER_VERSION}`);
  });
});

describe("podium retag", () => {
  it("re-derives the stale briefings, leaves the others, and then has nothing to do", async () => {
    const { db, ids } = await staleDatabase();
    const run = await podium(["retag"], { DATABASE_PATH: db });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trim().split("\n");
    expect(lines.slice(0, 2).map((l) => l.split(/\s+/).slice(0, 4).join(" "))).toEqual([
      `retagged ${ids[0]} 2000.01.01-old →`,
      `retagged ${ids[1]} 2000.01.01-old →`,
    ]);
    expect(lines[2]).toMatch(
      new RegExp(
        `^2 briefings retagged to ${TAGGER_VERSION.replaceAll(".", "\\.")} \\(\\d+ statements\\) in \\d+\\.\\d s$`,
      ),
    );
    expect(checkStored(db)).toMatchObject({ briefings: 3, incomplete: [] });

    const again = await podium(["retag"], { DATABASE_PATH: db });
    expect(again).toMatchObject({
      code: 0,
      stdout: `every briefing is already at tagger version ${TAGGER_VERSION}\n`,
    });
  });
});

describe("podium stats and retag without a database", () => {
  it.each([["stats"], ["retag"]])("%s refuses to create an empty one (exit 2)", async (command) => {
    const missing = join(tempDir("none"), "nothing.db");
    const run = await podium([command], { DATABASE_PATH: missing });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `podium ${command}: no database at ${missing} (set DATABASE_PATH, or run podium ingest first)`,
    );
  });
});

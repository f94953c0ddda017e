import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open-database.js";
import { prepareBriefing, sha256 } from "../../src/ingest/prepare-briefing.js";
import { defaultSeedsDir } from "../../src/package-paths.js";
import { checkStored, podium, syntheticBriefing, tempDir, writeBriefings } from "./cli-support.js";

const SEED = join(defaultSeedsDir, "2024-04-05_pakistan-fo-weekly-briefing.txt");

function rows<T>(databasePath: string, sql: string): T[] {
  const db = openDatabase(databasePath);
  try {
    return db.sqlite.prepare<[], T>(sql).all();
  } finally {
    db.close();
  }
}

describe("podium ingest", () => {
  it("stores a directory recursively in sorted order, one plain line per file, then says so again without storing anything", async () => {
    const dir = tempDir("ingest");
    const db = join(dir, "p.db");
    writeBriefings(join(dir, "in/b"), 2);
    writeFileSync(join(dir, "in/a.txt"), syntheticBriefing(10));
    writeFileSync(join(dir, "in/notes.md"), "not a briefing");
    const first = await podium(["ingest", join(dir, "in")], { DATABASE_PATH: db });
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("");
    const lines = first.stdout.trim().split("\n");
    expect(lines.slice(0, 3).map((l) => l.split(/\s+/).slice(0, 2).join(" "))).toEqual([
      `stored ${join(dir, "in/a.txt")}`,
      `stored ${join(dir, "in/b/00-briefing.txt")}`,
      `stored ${join(dir, "in/b/01-briefing.txt")}`,
    ]);
    expect(lines[3]).toMatch(
      /^3 files, 0\.0 MB in \d+\.\d s \(\d+\.\d MB\/s\): 3 stored \([\d,]+ statements\), 0 already stored$/,
    );
    expect(
      rows<{ source: string }>(db, "SELECT source FROM briefing ORDER BY pk").map((r) => r.source),
    ).toEqual(["a.txt", "b/00-briefing.txt", "b/01-briefing.txt"]);
    expect(checkStored(db)).toMatchObject({ briefings: 3, incomplete: [] });

    const again = await podium(["ingest", join(dir, "in")], { DATABASE_PATH: db });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      `exists  ${join(dir, "in/a.txt")}  already stored as ${sha256(syntheticBriefing(10)).slice(0, 16)}`,
    );
    expect(again.stdout).toMatch(/: 0 stored \(0 statements\), 3 already stored\n$/);
    expect(checkStored(db)).toMatchObject({ briefings: 3, incomplete: [] });
  });

  it("keeps going past bad files, stores every good one whole, and exits 1 naming each failure", async () => {
    const dir = tempDir("ingest-bad");
    const db = join(dir, "p.db");
    writeBriefings(join(dir, "in"), 4);
    writeFileSync(join(dir, "in/01a-binary.txt"), Buffer.from([0x64, 0x61, 0x74, 0x65, 0x00, 0x01]));
    writeFileSync(join(dir, "in/01b-latin1.txt"), Buffer.from("date 2024-01-01 caf\xe9", "latin1"));
    writeFileSync(join(dir, "in/01c-empty.txt"), "");
    writeFileSync(join(dir, "in/01d-no-header.txt"), "ISLAMABAD: the spokesperson said nothing new.");
    const run = await podium(["ingest", join(dir, "in"), join(dir, "missing.txt")], { DATABASE_PATH: db });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      `failed  ${join(dir, "in/01a-binary.txt")}: contains a NUL byte at offset 4: binary data is not a briefing`,
      `failed  ${join(dir, "in/01b-latin1.txt")}: is not valid UTF-8 text; convert it to UTF-8 first`,
      `failed  ${join(dir, "in/01c-empty.txt")}: is empty`,
      `failed  ${join(dir, "in/01d-no-header.txt")}: the text does not start with a 'date YYYY-MM-DD' header line and no date was given`,
      `failed  ${join(dir, "missing.txt")}: no such file or directory`,
    ]);
    expect(run.stdout).toMatch(/9 files, .*: 4 stored \([\d,]+ statements\), 0 already stored, 5 failed\n$/);
    expect(checkStored(db)).toMatchObject({ briefings: 4, incomplete: [] });
  });

  it("rolls back a briefing whose write fails half-way and still stores the ones after it", async () => {
    const dir = tempDir("ingest-abort");
    const db = join(dir, "p.db");
    mkdirSync(join(dir, "in"));
    for (let n = 0; n < 5; n++)
      writeFileSync(join(dir, `in/${n}.txt`), syntheticBriefing(n, 6, n === 2 ? "KABOOM " : ""));
    // The database itself refuses the third answer of briefing 2: its briefing row and first
    // statements are already written in the transaction when the failure comes.
    const setup = openDatabase(db);
    setup.sqlite.exec(
      `CREATE TRIGGER fail_midway BEFORE INSERT ON statement WHEN new.text LIKE '%KABOOM%'
       BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
    );
    setup.close();
    const run = await podium(["ingest", join(dir, "in")], { DATABASE_PATH: db });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(`failed  ${join(dir, "in/2.txt")}: unexpected error: injected failure\n`);
    expect(checkStored(db)).toMatchObject({ briefings: 4, incomplete: [] });
    expect(
      rows<{ source: string }>(db, "SELECT source FROM briefing ORDER BY pk").map((r) => r.source),
    ).toEqual(["0.txt", "1.txt", "3.txt", "4.txt"]);
  });

  it("dates a text without a header with --date, storing the header line it prepends", async () => {
    const dir = tempDir("ingest-date");
    const db = join(dir, "p.db");
    const body = syntheticBriefing(3).replace(/^date \S+ /, "");
    writeFileSync(join(dir, "plain.txt"), body);
    const run = await podium(
      [
        "ingest",
        join(dir, "plain.txt"),
        "--date",
        "2024-02-29",
        "--issuer",
        "cn",
        "--source",
        "https://example.org/b",
      ],
      {
        DATABASE_PATH: db,
      },
    );
    expect(run.code).toBe(0);
    const [stored] = rows<{
      text: string;
      date: string;
      issuer: string;
      source: string;
      content_hash: string;
    }>(db, "SELECT text, date, issuer, source, content_hash FROM briefing");
    expect(stored).toEqual({
      text: `date 2024-02-29 ${body}`,
      date: "2024-02-29",
      issuer: "CN",
      source: "https://example.org/b",
      content_hash: sha256(`date 2024-02-29 ${body}`),
    });
    expect(checkStored(db)).toMatchObject({ briefings: 1, incomplete: [] });
  });

  it("stores the seed file with the same id and statements as the server's seed loader", async () => {
    const dir = tempDir("ingest-seed");
    copyFileSync(SEED, join(dir, "seed.txt"));
    const run = await podium(["ingest", join(dir, "seed.txt")], { DATABASE_PATH: join(dir, "p.db") });
    expect(run.code).toBe(0);
    const text = readFileSync(SEED, "utf8");
    const expected = prepareBriefing(text, { source: "seed.txt" });
    expect(run.stdout.split("\n")[0]).toBe(
      `stored  ${join(dir, "seed.txt")}  ${expected.statements.length} statements  ${sha256(text).slice(0, 16)}`,
    );
    expect(run.stdout).toMatch(/^1 file, /m);
  });

  it("stores the same briefings with the work on worker threads or on the main thread", async () => {
    const dir = tempDir("ingest-jobs");
    writeBriefings(join(dir, "in"), 6);
    const dump = (db: string) =>
      rows<Record<string, unknown>>(
        db,
        `SELECT b.id AS briefing, s.id, s.pk, s.start, s."end", s.tags
         FROM statement s JOIN briefing b ON b.pk = s.briefing_pk ORDER BY s.pk`,
      );
    for (const jobs of ["0", "2"]) {
      const run = await podium(["ingest", "--jobs", jobs, join(dir, "in")], {
        DATABASE_PATH: join(dir, `${jobs}.db`),
      });
      expect(run.code).toBe(0);
    }
    expect(dump(join(dir, "2.db"))).toEqual(dump(join(dir, "0.db")));
    expect(checkStored(join(dir, "2.db"))).toMatchObject({ briefings: 6, incomplete: [] });
  });

  it.each([
    [[], "name at least one file or directory to ingest"],
    [["x", "--jobs", "many"], "--jobs: 'many' is not a whole number from 0 to 16"],
    [["x", "--date", "2024-13-01"], "--date: '2024-13-01' is not a calendar date written YYYY-MM-DD"],
    [["x", "--issuer", "XX"], "--issuer: unknown country code 'XX'; use an ISO alpha-2 code such as PK"],
    [["x", "--nope"], "Unknown option '--nope'"],
  ])("refuses the command line %j with exit 2 and the usage", async (args, message) => {
    const run = await podium(["ingest", ...args], { DATABASE_PATH: join(tempDir("usage"), "p.db") });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`podium ingest: ${message}`);
    expect(run.stderr).toContain("Usage: podium ingest <file|dir>...");
  });

  it("refuses --source for more than one file", async () => {
    const dir = tempDir("ingest-source");
    writeBriefings(dir, 2);
    const run = await podium(["ingest", dir, "--source", "https://example.org"], {
      DATABASE_PATH: join(dir, "p.db"),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--source names the origin of one file, but 2 files were given");
  });

  it("refuses an invalid configuration the way the server does", async () => {
    const run = await podium(["ingest", "x"], {
      DATABASE_PATH: join(tempDir("cfg"), "p.db"),
      PODIUM_API_KEY: "short",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("PODIUM_API_KEY: must be at least 16 characters");
  });
});

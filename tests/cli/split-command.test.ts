import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { splitDocument } from "../../src/cli/split-command.js";
import { extract } from "../../src/extract/extract.js";
import { defaultSeedsDir } from "../../src/package-paths.js";
import { podium, tempDir } from "./cli-support.js";

const SEED = join(defaultSeedsDir, "2024-04-05_pakistan-fo-weekly-briefing.txt");
const seedText = readFileSync(SEED, "utf8");
const keys = (o: object) => Object.keys(o);

describe("podium split", () => {
  it("prints exactly one JSON document with the engine's statements, and nothing else", async () => {
    const run = await podium(["split", SEED]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const doc = JSON.parse(run.stdout);
    expect(doc).toEqual(splitDocument(extract(seedText)));
    expect(doc.statements.length).toBeGreaterThan(0);
  });

  it("has the shape of the extraction issue, key for key, with offsets into the file's exact text", async () => {
    const doc = JSON.parse((await podium(["split", SEED])).stdout);
    expect(keys(doc)).toEqual(["briefing", "statements"]);
    expect(keys(doc.briefing)).toEqual(["date", "issuer", "speakers", "title", "format"]);
    for (const s of doc.statements) {
      expect(keys(s)).toEqual([
        "seq",
        "start",
        "end",
        "text",
        "speaker",
        "question",
        "countries",
        "regions",
        "topics",
      ]);
      expect(s.text).toBe(seedText.slice(s.start, s.end));
      for (const c of s.countries) expect(keys(c)).toEqual(["code", "name", "basis", "evidence"]);
      for (const r of s.regions) expect(keys(r)).toEqual(["id", "basis", "evidence"]);
      for (const t of s.topics) expect(keys(t)).toEqual(["slug", "score", "basis", "evidence"]);
    }
    const evidence = doc.statements.flatMap((s: { countries: { evidence: unknown[] }[] }) =>
      s.countries.flatMap((c) => c.evidence),
    ) as { start: number; end: number; text: string }[];
    expect(evidence.length).toBeGreaterThan(0);
    for (const e of evidence) expect(seedText.slice(e.start, e.end)).toBe(e.text);
  });

  it("takes --issuer over the detected issuer", async () => {
    const doc = JSON.parse((await podium(["split", SEED, "--issuer", "cn"])).stdout);
    expect(doc.briefing.issuer).toBe("CN");
  });

  it.each([
    [
      "a missing file",
      (dir: string) => join(dir, "missing.txt"),
      "cannot read {file}: no such file or directory",
    ],
    ["a directory", (dir: string) => dir, "cannot read {file}: is a directory"],
    [
      "a binary file",
      (dir: string) => {
        writeFileSync(join(dir, "b.txt"), Buffer.from([1, 0, 2]));
        return join(dir, "b.txt");
      },
      "{file}: contains a NUL byte at offset 1: binary data is not a briefing",
    ],
  ])("refuses %s with a clear error on stderr and exit 1", async (_what, make, message) => {
    const file = make(tempDir("split"));
    const run = await podium(["split", file]);
    expect(run).toMatchObject({
      code: 1,
      stdout: "",
      stderr: `podium split: ${message.replace("{file}", file)}\n`,
    });
  });

  it("refuses a text without a date header with the engine's reason and exit 1", async () => {
    const file = join(tempDir("split"), "nohdr.txt");
    writeFileSync(file, "ISLAMABAD: the spokesperson said nothing.");
    const run = await podium(["split", file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(new RegExp(`^podium split: ${file}: .+\\n$`));
  });

  it.each([
    [[], "name the briefing file to split"],
    [["a.txt", "b.txt"], "split takes one file, not 2"],
    [["a.txt", "--issuer", "Narnia"], "--issuer: unknown country code 'Narnia'"],
  ])("refuses the command line %j with exit 2", async (args, message) => {
    const run = await podium(["split", ...args]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`podium split: ${message}`);
  });
});

describe("podium", () => {
  it("lists its commands on --help and exits 0", async () => {
    const run = await podium(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Usage: podium <command>/);
    for (const c of ["ingest", "split", "retag", "stats"]) expect(run.stdout).toContain(`  ${c} `);
  });

  it("refuses an unknown command and no command with exit 2", async () => {
    const unknown = await podium(["frobnicate"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^podium: unknown command 'frobnicate'\n\nUsage: podium <command>/);
    const none = await podium([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^Usage: podium <command>/);
  });
});

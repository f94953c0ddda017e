/**
 * Child process: builds a benchmark database of exactly N statements from the shared corpus, re-ingested
 * round after round with the briefing dates shifted a year further back each round, through the
 * product's own path (prepareBriefing → BriefingStore, one transaction per briefing).
 * Run by db-cache.ts in its own process so the peak RSS it reports is the ingest's alone.
 * Usage: tsx tests/bench/build-db.ts --statements N --out FILE --report FILE
 */
import { execFileSync } from "node:child_process";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { createBriefingStore } from "../../src/db/briefing-store.js";
import { openDatabase } from "../../src/db/open-database.js";
import { prepareBriefing } from "../../src/ingest/prepare-briefing.js";
import { TAGGER_VERSION } from "../../src/tagging/version.js";
import type { BuildReport } from "./build-report.js";
import { corpusFiles, shiftDate } from "./corpus.js";
import { repoRoot } from "./paths.js";

const DAYS_PER_ROUND = 365;
const PROGRESS_EVERY_MS = 3000;

function gitHead(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

function removeDatabase(path: string): void {
  for (const suffix of ["", "-wal", "-shm"]) rmSync(`${path}${suffix}`, { force: true });
}

function build(target: number, out: string): BuildReport {
  const files = corpusFiles();
  if (files.length === 0) throw new Error("the corpus has no briefing files");
  const tmp = `${out}.building`;
  removeDatabase(tmp);
  const db = openDatabase(tmp);
  const store = createBriefingStore(db);

  let statements = 0;
  let briefings = 0;
  let bytes = 0;
  let prepareMs = 0;
  let storeMs = 0;
  let round = 0;
  let lastProgress = performance.now();
  const started = performance.now();

  while (statements < target) {
    const before = statements;
    for (const file of files) {
      if (statements >= target) break;
      const text = shiftDate(readFileSync(file.path, "utf8"), -DAYS_PER_ROUND * round);
      const t0 = performance.now();
      const prepared = prepareBriefing(text, { source: `bench:r${round}/${file.name}`, issuer: file.issuer });
      const t1 = performance.now();
      // The last briefing is cut so the database holds exactly N statements.
      const room = target - statements;
      const fitted =
        prepared.statements.length > room
          ? { ...prepared, statements: prepared.statements.slice(0, room) }
          : prepared;
      const result = store.store(fitted);
      const t2 = performance.now();
      prepareMs += t1 - t0;
      storeMs += t2 - t1;
      if (!result.created) continue;
      briefings++;
      statements += fitted.statements.length;
      bytes += Buffer.byteLength(text, "utf8");
      if (t2 - lastProgress > PROGRESS_EVERY_MS) {
        lastProgress = t2;
        const mbps = bytes / 1e6 / ((prepareMs + storeMs) / 1000);
        const eta = ((target - statements) / statements) * ((t2 - started) / 1000);
        process.stderr.write(
          `  build: ${statements.toLocaleString("en")} / ${target.toLocaleString("en")} statements ` +
            `(round ${round}, ${mbps.toFixed(2)} MB/s, ~${Math.ceil(eta)} s left)\n`,
        );
      }
    }
    if (statements === before)
      throw new Error(`round ${round} added no statements; is the engine splitting?`);
    round++;
  }

  const c0 = performance.now();
  db.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  const checkpointMs = performance.now() - c0;
  removeDatabase(out);
  renameSync(tmp, out);

  const seconds = (prepareMs + storeMs) / 1000;
  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    statements,
    briefings,
    rounds: round,
    bytes,
    seconds,
    prepareSeconds: prepareMs / 1000,
    storeSeconds: storeMs / 1000,
    checkpointSeconds: checkpointMs / 1000,
    ingestMbPerS: bytes / 1e6 / seconds,
    cpuSeconds,
    ingestMbPerCpuS: bytes / 1e6 / cpuSeconds,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    taggerVersion: TAGGER_VERSION,
    builtAt: new Date().toISOString(),
    gitHead: gitHead(),
  };
}

const { values } = parseArgs({
  options: { statements: { type: "string" }, out: { type: "string" }, report: { type: "string" } },
});
if (!values.statements || !values.out || !values.report) {
  console.error("usage: build-db.ts --statements N --out FILE --report FILE");
  process.exit(2);
}
const report = build(Number(values.statements), values.out);
writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);

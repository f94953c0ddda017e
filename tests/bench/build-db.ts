/**
 * Child process: builds a benchmark database of exactly N statements from the shared corpus, re-ingested
 * round after round with the briefing dates shifted a year further back each round, the way
 * `podium ingest` works: split and tag on the prepare pool's worker threads (as many as the CLI's
 * default), a few briefings ahead, while the main thread stores each briefing in one transaction, in order.
 * Run by db-cache.ts in its own process so the peak RSS it reports is the ingest's alone.
 * Usage: tsx tests/bench/build-db.ts --statements N --out FILE --report FILE [--jobs J]
 */
import { execFileSync } from "node:child_process";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { createBriefingStore } from "../../src/db/briefing-store.js";
import { openDatabase } from "../../src/db/open-database.js";
import { GROUP_BRIEFINGS, GROUP_MS } from "../../src/ingest/bulk-ingest.js";
import type { PreparedBriefing } from "../../src/ingest/prepare-briefing.js";
import { createPreparePool } from "../../src/ingest/prepare-pool.js";
import { TAGGER_VERSION } from "../../src/tagging/version.js";
import type { BuildReport } from "./build-report.js";
import { type CorpusFile, corpusFiles, shiftDate } from "./corpus.js";
import { repoRoot } from "./paths.js";

const DAYS_PER_ROUND = 365;
const PROGRESS_EVERY_MS = 3000;
/** Briefings in preparation ahead of the one being stored (as in src/ingest/bulk-ingest.ts). */
const WINDOW = 4;

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

/** Every corpus file, round after round, each round a year earlier: endless until the caller stops. */
function* shiftedCopies(files: CorpusFile[]): Generator<{ file: CorpusFile; round: number }> {
  for (let round = 0; ; round++) for (const file of files) yield { file, round };
}

interface InFlight {
  round: number;
  bytes: number;
  prepared: Promise<PreparedBriefing>;
}

async function build(target: number, out: string, jobs: number): Promise<BuildReport> {
  const files = corpusFiles();
  if (files.length === 0) throw new Error("the corpus has no briefing files");
  const tmp = `${out}.building`;
  removeDatabase(tmp);
  const db = openDatabase(tmp);
  const store = createBriefingStore(db);
  const pool = createPreparePool(jobs);

  let statements = 0;
  let briefings = 0;
  let bytes = 0;
  let storeMs = 0;
  let waitMs = 0;
  let lastRound = 0;
  let lastProgress = performance.now();
  const copies = shiftedCopies(files);
  const ahead: InFlight[] = [];
  const feed = () => {
    while (ahead.length < WINDOW) {
      const { file, round } = copies.next().value as { file: CorpusFile; round: number };
      if (round > 0 && statements === 0)
        throw new Error("a whole round stored no statements; is the engine splitting?");
      const text = shiftDate(readFileSync(file.path, "utf8"), -DAYS_PER_ROUND * round);
      const source = `bench:r${round}/${file.name}`;
      ahead.push({
        round,
        bytes: Buffer.byteLength(text, "utf8"),
        prepared: pool.prepare(text, { source, issuer: file.issuer }),
      });
    }
  };

  const started = performance.now();
  // Commit in groups the way `podium ingest` does.
  let groupSize = 0;
  let groupStarted = 0;
  try {
    feed();
    while (statements < target) {
      if (groupSize === 0) {
        store.beginGroup();
        groupStarted = performance.now();
      }
      const next = ahead.shift() as InFlight;
      feed();
      const t0 = performance.now();
      const prepared = await next.prepared;
      const t1 = performance.now();
      // The last briefing is cut so the database holds exactly N statements.
      const room = target - statements;
      const fitted =
        prepared.statements.length > room
          ? { ...prepared, statements: prepared.statements.slice(0, room) }
          : prepared;
      const result = store.store(fitted);
      groupSize++;
      if (
        groupSize >= GROUP_BRIEFINGS ||
        performance.now() - groupStarted >= GROUP_MS ||
        statements + fitted.statements.length >= target
      ) {
        store.commitGroup();
        groupSize = 0;
      }
      const t2 = performance.now();
      waitMs += t1 - t0;
      storeMs += t2 - t1;
      lastRound = next.round;
      if (!result.created) continue;
      briefings++;
      statements += fitted.statements.length;
      bytes += next.bytes;
      if (t2 - lastProgress > PROGRESS_EVERY_MS) {
        lastProgress = t2;
        const elapsed = (t2 - started) / 1000;
        const eta = ((target - statements) / statements) * elapsed;
        process.stderr.write(
          `  build: ${statements.toLocaleString("en")} / ${target.toLocaleString("en")} statements ` +
            `(round ${next.round}, ${(bytes / 1e6 / elapsed).toFixed(2)} MB/s, ~${Math.ceil(eta)} s left)\n`,
        );
      }
    }
  } finally {
    if (groupSize > 0) store.commitGroup();
    await pool.close();
  }
  const seconds = (performance.now() - started) / 1000;

  const c0 = performance.now();
  db.sqlite.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  const checkpointMs = performance.now() - c0;
  removeDatabase(out);
  renameSync(tmp, out);

  const cpu = process.cpuUsage();
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    statements,
    briefings,
    rounds: lastRound + 1,
    bytes,
    seconds,
    jobs,
    prepareWaitSeconds: waitMs / 1000,
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
  options: {
    statements: { type: "string" },
    out: { type: "string" },
    report: { type: "string" },
    jobs: { type: "string" },
  },
});
if (!values.statements || !values.out || !values.report) {
  console.error("usage: build-db.ts --statements N --out FILE --report FILE [--jobs J]");
  process.exit(2);
}
// The CLI's default: one preparing thread when there is a second core.
const jobs = values.jobs === undefined ? (availableParallelism() > 1 ? 1 : 0) : Number(values.jobs);
const report = await build(Number(values.statements), values.out, jobs);
writeFileSync(values.report, `${JSON.stringify(report, null, 2)}\n`);

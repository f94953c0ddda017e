/**
 * Issue 6's benchmark: builds (or reuses) a database of N statements from the shared corpus, starts the
 * real server on it, loads every case with autocannon from a separate process next to a bare-Fastify
 * ceiling, and prints the table (stdout) and the JSON (--json FILE). Not part of `npm test`.
 * Run: npm run bench -- [--statements N] [--duration S] [--json FILE]   (see options.ts)
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { TAGGER_VERSION } from "../../src/tagging/version.js";
import { serverNodeFlags } from "../support/server-node-flags.js";
import { type BenchParams, chooseParams } from "./bench-params.js";
import type { BenchResult } from "./bench-result.js";
import { benchCases } from "./cases.js";
import { corpusAvailable } from "./corpus.js";
import { databasePaths, ensureDatabase } from "./db-cache.js";
import { runHttpCases } from "./http-cases.js";
import { inProcessTimings } from "./in-process.js";
import { parseOptions } from "./options.js";
import { corpusDir, repoRoot } from "./paths.js";
import { buildServer, startPodium, waitForWarm } from "./podium-server.js";
import { memoryOf, stopProcess } from "./processes.js";
import { formatPlans, formatReport } from "./report.js";
import { acquireRunLock } from "./run-lock.js";
import { judgeFigure, TARGETS } from "./targets.js";

const COLD_STARTS = 3;

/** The commit measured, "+dirty" when src/ has uncommitted changes (the server is compiled from the checkout). */
function gitHead(): string {
  try {
    const git = (...args: string[]) => execFileSync("git", args, { cwd: repoRoot, encoding: "utf8" }).trim();
    return `${git("rev-parse", "--short", "HEAD")}${git("status", "--porcelain", "--", "src", "migrations") ? "+dirty" : ""}`;
  } catch {
    return "unknown";
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)] ?? Number.NaN;
}

function paramsFor(dbPath: string, rebuilt: boolean): BenchParams {
  const file = dbPath.replace(/\.db$/, ".params.json");
  if (!rebuilt && existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as BenchParams;
  const params = chooseParams(dbPath);
  writeFileSync(file, `${JSON.stringify(params, null, 2)}\n`);
  return params;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  if (!corpusAvailable() && !existsSync(databasePaths(o.statements).db)) {
    console.log(`benchmark skipped: the shared corpus is not at ${corpusDir} and no database is cached`);
    return;
  }
  await acquireRunLock();
  const startedAt = new Date().toISOString();
  const loadAtStart = loadavg();
  const head = gitHead();
  const db = await ensureDatabase(o.statements, o.rebuild, o.anyTagger);
  if (db.report.taggerVersion !== TAGGER_VERSION) {
    process.stderr.write(
      `note: the database was built by tagger ${db.report.taggerVersion} (now ${TAGGER_VERSION})\n`,
    );
  }
  if (o.buildOnly) {
    console.log(
      JSON.stringify({ path: db.path, db_mb: db.sizeMb, cached: db.cached, ...db.report }, null, 2),
    );
    return;
  }
  process.stderr.write("choosing query values…\n");
  const params = paramsFor(db.path, !db.cached);
  process.stderr.write("compiling the server…\n");
  buildServer();

  const nodeFlags = o.nodeFlags ?? serverNodeFlags(repoRoot);
  const coldStarts: number[] = [];
  let server = await startPodium(db.path, nodeFlags);
  coldStarts.push(server.coldStartMs);
  for (let i = 1; i < COLD_STARTS; i++) {
    await stopProcess(server.child);
    server = await startPodium(db.path, nodeFlags);
    coldStarts.push(server.coldStartMs);
  }

  const pid = server.child.pid ?? 0;
  let cases: BenchResult["cases"];
  let rssMb: number | null;
  let warmMs: number | null;
  let idleRssMb: number | null;
  let warmHwmMb: number | null;
  try {
    process.stderr.write("waiting for the server's facet snapshot…\n");
    warmMs = await waitForWarm(
      server,
      `/statements?country=${params.country.code}&facets=country,topic`,
      params.csv.to,
      server.spawnedAt,
    );
    idleRssMb = memoryOf(pid)?.rssMb ?? null;
    warmHwmMb = memoryOf(pid)?.hwmMb ?? null;
    cases = await runHttpCases(benchCases(params), server.baseUrl, pid, o, params.csv.to);
    rssMb = memoryOf(pid)?.hwmMb ?? null;
  } finally {
    await stopProcess(server.child);
  }

  process.stderr.write("in-process timings…\n");
  let inProcess: Awaited<ReturnType<typeof inProcessTimings>> = { snapshot_ms: Number.NaN, timings: [] };
  let inProcessError: string | undefined;
  try {
    inProcess = await inProcessTimings(db.path, params, o.explain);
  } catch (err) {
    inProcessError = (err as Error).message;
  }
  const coldStartMs = median(coldStarts);
  const result: BenchResult = {
    statements: db.report.statements,
    cases,
    ingest_mb_per_s: db.report.ingestMbPerS,
    rss_mb: rssMb,
    cold_start_ms: coldStartMs,
    db_mb: db.sizeMb,
    ingest_peak_rss_mb: db.report.peakRssMb,
    cold_start_runs_ms: coldStarts,
    in_process: inProcess.timings,
    ...(inProcessError ? { in_process_error: inProcessError } : {}),
    snapshot_ms: inProcess.snapshot_ms,
    server_warm_ms: warmMs,
    server_idle_rss_mb: idleRssMb,
    server_warm_hwm_mb: warmHwmMb,
    verdicts: {
      ingest: judgeFigure(db.report.ingestMbPerS, TARGETS.ingestMbPerS, "min", "MB/s"),
      rss: judgeFigure(rssMb ?? Number.NaN, TARGETS.rssMb, "max", "MB"),
      coldStart: judgeFigure(coldStartMs, TARGETS.coldStartMs, "max", "ms"),
    },
    build: { ...db.report, cached: db.cached },
    params,
    settings: {
      duration_s: o.duration,
      warmup_s: o.warmup,
      connections: o.connections,
      server_node_flags: nodeFlags,
    },
    machine: { cpus: cpus().length, load_avg_at_start: loadAtStart, node: process.version },
    git_head: head,
    started_at: startedAt,
  };
  console.log(formatReport(result));
  if (o.explain) console.log(`\nquery plans:\n${formatPlans(result)}`);
  if (o.json) writeFileSync(o.json, `${JSON.stringify(result, null, 2)}\n`);
}

await main();

import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildApp } from "../../src/app.js";
import { testConfig } from "../../src/config.js";
import { packageRoot } from "../../src/package-paths.js";
import { syntheticBriefing } from "../cli/cli-support.js";
import { readAtFullSpeed, readPaths } from "./reads.js";
import { startSoakServer } from "./server.js";
import { verify } from "./verify.js";
import { generatedFiles, ingestFromCli, ingestOverHttp } from "./writers.js";

/**
 * `npm run soak [-- --seconds N --connections C --generated]`: the real server on a fresh database
 * file (300 briefings to start with), read at full speed by autocannon while briefings are posted over
 * HTTP and `podium ingest` stores batches of corpus files (../shared/corpus; generated ones with
 * --generated or without a corpus) at the same time. At the end every stored briefing must be whole,
 * every posted or ingested one present, and there must have been no error anywhere: exits 1 otherwise.
 */
const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "60" },
    connections: { type: "string", default: "8" },
    generated: { type: "boolean", default: false },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
if (!(seconds > 0) || !(connections > 0)) {
  console.error("usage: npm run soak -- [--seconds N] [--connections C] [--generated]");
  process.exit(2);
}
const n = (x: number) => Math.round(x).toLocaleString("en-US");
const KEY = "soak-key-0123456789abcdef";
const dir = mkdtempSync(join(tmpdir(), "podium-soak-"));
const databasePath = join(dir, "podium.db");

function corpusFiles(): string[] {
  const corpus = join(packageRoot, "..", "shared", "corpus");
  if (values.generated || !existsSync(corpus)) return [];
  return ["pkfo", "cmfa", "wh"].flatMap((sub) =>
    existsSync(join(corpus, sub))
      ? readdirSync(join(corpus, sub))
          .filter((f) => f.endsWith(".txt"))
          .sort()
          .map((f) => join(corpus, sub, f))
      : [],
  );
}

try {
  // A database to read from the first second: 300 briefings of 7 statements.
  const seed = await buildApp(testConfig({ databasePath }));
  for (let i = 0; i < 300; i++) seed.podium.ingest.ingest(syntheticBriefing(i, 6), { source: `seed-${i}` });
  const statementId = (
    seed.podium.db.sqlite.prepare("SELECT id FROM statement LIMIT 1").get() as { id: string }
  ).id;
  const briefingId = (
    seed.podium.db.sqlite.prepare("SELECT id FROM briefing LIMIT 1").get() as { id: string }
  ).id;
  await seed.close();

  const corpus = corpusFiles();
  const files = corpus.length > 0 ? corpus : generatedFiles(join(dir, "files"), 2_000);
  const server = await startSoakServer(databasePath, KEY);
  console.log(
    `soak: ${seconds} s, ${connections} read connections on ${server.url}, posting briefings over HTTP, ` +
      `podium ingest on ${corpus.length > 0 ? "corpus" : "generated"} files in batches of 20`,
  );
  const t0 = performance.now();
  const until = t0 + seconds * 1000;
  const [reads, http, cli] = await Promise.all([
    readAtFullSpeed(server.url, readPaths(statementId, briefingId), seconds, connections),
    ingestOverHttp(server.url, KEY, until),
    ingestFromCli(databasePath, files, until),
  ]);
  const elapsed = (performance.now() - t0) / 1000;
  const check = await verify(server.url, databasePath, http, cli);
  server.child.kill("SIGTERM");
  const exitCode = await server.exited;

  console.log(`\nran ${elapsed.toFixed(1)} s`);
  console.log(
    `reads: ${n(reads.requests)} requests (${n(reads.rps)}/s), p50 ${reads.p50} ms, p99 ${reads.p99} ms; ` +
      `by status ${JSON.stringify(reads.byStatus)}; errors ${reads.errors}`,
  );
  console.log(
    `HTTP ingest: ${n(http.created)} briefings stored, ${n(http.repeated)} repeats answered 200; errors ${http.errors.length}`,
  );
  console.log(
    `CLI ingest: ${cli.runs} runs of podium ingest, ${n(cli.files.length)} files; errors ${cli.errors.length}`,
  );
  for (const summary of cli.summaries.slice(-3)) console.log(`  … ${summary}`);
  console.log(
    `at the end: ${n(check.briefings)} briefings, ${n(check.statements)} statements stored; ` +
      `${check.problems.length} not whole or missing`,
  );
  console.log(`server: ${server.errors.length} error log lines; exit code after SIGTERM ${exitCode}`);

  const failures = [
    ...(reads.errors > 0 ? [`${reads.errors} reads were not answered 2xx`] : []),
    ...http.errors,
    ...cli.errors,
    ...check.problems,
    ...server.errors,
    ...(exitCode === 0 ? [] : [`the server exited with ${exitCode}`]),
  ];
  for (const f of failures.slice(0, 20)) console.log(`ERROR ${f}`);
  console.log(failures.length === 0 ? "soak passed: zero errors" : `soak FAILED: ${failures.length} errors`);
  process.exitCode = failures.length === 0 ? 0 : 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}

import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../src/package-paths.js";
import { syntheticBriefing } from "../cli/cli-support.js";

export interface HttpTally {
  created: number;
  repeated: number;
  errors: string[];
  /** id → the text posted, for the check at the end. */
  stored: Map<string, { text: string; statements: number }>;
}

/**
 * POST generated briefings one after another until `until` (ms, performance.now()); every tenth posts
 * an earlier text again, which must answer 200 with the same briefing (nothing stored twice).
 */
export async function ingestOverHttp(url: string, apiKey: string, until: number): Promise<HttpTally> {
  const tally: HttpTally = { created: 0, repeated: 0, errors: [], stored: new Map() };
  const post = (text: string) =>
    fetch(`${url}/briefings`, {
      method: "POST",
      headers: { authorization: `Bearer ${apiKey}`, "content-type": "text/plain" },
      body: text,
    });
  for (let n = 0; performance.now() < until; n++) {
    const again = n % 10 === 9 ? [...tally.stored.values()][n % tally.stored.size] : undefined;
    const text = again?.text ?? syntheticBriefing(10_000 + n, 8, `(over HTTP, number ${n}) `);
    try {
      const res = await post(text);
      const body = (await res.json()) as { id?: string; statements?: unknown[] };
      if (res.status === 201 && body.id && body.statements) {
        tally.created++;
        tally.stored.set(body.id, { text, statements: body.statements.length });
      } else if (res.status === 200 && again && body.id && tally.stored.get(body.id)?.text === text) {
        tally.repeated++;
      } else
        tally.errors.push(`POST /briefings answered ${res.status}: ${JSON.stringify(body).slice(0, 200)}`);
    } catch (err) {
      tally.errors.push(`POST /briefings failed: ${String(err)}`);
    }
  }
  return tally;
}

export interface CliTally {
  runs: number;
  files: string[];
  summaries: string[];
  errors: string[];
}

function runIngest(
  databasePath: string,
  files: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", join(packageRoot, "src/cli/podium.ts"), "ingest", ...files],
      {
        cwd: packageRoot,
        env: { ...process.env, DATABASE_PATH: databasePath, LOG_LEVEL: "silent" },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

/** Generated briefing files for the command line when there is no corpus: new texts, written to `dir`. */
export function generatedFiles(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, n) => {
    const path = join(dir, `${String(n).padStart(4, "0")}.txt`);
    writeFileSync(path, syntheticBriefing(20_000 + n, 12, `(from the command line, file ${n}) `));
    return path;
  });
}

/**
 * `podium ingest` on batches of `files`, one run after another, until `until`; each run must exit 0.
 * A run started before `until` finishes (every briefing it stores is whole either way).
 */
export async function ingestFromCli(
  databasePath: string,
  files: string[],
  until: number,
  batch = 20,
): Promise<CliTally> {
  const tally: CliTally = { runs: 0, files: [], summaries: [], errors: [] };
  for (let i = 0; i < files.length && performance.now() < until; i += batch) {
    const chunk = files.slice(i, i + batch);
    const run = await runIngest(databasePath, chunk);
    tally.runs++;
    tally.files.push(...chunk);
    tally.summaries.push(run.stdout.trim().split("\n").at(-1) ?? "");
    if (run.code !== 0) tally.errors.push(`podium ingest exited ${run.code}: ${run.stderr.slice(0, 500)}`);
  }
  return tally;
}

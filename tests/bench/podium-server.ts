import type { ChildProcess } from "node:child_process";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { serverNodeFlags } from "../support/server-node-flags.js";
import { cacheDir, repoRoot } from "./paths.js";
import { freePort, spawnNode, stopProcess, waitForOk } from "./processes.js";
import { withDistinctTo } from "./uncached.js";

/**
 * The server is compiled exactly like `npm run build` does, but into a private directory, so a build
 * someone else starts in the shared checkout cannot swap files under a running benchmark.
 */
export const serverDist = join(cacheDir, "dist");

export function buildServer(): void {
  const tsc = join(repoRoot, "node_modules", ".bin", "tsc");
  const res = spawnSync(tsc, ["-p", join(repoRoot, "src", "tsconfig.json"), "--outDir", serverDist], {
    cwd: repoRoot,
    encoding: "utf8",
  });
  if (res.status !== 0) {
    console.error(
      `warning: tsc reported errors (the emitted code is used anyway):\n${res.stdout}${res.stderr}`,
    );
  }
  if (!existsSync(join(serverDist, "server.js")))
    throw new Error(`the build produced no ${serverDist}/server.js`);
}

export interface RunningServer {
  child: ChildProcess;
  baseUrl: string;
  /** performance.now() at spawn. */
  spawnedAt: number;
  /** Spawn to first 2xx answer of a statement list. */
  coldStartMs: number;
}

/**
 * Start `node <flags> dist/server.js` on the database and wait for its first successful answer. The
 * flags are npm start's (and the image's) unless `--node-flags` replaces them for an A/B run.
 */
export async function startPodium(
  databasePath: string,
  nodeFlags: string[] = serverNodeFlags(repoRoot),
): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawnNode(
    join(serverDist, "server.js"),
    {
      DATABASE_PATH: databasePath,
      SEEDS_DIR: "none",
      LOG_LEVEL: "warn",
      HOST: "127.0.0.1",
      PORT: String(port),
      NODE_ENV: "production",
      // The benchmark is one client at full speed: the public rate limit would measure itself.
      RATE_LIMIT_MAX: "0",
      // As the Docker image sets it (see the Dockerfile): fewer glibc arenas, less resident memory.
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? "2",
    },
    nodeFlags,
  );
  // Server logs (warnings only) go to stderr, away from the table on stdout.
  child.stdout?.pipe(process.stderr);
  try {
    const coldStartMs = await waitForOk(`${baseUrl}/statements?limit=1`, t0, child);
    return { child, baseUrl, spawnedAt: t0, coldStartMs };
  } catch (err) {
    await stopProcess(child);
    throw err;
  }
}

/**
 * Podium builds its facet snapshot on a worker thread after start; until it is ready, facets and
 * timelines fall back to SQL. Poll an uncached facets request until it answers within `fastMs`, so
 * the cases measure a server that has been up a while. Returns ms since spawn, or null on timeout.
 */
export async function waitForWarm(
  server: RunningServer,
  path: string,
  newest: string,
  spawnedAt: number,
  fastMs = 50,
  timeoutMs = 180_000,
): Promise<number | null> {
  for (let i = 0; performance.now() - spawnedAt < timeoutMs; i++) {
    const t0 = performance.now();
    const res = await fetch(server.baseUrl + withDistinctTo(path, newest, 1_000 + i));
    await res.arrayBuffer();
    if (res.ok && performance.now() - t0 <= fastMs) return performance.now() - spawnedAt;
    await new Promise((r) => setTimeout(r, 250));
  }
  return null;
}

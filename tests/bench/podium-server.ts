import type { ChildProcess } from "node:child_process";
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { cacheDir, repoRoot } from "./paths.js";
import { freePort, spawnNode, stopProcess, waitForOk } from "./processes.js";

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
  /** Spawn to first 2xx answer of a statement list. */
  coldStartMs: number;
}

/** Start `node dist/server.js` on the database and wait for its first successful answer. */
export async function startPodium(databasePath: string): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawnNode(join(serverDist, "server.js"), {
    DATABASE_PATH: databasePath,
    SEEDS_DIR: "none",
    LOG_LEVEL: "warn",
    HOST: "127.0.0.1",
    PORT: String(port),
    NODE_ENV: "production",
  });
  // Server logs (warnings only) go to stderr, away from the table on stdout.
  child.stdout?.pipe(process.stderr);
  try {
    const coldStartMs = await waitForOk(`${baseUrl}/statements?limit=1`, t0, child);
    return { child, baseUrl, coldStartMs };
  } catch (err) {
    await stopProcess(child);
    throw err;
  }
}

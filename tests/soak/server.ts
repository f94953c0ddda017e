import { type ChildProcess, spawn } from "node:child_process";
import { packageRoot } from "../../src/package-paths.js";
import { freePort, waitForOk } from "../bench/processes.js";
import { serverNodeFlags } from "../support/server-node-flags.js";

export interface SoakServer {
  child: ChildProcess;
  url: string;
  /** Log lines at error level or above (pino level ≥ 50), as they come. */
  errors: string[];
  exited: Promise<number | null>;
}

/**
 * The real server (src/server.ts) on the database, warnings and errors logged, rate limit off, with
 * npm start's Node flags (its small heap is what a soak has to survive: posts, reads and exports).
 */
export async function startSoakServer(databasePath: string, apiKey: string): Promise<SoakServer> {
  const port = await freePort();
  const flags = serverNodeFlags(packageRoot);
  const child = spawn(process.execPath, [...flags, "--import", "tsx", "src/server.ts"], {
    cwd: packageRoot,
    env: {
      ...process.env,
      DATABASE_PATH: databasePath,
      PORT: String(port),
      SEEDS_DIR: "none",
      LOG_LEVEL: "warn",
      PODIUM_API_KEY: apiKey,
      RATE_LIMIT_MAX: "0",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const errors: string[] = [];
  let buffer = "";
  child.stdout?.on("data", (chunk) => {
    buffer += chunk;
    for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
      const line = buffer.slice(0, i);
      buffer = buffer.slice(i + 1);
      if (((JSON.parse(line) as { level?: number }).level ?? 0) >= 50) errors.push(line);
    }
  });
  child.stderr?.on("data", (d) => errors.push(`stderr: ${d}`));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const url = `http://127.0.0.1:${port}`;
  await waitForOk(`${url}/health`, performance.now(), child);
  return { child, url, errors, exited };
}

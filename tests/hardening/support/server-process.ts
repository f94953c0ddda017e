import { type ChildProcess, spawn } from "node:child_process";
import { packageRoot } from "../../../src/package-paths.js";

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Every JSON log line so far. */
  lines: Record<string, unknown>[];
  /** Resolves with the exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

/**
 * The real entry point (`src/server.ts`) as a child process on a free port, resolved once it listens.
 * Log lines are parsed as they come, so a test can read what the server logged and when.
 */
export function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: packageRoot,
    env: { ...process.env, PORT: "0", SEEDS_DIR: "none", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Record<string, unknown>[] = [];
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout?.on("data", (chunk) => {
      buffer += chunk;
      for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
        const line = JSON.parse(buffer.slice(0, i)) as Record<string, unknown>;
        buffer = buffer.slice(i + 1);
        lines.push(line);
        const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(String(line.msg));
        if (m?.[1]) resolve({ child, url: m[1], lines, exited });
      }
    });
    exited.then((code) => reject(new Error(`server exited with ${code} before listening: ${stderr}`)));
  });
}

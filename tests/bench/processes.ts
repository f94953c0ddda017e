import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

/** Poll `url` until it answers 2xx; resolves with the milliseconds since `since`. */
export async function waitForOk(
  url: string,
  since: number,
  child: ChildProcess,
  timeoutMs = 60_000,
): Promise<number> {
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`${url}: the process exited (${child.exitCode}) before answering`);
    try {
      const res = await fetch(url);
      await res.arrayBuffer();
      if (res.ok) return performance.now() - since;
    } catch {
      // not listening yet
    }
    if (performance.now() - since > timeoutMs)
      throw new Error(`${url}: no 2xx answer within ${timeoutMs} ms`);
    await sleep(2);
  }
}

export function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 15_000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

export interface MemoryStatus {
  rssMb: number;
  /** Peak RSS since the process started (VmHWM). */
  hwmMb: number;
}

/** Resident memory of a process from /proc (Linux); null when unavailable. */
export function memoryOf(pid: number): MemoryStatus | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (field: string) =>
      Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
    return { rssMb: kb("VmRSS") / 1024, hwmMb: kb("VmHWM") / 1024 };
  } catch {
    return null;
  }
}

/** Samples a process's RSS every `everyMs` until stopped; the highest sample is kept. */
export function rssSampler(pid: number, everyMs = 100) {
  let maxRssMb = 0;
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (m && m.rssMb > maxRssMb) maxRssMb = m.rssMb;
  }, everyMs);
  return {
    stop(): number {
      clearInterval(timer);
      const m = memoryOf(pid);
      return Math.max(maxRssMb, m?.rssMb ?? 0);
    },
  };
}

/** Spawn a plain Node script (no TypeScript loader), stdout piped, stderr shown. */
export function spawnNode(script: string, env: NodeJS.ProcessEnv, nodeFlags: string[] = []): ChildProcess {
  return spawn(process.execPath, [...nodeFlags, script], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
}

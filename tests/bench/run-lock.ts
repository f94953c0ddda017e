import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { cacheDir } from "./paths.js";

const LOCK = join(cacheDir, "run.lock");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One benchmark at a time on this checkout: two runs would share the CPU (and each other's figures),
 * the private server build and the database being built. A second run waits for the first; a lock
 * left by a process that is gone is taken over; the lock goes when this process exits.
 */
export async function acquireRunLock(): Promise<void> {
  mkdirSync(cacheDir, { recursive: true });
  let told = false;
  for (;;) {
    try {
      const fd = openSync(LOCK, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.once("exit", () => rmSync(LOCK, { force: true }));
      return;
    } catch {
      let holder = Number.NaN;
      try {
        holder = Number(readFileSync(LOCK, "utf8"));
      } catch {
        continue;
      }
      if (!Number.isInteger(holder) || !alive(holder)) {
        rmSync(LOCK, { force: true });
        continue;
      }
      if (!told)
        process.stderr.write(`another benchmark (pid ${holder}) is running; waiting for it to finish…\n`);
      told = true;
      await sleep(5000);
    }
  }
}

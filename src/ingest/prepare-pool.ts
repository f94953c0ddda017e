import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { BriefingFormatError } from "../extract/split.js";
import { type PreparedBriefing, type PrepareOptions, prepareBriefing } from "./prepare-briefing.js";

/**
 * Splitting and tagging (pure, CPU-bound) on worker threads, so that a bulk ingest prepares the next
 * briefings while the main thread stores the current one. Storing stays on the main thread: one
 * writer, one transaction per briefing, in the order the caller asks. With `workers: 0` everything
 * runs inline (the same results, no threads).
 */
export interface PreparePool {
  prepare(text: string, options: PrepareOptions): Promise<PreparedBriefing>;
  close(): Promise<void>;
}

interface SerializedError {
  name: string;
  message: string;
}

export function serializeError(err: unknown): SerializedError {
  return err instanceof Error
    ? { name: err.name, message: err.message }
    : { name: "Error", message: String(err) };
}

/** The engine's own error class survives the thread boundary, so callers can tell bad input from bugs. */
function reviveError(e: SerializedError): Error {
  if (e.name === "BriefingFormatError") return new BriefingFormatError(e.message);
  const err = new Error(e.message);
  err.name = e.name;
  return err;
}

// The worker module next to this one: .ts when running from source (tsx), .js when compiled.
const workerUrl = new URL(`./prepare-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

function startWorker(): Worker {
  if (!workerUrl.pathname.endsWith(".ts")) return new Worker(workerUrl);
  // From source (tests, `tsx`): module hooks are not inherited by worker threads, so the worker
  // registers tsx (a dev dependency) itself before loading the TypeScript module.
  const tsx = import.meta.resolve("tsx/esm/api");
  return new Worker(
    `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(workerUrl.href)}); });`,
    { eval: true },
  );
}

export function createPreparePool(workers: number): PreparePool {
  if (workers <= 0) {
    return {
      prepare: async (text, options) => prepareBriefing(text, options),
      close: async () => {},
    };
  }
  const pending = new Map<number, { resolve: (p: PreparedBriefing) => void; reject: (e: Error) => void }>();
  let broken: Error | undefined;
  let closing = false;
  let next = 0;
  const threads = Array.from({ length: workers }, () => {
    const worker = startWorker();
    worker.on("message", (m: { id: number; prepared?: PreparedBriefing; error?: SerializedError }) => {
      const waiting = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) waiting?.reject(reviveError(m.error));
      else if (m.prepared) waiting?.resolve(m.prepared);
    });
    // A worker that dies (a crash, out of memory) fails what is pending and everything after,
    // rather than leaving the caller waiting for answers that will never come.
    const fail = (err: Error) => {
      broken ??= err;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.reject(err);
      }
    };
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (!closing) fail(new Error(`a preparation worker stopped (exit code ${code})`));
    });
    return worker;
  });
  return {
    prepare(text, options) {
      const id = next++;
      if (broken) return Promise.reject(broken);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        threads[id % threads.length]?.postMessage({ id, text, options });
      });
    },
    async close() {
      closing = true;
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}

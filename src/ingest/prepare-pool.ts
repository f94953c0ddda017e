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

interface Waiting {
  resolve: (p: PreparedBriefing) => void;
  reject: (e: Error) => void;
}

export function createPreparePool(workers: number): PreparePool {
  if (workers <= 0) {
    return {
      prepare: async (text, options) => prepareBriefing(text, options),
      close: async () => {},
    };
  }
  let closing = false;
  let broken: Error | undefined;
  let next = 0;

  /**
   * One worker and what it still owes. A worker that dies (out of memory, a native crash) fails what
   * it owed and is replaced, so one pathological briefing does not stop the ones after it; a worker
   * that dies before answering anything (it cannot even start) breaks the pool instead of looping.
   */
  function spawn(slot: number): { worker: Worker; pending: Map<number, Waiting> } {
    const worker = startWorker();
    const pending = new Map<number, Waiting>();
    let answered = false;
    let dead = false;
    worker.on("message", (m: { id: number; prepared?: PreparedBriefing; error?: SerializedError }) => {
      answered = true;
      const waiting = pending.get(m.id);
      pending.delete(m.id);
      if (m.error) waiting?.reject(reviveError(m.error));
      else if (m.prepared) waiting?.resolve(m.prepared);
    });
    const died = (err: Error) => {
      if (dead || closing) return;
      dead = true;
      for (const waiting of pending.values()) waiting.reject(err);
      pending.clear();
      if (answered) threads[slot] = spawn(slot);
      else broken ??= err;
    };
    worker.on("error", died);
    worker.on("exit", (code) => died(new Error(`the preparation worker stopped (exit code ${code})`)));
    return { worker, pending };
  }
  const threads = Array.from({ length: workers }, (_, slot) => spawn(slot));

  return {
    prepare(text, options) {
      if (broken) return Promise.reject(broken);
      const id = next++;
      const thread = threads[id % threads.length];
      if (!thread) return Promise.reject(new Error("no preparation worker"));
      return new Promise((resolve, reject) => {
        thread.pending.set(id, { resolve, reject });
        thread.worker.postMessage({ id, text, options });
      });
    },
    async close() {
      closing = true;
      await Promise.all(threads.map((t) => t.worker.terminate()));
    },
  };
}

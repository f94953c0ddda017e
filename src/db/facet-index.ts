import { extname } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { buildSnapshot, fromMessage, type Snapshot } from "./facet-snapshot.js";
import type { PodiumDb } from "./open-database.js";

// The worker module next to this one: .ts when running from source (tsx, tests), .js when compiled.
const workerUrl = new URL(`./facet-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

function startWorker(path: string): Worker {
  if (!workerUrl.pathname.endsWith(".ts")) return new Worker(workerUrl, { workerData: { path } });
  // From source, module hooks are not inherited by worker threads: register tsx in the worker first.
  const tsx = import.meta.resolve("tsx/esm/api");
  return new Worker(
    `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(workerUrl.href)}); });`,
    { eval: true, workerData: { path } },
  );
}

/**
 * From this many statements (by the last snapshot) a request for aggregates waits for a rebuild after a
 * write rather than running SQL: ~1.3 µs per statement counted, so ~130 ms of blocked event loop here.
 */
export const WAIT_FROM_STATEMENTS = 100_000;

export interface FacetIndex {
  /** The snapshot of the current data, or null while one is being built (callers then use SQL). */
  current(): Snapshot | null;
  /** Resolves when the snapshot of the current data is built, starting its build if needed (tests, warm-up). */
  settled(): Promise<void>;
  /**
   * Like `settled`, but gives up after `maxMs`: what a request that needs aggregates awaits, so that it is
   * answered from the snapshot rather than by SQL while one is being built (see AGGREGATE_WAIT_MS).
   */
  ready(maxMs: number): Promise<void>;
}

/**
 * Keeps one facet snapshot matching the data generation. A file database is snapshotted on a worker
 * thread, started at first use and again after each change (the first request after a write is answered
 * by SQL meanwhile); a snapshot is kept only if the generation did not move while it was built, so
 * it never mixes data from before and after a write. An in-memory database (tests) cannot be opened
 * twice, so it is snapshotted synchronously on first use — it is small.
 */
export function createFacetIndex(pdb: PodiumDb, generation: () => string): FacetIndex {
  const { sqlite } = pdb;
  const inline = sqlite.memory || sqlite.name === "" || sqlite.name === ":memory:";
  let snapshot: { gen: string; data: Snapshot } | null = null;
  let building: Promise<void> | null = null;
  let failedFor: string | null = null;
  // After a build went stale (the data changed while it ran), wait as long as it took before the
  // next: a bulk ingest then costs a rebuild now and then, not one per briefing.
  let notBefore = 0;

  function build(gen: string): Promise<void> {
    const started = Date.now();
    return new Promise<void>((resolve) => {
      const worker = startWorker(sqlite.name);
      worker.unref();
      const done = () => {
        building = null;
        resolve();
      };
      worker.once("message", (m: { snapshot?: unknown; error?: string }) => {
        let now: string | null = null;
        try {
          now = generation();
        } catch {
          // The database was closed while the snapshot was built: nothing to keep it for.
        }
        if (m.snapshot && now === gen) snapshot = { gen, data: fromMessage(m.snapshot) };
        else if (m.snapshot) notBefore = Date.now() + (Date.now() - started);
        if (m.error) failedFor = gen;
        void worker.terminate();
        done();
      });
      worker.once("error", () => {
        failedFor = gen;
        done();
      });
    });
  }

  const index: FacetIndex = {
    current() {
      let gen: string;
      try {
        gen = generation();
      } catch {
        return null;
      }
      if (snapshot?.gen === gen) return snapshot.data;
      if (inline) {
        snapshot = { gen, data: sqlite.transaction(() => buildSnapshot(sqlite))() };
        return snapshot.data;
      }
      // A build that failed for this generation is not retried until the data changes.
      if (!building && failedFor !== gen && Date.now() >= notBefore) building = build(gen);
      return null;
    },
    settled: () => {
      index.current();
      return building ?? Promise.resolve();
    },
    async ready(maxMs) {
      if (index.current() || !building) return;
      // After a write to a small database SQL answers in milliseconds, sooner than a rebuild; the last
      // snapshot, stale as it is, tells the size.
      if (snapshot && snapshot.data.keys.length < WAIT_FROM_STATEMENTS) return;
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, maxMs);
      });
      await Promise.race([building, timeout]);
      clearTimeout(timer);
    },
  };
  // The first build starts at the first use (the server asks once it listens: see app.ts), not here:
  // on two cores a build running during start-up slowed the first answer by ~100 ms.
  return index;
}

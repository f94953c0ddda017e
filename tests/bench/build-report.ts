/** What the database builder measured; stored next to the cached database and reported by every run. */
export interface BuildReport {
  statements: number;
  briefings: number;
  /** Rounds over the corpus (round r is the corpus shifted r years back). */
  rounds: number;
  /** UTF-8 bytes of briefing text split, tagged and stored. */
  bytes: number;
  /** Wall seconds of the whole pipeline: read, split + tag (worker threads), store (main thread). */
  seconds: number;
  /** Preparing threads (0: everything on the main thread). */
  jobs?: number;
  /** Main-thread seconds spent waiting for a prepared briefing (the pool was the bottleneck). */
  prepareWaitSeconds?: number;
  /** Older reports (before the pool): split + tag seconds on the main thread. */
  prepareSeconds?: number;
  /** Main-thread seconds storing. */
  storeSeconds: number;
  /** Seconds of the final WAL checkpoint (not part of ingest speed). */
  checkpointSeconds: number;
  ingestMbPerS: number;
  /** CPU seconds of the builder process (user + system): on a busy machine wall time overstates the cost. */
  cpuSeconds?: number;
  /** MB of briefing text per CPU second: the ingest speed the machine's load does not distort. */
  ingestMbPerCpuS?: number;
  /** Peak resident set size of the builder process. */
  peakRssMb: number;
  taggerVersion: string;
  builtAt: string;
  gitHead: string;
}

import type { BenchParams } from "./bench-params.js";
import type { BuildReport } from "./build-report.js";
import type { InProcessTiming } from "./in-process.js";
import type { Verdict } from "./targets.js";

export const MISSING = "n/a (feature missing)";

/** One row of the result; the first six fields are the comparable core (issue 6). */
export interface CaseResult {
  name: string;
  rps: number | null;
  p50_ms: number | null;
  p99_ms: number | null;
  errors: number | null;
  ratio: number | null;
  status: "ok" | typeof MISSING | "failed";
  /** Why it is n/a or failed. */
  note?: string;
  url?: string;
  target?: string;
  met?: boolean | null;
  miss?: string;
  mb_per_s?: number;
  response_bytes?: number;
  /** The server's highest RSS sampled during the case (warm-up and load), MB. */
  rss_mb?: number;
  /** The server's peak RSS since it started (VmHWM) when the case ended, MB. */
  hwm_mb?: number;
  load_avg_1m?: number;
  /** When the case ran with its own number of connections. */
  connections?: number;
}

export interface BenchResult {
  statements: number;
  cases: CaseResult[];
  ingest_mb_per_s: number;
  rss_mb: number | null;
  cold_start_ms: number | null;
  db_mb: number;
  ingest_peak_rss_mb: number;
  cold_start_runs_ms: number[];
  in_process: InProcessTiming[];
  /** Why the in-process timings are missing, when they failed. */
  in_process_error?: string;
  /** In-process: ms until the facet snapshot was ready. */
  snapshot_ms: number | null;
  /** Server: ms from spawn until an uncached facets request answered fast (the snapshot is ready). */
  server_warm_ms: number | null;
  /** Server RSS once warm, before any load. */
  server_idle_rss_mb: number | null;
  /** Server peak RSS (VmHWM) once warm, before any load: start-up and the snapshot's build. */
  server_warm_hwm_mb: number | null;
  verdicts: Record<string, Verdict>;
  build: BuildReport & { cached: boolean };
  params: BenchParams;
  settings: { duration_s: number; warmup_s: number; connections: number; server_node_flags: string[] };
  machine: { cpus: number; load_avg_at_start: number[]; node: string };
  git_head: string;
  started_at: string;
}

/** One case's load figures, as the load worker reports them. */
export interface LoadResult {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  /** Connection errors, timeouts and non-2xx responses. */
  errors: number;
  requests: number;
  /** Response bytes per second (2xx). */
  bytes_per_s: number;
  status_codes: Record<string, number>;
}

export interface LoadRequest {
  url: string;
  connections: number;
  duration: number;
  warmup: number;
  headers: Record<string, string>;
  /** Give every request its own `to` date, counting back from this newest date (see uncached.ts). */
  distinctToFrom: string | null;
}

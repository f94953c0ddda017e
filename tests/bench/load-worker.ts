/**
 * Child process: drives one case with autocannon (a warm-up, then the measured run) and prints a
 * LoadResult as JSON. A process of its own so the load generator never shares the server's event loop.
 * Latency percentiles come from every response's own time (autocannon's histogram rounds to whole ms).
 * Usage: tsx tests/bench/load-worker.ts '<LoadRequest JSON>'
 */
import autocannon from "autocannon";
import type { LoadRequest, LoadResult } from "./load-result.js";
import { withDistinctTo } from "./uncached.js";

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function run(req: LoadRequest, duration: number, record: boolean): Promise<LoadResult> {
  const latencies: number[] = [];
  let bytes = 0;
  let sent = record ? 0 : 1_000_000;
  const u = new URL(req.url);
  const path = `${u.pathname}${u.search}`;
  const newest = req.distinctToFrom;
  const requests = newest
    ? [{ setupRequest: (r: { path: string }) => ({ ...r, path: withDistinctTo(path, newest, sent++) }) }]
    : undefined;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: req.url, connections: req.connections, duration, headers: req.headers, timeout: 30, requests },
      (err, result) => {
        if (err) return reject(err);
        const sorted = Float64Array.from(latencies).sort();
        const statusCodes = Object.fromEntries(
          Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]),
        );
        resolve({
          rps: result["2xx"] / result.duration,
          p50_ms: percentile(sorted, 50),
          p99_ms: percentile(sorted, 99),
          errors: result.errors + result.timeouts + result.non2xx,
          requests: latencies.length,
          bytes_per_s: bytes / result.duration,
          status_codes: statusCodes,
        });
      },
    );
    if (record) {
      instance.on("response", (_client, status, size, ms) => {
        if (status >= 200 && status < 300) {
          latencies.push(ms);
          bytes += size;
        }
      });
    }
  });
}

const req = JSON.parse(process.argv[2] ?? "{}") as LoadRequest;
if (req.warmup > 0) await run(req, req.warmup, false);
process.stdout.write(`${JSON.stringify(await run(req, req.duration, true))}\n`);

import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { type FuzzResponse, violations } from "./oracle.js";
import type { FuzzCase, FuzzRequest } from "./requests.js";

/** One request through `inject` (in-process: no sockets, thousands per second). */
export async function send(app: FastifyInstance, request: FuzzRequest): Promise<FuzzResponse> {
  const res = await app.inject({
    method: request.method as "GET",
    url: request.url,
    headers: request.headers,
    ...(request.payload !== undefined ? { payload: request.payload } : {}),
  });
  return { statusCode: res.statusCode, headers: res.headers, body: res.body };
}

export interface Failure {
  operation: string;
  request: FuzzRequest;
  status: number;
  problems: string[];
  /** The answer's X-Request-Id: the server's log lines of this request carry it as `reqId`. */
  requestId: string;
}

export interface FuzzStats {
  requests: number;
  byStatus: Map<number, number>;
  byOperation: Map<string, number>;
  failures: Failure[];
  slowest: { ms: number; operation: string; url: string };
}

/**
 * Send `count` generated requests, `batch` generated at a time (so 100,000 cases never sit in memory),
 * counting answers by status and operation and keeping every request that broke the contract.
 */
export async function drive(
  app: FastifyInstance,
  cases: fc.Arbitrary<FuzzCase>,
  options: { count: number; seed: number; batch?: number; onProgress?: (done: number) => void },
): Promise<FuzzStats> {
  const stats: FuzzStats = {
    requests: 0,
    byStatus: new Map(),
    byOperation: new Map(),
    failures: [],
    slowest: { ms: 0, operation: "", url: "" },
  };
  const batch = options.batch ?? 1_000;
  for (let round = 0; stats.requests < options.count; round++) {
    const numRuns = Math.min(batch, options.count - stats.requests);
    for (const { operation, request } of fc.sample(cases, { numRuns, seed: options.seed + round })) {
      const t0 = performance.now();
      const response = await send(app, request);
      const ms = performance.now() - t0;
      if (ms > stats.slowest.ms) stats.slowest = { ms, operation, url: request.url.slice(0, 200) };
      stats.requests++;
      stats.byStatus.set(response.statusCode, (stats.byStatus.get(response.statusCode) ?? 0) + 1);
      stats.byOperation.set(operation, (stats.byOperation.get(operation) ?? 0) + 1);
      const problems = violations(request, response);
      if (problems.length > 0) {
        const requestId = String(response.headers["x-request-id"] ?? "");
        stats.failures.push({ operation, request, status: response.statusCode, problems, requestId });
      }
    }
    options.onProgress?.(stats.requests);
  }
  return stats;
}

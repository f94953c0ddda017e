import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";
import type { Config } from "../config.js";

/** Response headers a cross-origin script may read: paging, caching, limits, the request id. */
export const EXPOSED_HEADERS = [
  "ETag",
  "Link",
  "Location",
  "Content-Disposition",
  "RateLimit-Limit",
  "RateLimit-Remaining",
  "RateLimit-Reset",
  "Retry-After",
  "X-Request-Id",
];

/**
 * CORS for reads: any origin by default (a public read API), or the configured ones, or none.
 * Writes are not offered cross-origin (a browser page elsewhere cannot send the key in a preflighted
 * POST or DELETE), and a bare OPTIONS without preflight headers answers 204 rather than a plain-text 400.
 */
export async function registerCors(app: FastifyInstance, config: Pick<Config, "corsOrigins">): Promise<void> {
  const origins = config.corsOrigins;
  if (origins !== "*" && origins.length === 0) return;
  await app.register(cors, {
    origin: origins === "*" ? "*" : origins,
    methods: ["GET", "HEAD"],
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 7200,
    strictPreflight: false,
  });
}

import type { FastifyInstance } from "fastify";
import type { Config } from "../config.js";
import { registerCors } from "./cors.js";
import { registerQueryLimits } from "./query-limits.js";
import { registerRateLimit } from "./rate-limit.js";
import { registerRequestId } from "./request-id.js";
import { registerSecurityHeaders } from "./security-headers.js";

/**
 * What faces the public internet, before anything else answers: the request id, security headers
 * and CORS (set first, so even a cached answer or a 304 carries them), then the rate limit, then the
 * configured caps on search and page size. Register before the ETag hook and the routes.
 */
export async function registerHardening(app: FastifyInstance, config: Config): Promise<void> {
  registerRequestId(app);
  await registerSecurityHeaders(app);
  await registerCors(app, config);
  await registerRateLimit(app, config);
  registerQueryLimits(app, config);
}

import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { Config } from "../config.js";
import { HttpProblem } from "../http/http-problem.js";
import { problemSchema } from "../schemas/problem.js";

/** Routes a monitor polls: never limited, so a busy client cannot make the service look down. */
export const RATE_LIMIT_EXEMPT = new Set(["/health"]);

const header = (description: string, example: number) => ({
  description,
  schema: { type: "integer", example },
});

/** OpenAPI headers of a 429 (openapi-polish.ts adds them): when to retry, and the limit itself. */
export const RATE_LIMIT_HEADERS = {
  "Retry-After": header("Seconds to wait before the next request is accepted.", 42),
  "RateLimit-Limit": header("Requests allowed per window from one address (`RATE_LIMIT_MAX`).", 600),
  "RateLimit-Remaining": header("Requests left in the current window: 0 on a 429.", 0),
  "RateLimit-Reset": header("Seconds until the window ends and the count starts again.", 42),
};

const exempt = (request: FastifyRequest) => RATE_LIMIT_EXEMPT.has(request.routeOptions.url ?? "");

/**
 * A per-address rate limit (`RATE_LIMIT_MAX` requests per `RATE_LIMIT_WINDOW` seconds; 0 turns it off)
 * with the IETF draft's `RateLimit-Limit`, `RateLimit-Remaining` and `RateLimit-Reset` headers on every
 * answer and `Retry-After` on the 429, which is a problem like every other error.
 *
 * The limiter is one application-wide onRequest hook registered before the ETag hook, so it counts
 * every request: ones answered from the response cache or with a 304, and ones to unknown routes.
 * Every limited operation documents its 429 whether or not limiting is on, so the OpenAPI document
 * does not depend on the configuration.
 */
export async function registerRateLimit(
  app: FastifyInstance,
  config: Pick<Config, "rateLimitMax" | "rateLimitWindowMs">,
): Promise<void> {
  app.addHook("onRoute", (route) => {
    const schema = route.schema as { hide?: boolean; response?: Record<string, unknown> } | undefined;
    if (!schema?.response || schema.hide || RATE_LIMIT_EXEMPT.has(route.url)) return;
    schema.response = { ...schema.response, 429: problemSchema };
  });
  if (config.rateLimitMax === 0) return;
  const window = Math.round(config.rateLimitWindowMs / 1000);
  await app.register(rateLimit, {
    global: false,
    max: config.rateLimitMax,
    timeWindow: config.rateLimitWindowMs,
    enableDraftSpec: true,
    allowList: exempt,
    errorResponseBuilder: (_request, context) =>
      new HttpProblem(
        429,
        `Too many requests: at most ${context.max} per ${window} seconds from one address; ` +
          `retry in ${Math.max(1, Math.ceil(context.ttl / 1000))} seconds (Retry-After).`,
      ),
  });
  app.addHook("onRequest", app.rateLimit());
}

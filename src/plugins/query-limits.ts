import type { FastifyInstance } from "fastify";
import type { Config } from "../config.js";
import { invalidParameter } from "../http/http-problem.js";

/** The API's own caps (the route schemas'): a configured limit may only be lower. */
export const SCHEMA_MAX_Q_LENGTH = 1000;
export const SCHEMA_MAX_LIMIT = 100;

/**
 * Lower caps than the schemas' on the search string (`MAX_Q_LENGTH`) and the page size (`MAX_LIMIT`),
 * for operators who want cheaper requests. Checked after validation, on every route with a `q` or a
 * `limit`: a longer `q` or a larger `limit` asked for is a 400 naming the cap; a default page size
 * above the cap becomes the cap. With the defaults (the schemas' caps) nothing is registered.
 */
export function registerQueryLimits(
  app: FastifyInstance,
  config: Pick<Config, "maxQLength" | "maxLimit">,
): void {
  const { maxQLength, maxLimit } = config;
  if (maxQLength >= SCHEMA_MAX_Q_LENGTH && maxLimit >= SCHEMA_MAX_LIMIT) return;
  app.addHook("preHandler", async (request) => {
    const query = request.query as Record<string, unknown> | undefined;
    if (!query || typeof query !== "object") return;
    if (typeof query.q === "string" && query.q.length > maxQLength) {
      throw invalidParameter("query.q", `must be at most ${maxQLength} characters`);
    }
    if (typeof query.limit === "number" && query.limit > maxLimit) {
      const asked = new URLSearchParams(request.url.split("?")[1] ?? "").has("limit");
      if (asked) throw invalidParameter("query.limit", `must be a whole number from 1 to ${maxLimit}`);
      query.limit = maxLimit;
    }
  });
}

import { createHash, timingSafeEqual } from "node:crypto";
import type { onRequestHookHandler } from "fastify";
import { HttpProblem } from "./http-problem.js";

/** The OpenAPI security scheme of write operations (components.securitySchemes). */
export const SECURITY_SCHEMES = {
  bearerAuth: {
    type: "http",
    scheme: "bearer",
    description:
      "The server's `PODIUM_API_KEY`, sent as `Authorization: Bearer <key>`. Writes are disabled when none is set.",
  },
} as const;

/** Route schema value for operations that need the key. */
export const BEARER_SECURITY = [{ bearerAuth: [] }];

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

/**
 * Guards write routes. No key configured: 403, writes are disabled. A missing, malformed or wrong
 * key: one and the same 401, so a caller cannot tell which. The comparison hashes both sides to a
 * fixed length and compares in constant time, so timing does not reveal how much of a guess matched.
 * The key is never logged: Fastify's request log carries no headers, and the logger redacts
 * `authorization` wherever a line carries headers (plugins/logger.ts).
 */
export function requireApiKey(apiKey: string | null): onRequestHookHandler {
  const expected = apiKey === null ? null : digest(apiKey);
  return async (request) => {
    if (expected === null) {
      throw new HttpProblem(403, "writes are disabled: this server has no PODIUM_API_KEY configured");
    }
    const given = BEARER.exec(request.headers.authorization ?? "")?.[1];
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      throw new HttpProblem(
        401,
        "a valid API key is required: send 'Authorization: Bearer <key>' with the server's PODIUM_API_KEY",
        undefined,
        { "www-authenticate": 'Bearer realm="podium"' },
      );
    }
  };
}

import type { FastifyServerOptions } from "fastify";
import type { Config } from "../config.js";

/**
 * Where a request's credentials could appear in a log line, whatever logs them (a serializer that
 * adds headers, a debug line carrying the request): pino replaces them before the line is written.
 * (Fastify's own `req` serializer keeps no headers at all.)
 */
export const REDACTED_PATHS = [
  "req.headers.authorization",
  "req.headers.cookie",
  "request.headers.authorization",
  "headers.authorization",
  "headers.cookie",
  "*.headers.authorization",
];

/** Pino JSON logs: the configured level, `reqId` on every line of a request, credentials redacted. */
export function loggerOptions(
  config: Pick<Config, "logLevel">,
  stream?: NodeJS.WritableStream,
): FastifyServerOptions["logger"] {
  return {
    level: config.logLevel,
    redact: { paths: REDACTED_PATHS, censor: "[redacted]" },
    ...(stream ? { stream } : {}),
  };
}

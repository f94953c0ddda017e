import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { FastifyInstance } from "fastify";

export const REQUEST_ID_HEADER = "x-request-id";

/** What an upstream proxy or client may set as the id: short, printable, no spaces or quotes. */
const SANE_ID = /^[A-Za-z0-9._:@=+/-]{1,128}$/;

/**
 * Every request's id, on each of its log lines (`reqId`) and in its response's X-Request-Id: the
 * caller's own X-Request-Id when it is sane (so a proxy's or client's id follows the request through
 * the logs), otherwise a fresh UUID (unique across restarts and instances, unlike a counter).
 */
export function genReqId(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === "string" && SANE_ID.test(given) ? given : randomUUID();
}

/** Echo the id, so a client can quote it when it reports a problem. */
export function registerRequestId(app: FastifyInstance): void {
  app.addHook("onRequest", async (request, reply) => {
    reply.header(REQUEST_ID_HEADER, request.id);
  });
}

import type { ServerOptions } from "node:http";
import type { Config } from "../config.js";
import { clientErrorHandler } from "../http/client-errors.js";
import { genReqId } from "./request-id.js";

/** A hop count becomes the function Fastify takes: trust that many proxies nearest the server. */
const trustProxy = (value: Config["trustProxy"]) =>
  typeof value === "number" ? (_address: string, hop: number) => hop < value : value;

/**
 * Fastify's server options for the public internet: request ids (request-id.ts), the client address
 * behind proxies, and timeouts. A client has `REQUEST_TIMEOUT_MS` to send a whole request (headers and
 * body), so slow or stalled senders cannot hold connections; Node checks every tenth of the timeout
 * (at most every 5 s, at least every 100 ms) instead of its default 30 s. Requests Node's parser
 * rejects are answered as problems (client-errors.ts).
 */
export function serverOptions(config: Pick<Config, "requestTimeoutMs" | "trustProxy">) {
  const timeout = config.requestTimeoutMs;
  return {
    genReqId,
    // Behind a proxy, the client address (the rate limit's key) comes from X-Forwarded-For.
    trustProxy: trustProxy(config.trustProxy),
    requestTimeout: timeout,
    http: {
      connectionsCheckingInterval:
        timeout > 0 ? Math.min(5_000, Math.max(100, Math.round(timeout / 10))) : 30_000,
    } satisfies ServerOptions,
    clientErrorHandler,
    // A request that arrives on an open connection while the server drains is still answered (the
    // database stays open until every request is done); Fastify closes that connection after it.
    return503OnClosing: false,
  };
}

import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import { PROBLEM_CONTENT_TYPE } from "./error-handler.js";
import { problemBody } from "./http-problem.js";

type ClientError = Error & { code?: string; rawPacket?: unknown };

const CLIENT_ERRORS: Record<string, [status: number, detail: string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: [408, "the request was not received in time (REQUEST_TIMEOUT_MS); send it again"],
  HPE_HEADER_OVERFLOW: [431, "the request's headers (URL included) are larger than 16 KB"],
};

/** The request path, when enough of the request line arrived to read one. */
function instanceOf(err: ClientError): string {
  const raw = Buffer.isBuffer(err.rawPacket) ? err.rawPacket.toString("latin1") : "";
  const target = /^[A-Z]+ (\/\S*)/.exec(raw)?.[1];
  return target && target.length <= 2048 ? target : "/";
}

/**
 * What Node's HTTP parser rejects before Fastify sees a request (a request that takes too long,
 * headers too large, bytes that are not HTTP) is answered as a problem too, then the socket is closed.
 */
export function clientErrorHandler(this: unknown, err: ClientError, socket: Socket): void {
  if (err.code === "ECONNRESET" || socket.destroyed) return;
  const [status, detail] = CLIENT_ERRORS[err.code ?? ""] ?? [400, "the request is not valid HTTP/1.1"];
  (this as FastifyInstance).log.debug({ err }, "client error");
  if (socket.writable) {
    const body = JSON.stringify(problemBody(status, detail, instanceOf(err)));
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(err);
}

import type { FastifyReply } from "fastify";

/**
 * How GET routes serialize. The zod type provider's serializer checks and re-encodes every response
 * against its schema, which costs about three times JSON.stringify on a 40 KB page. Responses are
 * built by typed code from the repositories, and tests/api/response-schemas.test.ts checks them
 * against the same schemas, so these routes use plain JSON.stringify; the schemas still validate
 * requests and document the responses in OpenAPI.
 */
export const jsonSerializerCompiler = () => (data: unknown) => JSON.stringify(data);

export interface ListEnvelopeRest {
  next: string | null;
  count?: number;
  facets?: unknown;
}

const OPEN = Buffer.from('{"data":[');
const COMMA = Buffer.from(",");

/**
 * Send a list envelope (`{ data, next, count?, facets? }`, see schemas/envelope.ts) whose items are
 * already JSON bytes: they are copied into the body once, never parsed, decoded or re-encoded.
 */
export function sendJsonList(reply: FastifyReply, items: Buffer[], rest: ListEnvelopeRest): FastifyReply {
  const count = rest.count === undefined ? "" : `,"count":${rest.count}`;
  const facets = rest.facets === undefined ? "" : `,"facets":${JSON.stringify(rest.facets)}`;
  const parts: Buffer[] = [OPEN];
  items.forEach((item, i) => {
    if (i > 0) parts.push(COMMA);
    parts.push(item);
  });
  parts.push(Buffer.from(`],"next":${JSON.stringify(rest.next)}${count}${facets}}`));
  return reply.type("application/json; charset=utf-8").send(Buffer.concat(parts));
}

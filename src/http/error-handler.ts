import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { REQUEST_ID_HEADER } from "../plugins/request-id.js";
import { HttpProblem, type ProblemLocation, problemBody } from "./http-problem.js";

export const PROBLEM_CONTENT_TYPE = "application/problem+json";

const LOCATION_NAMES: Record<string, string> = {
  querystring: "query",
  params: "path",
  body: "body",
  headers: "header",
};

function send(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  detail: string,
  errors?: ProblemLocation[],
) {
  // Router errors are answered before any hook runs: echo the request id and forbid sniffing here too.
  if (!reply.hasHeader(REQUEST_ID_HEADER)) reply.header(REQUEST_ID_HEADER, request.id);
  if (!reply.hasHeader("x-content-type-options")) reply.header("x-content-type-options", "nosniff");
  return reply
    .code(status)
    .type(PROBLEM_CONTENT_TYPE)
    .send(problemBody(status, detail, request.url, errors));
}

function validationLocations(error: FastifyError): ProblemLocation[] {
  const where = LOCATION_NAMES[error.validationContext ?? ""] ?? error.validationContext ?? "request";
  return (error.validation ?? []).map((v) => {
    const path = v.instancePath.replace(/^\//, "").replaceAll("/", ".");
    const name = path || (v.params as { missingProperty?: string })?.missingProperty || "";
    return { location: name ? `${where}.${name}` : where, message: v.message ?? "is invalid" };
  });
}

const ROUTER_ERRORS: Record<string, string> = {
  FST_ERR_BAD_URL: "is not a valid URL: a malformed %-escape",
  FST_ERR_MAX_PARAM_LENGTH: "a path parameter is longer than 100 characters",
};

/**
 * Fastify's `frameworkErrors`: what the router rejects before any route runs (a malformed %-escape in a
 * path parameter, one longer than `maxParamLength`) is a problem too, a 400 naming the path, so the 400
 * every route with path parameters documents covers it (Fastify's own answers are plain JSON, and 414).
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const message = ROUTER_ERRORS[error.code];
  if (message) return send(reply, request, 400, `path: ${message}`, [{ location: "path", message }]);
  request.log.error({ err: error }, "request failed");
  return send(reply, request, 500, "An unexpected error occurred; it has been logged.");
}

/**
 * One error shape for every error: RFC 9457 problem+json. Client errors say what was wrong and
 * where; anything unexpected is logged with its stack and answered with a generic 500.
 */
export function registerErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof HttpProblem) {
      reply.headers(error.headers);
      return send(reply, request, error.status, error.message, error.errors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = validationLocations(error);
      return send(reply, request, 400, errors.map((e) => `${e.location}: ${e.message}`).join("; "), errors);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) return send(reply, request, status, error.message);
    request.log.error({ err: error }, "request failed");
    return send(reply, request, 500, "An unexpected error occurred; it has been logged.");
  });
  app.setNotFoundHandler((request, reply) =>
    send(reply, request, 404, `No route ${request.method} ${request.url.split("?")[0]}`),
  );
}

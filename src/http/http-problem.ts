import { STATUS_CODES } from "node:http";
import type { Problem } from "../schemas/problem.js";

export interface ProblemLocation {
  location: string;
  message: string;
}

/** An error a route throws to answer with a problem; the error handler turns it into the response. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    detail: string,
    readonly errors?: ProblemLocation[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
    this.name = "HttpProblem";
  }
}

/** 400 naming the parameter (query string, path or body field) that was wrong. */
export function invalidParameter(location: string, message: string): HttpProblem {
  return new HttpProblem(400, `${location}: ${message}`, [{ location, message }]);
}

export function notFound(what: string): HttpProblem {
  return new HttpProblem(404, what);
}

export function problemBody(
  status: number,
  detail: string,
  instance: string,
  errors?: ProblemLocation[],
): Problem {
  return {
    type: "about:blank",
    title: STATUS_CODES[status] ?? "Error",
    status,
    detail,
    instance,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

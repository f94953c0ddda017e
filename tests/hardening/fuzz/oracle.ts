import { problemSchema } from "../../../src/schemas/problem.js";
import type { FuzzRequest } from "./requests.js";

export interface FuzzResponse {
  statusCode: number;
  headers: Record<string, string | string[] | number | undefined>;
  body: string;
}

/** What must never reach a client: stack frames, SQLite's own words, file paths of the server. */
const LEAKS =
  /SqliteError|SQLITE_|better-sqlite3|sqlite_master|fts5: |no such (?:table|column|function)|syntax error near|node_modules|\/src\/[\w/-]+\.[jt]s|\bat [\w.<>]+ \(.*:\d+:\d+\)|TypeError|RangeError|ReferenceError/;

/** Bodies that are code or markup (the docs page's assets), where stack-like text is not a leak. */
const ASSET = /^(?:text\/html|text\/css|application\/javascript|text\/javascript|image\/)/;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll("+", " "));
  } catch {
    return text;
  }
}

/** Everything the request carried, as a server might quote it back. */
function requestText(request: FuzzRequest): string {
  const parts = [
    request.url,
    decoded(request.url),
    ...Object.values(request.headers),
    String(request.payload ?? ""),
  ];
  return parts.join("\n").toLowerCase();
}

/**
 * Every answer is a success, a redirect or a 4xx problem+json whose status matches the response's;
 * never a 5xx, and no problem shows a stack trace or a database message. Every answer carries its
 * request id and the security headers' nosniff.
 */
export function violations(request: FuzzRequest, response: FuzzResponse): string[] {
  const found: string[] = [];
  const status = response.statusCode;
  const type = String(response.headers["content-type"] ?? "");
  if (status >= 500) found.push(`answered ${status}`);
  if (!response.headers["x-request-id"]) found.push("no X-Request-Id");
  if (response.headers["x-content-type-options"] !== "nosniff")
    found.push("no X-Content-Type-Options: nosniff");
  if (status >= 400) {
    if (type !== "application/problem+json; charset=utf-8")
      found.push(`${status} with content-type '${type}'`);
    if (request.method !== "HEAD") {
      try {
        const problem = problemSchema.strict().parse(JSON.parse(response.body));
        if (problem.status !== status) found.push(`problem.status ${problem.status} on a ${status}`);
      } catch {
        found.push(`${status} body is not a problem: ${response.body.slice(0, 200)}`);
      }
    }
  }
  // Only problems are checked: a 2xx body may quote what earlier requests stored, hostile text included.
  if (status >= 400 && !ASSET.test(type)) {
    const sent = requestText(request);
    for (const m of response.body.matchAll(new RegExp(LEAKS, "g"))) {
      // A problem may quote what was sent (`instance`, a value in `detail`): only new text is a leak.
      if (!sent.includes(m[0].toLowerCase())) {
        found.push(`body leaks '${m[0]}': ${response.body.slice(0, 200)}`);
        break;
      }
    }
  }
  return found;
}

import { STATUS_CODES } from "node:http";
import { problemBody } from "../http/http-problem.js";
import type { NamedExample } from "./examples.js";

/** A 400 naming the parameter, exactly as `invalidParameter` and the validation handler answer it. */
function invalid(instance: string, location: string, message: string): NamedExample {
  return {
    summary: `${instance} (${location})`,
    value: { ...problemBody(400, `${location}: ${message}`, instance), errors: [{ location, message }] },
  };
}

function notFound(instance: string, detail: string): NamedExample {
  return { summary: instance, value: problemBody(404, detail, instance) };
}

const STATEMENT = "0123456789abcdef";
const FORMAT = 'Invalid option: expected one of "json"|"csv"|"ndjson"';
const COUNTRY_HINT = "use an ISO alpha-2 or alpha-3 code, an English name or a demonym (see GET /countries)";

/**
 * Error examples of the read operations, by operationId and status: real requests and the problems
 * they answer (tests/api/openapi-examples.test.ts sends each request and compares the whole body).
 */
export const problemExamples: Record<string, Record<number, NamedExample[]>> = {
  listStatements: {
    400: [
      invalid("/statements?country=XX", "query.country", `unknown country 'XX'; ${COUNTRY_HINT}`),
      invalid(
        "/statements?sort=relevance",
        "query.sort",
        "relevance needs a search: add q, or sort by -date or date",
      ),
    ],
  },
  getStatement: {
    400: [invalid("/statements/zzz", "path.id", "must be 16 lower-case hexadecimal digits")],
    404: [notFound(`/statements/${STATEMENT}`, `No statement with id '${STATEMENT}'`)],
  },
  getStatementContext: {
    400: [
      invalid(
        `/statements/${STATEMENT}/context?after=99`,
        "query.after",
        "must be a whole number from 0 to 20",
      ),
    ],
    404: [notFound(`/statements/${STATEMENT}/context`, `No statement with id '${STATEMENT}'`)],
  },
  listBriefings: {
    400: [invalid("/briefings?limit=1000", "query.limit", "must be a whole number from 1 to 100")],
  },
  getBriefing: {
    400: [invalid("/briefings/zzz", "path.id", "must be 16 lower-case hexadecimal digits")],
    404: [notFound(`/briefings/${STATEMENT}`, `No briefing with id '${STATEMENT}'`)],
  },
  listBriefingStatements: {
    400: [invalid("/briefings/zzz/statements", "path.id", "must be 16 lower-case hexadecimal digits")],
    404: [notFound(`/briefings/${STATEMENT}/statements`, `No briefing with id '${STATEMENT}'`)],
  },
  listCountries: {
    400: [invalid("/countries?format=pdf", "query.format", FORMAT)],
  },
  getCountry: {
    400: [invalid(`/countries/${"x".repeat(101)}`, "path", "a path parameter is longer than 100 characters")],
    404: [notFound("/countries/Narnia", "No country 'Narnia'; see GET /countries")],
  },
  listTopics: { 400: [invalid("/topics?format=pdf", "query.format", FORMAT)] },
  listRegions: { 400: [invalid("/regions?format=pdf", "query.format", FORMAT)] },
  getTimeline: {
    400: [
      invalid(
        "/timeline?interval=day",
        "query.interval",
        'Invalid option: expected one of "week"|"month"|"year"',
      ),
      invalid("/timeline?country=XX", "query.country", `unknown country 'XX'; ${COUNTRY_HINT}`),
    ],
  },
};

const FALLBACK_DETAILS: Record<number, [summary: string, detail: string]> = {
  429: [
    "Too many requests",
    "Too many requests: at most 600 per 60 seconds from one address; retry in 42 seconds (Retry-After).",
  ],
  500: ["An unexpected failure", "An unexpected error occurred; it has been logged."],
  503: ["The database is unavailable", "The database cannot be read."],
};

/**
 * The example of an error status that has none of its own: the statuses any operation may answer whatever
 * its input (500, and 429 or 503 where they apply) cannot be provoked on demand, and a status a route adds
 * later is still documented with a valid problem until it gets a real one above.
 */
export function fallbackProblemExample(status: number, instance: string): NamedExample {
  const [summary, detail] = FALLBACK_DETAILS[status] ?? [
    STATUS_CODES[status] ?? "Error",
    STATUS_CODES[status] ?? "Error",
  ];
  return { summary, value: problemBody(status, detail, instance) };
}

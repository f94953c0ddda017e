import { createHash } from "node:crypto";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { problemBody } from "../http/http-problem.js";

/**
 * OpenAPI details of the write routes that zod schemas cannot carry: the text/plain request body
 * (a string, next to the JSON object), one example per response status, and response headers.
 * Applied per route through @fastify/swagger's `config.swaggerTransform`, on top of the zod transform
 * every other route uses.
 */

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];
type JsonSchema = Record<string, unknown>;

// An invented briefing (not from the corpus): one announcement, dated by its header line.
const EXAMPLE_TEXT =
  "date 2024-05-02 ISLAMABAD: The Foreign Office spokesperson said on Thursday that Pakistan welcomed the " +
  "resumption of talks with Iran on border trade.";

export const submissionExamples = {
  text: EXAMPLE_TEXT,
  json: {
    text: "ISLAMABAD: The Foreign Office spokesperson said on Thursday that Pakistan welcomed the talks with Iran.",
    date: "2024-05-02",
    issuer: "PK",
    source: "https://example.org/briefings/2024-05-02",
  },
};

const span = (text: string, rule: string) => {
  const start = EXAMPLE_TEXT.indexOf(text);
  return { start, end: start + text.length, text, rule };
};
const statementStart = EXAMPLE_TEXT.indexOf("The Foreign Office");
const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
// Real ids of the example text, computed the way prepare-briefing computes them.
const contentHash = sha256(EXAMPLE_TEXT);
const briefingId = contentHash.slice(0, 16);

/** The 201 (and 200) answer to posting EXAMPLE_TEXT: the same shape as GET /briefings/{id}. */
const briefingExample = {
  id: briefingId,
  date: "2024-05-02",
  heldOn: "2024-05-02",
  issuer: "PK",
  speakers: [],
  title: "ISLAMABAD: The Foreign Office spokesperson said on Thursday that Pakistan welcomed the resumption…",
  format: "report",
  source: "api",
  contentHash,
  ingestedAt: "2024-05-02T09:30:00.000Z",
  taggerVersion: "2026.11.29-1",
  statementCount: 1,
  text: EXAMPLE_TEXT,
  statements: [
    {
      id: sha256(`${contentHash}:${statementStart}:${EXAMPLE_TEXT.length}`).slice(0, 16),
      briefingId,
      date: "2024-05-02",
      issuer: "PK",
      seq: 1,
      start: statementStart,
      end: EXAMPLE_TEXT.length,
      text: EXAMPLE_TEXT.slice(statementStart),
      speaker: null,
      question: null,
      countries: [
        { code: "IR", name: "Iran", basis: "text", evidence: [span("Iran", "country:IR:name")] },
        { code: "PK", name: "Pakistan", basis: "text", evidence: [span("Pakistan", "country:PK:name")] },
      ],
      regions: [],
      topics: [
        { slug: "diplomacy", score: 2, basis: "text", evidence: [span("talks", "topic:diplomacy:talks")] },
        {
          slug: "trade-economy",
          score: 2,
          basis: "text",
          evidence: [span("border trade", "topic:trade-economy:trade")],
        },
      ],
    },
  ],
};

const problem = (status: number, detail: string, instance = "/briefings") =>
  problemBody(status, detail, instance);

export const postExamples: Record<number, unknown> = {
  200: briefingExample,
  201: briefingExample,
  400: {
    ...problem(
      400,
      "body.date: the text does not start with a 'date YYYY-MM-DD' header line and no date was given",
    ),
    errors: [
      {
        location: "body.date",
        message: "the text does not start with a 'date YYYY-MM-DD' header line and no date was given",
      },
    ],
  },
  401: problem(
    401,
    "a valid API key is required: send 'Authorization: Bearer <key>' with the server's PODIUM_API_KEY",
  ),
  403: problem(403, "writes are disabled: this server has no PODIUM_API_KEY configured"),
  413: problem(413, "body: larger than the limit of 2097152 bytes (BODY_LIMIT); nothing was stored"),
  415: problem(
    415,
    "body: media type 'application/xml' is not accepted; send text/plain (a briefing file's content) or application/json ({ text, date?, issuer?, source?, title? })",
  ),
};

export const deleteExamples: Record<number, unknown> = {
  400: {
    ...problem(400, "path.id: must be 16 lower-case hexadecimal digits", "/briefings/BAD"),
    errors: [{ location: "path.id", message: "must be 16 lower-case hexadecimal digits" }],
  },
  401: problem(401, String((postExamples[401] as { detail: string }).detail), "/briefings/9c1f0e4d2b3a5c6d"),
  403: problem(403, String((postExamples[403] as { detail: string }).detail), "/briefings/9c1f0e4d2b3a5c6d"),
  404: problem(404, "No briefing with id '9c1f0e4d2b3a5c6d'", "/briefings/9c1f0e4d2b3a5c6d"),
};

const header = (description: string) => ({ type: "string", description });
const HEADERS: Record<number, Record<string, JsonSchema>> = {
  201: { Location: header("Path of the stored briefing: /briefings/{id}.") },
  401: { "WWW-Authenticate": header('`Bearer realm="podium"`.') },
};

/** A swaggerTransform adding examples (and headers) per status, and the text/plain body when there is one. */
export function writeRouteDocs(examples: Record<number, unknown>, options: { plainBody?: boolean } = {}) {
  return (input: TransformInput) => {
    const out = jsonSchemaTransform(input);
    const schema = out.schema as JsonSchema & { body?: JsonSchema; response?: Record<string, JsonSchema> };
    for (const [status, response] of Object.entries(schema.response ?? {})) {
      const example = examples[Number(status)];
      const headers = HEADERS[Number(status)];
      if (!schema.response || example === undefined) continue;
      // A response given as `content` is taken as it is, so the example lands on the media type.
      const { description, ...body } = response;
      schema.response[status] = {
        ...(description !== undefined ? { description } : {}),
        content: { "application/json": { schema: body, example } },
        ...(headers ? { headers } : {}),
      };
    }
    if (options.plainBody && schema.body) {
      schema.body = {
        content: {
          "application/json": { schema: schema.body },
          "text/plain": {
            schema: {
              type: "string",
              description:
                "A briefing file's content, UTF-8: the first line starts with `date YYYY-MM-DD ` (its date).",
              examples: [submissionExamples.text],
            },
          },
        },
      };
    }
    return out;
  };
}

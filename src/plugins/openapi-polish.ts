import { STATUS_CODES } from "node:http";
import { jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { type NamedExample, successExamples } from "../schemas/examples.js";
import { fallbackProblemExample, problemExamples } from "../schemas/examples-problems.js";
import { renameInputTwins } from "./openapi-components.js";
import { RATE_LIMIT_HEADERS } from "./rate-limit.js";

type Doc = ReturnType<typeof jsonSchemaTransformObject>;
interface Media {
  schema?: unknown;
  example?: unknown;
  examples?: Record<string, NamedExample>;
}
interface Response {
  description?: string;
  content?: Record<string, Media>;
  headers?: Record<string, unknown>;
}
interface Parameter {
  name: string;
  description?: string;
  schema?: { example?: unknown; examples?: unknown[] };
}
interface Operation {
  operationId?: string;
  security?: unknown[];
  parameters?: Parameter[];
  responses?: Record<string, Response>;
}

const PROBLEM_REF = { $ref: "#/components/schemas/Problem" };
const header = (description: string, example: string) => ({
  description,
  schema: { type: "string", example },
});
const GET_HEADERS = {
  ETag: header("Weak tag of the data this answer was built from; send it back as `If-None-Match`.", 'W/"42"'),
  "Cache-Control": header("Always `no-cache`: revalidate with `If-None-Match` before reusing.", "no-cache"),
};
const LINK = header(
  'The next page, when there is one: `<url>; rel="next"` (the same cursor as `next`).',
  '</statements?country=AF&cursor=eyJraW5kIjoic3RhdGVtZW50czotZGF0ZSIsInBvc2l0aW9uIjp7ImsiOjF9fQ>; rel="next"',
);

const byName = (list: NamedExample[]) =>
  Object.fromEntries(list.map((example, i) => [i === 0 ? "example" : `example${i + 1}`, example]));

/**
 * A parameter's example moves to JSON Schema's `examples` and into its description: Swagger UI fills
 * every input of "Try it out" with its `example`, and all of them at once (a search, five filters, a
 * foreign cursor) make a request nobody meant. With `examples` the inputs start empty, so only what the
 * reader types is sent, and the description still shows the example next to the input.
 */
function exampleNotPrefilled(parameter: Parameter): void {
  const schema = parameter.schema;
  if (schema?.example === undefined) return;
  const example = schema.example;
  schema.examples ??= [example];
  delete schema.example;
  const shown = typeof example === "string" ? example : JSON.stringify(example);
  parameter.description = `${parameter.description ?? ""} Example: \`${shown}\`.`.trim();
}

/** A request path of the operation: its template with each path parameter's example filled in. */
function concrete(path: string, op: Operation): string {
  const example = (name: string) => op.parameters?.find((p) => p.name === name)?.schema?.examples?.[0];
  return path.replace(/\{(\w+)\}/g, (template, name: string) => String(example(name) ?? template));
}

/** Examples and headers of one operation's responses, where its route did not give its own. */
function polishResponses(method: string, path: string, op: Operation): void {
  op.responses ??= {};
  const responses = op.responses;
  const id = op.operationId ?? "";
  if (!responses["500"]) responses["500"] = { content: { "application/json": { schema: PROBLEM_REF } } };
  if (method === "get" && !responses["304"]) {
    responses["304"] = { description: "Not Modified: `If-None-Match` still matches the data's `ETag`." };
  }
  for (const [status, response] of Object.entries(responses)) {
    const code = Number(status);
    if (response.description === "Default Response" || !response.description) {
      response.description = STATUS_CODES[code] ?? "Response";
    }
    const json = response.content?.["application/json"];
    if (code >= 400 && json && response.content) {
      response.content = { "application/problem+json": json };
      if (json.example === undefined && !json.examples) {
        json.examples = byName(
          problemExamples[id]?.[code] ?? [fallbackProblemExample(code, concrete(path, op))],
        );
      }
    }
    if (code === 200 && json && json.example === undefined && !json.examples && successExamples[id]) {
      json.examples = successExamples[id];
    }
    if (code === 429) response.headers = { ...RATE_LIMIT_HEADERS, ...response.headers };
    if (code === 200 && method === "get") {
      const paged = op.parameters?.some((p) => p.name === "cursor");
      response.headers = { ...GET_HEADERS, ...(paged ? { Link: LINK } : {}), ...response.headers };
    }
  }
}

/**
 * Finishing touches the generators cannot express: errors are documented with their real media type
 * (application/problem+json) and real examples, every operation documents the 500 any failure answers
 * (and every GET its 304 and caching headers), responses get examples and meaningful descriptions, read
 * operations say they need no key (`security: []`), and zod's "…Input" schema twins are resolved.
 */
export function polishOpenApi(input: Parameters<typeof jsonSchemaTransformObject>[0]): Doc {
  const doc = jsonSchemaTransformObject(input);
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  for (const [path, operations] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(operations)) {
      op.security ??= [];
      for (const parameter of op.parameters ?? []) exampleNotPrefilled(parameter);
      polishResponses(method, path, op);
    }
  }
  renameInputTwins(doc as { paths?: unknown; components?: { schemas?: Record<string, unknown> } });
  return doc;
}

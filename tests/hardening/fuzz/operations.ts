/**
 * The routes the fuzzer drives, read from the app's own OpenAPI document, so a route added later is
 * fuzzed without anyone editing this list. Routes the document hides (the spec itself, the docs page
 * and its assets) are added by hand: they answer the public internet too.
 */

export interface FuzzParameter {
  name: string;
  in: "query" | "path";
  /** Values the document names: enum members, examples, defaults. */
  known: string[];
}

export interface FuzzOperation {
  method: string;
  /** OpenAPI path template, `/statements/{id}`; `{*}` is a wildcard segment. */
  path: string;
  parameters: FuzzParameter[];
  /** Media types of the request body, when the operation takes one. */
  bodyTypes: string[];
}

interface DocParameter {
  name: string;
  in: string;
  schema?: { enum?: unknown[]; examples?: unknown[]; example?: unknown; default?: unknown };
}
interface DocOperation {
  parameters?: DocParameter[];
  requestBody?: { content?: Record<string, unknown> };
}
export interface OpenApiDoc {
  paths?: Record<string, Record<string, DocOperation>>;
}

const known = (schema: DocParameter["schema"]): string[] =>
  [...(schema?.enum ?? []), ...(schema?.examples ?? []), schema?.example, schema?.default]
    .filter((v) => v !== undefined && v !== null)
    .map(String);

const HIDDEN: FuzzOperation[] = [
  { method: "GET", path: "/openapi.json", parameters: [], bodyTypes: [] },
  { method: "GET", path: "/docs", parameters: [], bodyTypes: [] },
  { method: "GET", path: "/docs/", parameters: [], bodyTypes: [] },
  { method: "GET", path: "/docs/static/{*}", parameters: [], bodyTypes: [] },
  { method: "GET", path: "/{*}", parameters: [], bodyTypes: [] },
];

export function operationsOf(doc: OpenApiDoc): FuzzOperation[] {
  const documented = Object.entries(doc.paths ?? {}).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: (op.parameters ?? [])
        .filter((p) => p.in === "query" || p.in === "path")
        .map((p) => ({ name: p.name, in: p.in as "query" | "path", known: known(p.schema) })),
      bodyTypes: Object.keys(op.requestBody?.content ?? {}),
    })),
  );
  return [...documented, ...HIDDEN];
}

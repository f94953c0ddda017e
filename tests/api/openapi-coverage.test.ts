import { describe, expect, it } from "vitest";
import { renderOpenApiDocument } from "../../src/openapi-document.js";

interface Schema {
  $ref?: string;
  type?: string | string[];
  description?: string;
  example?: unknown;
  enum?: unknown[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
}
interface Operation {
  parameters?: {
    name: string;
    in: string;
    description?: string;
    schema?: Schema & { examples?: unknown[] };
    example?: unknown;
  }[];
  responses: Record<string, { content?: Record<string, { schema: Schema }> }>;
}

const doc = JSON.parse(await renderOpenApiDocument()) as {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
};
const reads = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops)
    .filter(([method]) => method === "get")
    .map(([, op]) => ({ path, op })),
);

/** Every property reachable from a schema, with its path, following $refs once each. */
function properties(
  schema: Schema,
  at: string,
  seen: Set<string>,
  out: [string, Schema][],
): [string, Schema][] {
  if (schema.$ref) {
    const name = schema.$ref.replace("#/components/schemas/", "");
    if (seen.has(name)) return out;
    seen.add(name);
    return properties(doc.components.schemas[name] as Schema, name, seen, out);
  }
  for (const branch of schema.anyOf ?? []) properties(branch, at, seen, out);
  if (schema.items) properties(schema.items, `${at}[]`, seen, out);
  for (const [key, prop] of Object.entries(schema.properties ?? {})) {
    out.push([`${at}.${key}`, prop]);
    properties(prop, `${at}.${key}`, seen, out);
  }
  return out;
}

describe("the OpenAPI document describes the read API completely", () => {
  it.each(reads.map((r) => [r.path, r.op] as const))(
    "GET %s: every parameter has a description and an example",
    (_, op) => {
      for (const p of op.parameters ?? []) {
        expect({ name: p.name, description: Boolean(p.description) }).toEqual({
          name: p.name,
          description: true,
        });
        // Parameters carry theirs as `examples` (see openapi-polish: Swagger UI would prefill `example`).
        const example = p.schema?.example ?? p.schema?.examples?.[0] ?? p.example ?? null;
        expect({ name: p.name, example }).not.toEqual({
          name: p.name,
          example: null,
        });
        // A value set is documented value by value.
        for (const value of p.schema?.enum ?? []) expect(p.description).toContain(`\`${value}\``);
      }
    },
  );

  it.each(reads.map((r) => [r.path, r.op] as const))(
    "GET %s: every response field has a description and an example",
    (_, op) => {
      const seen = new Set<string>();
      const fields: [string, Schema][] = [];
      for (const response of Object.values(op.responses)) {
        for (const media of Object.values(response.content ?? {}))
          properties(media.schema, "response", seen, fields);
      }
      const lacking = fields.flatMap(([where, s]) => {
        if (s.$ref) return [];
        const arrayOfRefs = s.type === "array" && s.items?.$ref;
        return [
          ...(s.description ? [] : [`${where}: description`]),
          ...(s.example !== undefined || arrayOfRefs || s.anyOf ? [] : [`${where}: example`]),
        ];
      });
      expect(lacking).toEqual([]);
    },
  );
});

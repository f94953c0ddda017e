import { STATUS_CODES } from "node:http";
import { jsonSchemaTransformObject } from "fastify-type-provider-zod";

type Doc = ReturnType<typeof jsonSchemaTransformObject>;
type Responses = Record<string, { description?: string; content?: Record<string, unknown> }>;

/**
 * Finishing touches the generators cannot express: errors are documented with their real media type
 * (application/problem+json), responses get meaningful descriptions, and component schemas that no
 * operation references (zod's unused "…Input" twins) are dropped so the document lists what exists.
 */
export function polishOpenApi(input: Parameters<typeof jsonSchemaTransformObject>[0]): Doc {
  const doc = jsonSchemaTransformObject(input);
  const paths = (doc.paths ?? {}) as Record<string, Record<string, { responses?: Responses }>>;
  for (const operations of Object.values(paths)) {
    for (const op of Object.values(operations)) {
      for (const [status, response] of Object.entries(op.responses ?? {})) {
        const code = Number(status);
        if (response.description === "Default Response" || !response.description) {
          response.description = STATUS_CODES[code] ?? "Response";
        }
        if (code >= 400 && response.content?.["application/json"]) {
          response.content = { "application/problem+json": response.content["application/json"] };
        }
      }
    }
  }
  const schemas = (doc as { components?: { schemas?: Record<string, unknown> } }).components?.schemas;
  if (schemas) {
    const used = JSON.stringify([paths, Object.entries(schemas).filter(([k]) => !k.endsWith("Input"))]);
    for (const name of Object.keys(schemas)) {
      if (name.endsWith("Input") && !used.includes(`"#/components/schemas/${name}"`)) delete schemas[name];
    }
  }
  return doc;
}

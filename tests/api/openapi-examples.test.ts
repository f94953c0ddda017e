import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderOpenApiDocument } from "../../src/openapi-document.js";
import { EXAMPLE_TEXT, exampleBriefing } from "../../src/schemas/examples-briefing.js";
import { problemExamples } from "../../src/schemas/examples-problems.js";
import { buildTestApp } from "../support/app.js";

interface Media {
  schema?: { $ref?: string; example?: unknown };
  example?: unknown;
  examples?: Record<string, { summary?: string; value: unknown }>;
}
interface Operation {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  security?: unknown[];
  responses: Record<string, { description?: string; content?: Record<string, Media> }>;
}

const doc = JSON.parse(await renderOpenApiDocument()) as {
  paths: Record<string, Record<string, Operation>>;
  tags: { name: string }[];
};
const operations = Object.entries(doc.paths).flatMap(([path, ops]) =>
  Object.entries(ops).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, method, op })),
);

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: true });
});
afterAll(() => app.close());

describe("the docs page's operations", () => {
  it("are grouped under the five tags, each operation under exactly one", () => {
    expect(doc.tags.map((t) => t.name)).toEqual([
      "statements",
      "briefings",
      "reference data",
      "ingest",
      "health",
    ]);
    const byTag = Object.fromEntries(doc.tags.map((t) => [t.name, [] as string[]]));
    for (const { name, op } of operations) byTag[op.tags?.[0] ?? ""]?.push(name);
    expect(Object.values(byTag).flat().sort()).toEqual(operations.map((o) => o.name).sort());
    expect(byTag.ingest?.sort()).toEqual(["DELETE /briefings/{id}", "POST /briefings"]);
  });

  it.each(operations.map((o) => [o.name, o.op] as const))(
    "%s has an id, a summary and a description",
    (_, op) => {
      expect(op.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(op.summary?.length).toBeGreaterThan(5);
      expect(op.description?.length).toBeGreaterThan(20);
    },
  );

  it("ask for the bearer key on writes only", () => {
    const secured = operations.filter((o) => (o.op.security ?? []).length > 0).map((o) => o.name);
    expect(secured.sort()).toEqual(["DELETE /briefings/{id}", "POST /briefings"]);
  });

  it.each(operations.map((o) => [o.name, o.op] as const))(
    "%s: every response with a body has an example; every error is a Problem",
    (_, op) => {
      for (const [status, response] of Object.entries(op.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          // CSV and NDJSON carry theirs on the string schema.
          const example = media.example ?? media.examples ?? media.schema?.example;
          expect({ status, type, example: example !== undefined }).toEqual({ status, type, example: true });
          if (Number(status) >= 400) {
            expect({ status, type, schema: media.schema }).toEqual({
              status,
              type: "application/problem+json",
              schema: { $ref: "#/components/schemas/Problem" },
            });
          }
        }
      }
    },
  );
});

describe("the examples", () => {
  it("quote the example briefing exactly: statement and evidence offsets index its text", () => {
    expect(exampleBriefing.text).toBe(EXAMPLE_TEXT);
    for (const s of exampleBriefing.statements) {
      expect(EXAMPLE_TEXT.slice(s.start, s.end)).toBe(s.text);
      for (const tag of [...s.countries, ...s.regions, ...s.topics])
        for (const e of tag.evidence) {
          expect(EXAMPLE_TEXT.slice(e.start, e.end)).toBe(e.text);
          expect(e.start >= s.start && e.end <= s.end).toBe(true);
        }
    }
  });

  const errors = Object.values(problemExamples).flatMap((byStatus) =>
    Object.values(byStatus).flatMap((list) =>
      list.map((e) => [(e.value as { instance: string }).instance, e.value] as const),
    ),
  );
  it.each(errors)("of errors are what the server answers: GET %s", async (url, body) => {
    const res = await app.inject({ url });
    expect({ status: res.statusCode, body: res.json() }).toEqual({
      status: (body as { status: number }).status,
      body,
    });
  });
});

import { describe, expect, it } from "vitest";
import { renderOpenApiDocument } from "../../src/openapi-document.js";
import { briefingSchema } from "../../src/schemas/briefing.js";
import { briefingSubmissionSchema } from "../../src/schemas/ingest.js";
import { submissionExamples } from "../../src/schemas/ingest-openapi.js";
import { problemSchema } from "../../src/schemas/problem.js";

interface Media {
  schema: unknown;
  example?: unknown;
  examples?: Record<string, { value: unknown }>;
}
interface Operation {
  security?: unknown;
  requestBody?: { content: Record<string, Media> };
  responses: Record<string, { content?: Record<string, Media>; headers?: Record<string, unknown> }>;
}

const doc = JSON.parse(await renderOpenApiDocument());
const post = doc.paths["/briefings"].post as Operation;
const del = doc.paths["/briefings/{id}"].delete as Operation;

describe("the OpenAPI document of the write operations", () => {
  it("declares the bearer scheme and requires it on both operations", () => {
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(post.security).toEqual([{ bearerAuth: [] }]);
    expect(del.security).toEqual([{ bearerAuth: [] }]);
  });

  it("documents both request media types: the JSON object and the plain text file", () => {
    expect(Object.keys(post.requestBody?.content ?? {})).toEqual(["application/json", "text/plain"]);
    expect(post.requestBody?.content["application/json"]?.schema).toEqual({
      $ref: "#/components/schemas/BriefingSubmission",
    });
    expect(post.requestBody?.content["text/plain"]).toMatchObject({
      schema: { type: "string" },
      example: submissionExamples.text,
    });
    expect(briefingSubmissionSchema.parse(doc.components.schemas.BriefingSubmission.example)).toEqual(
      submissionExamples.json,
    );
  });

  it("documents every status with an example that the response schema accepts", () => {
    expect(Object.keys(post.responses)).toEqual([
      "200",
      "201",
      "400",
      "401",
      "403",
      "413",
      "415",
      "429",
      "500",
    ]);
    expect(Object.keys(del.responses)).toEqual(["204", "400", "401", "403", "404", "429", "500"]);
    for (const [status, response] of [...Object.entries(post.responses), ...Object.entries(del.responses)]) {
      if (status === "204") {
        expect(response.content).toBeUndefined();
        continue;
      }
      const [type, media] = Object.entries(response.content ?? {})[0] ?? [];
      const example = media?.example ?? Object.values(media?.examples ?? {})[0]?.value;
      expect(type).toBe(Number(status) >= 400 ? "application/problem+json" : "application/json");
      if (Number(status) >= 400)
        expect(problemSchema.strict().parse(example)).toMatchObject({ status: Number(status) });
      else {
        const briefing = briefingSchema.parse(example);
        for (const s of briefing.statements) expect(briefing.text.slice(s.start, s.end)).toBe(s.text);
      }
    }
    expect(Object.keys(post.responses["201"]?.headers ?? {})).toEqual(["Location"]);
    expect(Object.keys(post.responses["401"]?.headers ?? {})).toEqual(["WWW-Authenticate"]);
  });
});

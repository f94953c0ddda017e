import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderOpenApiDocument } from "../../src/openapi-document.js";
import { packageRoot } from "../../src/package-paths.js";
import { buildTestApp } from "../support/app.js";

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: false });
});
afterAll(() => app.close());

describe("OpenAPI document", () => {
  it("is committed exactly as generated (run `npm run openapi` after changing a route)", async () => {
    const committed = readFileSync(join(packageRoot, "openapi", "openapi.json"), "utf8");
    expect(committed).toBe(await renderOpenApiDocument());
  });

  it("is served at /openapi.json as OpenAPI 3.1 with every route, each with tags and a summary", async () => {
    const res = await request(app.server).get("/openapi.json").expect(200);
    expect(res.body.openapi).toBe("3.1.0");
    const operations = Object.entries(
      res.body.paths as Record<string, Record<string, { tags?: string[]; summary?: string }>>,
    ).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ path, method, op })));
    expect(operations.map((o) => `${o.method.toUpperCase()} ${o.path}`).sort()).toEqual(
      [
        "GET /briefings",
        "GET /briefings/{id}",
        "POST /briefings",
        "DELETE /briefings/{id}",
        "GET /health",
        "GET /statements",
        "GET /statements/{id}",
        "GET /statements/{id}/context",
        "GET /briefings/{id}/statements",
        "GET /countries",
        "GET /countries/{code}",
        "GET /topics",
        "GET /regions",
        "GET /timeline",
      ].sort(),
    );
    for (const { op } of operations) {
      expect(op.tags?.length).toBeGreaterThan(0);
      expect(op.summary).toBeTruthy();
    }
  });
});

describe("GET /docs", () => {
  it("serves an interactive docs page whose assets are all local", async () => {
    const res = await request(app.server).get("/docs/").expect(200);
    expect(res.headers["content-type"]).toMatch(/text\/html/);
    const assets = [...res.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) expect(asset).not.toMatch(/^(https?:)?\/\//);
    for (const asset of assets)
      await request(app.server).get(new URL(asset, "http://x/docs/").pathname).expect(200);
  });
});

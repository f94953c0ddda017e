import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import type { Config } from "../../src/config.js";
import { buildTestApp } from "../support/app.js";

let apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps) await app.close();
  apps = [];
});

async function appWith(config: Partial<Config> = {}) {
  const app = await buildTestApp({ seed: true, config });
  apps.push(app);
  return app;
}

const ORIGIN = "https://newsroom.example";

describe("CORS by default: a public read API", () => {
  it("lets any origin read lists, problems and the headers that page, cache and limit them", async () => {
    const app = await appWith({ rateLimitMax: 100 });
    for (const url of ["/statements?country=AF", "/statements?country=XX", "/timeline"]) {
      const res = await app.inject({ url, headers: { origin: ORIGIN } });
      expect(res.headers["access-control-allow-origin"]).toBe("*");
      expect(String(res.headers["access-control-expose-headers"]).split(", ")).toEqual(
        expect.arrayContaining(["ETag", "Link", "RateLimit-Remaining", "Retry-After", "X-Request-Id"]),
      );
    }
  });

  it("answers a preflight for GET with If-None-Match, and offers no cross-origin writes", async () => {
    const app = await appWith();
    const preflight = (method: string, url: string) =>
      app.inject({
        method: "OPTIONS",
        url,
        headers: {
          origin: ORIGIN,
          "access-control-request-method": method,
          "access-control-request-headers": "if-none-match, authorization",
        },
      });
    const get = await preflight("GET", "/statements?country=AF");
    expect(get.statusCode).toBe(204);
    expect(get.headers).toMatchObject({
      "access-control-allow-origin": "*",
      "access-control-allow-methods": "GET, HEAD",
      "access-control-allow-headers": "if-none-match, authorization",
      "access-control-max-age": "7200",
    });
    const write = await preflight("POST", "/briefings");
    expect(String(write.headers["access-control-allow-methods"])).not.toMatch(/POST|DELETE/);
  });

  it("answers a bare OPTIONS (no preflight headers) with 204, not a plain-text 400", async () => {
    const app = await appWith();
    const res = await app.inject({ method: "OPTIONS", url: "/statements" });
    expect(res.statusCode).toBe(204);
  });
});

describe("CORS_ORIGINS", () => {
  it("as a list lets exactly those origins read, varying by Origin", async () => {
    const app = await appWith({ corsOrigins: [ORIGIN, "http://localhost:8080"] });
    // Fresh, cached and 304 answers all say they vary by Origin (and Accept), so a shared cache
    // never gives one origin's answer to another.
    const fresh = await app.inject({ url: "/topics", headers: { origin: ORIGIN } });
    const cached = await app.inject({ url: "/topics", headers: { origin: ORIGIN } });
    const revalidated = await app.inject({
      url: "/topics",
      headers: { origin: ORIGIN, "if-none-match": String(fresh.headers.etag) },
    });
    for (const allowed of [fresh, cached, revalidated]) {
      expect(allowed.headers["access-control-allow-origin"]).toBe(ORIGIN);
      expect(allowed.headers.vary).toBe("Origin, Accept");
    }
    const other = await app.inject({ url: "/topics", headers: { origin: "https://elsewhere.example" } });
    expect(other.statusCode).toBe(200);
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("as none sends no CORS headers at all", async () => {
    const app = await appWith({ corsOrigins: [] });
    const res = await app.inject({ url: "/topics", headers: { origin: ORIGIN } });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.headers).filter((h) => h.startsWith("access-control-"))).toEqual([]);
  });
});

import request from "supertest";
import { describe, expect, it } from "vitest";
import { buildTestApp } from "../support/app.js";

describe("GET /health", () => {
  it("reports the database's counts", async () => {
    const app = await buildTestApp();
    const res = await request(app.server).get("/health").expect(200);
    expect(res.body).toEqual({ status: "ok", database: { status: "ok", briefings: 1, statements: 11 } });
    await app.close();
  });

  it("answers 503 with a problem when the database cannot be read", async () => {
    const app = await buildTestApp({ seed: false });
    app.podium.db.sqlite.close();
    const res = await request(app.server).get("/health").expect(503);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body).toEqual({
      type: "about:blank",
      title: "Service Unavailable",
      status: 503,
      detail: "The database cannot be read.",
      instance: "/health",
    });
    await app.close();
  });
});

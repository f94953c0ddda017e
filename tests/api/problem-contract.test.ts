import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { problemSchema } from "../../src/schemas/problem.js";
import { buildTestApp } from "../support/app.js";

/** Every error, on every endpoint, is RFC 9457 problem+json whose status matches the response's. */
const failures: [string, number][] = [
  ["/statements?country=XX", 400],
  ["/statements?topic=nope&region=NOWHERE", 400],
  ["/statements?limit=-1", 400],
  ["/statements?from=2024-1-1", 400],
  ["/statements?cursor=%00%01", 400],
  ["/statements/zzz", 400],
  ["/statements/0123456789abcdef", 404],
  ["/briefings?limit=1000", 400],
  ["/briefings?issuer=Narnia", 400],
  ["/briefings/0123456789abcdef", 404],
  ["/briefings/../etc/passwd", 404],
  ["/no-such-route", 404],
  ["/statements?country=%27%3B%20DROP%20TABLE%20statement%3B--", 400],
];

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: true });
});
afterAll(() => app.close());

describe("error contract", () => {
  it.each(failures)("GET %s answers %i as problem+json", async (url, status) => {
    const res = await request(app.server).get(url).expect(status);
    expect(res.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    const body = problemSchema.strict().parse(res.body);
    expect(body).toMatchObject({ type: "about:blank", status, instance: url });
    expect(body.detail.length).toBeGreaterThan(0);
  });

  it("answers an unexpected failure with a generic 500 problem that leaks nothing", async () => {
    const broken = await buildTestApp({ seed: false });
    broken.podium.db.sqlite.exec("DROP TABLE statement_tag");
    const res = await request(broken.server).get("/statements?country=AF").expect(500);
    expect(res.body).toEqual({
      type: "about:blank",
      title: "Internal Server Error",
      status: 500,
      detail: "An unexpected error occurred; it has been logged.",
      instance: "/statements?country=AF",
    });
    await broken.close();
  });
});

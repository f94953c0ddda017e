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
  ["/statements?q=%22open", 400],
  ["/statements?q=-alone", 400],
  [`/statements?q=${"x".repeat(1001)}`, 400],
  ["/statements?sort=relevance", 400],
  ["/statements?facets=planet", 400],
  ["/statements?include=all", 400],
  ["/statements?format=xml", 400],
  ["/statements?highlight=maybe", 400],
  ["/statements/zzz/context", 400],
  ["/statements/0123456789abcdef/context", 404],
  ["/statements/0123456789abcdef/context?after=99", 400],
  ["/briefings?q=%22x&include=nope", 400],
  ["/briefings/0123456789abcdef/statements", 404],
  ["/briefings/zzz/statements", 400],
  ["/countries/Narnia", 404],
  [`/countries/${"x".repeat(101)}`, 400],
  ["/statements/%E0%A4%A", 400],
  [`/countries?q=${"x".repeat(201)}`, 400],
  ["/topics?format=pdf", 400],
  ["/regions?extra=1", 400],
  ["/timeline?interval=day", 400],
  ["/timeline?country=XX", 400],
  ["/timeline?from=2024-05-01&to=2024-04-01", 400],
  ["/statements?from=0000-01-01", 400],
  ["/timeline?to=1799-12-31", 400],
  ["/briefings?from=0001-01-01", 400],
];

/** Write endpoints: [method, url, Authorization, Content-Type, body, status]. */
const KEY = "contract-key-0123456789";
const writeFailures: [string, string, string | null, string | null, string, number][] = [
  ["POST", "/briefings", null, "text/plain", "date 2024-05-01 x", 401],
  ["POST", "/briefings", "Bearer wrong-key-0123456789", "text/plain", "date 2024-05-01 x", 401],
  ["POST", "/briefings", `Bearer ${KEY}`, "text/plain", "", 400],
  ["POST", "/briefings", `Bearer ${KEY}`, "text/plain", "no header", 400],
  ["POST", "/briefings", `Bearer ${KEY}`, "application/json", '{"text":"x","extra":1}', 400],
  [
    "POST",
    "/briefings",
    `Bearer ${KEY}`,
    "application/json",
    '{"text":"date 2024-05-01 x","issuer":"XX"}',
    400,
  ],
  ["POST", "/briefings", `Bearer ${KEY}`, "application/json", "{", 400],
  ["POST", "/briefings", `Bearer ${KEY}`, "text/plain", "date 1799-12-31 The spokesperson spoke.", 400],
  [
    "POST",
    "/briefings",
    `Bearer ${KEY}`,
    "text/plain",
    `date 2024-05-01 ${"x".repeat(2 * 1024 * 1024)}`,
    413,
  ],
  ["POST", "/briefings", `Bearer ${KEY}`, "application/xml", "<b/>", 415],
  ["DELETE", "/briefings/0123456789abcdef", null, null, "", 401],
  ["DELETE", "/briefings/0123456789abcdef", `Bearer ${KEY}`, null, "", 404],
  ["DELETE", "/briefings/BAD", `Bearer ${KEY}`, null, "", 400],
];

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: true, config: { apiKey: KEY } });
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

  it.each(writeFailures)("%s %s (%s, %s) answers %#", async (method, url, auth, type, body, status) => {
    const headers: Record<string, string> = {};
    if (auth) headers.authorization = auth;
    if (type) headers["content-type"] = type;
    const res = await app.inject({
      method: method as "POST" | "DELETE",
      url,
      headers,
      payload: body || undefined,
    });
    expect(res.statusCode).toBe(status);
    expect(res.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    const problem = problemSchema.strict().parse(res.json());
    expect(problem).toMatchObject({ type: "about:blank", status, instance: url });
    expect(problem.detail.length).toBeGreaterThan(0);
  });

  it("answers writes with 403 problems when no key is configured", async () => {
    const closed = await buildTestApp({ seed: false });
    const res = await request(closed.server).delete("/briefings/0123456789abcdef").expect(403);
    expect(res.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    expect(problemSchema.strict().parse(res.body)).toMatchObject({
      status: 403,
      instance: "/briefings/0123456789abcdef",
    });
    await closed.close();
  });

  it("answers a client over the rate limit with a 429 problem that says when to retry", async () => {
    const limited = await buildTestApp({ seed: false, config: { rateLimitMax: 1 } });
    await request(limited.server).get("/topics").expect(200);
    const res = await request(limited.server).get("/topics?again=1").expect(429);
    expect(res.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(problemSchema.strict().parse(res.body)).toMatchObject({
      status: 429,
      instance: "/topics?again=1",
    });
    await limited.close();
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

import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp } from "../support/app.js";

const KEY = "auth-test-key-0a1b2c3d4e5f";
const BODY = "date 2024-05-01 ISLAMABAD: The spokesperson said Pakistan welcomed the talks.";

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: false, config: { apiKey: KEY } });
});
afterAll(() => app.close());

const post = (authorization: string | undefined, target = app) =>
  target.inject({
    method: "POST",
    url: "/briefings",
    headers: { "content-type": "text/plain", ...(authorization === undefined ? {} : { authorization }) },
    payload: BODY,
  });

describe("the write key", () => {
  it("gets one and the same 401 whether it is missing, malformed, of another scheme, or wrong", async () => {
    const attempts = [
      undefined,
      "",
      "Bearer",
      "Bearer ",
      `Basic ${KEY}`,
      `Bearer ${KEY} extra`,
      `Bearer ${KEY.slice(0, -1)}`,
      `Bearer ${KEY}x`,
      `Bearer ${"x".repeat(KEY.length)}`,
      `Bearer ${"y".repeat(10_000)}`,
      `Bearer ${KEY.toUpperCase()}`,
    ];
    const answers = await Promise.all(attempts.map((a) => post(a)));
    const first = answers[0];
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.headers["www-authenticate"]).toBe('Bearer realm="podium"');
      expect(res.body).toBe(first?.body);
    }
    expect(first?.json()).toMatchObject({ status: 401, instance: "/briefings" });
    expect(first?.body).not.toContain(KEY);
  });

  it("is accepted with any case of the scheme and spaces around it", async () => {
    expect((await post(`Bearer ${KEY}`)).statusCode).toBe(201);
    expect((await post(`bearer ${KEY}`)).statusCode).toBe(200);
    expect((await post(`BEARER \t${KEY}  `)).statusCode).toBe(200);
  });

  it("guards DELETE the same way, before the id is even looked at", async () => {
    const wrong = await app.inject({
      method: "DELETE",
      url: "/briefings/not-an-id",
      headers: { authorization: "Bearer nope" },
    });
    expect(wrong.statusCode).toBe(401);
    const right = await app.inject({
      method: "DELETE",
      url: "/briefings/0123456789abcdef",
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(right.statusCode).toBe(404);
  });

  it("cannot be guessed at speed: wrong keys count against the rate limit like any request", async () => {
    const limited = await buildTestApp({ seed: false, config: { apiKey: KEY, rateLimitMax: 3 } });
    const statuses = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await post(`Bearer guess-${i}-0123456789`, limited)).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    await limited.close();
  });
});

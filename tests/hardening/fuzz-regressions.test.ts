import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp } from "../support/app.js";

/** Requests the fuzzer once answered with a 500, kept as they were found (npm run fuzz, issue 8). */
const KEY = "regression-key-0123456789";
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: true, config: { apiKey: KEY } });
});
afterAll(() => app.close());

const post = (text: string) =>
  app.inject({
    method: "POST",
    url: "/briefings",
    headers: { authorization: `Bearer ${KEY}`, "content-type": "text/plain" },
    payload: text,
  });

describe("requests the fuzzer broke once", () => {
  it("a date bound before 1800-01-01 (the first day with ordering keys) is a 400, not a 500", async () => {
    for (const url of [
      "/statements?to=0001-01-01",
      "/statements?from=0000-01-01",
      "/timeline?from=1799-12-31",
    ]) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(400);
      expect(res.json()).toMatchObject({ detail: expect.stringMatching(/must be 1800-01-01 or later$/) });
    }
  });

  it("a briefing dated before 1800-01-01 is a 400 naming its date, and nothing is stored", async () => {
    const res = await post("date 1799-12-31 ISLAMABAD: The spokesperson said Pakistan welcomed the talks.");
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      detail: "body: 1799-12-31 is before 1800-01-01, the earliest date a briefing can have",
    });
    expect(((await app.inject({ url: "/briefings" })).json() as { data: unknown[] }).data).toHaveLength(1);
  });

  it("an Accept header naming a member of Object (`__proto__`, `constructor`) gets JSON, not a 500", async () => {
    for (const accept of ["__proto__", "constructor", "toString", "constructor, text/csv"]) {
      for (const url of ["/timeline", "/countries", "/statements?country=AF"]) {
        const res = await app.inject({ url, headers: { accept } });
        expect(res.statusCode, `${url} ${accept}`).toBe(200);
        expect(res.headers["content-type"], `${url} ${accept}`).toMatch(
          accept.includes("csv") ? /^text\/csv/ : /^application\/json/,
        );
      }
    }
  });

  it("a search with a control character (a NUL) next to a word or in a phrase is searched, not a 500", async () => {
    for (const q of ["pakistan%00", "a%00b", "%22talks%00with%22", "NEAR(pakistan%00 talks)", "pak%01*"]) {
      const res = await app.inject({ url: `/statements?q=${q}` });
      expect(res.statusCode, q).toBe(200);
    }
    const found = await app.inject({ url: "/statements?q=pakistan%00&include=count" });
    const plain = await app.inject({ url: "/statements?q=pakistan&include=count" });
    expect((found.json() as { count: number }).count).toBe((plain.json() as { count: number }).count);
  });

  it("timelines of every interval answer when a briefing is dated 9999-12-31, the last date there is", async () => {
    expect(
      (await post("date 9999-12-31 ISLAMABAD: The spokesperson said Pakistan welcomed the talks."))
        .statusCode,
    ).toBe(201);
    for (const interval of ["year", "month", "week"]) {
      const res = await app.inject({ url: `/timeline?interval=${interval}&from=9990-01-01` });
      expect(res.statusCode, interval).toBe(200);
      const periods = (res.json() as { data: { start: string; count: number }[] }).data;
      expect(periods.at(-1)?.count).toBe(1);
    }
  });
});

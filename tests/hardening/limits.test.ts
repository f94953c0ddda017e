import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import { afterEach, describe, expect, it } from "vitest";
import type { Config } from "../../src/config.js";
import { problemSchema } from "../../src/schemas/problem.js";
import { buildTestApp } from "../support/app.js";
import { rawRequest } from "./support/raw-http.js";

const PROBLEM = "application/problem+json; charset=utf-8";
const KEY = "limits-key-0123456789abc";

let apps: FastifyInstance[] = [];
afterEach(async () => {
  for (const app of apps) await app.close();
  apps = [];
});

async function appWith(config: Partial<Config>, seed = true) {
  const app = await buildTestApp({ seed, config });
  apps.push(app);
  return app;
}

async function listening(config: Partial<Config>) {
  const app = await appWith(config, false);
  await app.listen({ host: "127.0.0.1", port: 0 });
  return { app, port: (app.server.address() as AddressInfo).port };
}

const problem = (res: { statusCode: number; headers: Record<string, unknown>; json: () => unknown }) => {
  expect(res.headers["content-type"]).toBe(PROBLEM);
  return problemSchema.strict().parse(res.json());
};

describe("page size", () => {
  it("is at most 100 by default", async () => {
    const app = await appWith({});
    expect((await app.inject({ url: "/statements?limit=100" })).statusCode).toBe(200);
    const res = await app.inject({ url: "/statements?limit=101" });
    expect(res.statusCode).toBe(400);
    expect(problem(res).errors).toEqual([
      { location: "query.limit", message: "must be a whole number from 1 to 100" },
    ]);
  });

  it("can be capped lower (MAX_LIMIT): a larger limit is a 400 naming the cap, the default page shrinks to it", async () => {
    const app = await appWith({ maxLimit: 3 });
    for (const url of ["/statements?limit=4", "/briefings?limit=4"]) {
      const over = await app.inject({ url });
      expect(over.statusCode).toBe(400);
      expect(problem(over).errors).toEqual([
        { location: "query.limit", message: "must be a whole number from 1 to 3" },
      ]);
    }
    const page = (await app.inject({ url: "/statements" })).json() as {
      data: unknown[];
      next: string | null;
    };
    expect(page.data).toHaveLength(3);
    expect(page.next).not.toBeNull();
    expect(
      ((await app.inject({ url: "/statements?limit=3" })).json() as { data: unknown[] }).data,
    ).toHaveLength(3);
  });
});

describe("search length", () => {
  it("is at most 1000 characters by default, and can be capped lower (MAX_Q_LENGTH)", async () => {
    const app = await appWith({});
    expect((await app.inject({ url: `/statements?q=${"a".repeat(1000)}` })).statusCode).toBe(200);
    expect((await app.inject({ url: `/statements?q=${"a".repeat(1001)}` })).statusCode).toBe(400);
    const capped = await appWith({ maxQLength: 10 });
    expect((await capped.inject({ url: "/statements?q=pakistan12" })).statusCode).toBe(200);
    const res = await capped.inject({ url: "/timeline?q=pakistan123" });
    expect(res.statusCode).toBe(400);
    expect(problem(res).errors).toEqual([{ location: "query.q", message: "must be at most 10 characters" }]);
  });
});

describe("request bodies", () => {
  it("over BODY_LIMIT are refused with 413, declared or streamed in chunks, and nothing is stored", async () => {
    const { app, port } = await listening({ apiKey: KEY, bodyLimit: 2048 });
    const text = `date 2024-05-01 ${"The spokesperson said Pakistan welcomed the talks. ".repeat(60)}`;
    const declared = await app.inject({
      method: "POST",
      url: "/briefings",
      headers: { authorization: `Bearer ${KEY}`, "content-type": "text/plain" },
      payload: text,
    });
    expect(declared.statusCode).toBe(413);
    expect(problem(declared).detail).toMatch(/limit of 2048 bytes/);
    const head =
      "POST /briefings HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n" +
      `Authorization: Bearer ${KEY}\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n`;
    const chunks = [head];
    for (let i = 0; i < text.length; i += 500) {
      const part = text.slice(i, i + 500);
      chunks.push(`${Buffer.byteLength(part).toString(16)}\r\n${part}\r\n`);
    }
    chunks.push("0\r\n\r\n");
    const streamed = await rawRequest(port, chunks);
    expect(streamed.status).toBe(413);
    expect(streamed.headers["content-type"]).toBe(PROBLEM);
    expect(app.podium.db.sqlite.prepare("SELECT count(*) AS n FROM briefing").get()).toEqual({ n: 0 });
  });
});

describe("requests Node's HTTP parser refuses", () => {
  it("time out after REQUEST_TIMEOUT_MS with a 408 problem, and the connection is closed", async () => {
    const { port } = await listening({ requestTimeoutMs: 300 });
    const res = await rawRequest(port, ["GET /statements HTTP/1.1\r\nHost: x\r\n"], true);
    expect(res.status).toBe(408);
    expect(res.headers["content-type"]).toBe(PROBLEM);
    expect(res.headers.connection).toBe("close");
    expect(problemSchema.strict().parse(JSON.parse(res.body))).toMatchObject({
      status: 408,
      title: "Request Timeout",
    });
    expect(res.ms).toBeGreaterThanOrEqual(250);
    expect(res.ms).toBeLessThan(3_000);
  });

  it("answer headers over 16 KB with a 431 problem and bytes that are not HTTP with a 400 problem", async () => {
    const { port } = await listening({});
    const big = await rawRequest(port, [
      `GET /health HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(20_000)}\r\n\r\n`,
    ]);
    expect(big.status).toBe(431);
    expect(big.headers["content-type"]).toBe(PROBLEM);
    expect(JSON.parse(big.body)).toMatchObject({ status: 431, title: "Request Header Fields Too Large" });
    const garbage = await rawRequest(port, ["\u0000\u0001 HELLO\r\n\r\n"]);
    expect(garbage.status).toBe(400);
    expect(problemSchema.strict().parse(JSON.parse(garbage.body))).toMatchObject({
      status: 400,
      instance: "/",
    });
  });
});

describe("the rate limit", () => {
  it("counts every request of an address, cached, 304 and unknown routes too, with RateLimit headers", async () => {
    const app = await appWith({ rateLimitMax: 4, rateLimitWindowMs: 60_000 });
    const first = await app.inject({ url: "/topics" });
    const cached = await app.inject({ url: "/topics" });
    const notModified = await app.inject({
      url: "/topics",
      headers: { "if-none-match": String(first.headers.etag) },
    });
    const unknown = await app.inject({ url: "/nowhere" });
    expect(
      [first, cached, notModified, unknown].map((r) => [r.statusCode, r.headers["ratelimit-remaining"]]),
    ).toEqual([
      [200, "3"],
      [200, "2"],
      [304, "1"],
      [404, "0"],
    ]);
    expect(first.headers["ratelimit-limit"]).toBe("4");
    expect(Number(first.headers["ratelimit-reset"])).toBeGreaterThan(55);
    expect(Number(first.headers["ratelimit-reset"])).toBeLessThanOrEqual(60);

    const over = await app.inject({ url: "/statements?country=AF" });
    expect(over.statusCode).toBe(429);
    expect(over.headers["ratelimit-remaining"]).toBe("0");
    expect(Number(over.headers["retry-after"])).toBeGreaterThan(55);
    expect(problem(over)).toMatchObject({
      status: 429,
      title: "Too Many Requests",
      detail: expect.stringMatching(
        /^Too many requests: at most 4 per 60 seconds from one address; retry in \d+ seconds/,
      ),
    });
  });

  it("never limits /health, and gives every client address its own budget", async () => {
    const app = await appWith({ rateLimitMax: 1, trustProxy: true });
    const from = (ip: string) => ({ "x-forwarded-for": ip });
    expect((await app.inject({ url: "/topics", headers: from("203.0.113.1") })).statusCode).toBe(200);
    expect((await app.inject({ url: "/topics", headers: from("203.0.113.1") })).statusCode).toBe(429);
    expect((await app.inject({ url: "/topics", headers: from("203.0.113.2") })).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) {
      const health = await app.inject({ url: "/health", headers: from("203.0.113.1") });
      expect(health.statusCode).toBe(200);
      expect(health.headers["ratelimit-limit"]).toBeUndefined();
    }
  });

  it("starts again when its window ends", async () => {
    const app = await appWith({ rateLimitMax: 1, rateLimitWindowMs: 400 });
    expect((await app.inject({ url: "/regions" })).statusCode).toBe(200);
    expect((await app.inject({ url: "/regions" })).statusCode).toBe(429);
    await new Promise((r) => setTimeout(r, 500));
    expect((await app.inject({ url: "/regions" })).statusCode).toBe(200);
  });

  it("is off with RATE_LIMIT_MAX=0 (tests, benchmarks): no headers, no 429", async () => {
    const app = await appWith({ rateLimitMax: 0 });
    for (let i = 0; i < 700; i++) {
      const res = await app.inject({ url: "/topics" });
      expect(res.statusCode).toBe(200);
      if (i === 0) expect(res.headers["ratelimit-limit"]).toBeUndefined();
    }
  });
});

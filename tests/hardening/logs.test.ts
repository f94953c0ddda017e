import { afterEach, describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.js";
import { type Config, testConfig } from "../../src/config.js";
import { seedText } from "../support/app.js";
import { captureLogs } from "./support/logs.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const KEY = "log-test-key-5c1e9a0d77";

let closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing) await close();
  closing = [];
});

async function appWithLogs(config: Partial<Config> = {}) {
  const logs = captureLogs();
  const app = await buildApp(testConfig({ logLevel: "info", ...config }), { logStream: logs.stream });
  app.podium.ingest.ingest(seedText, { source: "seed" });
  await app.ready();
  closing.push(() => app.close());
  return { app, logs };
}

describe("request ids", () => {
  it("are on every log line of a request and echoed in X-Request-Id, taken from a sane incoming one", async () => {
    const { app, logs } = await appWithLogs();
    const res = await app.inject({
      url: "/statements?country=AF",
      headers: { "x-request-id": "edge-7f3a.42" },
    });
    expect(res.headers["x-request-id"]).toBe("edge-7f3a.42");
    const mine = logs.lines.filter((l) => l.reqId === "edge-7f3a.42");
    expect(mine.map((l) => l.msg)).toEqual(["incoming request", "request completed"]);
    expect(logs.lines.filter((l) => "req" in l || "res" in l).every((l) => typeof l.reqId === "string")).toBe(
      true,
    );
  });

  it("are fresh UUIDs when none is sent or the one sent is not sane, different for every request", async () => {
    const { app, logs } = await appWithLogs();
    const sent = [undefined, "has spaces in it", "x".repeat(129), '"quoted"', "a\tb"];
    const ids: string[] = [];
    for (const id of sent) {
      const res = await app.inject({
        url: "/topics",
        headers: id === undefined ? {} : { "x-request-id": id },
      });
      const echoed = String(res.headers["x-request-id"]);
      expect(echoed).toMatch(UUID);
      expect(logs.lines.filter((l) => l.reqId === echoed)).toHaveLength(2);
      ids.push(echoed);
    }
    expect(new Set(ids).size).toBe(sent.length);
  });

  it("are echoed on answers the router gives before any hook runs (a malformed %-escape)", async () => {
    const { app } = await appWithLogs();
    const res = await app.inject({ url: "/statements/%E0%A4%A", headers: { "x-request-id": "bad-url-1" } });
    expect(res.statusCode).toBe(400);
    expect(res.headers["x-request-id"]).toBe("bad-url-1");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
  });
});

describe("a 5xx", () => {
  it("is logged at error level with the error, its stack and the request id; the client gets a generic detail", async () => {
    const { app, logs } = await appWithLogs();
    app.podium.db.sqlite.exec("DROP TABLE statement_fts");
    const res = await app.inject({ url: "/statements?q=pakistan", headers: { "x-request-id": "boom-1" } });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      type: "about:blank",
      title: "Internal Server Error",
      status: 500,
      detail: "An unexpected error occurred; it has been logged.",
      instance: "/statements?q=pakistan",
    });
    const error = logs.lines.find((l) => l.level === 50);
    expect(error).toMatchObject({ reqId: "boom-1", msg: "request failed" });
    const err = error?.err as { message: string; stack: string };
    expect(err.message).toMatch(/statement_fts/);
    expect(err.stack).toMatch(/\n\s+at /);
  });
});

describe("credentials in logs", () => {
  it("are redacted wherever a line carries request headers", async () => {
    const { app, logs } = await appWithLogs();
    // (Fastify's own `req` serializer keeps no headers at all; other objects are redacted.)
    app.log.info({ request: { headers: { authorization: `Bearer ${KEY}` } } }, "with headers");
    app.log.info({ upstream: { headers: { authorization: `Bearer ${KEY}`, cookie: "s=1" } } }, "nested");
    app.log.info({ headers: { authorization: `Bearer ${KEY}` } }, "bare headers");
    expect(logs.text()).not.toContain(KEY);
    expect(logs.lines.find((l) => l.msg === "with headers")).toMatchObject({
      request: { headers: { authorization: "[redacted]" } },
    });
    expect(logs.lines.find((l) => l.msg === "nested")).toMatchObject({
      upstream: { headers: { authorization: "[redacted]", cookie: "s=1" } },
    });
    expect(logs.lines.find((l) => l.msg === "bare headers")).toMatchObject({
      headers: { authorization: "[redacted]" },
    });
  });

  it("never include the write key, at trace level, whether it is right or wrong", async () => {
    const { app, logs } = await appWithLogs({ logLevel: "trace", apiKey: KEY });
    for (const key of [KEY, `${KEY}-wrong`]) {
      await app.inject({
        method: "POST",
        url: "/briefings",
        headers: { authorization: `Bearer ${key}`, "content-type": "text/plain" },
        payload: "date 2024-05-01 ISLAMABAD: The spokesperson said Pakistan welcomed the talks.",
      });
    }
    expect(
      logs.lines.map((l) => (l.res as { statusCode?: number } | undefined)?.statusCode).filter(Boolean),
    ).toEqual([201, 401]);
    expect(logs.text()).not.toContain(KEY);
  });
});

import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBriefingStore } from "../../src/db/briefing-store.js";
import { matchesEtag } from "../../src/http/etag.js";
import { createResponseCache } from "../../src/http/response-cache.js";
import { buildFixtureApp } from "../fixtures/api/app.js";
import { prepareFixture } from "../fixtures/api/briefings.js";

let app: FastifyInstance;
beforeAll(async () => {
  ({ app } = await buildFixtureApp());
});
afterAll(() => app.close());

const GETS = [
  "/statements?country=PK",
  "/statements?q=china&facets=country&include=count",
  "/statements?format=csv",
  "/briefings",
  "/countries",
  "/countries/PK",
  "/topics",
  "/regions",
  "/timeline?interval=year",
  "/health",
  "/openapi.json",
];

describe("ETag and If-None-Match", () => {
  it.each(GETS)("GET %s carries a weak ETag and answers 304 to it", async (url) => {
    const first = await request(app.server).get(url).expect(200);
    const tag = first.headers.etag as string;
    expect(tag).toMatch(/^W\/"[^"]+"$/);
    expect(first.headers["cache-control"]).toBe("no-cache");
    expect(first.headers.vary).toContain("Accept");
    const again = await request(app.server).get(url).set("if-none-match", tag).expect(304);
    expect(again.text ?? "").toBe("");
    expect(again.headers.etag).toBe(tag);
    expect(again.headers["cache-control"]).toBe("no-cache");
    await request(app.server).get(url).set("if-none-match", `"other", ${tag}`).expect(304);
    await request(app.server).get(url).set("if-none-match", tag.replace(/.."$/, 'x"')).expect(200);
  });

  it("gives each URL and each Accept its own tag", async () => {
    const a = await request(app.server).get("/statements?country=PK").expect(200);
    const b = await request(app.server).get("/statements?country=CN").expect(200);
    const c = await request(app.server).get("/statements?country=PK").set("accept", "text/csv").expect(200);
    expect(new Set([a.headers.etag, b.headers.etag, c.headers.etag]).size).toBe(3);
    await request(app.server)
      .get("/statements?country=CN")
      .set("if-none-match", a.headers.etag as string)
      .expect(200);
  });

  it("changes every tag when the data changes", async () => {
    const { app: own } = await buildFixtureApp();
    const before = await request(own.server).get("/statements").expect(200);
    createBriefingStore(own.podium.db).store(
      prepareFixture({
        date: "2025-01-02",
        issuer: "PK",
        format: "report",
        title: "New briefing",
        statements: [
          { text: "A new statement.", speaker: "Someone", countries: ["PK"], topics: ["diplomacy"] },
        ],
      }),
    );
    const after = await request(own.server)
      .get("/statements")
      .set("if-none-match", before.headers.etag as string)
      .expect(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body.data).toHaveLength(20);
    expect(after.body.data[0].text).toBe("A new statement.");
    await request(own.server)
      .get("/statements")
      .set("if-none-match", after.headers.etag as string)
      .expect(304);
    await own.close();
  });

  it("puts no ETag on errors", async () => {
    const res = await request(app.server).get("/statements?country=XX").expect(400);
    expect(res.headers.etag).toBeUndefined();
    const missing = await request(app.server).get("/statements/0000000000000000").expect(404);
    expect(missing.headers.etag).toBeUndefined();
  });

  it("answers HEAD like GET", async () => {
    const get = await request(app.server).get("/topics").expect(200);
    const head = await request(app.server)
      .head("/topics")
      .set("if-none-match", get.headers.etag as string)
      .expect(304);
    expect(head.headers.etag).toBe(get.headers.etag);
  });

  it("compares weakly, ignoring W/ and spaces", () => {
    expect(matchesEtag('W/"a.1.x"', 'W/"a.1.x"')).toBe(true);
    expect(matchesEtag(' "a.1.x" , W/"b"', 'W/"a.1.x"')).toBe(true);
    expect(matchesEtag('"a.1.y"', 'W/"a.1.x"')).toBe(false);
    expect(matchesEtag("*", 'W/"a.1.x"')).toBe(false);
    expect(matchesEtag(undefined, 'W/"a.1.x"')).toBe(false);
  });
});

describe("server-side response cache", () => {
  it("answers a repeated GET with the same body and headers, Link included", async () => {
    const first = await request(app.server).get("/statements?country=PK&limit=2").expect(200);
    const second = await request(app.server).get("/statements?country=PK&limit=2").expect(200);
    expect(second.text).toBe(first.text);
    for (const h of ["content-type", "link", "etag", "cache-control", "vary"]) {
      expect({ [h]: second.headers[h] }).toEqual({ [h]: first.headers[h] });
    }
    expect(second.headers.link).toMatch(/rel="next"$/);
  });

  it("keeps entries by ETag, drops them when the generation changes, and stays within its byte bound", () => {
    const cache = createResponseCache({ maxBytes: 10, maxEntryBytes: 6, admitAfter: 1 });
    cache.set("a", "g1", { body: Buffer.from("1234"), headers: {} });
    expect(cache.get("a", "g1")).toBeUndefined(); // first sight of g1 clears; nothing was stored for it
    cache.set("a", "g1", { body: Buffer.from("1234"), headers: { "content-type": "application/json" } });
    cache.set("b", "g1", { body: Buffer.from("12345"), headers: {} });
    expect(cache.get("a", "g1")?.headers).toEqual({ "content-type": "application/json" });
    cache.set("c", "g1", { body: Buffer.from("123"), headers: {} }); // over 10 bytes: the least recently used (b) goes
    expect([
      cache.get("a", "g1")?.body.toString(),
      cache.get("b", "g1"),
      cache.get("c", "g1")?.body.toString(),
    ]).toEqual(["1234", undefined, "123"]);
    cache.set("d", "g1", { body: Buffer.from("1234567"), headers: {} }); // larger than an entry may be
    expect(cache.get("d", "g1")).toBeUndefined();
    cache.set("e", "g0", { body: Buffer.from("1"), headers: {} }); // an older generation is not stored
    expect(cache.get("e", "g1")).toBeUndefined();
    expect(cache.get("a", "g2")).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it("stores a response the second time it is built, so URLs asked once never push out repeated ones", () => {
    const cache = createResponseCache({ maxBytes: 10 });
    const body = (s: string) => ({ body: Buffer.from(s), headers: {} });
    cache.get("a", "g1");
    cache.set("a", "g1", body("12345"));
    expect(cache.get("a", "g1")).toBeUndefined(); // built once: remembered, not stored
    cache.set("a", "g1", body("12345"));
    expect(cache.get("a", "g1")?.body.toString()).toBe("12345"); // built again: stored
    for (const tag of ["b", "c", "d"]) cache.set(tag, "g1", body("12345")); // one-off URLs
    expect([cache.get("a", "g1")?.body.toString(), cache.size]).toEqual(["12345", 1]);
    cache.get("a", "g2"); // new data: what was built before no longer counts
    cache.set("a", "g2", body("12345"));
    expect(cache.get("a", "g2")).toBeUndefined();
  });
});

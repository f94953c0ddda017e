import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureApp, getJson } from "../fixtures/api/app.js";
import type { ExpectedStatement } from "../fixtures/api/briefings.js";

let app: FastifyInstance;
let all: ExpectedStatement[];
beforeAll(async () => {
  ({ app, expected: all } = await buildFixtureApp());
});
afterAll(() => app.close());

const ids = async (query: string) =>
  (await getJson(app, `/statements?limit=100&${query}`)).data.map((s) => s.id);
const where = (keep: (s: ExpectedStatement) => boolean) => all.filter(keep).map((s) => s.id);
const hasCountry = (s: ExpectedStatement, code: string, textOnly = false) =>
  s.countries.some((c) => c.code === code && (!textOnly || c.basis === "text"));
const hasTopic = (s: ExpectedStatement, slug: string) => s.topics.some((t) => t.slug === slug);
const hasRegion = (s: ExpectedStatement, id: string, textOnly = false) =>
  s.regions.some((r) => r.id === id && (!textOnly || r.basis === "text"));

describe("GET /statements filters, each alone", () => {
  it("lists every statement newest first, reading order within a briefing", async () => {
    expect(await ids("")).toEqual(all.map((s) => s.id));
    expect(all).toHaveLength(19);
  });

  it.each([
    ["country=PK", (s: ExpectedStatement) => hasCountry(s, "PK")],
    ["country=pakistani", (s: ExpectedStatement) => hasCountry(s, "PK")],
    ["country=PAK", (s: ExpectedStatement) => hasCountry(s, "PK")],
    ["country=Palestinians", (s: ExpectedStatement) => hasCountry(s, "PS")],
    ["region=taiwan", (s: ExpectedStatement) => hasRegion(s, "TAIWAN")],
    ["topic=terrorism", (s: ExpectedStatement) => hasTopic(s, "terrorism")],
    ["issuer=China", (s: ExpectedStatement) => s.issuer === "CN"],
    ["speaker=lu%20kang", (s: ExpectedStatement) => s.speaker === "Lu Kang"],
    ["from=2020-01-09", (s: ExpectedStatement) => s.date >= "2020-01-09"],
    ["to=2020-01-09", (s: ExpectedStatement) => s.date <= "2020-01-09"],
    [
      "from=2019-03-15&to=2023-05-11",
      (s: ExpectedStatement) => s.date >= "2019-03-15" && s.date <= "2023-05-11",
    ],
  ])("%s", async (query, keep) => {
    const expected = where(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(query)).toEqual(expected);
  });

  it("briefing= keeps one briefing's statements", async () => {
    const briefingId = all.find((s) => s.date === "2020-01-09")?.briefingId as string;
    expect(await ids(`briefing=${briefingId}`)).toEqual(where((s) => s.briefingId === briefingId));
  });

  it("basis=text drops tags found only in the question", async () => {
    expect(await ids("country=IN")).toEqual(where((s) => hasCountry(s, "IN")));
    expect(await ids("country=IN&basis=text")).toEqual(where((s) => hasCountry(s, "IN", true)));
    expect(await ids("region=KASHMIR&basis=text")).toEqual(where((s) => hasRegion(s, "KASHMIR", true)));
    expect(where((s) => hasCountry(s, "IN", true)).length).toBeLessThan(
      where((s) => hasCountry(s, "IN")).length,
    );
  });
});

describe("GET /statements filters, combined", () => {
  it.each([
    ["country=PK&topic=terrorism", (s: ExpectedStatement) => hasCountry(s, "PK") && hasTopic(s, "terrorism")],
    ["country=CN,US", (s: ExpectedStatement) => hasCountry(s, "CN") || hasCountry(s, "US")],
    ["country=CN&country=PK", (s: ExpectedStatement) => hasCountry(s, "CN") && hasCountry(s, "PK")],
    [
      "topic=terrorism,migration&issuer=CN,US",
      (s: ExpectedStatement) => (hasTopic(s, "terrorism") || hasTopic(s, "migration")) && s.issuer !== "PK",
    ],
    [
      "topic=diplomacy&topic=security",
      (s: ExpectedStatement) => hasTopic(s, "diplomacy") && hasTopic(s, "security"),
    ],
    [
      "region=TAIWAN&issuer=US&from=2023-01-01",
      (s: ExpectedStatement) => hasRegion(s, "TAIWAN") && s.issuer === "US",
    ],
    [
      "country=PK&from=2020-01-01&to=2024-04-05&speaker=Mumtaz%20Zahra%20Baloch",
      (s: ExpectedStatement) => hasCountry(s, "PK") && s.speaker === "Mumtaz Zahra Baloch",
    ],
    [
      "country=PK&region=KASHMIR&basis=text",
      (s: ExpectedStatement) => hasCountry(s, "PK", true) && hasRegion(s, "KASHMIR", true),
    ],
    [
      "country=PK&topic=terrorism&q=terrorism",
      (s: ExpectedStatement) => hasCountry(s, "PK") && hasTopic(s, "terrorism") && /terrorism/i.test(s.text),
    ],
  ])("%s", async (query, keep) => {
    const expected = where(keep);
    expect(expected.length).toBeGreaterThan(0);
    expect(await ids(`sort=-date&${query}`)).toEqual(expected);
  });

  it("returns an empty page when nothing matches", async () => {
    expect(await getJson(app, "/statements?country=NZ&topic=migration")).toEqual({ data: [], next: null });
  });
});

describe("GET /statements refuses bad filters with a problem naming the parameter", () => {
  it.each([
    ["country=Narnia", "query.country"],
    ["issuer=XX", "query.issuer"],
    ["basis=question", "query.basis"],
    ["q=", null],
    ["sort=relevance", "query.sort"],
    ["q=(taiwan", "query.q"],
    ["facets=planet", "query.facets"],
    ["include=everything", "query.include"],
    ["highlight=yes", "query.highlight"],
    ["format=xml", "query.format"],
  ])("?%s", async (query, location) => {
    const res = await request(app.server).get(`/statements?${query}`);
    if (location === null) {
      expect(res.status).toBe(200);
      return;
    }
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body.detail).toContain(location);
  });
});

import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COUNTRIES } from "../../src/tagging/lookup.js";
import { REGIONS } from "../../src/tagging/regions.js";
import { TOPICS } from "../../src/tagging/topics.js";
import { buildFixtureApp, getJson } from "../fixtures/api/app.js";
import type { ExpectedStatement } from "../fixtures/api/briefings.js";

let app: FastifyInstance;
let all: ExpectedStatement[];
beforeAll(async () => {
  ({ app, expected: all } = await buildFixtureApp());
});
afterAll(() => app.close());

interface Country {
  code: string;
  alpha3: string;
  name: string;
  demonyms: string[];
  statementCount: number;
}
const withCountry = (code: string) => all.filter((s) => s.countries.some((c) => c.code === code));

describe("GET /countries", () => {
  it("lists every country by name with codes and statement counts", async () => {
    const body = await getJson<{ data: Country[]; next: null }>(app, "/countries");
    expect(body.next).toBeNull();
    expect(body.data.map((c) => c.code)).toEqual(COUNTRIES.map((c) => c.code));
    const pk = body.data.find((c) => c.code === "PK");
    expect(pk).toMatchObject({
      code: "PK",
      alpha3: "PAK",
      name: "Pakistan",
      statementCount: withCountry("PK").length,
    });
    expect(body.data.find((c) => c.code === "FR")?.statementCount).toBe(0);
  });

  it.each([
    ["afghan", ["AF"]],
    ["PAKISTANI", ["PK"]],
    ["U.S.", ["US"]],
    ["guinea", ["GQ", "GN", "GW", "PG"]],
    ["zzz", []],
  ])("?q=%s matches names, demonyms and exact codes or aliases", async (q, codes) => {
    const body = await getJson<{ data: Country[] }>(app, `/countries?q=${encodeURIComponent(q)}`);
    expect(body.data.map((c) => c.code).sort()).toEqual([...codes].sort());
  });

  it("GET /countries/:code gives topics, regions, issuers and the latest statements", async () => {
    const body = await getJson<{
      code: string;
      statementCount: number;
      topics: { value: string; count: number }[];
      regions: { value: string; count: number }[];
      issuers: { value: string; label: string; count: number }[];
      latest: { id: string }[];
    }>(app, "/countries/pakistani");
    expect(body.code).toBe("PK");
    expect(body.statementCount).toBe(8);
    expect(body.latest.map((s) => s.id)).toEqual(
      withCountry("PK")
        .slice(0, 5)
        .map((s) => s.id),
    );
    expect(body.topics.slice(0, 3)).toEqual([
      { value: "security", label: "Security", count: 5 },
      { value: "diplomacy", label: "Diplomacy", count: 4 },
      { value: "terrorism", label: "Terrorism", count: 3 },
    ]);
    expect(body.regions).toEqual([{ value: "KASHMIR", label: "Kashmir", count: 2 }]);
    expect(body.issuers).toEqual([
      { value: "PK", label: "Pakistan", count: 5 },
      { value: "CN", label: "China", count: 3 },
    ]);
    const missing = await request(app.server).get("/countries/Narnia").expect(404);
    expect(missing.body.detail).toBe("No country 'Narnia'; see GET /countries");
  });
});

describe("GET /topics and /regions", () => {
  it("lists the topic vocabulary with IPTC codes and counts", async () => {
    const body = await getJson<{ data: { slug: string; iptc: string[]; statementCount: number }[] }>(
      app,
      "/topics",
    );
    expect(body.data.map((t) => t.slug)).toEqual(TOPICS.map((t) => t.slug));
    expect(body.data.find((t) => t.slug === "terrorism")).toEqual({
      ...TOPICS.find((t) => t.slug === "terrorism"),
      statementCount: all.filter((s) => s.topics.some((t) => t.slug === "terrorism")).length,
    });
  });

  it("lists the regions with counts of either basis", async () => {
    const body = await getJson<{ data: { id: string; statementCount: number }[] }>(app, "/regions");
    expect(body.data.map((r) => r.id)).toEqual(REGIONS.map((r) => r.id));
    expect(body.data.find((r) => r.id === "KASHMIR")?.statementCount).toBe(2);
    expect(body.data.find((r) => r.id === "TIBET")?.statementCount).toBe(0);
  });

  it("streams each list as CSV or NDJSON too", async () => {
    const csv = await request(app.server).get("/topics").set("accept", "text/csv").expect(200);
    expect(csv.text.split("\r\n")[0]).toBe("slug,label,iptc,description,statement_count");
    expect(csv.text.split("\r\n").filter(Boolean)).toHaveLength(TOPICS.length + 1);
    const nd = await request(app.server).get("/regions?format=ndjson").expect(200);
    expect(
      nd.text
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual(REGIONS.map((r) => r.id));
  });
});

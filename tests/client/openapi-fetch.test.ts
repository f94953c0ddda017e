import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import createClient from "openapi-fetch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { components, paths } from "../../openapi/podium-api.js";
import { buildTestApp } from "../support/app.js";

type Statement = components["schemas"]["StatementResult"];
// Lists also stream as CSV or NDJSON; a JSON client asks only for the JSON bodies (pages and problems).
type JsonMedia = "application/json" | "application/problem+json";
const KEY = "client-test-key-0123456789";

let app: FastifyInstance;
let client: ReturnType<typeof createClient<paths, JsonMedia>>;
beforeAll(async () => {
  app = await buildTestApp({ seed: true, config: { apiKey: KEY } });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const { port } = app.server.address() as AddressInfo;
  client = createClient<paths, JsonMedia>({ baseUrl: `http://127.0.0.1:${port}` });
});
afterAll(() => app.close());

const codes = (s: Statement) => s.countries.map((c) => c.code);
const slugs = (s: Statement) => s.topics.map((t) => t.slug);

describe("a client generated from openapi/openapi.json (openapi-fetch), against a running server", () => {
  it("filters statements by country and topic", async () => {
    const { data, error, response } = await client.GET("/statements", {
      params: { query: { country: "AF", topic: "terrorism" } },
    });
    expect({ status: response.status, error }).toEqual({ status: 200, error: undefined });
    expect(data?.data.length).toBeGreaterThan(0);
    for (const s of data?.data ?? []) {
      expect(codes(s)).toContain("AF");
      expect(slugs(s)).toContain("terrorism");
    }
  });

  it("walks a search page by page with the cursor, each match exactly once, as many as the count", async () => {
    const { data: all } = await client.GET("/statements", {
      params: { query: { q: "Pakistan", include: "count", limit: 100 } },
    });
    const total = all?.count ?? 0;
    expect(total).toBeGreaterThan(4);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 20; pages++) {
      const { data } = await client.GET("/statements", {
        params: { query: { q: "Pakistan", limit: 2, ...(cursor ? { cursor } : {}) } },
      });
      seen.push(...(data?.data ?? []).map((s) => s.id));
      if (!data?.next) break;
      cursor = data.next;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual(all?.data.map((s) => s.id));
  });

  it("counts facets over the whole filtered set", async () => {
    const { data } = await client.GET("/statements", {
      params: { query: { country: "PK", facets: "country,topic", include: "count", limit: 1 } },
    });
    expect(data?.data).toHaveLength(1);
    const pakistan = data?.facets?.country?.find((f) => f.value === "PK");
    expect(pakistan).toEqual({ value: "PK", label: "Pakistan", count: data?.count });
    expect(data?.facets?.topic?.length).toBeGreaterThan(0);
  });

  it("gets a briefing by id with its statements", async () => {
    const { data: list } = await client.GET("/briefings", { params: { query: { limit: 1 } } });
    const id = list?.data[0]?.id ?? "";
    const { data, response } = await client.GET("/briefings/{id}", { params: { path: { id } } });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(id);
    expect(data?.statements).toHaveLength(data?.statementCount ?? -1);
    for (const s of data?.statements ?? []) expect(data?.text.slice(s.start, s.end)).toBe(s.text);
  });

  it("gets a typed problem for a bad request and for a missing briefing", async () => {
    const bad = await client.GET("/statements", { params: { query: { country: "XX" } } });
    expect(bad.data).toBeUndefined();
    expect(bad.response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    // Typed as the Problem schema: `errors` and its `location` exist on it.
    expect([bad.error?.status, bad.error?.errors?.[0]?.location]).toEqual([400, "query.country"]);

    const missing = await client.GET("/briefings/{id}", { params: { path: { id: "0123456789abcdef" } } });
    expect(missing.error).toEqual({
      type: "about:blank",
      title: "Not Found",
      status: 404,
      detail: "No briefing with id '0123456789abcdef'",
      instance: "/briefings/0123456789abcdef",
    });
  });

  it("stores a briefing with the bearer key, and is refused without it", async () => {
    const body = {
      text: "The spokesperson said Pakistan and Iran would resume border trade talks.",
      date: "2024-05-02",
    };
    const refused = await client.POST("/briefings", { body });
    expect(refused.error?.status).toBe(401);
    const stored = await client.POST("/briefings", { body, headers: { authorization: `Bearer ${KEY}` } });
    expect(stored.response.status).toBe(201);
    expect(stored.data?.date).toBe("2024-05-02");
    const { error } = await client.DELETE("/briefings/{id}", {
      params: { path: { id: stored.data?.id ?? "" } },
      headers: { authorization: `Bearer ${KEY}` },
    });
    expect(error).toBeUndefined();
  });
});

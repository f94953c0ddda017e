import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp } from "../support/app.js";

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(() => app.close());

interface Item {
  id: string;
  seq: number;
  text: string;
  start: number;
  end: number;
  date: string;
  issuer: string | null;
  briefingId: string;
  countries: { code: string }[];
  regions: { id: string }[];
  topics: { slug: string }[];
}

async function seqs(query: string): Promise<number[]> {
  const res = await request(app.server).get(`/statements?${query}`).expect(200);
  return (res.body.data as Item[]).map((s) => s.seq);
}

describe("GET /statements on the seed briefing", () => {
  it("returns the statements concerning Afghanistan, in reading order", async () => {
    expect(await seqs("country=AF")).toEqual([2, 3, 6]);
  });

  it("accepts alpha-3 codes, English names and demonyms in any case for country", async () => {
    for (const value of ["afg", "AFG", "Afghanistan", "afghanistan", "Afghan", "af"]) {
      expect(await seqs(`country=${value}`)).toEqual([2, 3, 6]);
    }
  });

  it("returns the terrorism statements for topic=terrorism", async () => {
    expect(await seqs("topic=terrorism")).toEqual([1, 2, 3, 4, 8]);
  });

  it("requires both conditions for country and topic together", async () => {
    expect(await seqs("country=AF&topic=terrorism")).toEqual([2, 3]);
  });

  it("returns the Kashmir statement for region=KASHMIR, any case", async () => {
    expect(await seqs("region=KASHMIR")).toEqual([11]);
    expect(await seqs("region=kashmir")).toEqual([11]);
  });

  it("treats a comma list as any-of and a repeated parameter as all-of", async () => {
    expect(await seqs("country=AF,IR")).toEqual([2, 3, 6, 7, 8]);
    expect(await seqs("country=AF&country=CN")).toEqual([3]);
  });

  it("filters by briefing date range, both ends inclusive", async () => {
    expect(await seqs("from=2024-04-05&to=2024-04-05&limit=100")).toHaveLength(11);
    expect(await seqs("from=2024-04-06")).toEqual([]);
    expect(await seqs("to=2024-04-04")).toEqual([]);
  });

  it("carries offsets, the briefing's date and issuer, and tags with evidence on every statement", async () => {
    const res = await request(app.server).get("/statements?region=KASHMIR").expect(200);
    const [s] = res.body.data as Item[];
    const briefing = await request(app.server).get(`/briefings/${s?.briefingId}`).expect(200);
    expect(s?.text).toBe(briefing.body.text.slice(s?.start, s?.end));
    expect(s).toMatchObject({ date: "2024-04-05", issuer: "PK", seq: 11 });
    expect(s?.countries.map((c) => c.code)).toEqual(["IN", "PK"]);
    expect(s?.regions).toEqual([
      expect.objectContaining({
        id: "KASHMIR",
        basis: "text",
        evidence: expect.arrayContaining([expect.anything()]),
      }),
    ]);
  });

  it("pages with a cursor and a Link header, visiting every statement exactly once", async () => {
    const seen: number[] = [];
    let url: string | null = "/statements?limit=4";
    let pages = 0;
    while (url) {
      const res: request.Response = await request(app.server).get(url).expect(200);
      seen.push(...(res.body.data as Item[]).map((s) => s.seq));
      pages += 1;
      if (res.body.next) {
        expect(res.headers.link).toBe(`</statements?limit=4&cursor=${res.body.next}>; rel="next"`);
        url = `/statements?limit=4&cursor=${res.body.next}`;
      } else {
        expect(res.headers.link).toBeUndefined();
        url = null;
      }
    }
    expect(pages).toBe(3);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });

  it("sorts oldest first with sort=date", async () => {
    expect(await seqs("sort=date&limit=3")).toEqual([11, 10, 9]);
  });

  it("returns 20 statements by default and at most limit", async () => {
    expect(await seqs("limit=1")).toEqual([1]);
    expect(await seqs("")).toHaveLength(11);
  });
});

describe("GET /statements rejects bad input with a problem naming the parameter", () => {
  const cases: [string, string][] = [
    ["country=XX", "query.country"],
    ["topic=nope", "query.topic"],
    ["region=ATLANTIS", "query.region"],
    ["from=2024-13-01", "query.from"],
    ["to=yesterday", "query.to"],
    ["from=2024-05-01&to=2024-04-01", "query.from"],
    ["limit=0", "query.limit"],
    ["limit=101", "query.limit"],
    ["limit=ten", "query.limit"],
    ["sort=sideways", "query.sort"],
    ["cursor=not-a-cursor", "query.cursor"],
    ["contry=AF", "query"],
  ];
  it.each(cases)("?%s → 400 about %s", async (query, location) => {
    const res = await request(app.server).get(`/statements?${query}`).expect(400);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(res.body.status).toBe(400);
    expect(res.body.detail).toContain(location);
  });
});

describe("GET /statements/:id", () => {
  it("returns the statement a list returned, whole", async () => {
    const list = await request(app.server).get("/statements?limit=1").expect(200);
    const one = await request(app.server).get(`/statements/${list.body.data[0].id}`).expect(200);
    expect(one.body).toEqual(list.body.data[0]);
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    const missing = await request(app.server).get("/statements/0000000000000000").expect(404);
    expect(missing.body.detail).toBe("No statement with id '0000000000000000'");
    const bad = await request(app.server).get("/statements/xyz").expect(400);
    expect(bad.body.detail).toContain("path.id");
  });
});

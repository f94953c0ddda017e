import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../src/db/open-database.js";
import { parseSearch } from "../../src/db/search-parse.js";
import { emptyFilter } from "../../src/db/statement-filter.js";
import {
  createStatementRepository,
  type ListRequest,
  type Position,
} from "../../src/db/statement-repository.js";
import { allIds, buildFixtureApp, getJson } from "../fixtures/api/app.js";
import { type ExpectedStatement, loadFixture } from "../fixtures/api/briefings.js";

let app: FastifyInstance;
let all: ExpectedStatement[];
beforeAll(async () => {
  ({ app, expected: all } = await buildFixtureApp());
});
afterAll(() => app.close());

describe("keyset cursors visit every statement exactly once, in order", () => {
  const lists = [
    "/statements?sort=-date",
    "/statements?sort=date",
    "/statements?q=china%20OR%20terrorism%20OR%20pakistan",
    "/statements?q=china%20OR%20terrorism&sort=-date",
    "/statements?q=the&sort=date",
    "/statements?country=PK",
    "/statements?country=CN,PK&topic=terrorism,diplomacy&sort=date",
    "/statements?topic=security&q=pakistan&sort=relevance",
  ];
  it.each(lists.flatMap((url) => [1, 2, 5].map((limit): [string, number] => [url, limit])))(
    "%s with limit=%i",
    async (url, limit) => {
      const whole = (await getJson(app, `${url}&limit=100`)).data.map((s) => s.id);
      expect(whole.length).toBeGreaterThan(2);
      const walked = await allIds(app, `${url}&limit=${limit}`);
      expect(walked).toEqual(whole);
      expect(new Set(walked).size).toBe(walked.length);
    },
  );

  it("sends the next page as a Link header with the same query", async () => {
    const res = await request(app.server).get("/statements?q=china&limit=2").expect(200);
    expect(res.headers.link).toBe(`</statements?q=china&limit=2&cursor=${res.body.next}>; rel="next"`);
  });

  it("covers every statement with the default sort", async () => {
    expect(await allIds(app, "/statements?limit=4")).toEqual(all.map((s) => s.id));
  });

  it("refuses a cursor made for another order", async () => {
    const byDate = await getJson(app, "/statements?limit=1");
    const res = await request(app.server).get(`/statements?q=china&cursor=${byDate.next}`).expect(400);
    expect(res.body.detail).toBe(
      "query.cursor: is not a cursor returned by this list; start again without it",
    );
    const oldest = await getJson(app, "/statements?limit=1&sort=date");
    await request(app.server).get(`/statements?sort=-date&cursor=${oldest.next}`).expect(400);
  });
});

describe("relevance beyond the ranked window", () => {
  const db = openDatabase(":memory:");
  const expected = loadFixture(db);
  const repo = createStatementRepository(db, { relevanceWindow: 3 });
  const search = parseSearch("china OR pakistan OR terrorism");
  const base: ListRequest = { filter: emptyFilter, search, sort: "relevance", limit: 100, after: null };
  const matching = expected.filter((s) => /\b(china|pakistan|terrorism)\b/i.test(s.text)).map((s) => s.id);

  function walk(limit: number): string[] {
    const seen: string[] = [];
    let after: Position | null = null;
    do {
      const page = repo.list({ ...base, limit, after });
      seen.push(...page.data.map((s) => s.id));
      after = page.next;
    } while (after);
    return seen;
  }

  it("ranks the newest 3 matches, then lists the older ones newest first", () => {
    const whole = repo.list(base).data.map((s) => s.id);
    expect([...whole].sort()).toEqual([...matching].sort());
    expect([...whole.slice(0, 3)].sort()).toEqual([...matching.slice(0, 3)].sort());
    expect(whole.slice(3)).toEqual(matching.slice(3));
  });

  it.each([1, 2, 3, 4])("pages with limit=%i visit each match once, in the same order", (limit) => {
    expect(walk(limit)).toEqual(repo.list(base).data.map((s) => s.id));
  });
});

describe("pages from the facet snapshot equal pages from SQL", () => {
  const db = openDatabase(":memory:");
  loadFixture(db);
  const fromSnapshot = createStatementRepository(db);
  const fromSql = createStatementRepository(db, { snapshot: false });
  const group = (values: string[]) =>
    fc.array(fc.uniqueArray(fc.constantFrom(...values), { minLength: 1, maxLength: 3 }), { maxLength: 2 });
  const date = fc.constantFrom(null, "2019-03-14", "2019-03-20", "2020-01-09", "2024-04-05", "2024-12-31");
  const filters = fc.record({
    countries: group(["PK", "CN", "US", "IN", "IR", "MX", "FR"]),
    regions: group(["KASHMIR", "TAIWAN", "XINJIANG"]),
    topics: group(["terrorism", "diplomacy", "security", "migration"]),
    textBasisOnly: fc.boolean(),
    briefingIds: fc.constant([] as string[]),
    issuers: fc.uniqueArray(fc.constantFrom("CN", "PK", "US"), { maxLength: 2 }),
    speakers: fc.uniqueArray(fc.constantFrom("lu kang", "Wang Wenbin", "JOHN KIRBY", "nobody"), {
      maxLength: 2,
    }),
    from: date,
    to: date,
  });

  it("for any filter, order, page size and count", () => {
    fc.assert(
      fc.property(
        filters,
        fc.constantFrom("-date" as const, "date" as const),
        fc.integer({ min: 1, max: 4 }),
        (filter, sort, limit) => {
          const walkAll = (repo: typeof fromSql) => {
            const ids: string[] = [];
            let after: Position | null = null;
            do {
              const page = repo.list({ filter, search: null, sort, limit, after });
              ids.push(...page.data.map((s) => s.id));
              after = page.next;
            } while (after);
            return ids;
          };
          const expected = walkAll(fromSql);
          expect(walkAll(fromSnapshot)).toEqual(expected);
          expect(fromSnapshot.count(filter, null)).toBe(expected.length);
          expect(fromSql.count(filter, null)).toBe(expected.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});

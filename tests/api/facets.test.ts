import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countOnSnapshot, evaluate, size } from "../../src/db/facet-eval.js";
import { filterKey } from "../../src/db/facet-key.js";
import { createFacetRepository } from "../../src/db/facet-repository.js";
import { buildSnapshot } from "../../src/db/facet-snapshot.js";
import { countDimensions, type Dimension, type DimensionCount } from "../../src/db/facet-sql.js";
import { openDatabase } from "../../src/db/open-database.js";
import { firstKeyOf, keyAfter } from "../../src/db/ordering-key.js";
import { createPlanner } from "../../src/db/search-plan.js";
import { createStatementCache } from "../../src/db/statement-cache.js";
import { emptyFilter, type StatementFilter } from "../../src/db/statement-filter.js";
import { buildFixtureApp, getJson } from "../fixtures/api/app.js";
import { type ExpectedStatement, loadFixture } from "../fixtures/api/briefings.js";

/** Run `fn` on the API fixture stored in a database file (a file's snapshot is built on a worker). */
async function withFixtureFile(fn: (file: ReturnType<typeof openDatabase>) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "podium-facets-"));
  const file = openDatabase(join(dir, "facets.db"));
  try {
    loadFixture(file);
    await fn(file);
  } finally {
    file.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

let app: FastifyInstance;
let all: ExpectedStatement[];
beforeAll(async () => {
  ({ app, expected: all } = await buildFixtureApp());
});
afterAll(() => app.close());

interface FacetValue {
  value: string;
  label: string;
  count: number;
}
type Facets = Record<string, FacetValue[]>;
interface Page {
  data: { id: string }[];
  next: string | null;
  count?: number;
  facets?: Facets;
}

const NAMES = ["country", "region", "topic", "speaker", "issuer", "month"] as const;
const PARAM: Record<(typeof NAMES)[number], string> = {
  country: "country",
  region: "region",
  topic: "topic",
  speaker: "speaker",
  issuer: "issuer",
  month: "",
};

/** Expected facet counts computed from the fixture: value → count. */
function model(set: ExpectedStatement[], textOnly = false): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = Object.fromEntries(NAMES.map((n) => [n, {}]));
  const add = (facet: string, value: string) => {
    const f = out[facet] as Record<string, number>;
    f[value] = (f[value] ?? 0) + 1;
  };
  const keep = (basis: string) => !textOnly || basis === "text";
  for (const s of set) {
    for (const c of s.countries) if (keep(c.basis)) add("country", c.code);
    for (const r of s.regions) if (keep(r.basis)) add("region", r.id);
    for (const t of s.topics) if (keep(t.basis)) add("topic", t.slug);
    add("speaker", s.speaker);
    add("issuer", s.issuer);
    add("month", s.date.slice(0, 7));
  }
  return out;
}

const lastDay = (month: string) => {
  const [y, m] = month.split("-").map(Number);
  return new Date(Date.UTC(y as number, m as number, 0)).toISOString().slice(0, 10);
};

const asCounts = (facets: Facets) =>
  Object.fromEntries(
    Object.entries(facets).map(([k, values]) => [
      k,
      Object.fromEntries(values.map((v) => [v.value, v.count])),
    ]),
  );

describe("facets= counts over the whole filtered set", () => {
  it.each([
    ["", () => true],
    ["country=PK", (s: ExpectedStatement) => s.countries.some((c) => c.code === "PK")],
    [
      "topic=terrorism&issuer=CN,PK",
      (s: ExpectedStatement) => s.topics.some((t) => t.slug === "terrorism") && s.issuer !== "US",
    ],
    ["q=china", (s: ExpectedStatement) => /\bchina\b/i.test(s.text)],
    ["from=2020-01-01&to=2023-12-31", (s: ExpectedStatement) => s.date >= "2020" && s.date < "2024"],
  ])("?%s", async (query, keep) => {
    const set = all.filter(keep);
    const page = await getJson<Page>(
      app,
      `/statements?limit=1&include=count&facets=${NAMES.join(",")}&${query}`,
    );
    expect(page.count).toBe(set.length);
    expect(page.data).toHaveLength(1);
    expect(asCounts(page.facets as Facets)).toEqual(model(set));
  });

  it("counts only text-basis tags with basis=text", async () => {
    const page = await getJson<Page>(app, "/statements?basis=text&facets=country,region,topic");
    const expected = model(all, true);
    expect(asCounts(page.facets as Facets)).toEqual({
      country: expected.country,
      region: expected.region,
      topic: expected.topic,
    });
  });

  it("agrees with the count of the list each value leads to", async () => {
    const page = await getJson<Page>(
      app,
      `/statements?topic=terrorism,diplomacy,security&facets=${NAMES.join(",")}`,
    );
    const facets = page.facets as Facets;
    for (const name of NAMES) {
      for (const v of facets[name] ?? []) {
        const drill =
          name === "month"
            ? `from=${v.value}-01&to=${lastDay(v.value)}`
            : `${PARAM[name]}=${encodeURIComponent(v.value)}`;
        const sub = await getJson<Page>(
          app,
          `/statements?topic=terrorism,diplomacy,security&${drill}&include=count&limit=1`,
        );
        expect({ name, value: v.value, count: sub.count }).toEqual({ name, value: v.value, count: v.count });
      }
    }
  });

  it("labels values and orders them by count, months by date", async () => {
    const page = await getJson<Page>(app, "/statements?facets=country,region,topic,issuer,month&country=PK");
    const facets = page.facets as Facets;
    expect(facets.country?.[0]).toEqual({ value: "PK", label: "Pakistan", count: 8 });
    expect(facets.region).toEqual([{ value: "KASHMIR", label: "Kashmir", count: 2 }]);
    expect(facets.topic?.find((t) => t.value === "trade-economy")).toEqual({
      value: "trade-economy",
      label: "Trade and economy",
      count: 1,
    });
    expect(facets.issuer?.map((i) => i.label)).toEqual(["Pakistan", "China"]);
    expect(facets.month?.map((m) => [m.value, m.label])).toEqual([
      ["2019-03", "March 2019"],
      ["2020-01", "January 2020"],
      ["2024-04", "April 2024"],
    ]);
    for (const values of Object.values(facets)) {
      const counts = values.map((v) => v.count);
      if (values !== facets.month) expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });

  it("leaves count and facets out unless asked for", async () => {
    const page = await getJson<Page>(app, "/statements?limit=1");
    expect(Object.keys(page).sort()).toEqual(["data", "next"]);
  });
});

describe("the facet snapshot and SQL count the same", () => {
  const db = openDatabase(":memory:");
  loadFixture(db);
  const prepare = createStatementCache(db.sqlite);
  const planner = createPlanner(
    db.sqlite,
    () => "fixed",
    () => ({ first: null, end: null }),
  );
  const snapshot = buildSnapshot(db.sqlite);
  const dims: Dimension[] = ["country", "region", "topic", "speaker", "issuer", "day"];
  const sorted = (c: DimensionCount[]) =>
    [...c].sort((a, b) => `${a.dimension}${a.value}`.localeCompare(`${b.dimension}${b.value}`));
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

  it("for any combination of filters", () => {
    fc.assert(
      fc.property(filters, (f: StatementFilter) => {
        const sql = countDimensions(prepare, planner, f, null, dims);
        const set = evaluate(snapshot, f);
        expect(sorted(countOnSnapshot(snapshot, set, dims, f.textBasisOnly))).toEqual(sorted(sql));
        const all = sql.filter((c) => c.dimension === "day").reduce((n, c) => n + c.count, 0);
        expect(size(set)).toBe(all);
      }),
      { numRuns: 300 },
    );
  });

  it("builds the snapshot on a worker thread for a database file", async () => {
    await withFixtureFile(async (file) => {
      const facets = createFacetRepository(file);
      await facets.settled();
      const f = { ...emptyFilter, countries: [["PK"]] };
      expect(facets.total(f, null)).toBe(8);
      expect(sorted(facets.counts(f, null, dims))).toEqual(
        sorted(countDimensions(prepare, planner, f, null, dims)),
      );
    });
  });

  it("makes aggregate requests wait for a snapshot being built, up to the wait they allow", async () => {
    await withFixtureFile(async (file) => {
      const facets = createFacetRepository(file);
      expect(facets.snapshot()).toBeNull(); // starts the build on a worker
      await facets.ready(0);
      expect(facets.snapshot()).toBeNull(); // a worker takes far longer than one timer turn to start
      await facets.ready(60_000);
      expect(facets.snapshot()?.keys.length).toBe(all.length);
    });
  });

  it("does not wait for a rebuild after a write to a small database: SQL answers sooner", async () => {
    await withFixtureFile(async (file) => {
      const facets = createFacetRepository(file);
      await facets.settled();
      file.sqlite.exec("UPDATE statement SET speaker = speaker"); // a write: a new data generation
      expect(facets.snapshot()).toBeNull(); // the rebuild starts
      await facets.ready(60_000);
      expect(facets.snapshot()).toBeNull(); // answered without waiting for it
      await facets.settled();
      expect(facets.snapshot()?.keys.length).toBe(all.length);
    });
  });

  it("does not wait when no snapshot is ever built", async () => {
    await withFixtureFile(async (file) => {
      const facets = createFacetRepository(file, { snapshot: false });
      const t0 = performance.now();
      await facets.ready(60_000);
      expect(performance.now() - t0).toBeLessThan(1_000);
    });
  });
});

describe("memo keys", () => {
  const bounds = { first: firstKeyOf("2019-03-14"), end: keyAfter("2024-04-12") };
  const key = (from: string | null, to: string | null) =>
    filterKey({ ...emptyFilter, countries: [["PK"]], from, to }, null, bounds);

  it("share an entry for dates that select the same stored keys, and only then", () => {
    expect(key(null, "2100-01-01")).toBe(key(null, null));
    expect(key("1900-01-01", "2099-12-31")).toBe(key(null, null));
    expect(key("2019-03-14", null)).toBe(key(null, null));
    expect(key("2019-03-15", null)).not.toBe(key(null, null));
    expect(key(null, "2024-04-11")).not.toBe(key(null, null));
  });
});

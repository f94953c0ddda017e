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

interface Point {
  period: string;
  start: string;
  end: string;
  count: number;
  total: number;
  share: number | null;
}
const timeline = async (query: string) =>
  (await getJson<{ data: Point[]; next: null }>(app, `/timeline?${query}`)).data;
const nonEmpty = (points: Point[]) =>
  points.filter((p) => p.total > 0).map((p) => [p.period, p.count, p.total]);

describe("GET /timeline", () => {
  it("counts per year with the share of all statements of each year", async () => {
    const points = await timeline("country=PK&interval=year");
    expect(points.map((p) => p.period)).toEqual(["2019", "2020", "2021", "2022", "2023", "2024"]);
    expect(points[0]).toEqual({
      period: "2019",
      start: "2019-01-01",
      end: "2019-12-31",
      count: 2,
      total: 6,
      share: 0.333333,
    });
    expect(points[2]).toEqual({
      period: "2021",
      start: "2021-01-01",
      end: "2021-12-31",
      count: 0,
      total: 0,
      share: null,
    });
    const pk = (y: string) =>
      all.filter((s) => s.date.startsWith(y) && s.countries.some((c) => c.code === "PK")).length;
    const every = (y: string) => all.filter((s) => s.date.startsWith(y)).length;
    for (const p of points) expect([p.count, p.total]).toEqual([pk(p.period), every(p.period)]);
  });

  it("counts per month by default, every month from the first to the last with statements", async () => {
    const points = await timeline("topic=terrorism");
    expect(points[0]?.period).toBe("2019-03");
    expect(points.at(-1)?.period).toBe("2024-04");
    expect(points).toHaveLength(62);
    expect(nonEmpty(points)).toEqual([
      ["2019-03", 2, 6],
      ["2020-01", 0, 3],
      ["2023-05", 0, 4],
      ["2024-04", 3, 6],
    ]);
    expect(points.find((p) => p.period === "2024-04")?.share).toBe(0.5);
    expect(points.find((p) => p.period === "2019-03")?.share).toBe(0.333333);
  });

  it("uses ISO weeks starting on Monday", async () => {
    const points = await timeline("interval=week&from=2024-04-01&to=2024-04-14");
    expect(points).toEqual([
      { period: "2024-W14", start: "2024-04-01", end: "2024-04-07", count: 3, total: 3, share: 1 },
      { period: "2024-W15", start: "2024-04-08", end: "2024-04-14", count: 3, total: 3, share: 1 },
    ]);
    expect((await timeline("interval=week&from=2020-01-01&to=2020-01-12")).map((p) => p.period)).toEqual([
      "2020-W02",
    ]);
  });

  it("takes the share among statements of the same sources", async () => {
    const points = await timeline("issuer=PK&q=terrorism&interval=year");
    expect(nonEmpty(points)).toEqual([
      ["2020", 0, 3],
      ["2024", 1, 3],
    ]);
  });

  it("streams CSV", async () => {
    const res = await request(app.server).get("/timeline?interval=year&format=csv").expect(200);
    expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8; header=present");
    expect(res.text.split("\r\n").slice(0, 3)).toEqual([
      "period,start,end,count,total,share",
      "2019,2019-01-01,2019-12-31,6,6,1",
      "2020,2020-01-01,2020-12-31,3,3,1",
    ]);
  });

  it("refuses an unknown interval and is empty on an empty database", async () => {
    const res = await request(app.server).get("/timeline?interval=day").expect(400);
    expect(res.body.detail).toContain("query.interval");
    const { app: empty } = await buildFixtureApp([]);
    expect(await getJson(empty, "/timeline")).toEqual({ data: [], next: null });
    await empty.close();
  });
});

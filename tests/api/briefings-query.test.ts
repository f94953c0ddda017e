import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allIds, buildFixtureApp, getJson } from "../fixtures/api/app.js";
import { type ExpectedStatement, FIXTURE } from "../fixtures/api/briefings.js";

let app: FastifyInstance;
let all: ExpectedStatement[];
beforeAll(async () => {
  ({ app, expected: all } = await buildFixtureApp());
});
afterAll(() => app.close());

interface Briefing {
  id: string;
  date: string;
  title: string;
}
const titles = async (query: string) =>
  (await getJson<{ data: Briefing[] }>(app, `/briefings?${query}`)).data.map((b) => b.title);

describe("GET /briefings", () => {
  it("searches titles: every word or phrase must occur, any case", async () => {
    expect(await titles("q=BESHAM")).toEqual(["FO condemns Besham attack"]);
    expect(await titles("q=fo%20restraint")).toEqual(["FO urges restraint in the Middle East"]);
    expect(await titles("q=regular%20april")).toEqual([FIXTURE[5]?.title]);
    expect(await titles("q=%22press%20conference%20on%20march%22")).toEqual([
      FIXTURE[1]?.title,
      FIXTURE[0]?.title,
    ]);
    expect(await titles("q=nothing-like-this")).toEqual([]);
  });

  it("counts the whole filtered list with include=count and pages by cursor", async () => {
    const page = await getJson<{ data: Briefing[]; next: string | null; count: number }>(
      app,
      "/briefings?issuer=CN&include=count&limit=2",
    );
    expect(page.count).toBe(3);
    expect(page.data.map((b) => b.date)).toEqual(["2024-04-12", "2019-03-28"]);
    const rest = await getJson<{ data: Briefing[]; next: null }>(
      app,
      `/briefings?issuer=CN&limit=2&cursor=${page.next}`,
    );
    expect(rest.data.map((b) => b.date)).toEqual(["2019-03-14"]);
  });
});

describe("GET /briefings/:id/statements", () => {
  const briefingOf = (date: string) => all.find((s) => s.date === date)?.briefingId as string;

  it("lists a briefing's statements in reading order, with the statement list's options", async () => {
    const id = briefingOf("2023-05-11");
    const mine = all.filter((s) => s.briefingId === id);
    expect(await allIds(app, `/briefings/${id}/statements?limit=3`)).toEqual(mine.map((s) => s.id));
    const page = await getJson<{
      data: { id: string; seq: number }[];
      count: number;
      facets: { topic: unknown[] };
    }>(app, `/briefings/${id}/statements?sort=date&include=count&facets=topic&country=US`);
    expect(page.data.map((s) => s.seq)).toEqual([4, 3, 2, 1]);
    expect(page.count).toBe(4);
    expect(page.facets.topic).toHaveLength(6);
    const searched = await getJson<{ data: { seq: number }[] }>(app, `/briefings/${id}/statements?q=taiwan`);
    expect(searched.data.map((s) => s.seq)).toEqual([3]);
  });

  it("answers 404 for an unknown briefing and refuses briefing= here", async () => {
    const res = await request(app.server).get("/briefings/0123456789abcdef/statements").expect(404);
    expect(res.body.detail).toBe("No briefing with id '0123456789abcdef'");
    const id = briefingOf("2023-05-11");
    await request(app.server).get(`/briefings/${id}/statements?briefing=${id}`).expect(400);
  });
});

describe("GET /statements/:id/context", () => {
  it("returns the statement, its neighbours in reading order and its briefing", async () => {
    const briefing = all.filter((s) => s.date === "2023-05-11");
    const middle = briefing[1] as ExpectedStatement;
    const body = await getJson<{
      statement: { id: string };
      before: { id: string }[];
      after: { id: string }[];
      briefing: Record<string, unknown>;
    }>(app, `/statements/${middle.id}/context?before=5&after=1`);
    expect(body.statement.id).toBe(middle.id);
    expect(body.before.map((s) => s.id)).toEqual([briefing[0]?.id]);
    expect(body.after.map((s) => s.id)).toEqual([briefing[2]?.id]);
    expect(body.briefing).toMatchObject({ id: middle.briefingId, date: "2023-05-11", issuer: "US" });
    expect(body.briefing.text).toBeUndefined();
    const alone = await getJson<{ before: unknown[]; after: unknown[] }>(
      app,
      `/statements/${middle.id}/context?before=0&after=0`,
    );
    expect([alone.before, alone.after]).toEqual([[], []]);
  });

  it("answers 404 for an unknown statement and 400 for a bad count", async () => {
    await request(app.server).get("/statements/0123456789abcdef/context").expect(404);
    const res = await request(app.server).get(`/statements/${all[0]?.id}/context?before=21`).expect(400);
    expect(res.body.detail).toBe("query.before: must be a whole number from 0 to 20");
  });
});

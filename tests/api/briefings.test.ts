import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "../../src/ingest/prepare-briefing.js";
import { buildTestApp, SEED_FILE, seedText } from "../support/app.js";

let app: FastifyInstance;
const seedId = sha256(seedText).slice(0, 16);
const otherText =
  "date 2024-05-02 ISLAMABAD: Pakistan on Thursday welcomed the talks with Iran, the spokesperson said.";

beforeAll(async () => {
  app = await buildTestApp();
  app.podium.ingest.ingest(otherText, { source: "other.txt" });
});
afterAll(() => app.close());

describe("GET /briefings", () => {
  it("lists briefings newest first without their text", async () => {
    const res = await request(app.server).get("/briefings").expect(200);
    expect(res.body.next).toBeNull();
    expect(res.body.data.map((b: { date: string }) => b.date)).toEqual(["2024-05-02", "2024-04-05"]);
    expect(res.body.data[1]).toEqual({
      id: seedId,
      date: "2024-04-05",
      heldOn: "2024-04-04",
      issuer: "PK",
      speakers: ["Mumtaz Zahra Baloch"],
      title: expect.any(String),
      format: "report",
      source: SEED_FILE,
      contentHash: sha256(seedText),
      ingestedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      taggerVersion: expect.any(String),
      statementCount: 11,
    });
  });

  it("filters by issuer and dates and pages by cursor", async () => {
    const first = await request(app.server).get("/briefings?issuer=pakistan&limit=1").expect(200);
    expect(first.body.data.map((b: { date: string }) => b.date)).toEqual(["2024-05-02"]);
    const second = await request(app.server)
      .get(`/briefings?issuer=PK&limit=1&cursor=${first.body.next}`)
      .expect(200);
    expect(second.body.data.map((b: { id: string }) => b.id)).toEqual([seedId]);
    expect(second.body.next).toBeNull();
    const dated = await request(app.server).get("/briefings?from=2024-04-01&to=2024-04-30").expect(200);
    expect(dated.body.data.map((b: { id: string }) => b.id)).toEqual([seedId]);
    const none = await request(app.server).get("/briefings?issuer=CN").expect(200);
    expect(none.body).toEqual({ data: [], next: null });
  });

  it("refuses a statement cursor, an unknown issuer and a bad date with 400 problems", async () => {
    const list = await request(app.server).get("/statements?limit=1").expect(200);
    const res = await request(app.server).get(`/briefings?cursor=${list.body.next}`).expect(400);
    expect(res.body.detail).toContain("query.cursor");
    expect((await request(app.server).get("/briefings?issuer=XX").expect(400)).body.detail).toContain(
      "query.issuer",
    );
    expect((await request(app.server).get("/briefings?from=2024-02-30").expect(400)).body.detail).toContain(
      "query.from",
    );
  });
});

describe("GET /briefings/:id", () => {
  it("returns the briefing with its full text and its statements in order", async () => {
    const res = await request(app.server).get(`/briefings/${seedId}`).expect(200);
    expect(res.body.text).toBe(seedText);
    expect(res.body.statements.map((s: { seq: number }) => s.seq)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    for (const s of res.body.statements) expect(s.text).toBe(seedText.slice(s.start, s.end));
  });

  it("answers 404 for an unknown id and 400 for a malformed one", async () => {
    expect((await request(app.server).get("/briefings/ffffffffffffffff").expect(404)).body.detail).toBe(
      "No briefing with id 'ffffffffffffffff'",
    );
    expect((await request(app.server).get("/briefings/BAD").expect(400)).body.detail).toContain("path.id");
  });
});

import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_BATCH } from "../../src/http/export-statements.js";
import { buildFixtureApp, getJson } from "../fixtures/api/app.js";
import { type ExpectedStatement, FIXTURE, type FixtureBriefing } from "../fixtures/api/briefings.js";
import { parseCsv } from "../fixtures/api/csv.js";

let app: FastifyInstance;
let all: ExpectedStatement[];
beforeAll(async () => {
  ({ app, expected: all } = await buildFixtureApp());
});
afterAll(() => app.close());

const HEADER = [
  "id",
  "briefing_id",
  "date",
  "issuer",
  "seq",
  "speaker",
  "countries",
  "regions",
  "topics",
  "text",
  "question",
  "question_asker",
  "start",
  "end",
];

async function csv(url: string, accept = "text/csv") {
  const res = await request(app.server).get(url).set("accept", accept).expect(200);
  expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8; header=present");
  const [header, ...rows] = parseCsv(res.text);
  expect(header).toEqual(HEADER);
  return rows.map((r) => Object.fromEntries(HEADER.map((h, i) => [h, r[i] ?? ""])));
}

async function ndjson(url: string) {
  const res = await request(app.server).get(url).set("accept", "application/x-ndjson").expect(200);
  expect(res.headers["content-type"]).toBe("application/x-ndjson; charset=utf-8");
  expect(res.text.endsWith("\n")).toBe(true);
  return res.text
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => JSON.parse(l) as { id: string });
}

describe("CSV export (Accept: text/csv)", () => {
  it("streams the whole list, not a page, one row per statement with tags flattened", async () => {
    const rows = await csv("/statements?limit=2");
    expect(rows.map((r) => r.id)).toEqual(all.map((s) => s.id));
    const gaza = rows.find((r) => r.text?.startsWith("On Gaza"));
    const s = all.find((x) => x.text.startsWith("On Gaza")) as ExpectedStatement;
    expect(gaza).toEqual({
      id: s.id,
      briefing_id: s.briefingId,
      date: "2024-04-05",
      issuer: "PK",
      seq: "3",
      speaker: "Mumtaz Zahra Baloch",
      countries: "IL;PS",
      regions: "",
      topics: "armed-conflict;disaster-humanitarian;human-rights",
      text: s.text,
      question: "",
      question_asker: "",
      start: expect.stringMatching(/^\d+$/),
      end: expect.stringMatching(/^\d+$/),
    });
  });

  it("quotes commas, quotes and line breaks, and keeps questions", async () => {
    const rows = await csv("/statements?q=taiwan%20arms");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      text: "We firmly oppose the arms sale to Taiwan and urge the United States to stop it.",
      question: "What is China's response to the new arms sale to Taiwan?",
      question_asker: "Reuters",
      regions: "TAIWAN",
    });
  });

  it("applies filters, search and sort, and format=csv works without Accept", async () => {
    const rows = await csv("/statements?country=PK&q=terrorism&sort=-date", "*/*;q=0.1, text/csv");
    const ids = (await getJson(app, "/statements?country=PK&q=terrorism&sort=-date&limit=100")).data.map(
      (d) => d.id,
    );
    expect(rows.map((r) => r.id)).toEqual(ids);
    const res = await request(app.server).get("/statements?format=csv&topic=migration").expect(200);
    expect(res.headers["content-disposition"]).toBe('attachment; filename="statements.csv"');
    expect(parseCsv(res.text)).toHaveLength(2);
  });

  it("exports a briefing's statements in reading order", async () => {
    const briefing = all.find((s) => s.date === "2023-05-11")?.briefingId;
    const rows = await csv(`/briefings/${briefing}/statements`);
    expect(rows.map((r) => r.seq)).toEqual(["1", "2", "3", "4"]);
  });
});

describe("NDJSON export (Accept: application/x-ndjson)", () => {
  it("streams one statement object per line, the same objects as the JSON list", async () => {
    const lines = await ndjson("/statements?q=china&sort=relevance");
    const page = await getJson(app, "/statements?q=china&limit=100");
    expect(lines).toEqual(page.data);
  });

  it("prefers JSON when Accept allows anything, and honours q-values", async () => {
    const res = await request(app.server).get("/statements?limit=1").set("accept", "*/*").expect(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    const nd = await request(app.server)
      .get("/statements?limit=1")
      .set("accept", "application/json;q=0.5, application/x-ndjson")
      .expect(200);
    expect(nd.headers["content-type"]).toBe("application/x-ndjson; charset=utf-8");
  });
});

describe("exports larger than one batch", () => {
  it("stream every statement exactly once across batches", async () => {
    const many: FixtureBriefing[] = Array.from({ length: 25 }, (_, b) => ({
      date: `2022-${String((b % 12) + 1).padStart(2, "0")}-${String((b % 27) + 1).padStart(2, "0")}`,
      issuer: "US",
      format: "transcript",
      title: `Generated briefing ${b}`,
      statements: Array.from({ length: 50 }, (_, i) => ({
        text: `Generated statement ${b}-${i} about trade, "quotes", commas,\nand lines.`,
        speaker: "Press Secretary",
        countries: ["US"],
        topics: ["trade-economy"],
      })),
    }));
    const { app: big, expected } = await buildFixtureApp([...FIXTURE, ...many]);
    expect(expected.length).toBeGreaterThan(2 * EXPORT_BATCH);
    const res = await request(big.server).get("/statements").set("accept", "text/csv").expect(200);
    const rows = parseCsv(res.text).slice(1);
    expect(rows.map((r) => r[0])).toEqual(expected.map((s) => s.id));
    const nd = await request(big.server).get("/statements?q=generated&format=ndjson&sort=date").expect(200);
    const ids = nd.text
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id);
    expect(ids).toHaveLength(1250);
    expect(new Set(ids).size).toBe(1250);
    const briefings = await request(big.server).get("/briefings?format=csv").expect(200);
    expect(parseCsv(briefings.text)).toHaveLength(1 + FIXTURE.length + 25);
    await big.close();
  });
});

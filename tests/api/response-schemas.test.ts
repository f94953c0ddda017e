import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { statementListSchema } from "../../src/routes/statements.js";
import { briefingSchema, briefingSummarySchema } from "../../src/schemas/briefing.js";
import { listEnvelope } from "../../src/schemas/envelope.js";
import {
  countryDetailSchema,
  countrySchema,
  regionSchema,
  topicSchema,
} from "../../src/schemas/reference.js";
import { statementContextSchema, statementResultSchema } from "../../src/schemas/statement-result.js";
import { timelinePointSchema } from "../../src/schemas/timeline.js";
import { buildTestApp } from "../support/app.js";

/**
 * GET routes serialize with JSON.stringify (or splice stored JSON texts) instead of the schema-checking
 * serializer, so this is where a response that drifts from its documented schema is caught: each body
 * must parse with its schema and come out unchanged (zod drops keys a schema does not declare, so an
 * undocumented field fails too).
 */
let app: FastifyInstance;
let statementId: string;
let briefingId: string;
beforeAll(async () => {
  app = await buildTestApp({ seed: true });
  const first = (await request(app.server).get("/statements?limit=1")).body.data[0];
  statementId = first.id;
  briefingId = first.briefingId;
});
afterAll(() => app.close());

const cases: [string, () => string, z.ZodType][] = [
  ["a statement page", () => "/statements?limit=5", statementListSchema],
  [
    "a search page with highlights, count and every facet",
    () =>
      "/statements?q=pakistan&highlight=true&include=count&facets=country,region,topic,speaker,issuer,month",
    statementListSchema,
  ],
  ["a filtered page by date", () => "/statements?country=PK&sort=date&limit=3", statementListSchema],
  ["one statement", () => `/statements/${statementId}`, statementResultSchema],
  [
    "a statement in context",
    () => `/statements/${statementId}/context?before=2&after=2`,
    statementContextSchema,
  ],
  [
    "the briefing list",
    () => "/briefings?include=count",
    listEnvelope(briefingSummarySchema, "BriefingList"),
  ],
  ["one briefing with its statements", () => `/briefings/${briefingId}`, briefingSchema],
  ["a briefing's statements", () => `/briefings/${briefingId}/statements?facets=topic`, statementListSchema],
  ["the countries", () => "/countries?q=pak", listEnvelope(countrySchema, "CountryList")],
  ["one country", () => "/countries/PK", countryDetailSchema],
  ["the topics", () => "/topics", listEnvelope(topicSchema, "TopicList")],
  ["the regions", () => "/regions", listEnvelope(regionSchema, "RegionList")],
  ["a timeline", () => "/timeline?country=PK&interval=month", listEnvelope(timelinePointSchema, "Timeline")],
];

describe("GET responses match their documented schemas exactly", () => {
  it.each(cases)("%s", async (_name, path, schema) => {
    const res = await request(app.server).get(path());
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("application/json; charset=utf-8");
    const parsed = schema.safeParse(res.body);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(parsed.data).toEqual(res.body);
  });

  it("lists carry real content to check: statements with tags, evidence, questions and highlights", async () => {
    const body = (await request(app.server).get("/statements?q=pakistan&highlight=true&limit=100")).body;
    const data = body.data as z.infer<typeof statementResultSchema>[];
    expect(data.some((s) => s.countries.some((c) => c.evidence.length > 0))).toBe(true);
    expect(data.some((s) => s.topics.length > 0)).toBe(true);
    expect(data.every((s) => s.highlight !== undefined)).toBe(true);
  });
});

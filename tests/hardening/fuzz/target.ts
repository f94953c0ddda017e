import type { FastifyInstance } from "fastify";
import { buildApp } from "../../../src/app.js";
import { type Config, testConfig } from "../../../src/config.js";
import { syntheticBriefing } from "../../cli/cli-support.js";
import { SEED_FILE, seedText } from "../../support/app.js";
import { type FuzzOperation, type OpenApiDoc, operationsOf } from "./operations.js";
import type { Pools } from "./requests.js";
import { DATES } from "./values.js";

export const FUZZ_KEY = "fuzz-key-0123456789abcdef";

export interface FuzzTarget {
  app: FastifyInstance;
  operations: FuzzOperation[];
  pools: Pools;
}

async function json<T>(app: FastifyInstance, url: string): Promise<T> {
  const res = await app.inject({ method: "GET", url });
  if (res.statusCode !== 200) throw new Error(`GET ${url} answered ${res.statusCode}: ${res.body}`);
  return res.json() as T;
}

/** Cursors of real pages, one per list and order, so forged and replayed cursors both get tried. */
async function cursors(app: FastifyInstance): Promise<string[]> {
  const urls = [
    "/statements?limit=1",
    "/statements?limit=1&sort=date",
    "/statements?limit=1&q=pakistan",
    "/statements?limit=1&q=the&sort=relevance",
    "/briefings?limit=1",
  ];
  const found: string[] = [];
  for (const url of urls) {
    const next = (await json<{ next: string | null }>(app, url)).next;
    if (next) found.push(next);
  }
  const forged = [
    { kind: "statements:-date", position: { k: -1 } },
    { kind: "statements:-date", position: { k: 9_007_199_254_740_991 } },
    { kind: "statements:date", position: { k: 0, extra: "x" } },
    { kind: "statements:relevance", position: { k: 1, b: 1e308, s: -1e308 } },
    { kind: "statements:relevance", position: { k: 1, b: null, s: null } },
    { kind: "briefings", position: { date: "'; DROP TABLE briefing; --", pk: -5 } },
    { kind: "briefings", position: { date: "9999-99-99", pk: 9_007_199_254_740_991 } },
    { kind: "nope", position: null },
  ];
  for (const c of forged) found.push(Buffer.from(JSON.stringify(c)).toString("base64url"));
  return found;
}

/**
 * An app on an in-memory database holding the seed and a few synthetic transcripts, with a write key,
 * and pools of real values (ids, codes, slugs, speakers, cursors) read from it.
 */
export async function buildFuzzTarget(
  overrides: Partial<Config> = {},
  logStream?: NodeJS.WritableStream,
): Promise<FuzzTarget> {
  const app = await buildApp(testConfig({ apiKey: FUZZ_KEY, ...overrides }), { logStream });
  app.podium.ingest.ingest(seedText, { source: SEED_FILE });
  for (let n = 0; n < 12; n++)
    app.podium.ingest.ingest(syntheticBriefing(n * 37, 4), { source: `synthetic-${n}` });
  await app.ready();

  const limit = Math.min(100, overrides.maxLimit ?? 100);
  const statements = await json<{ data: { id: string; speaker: string | null }[] }>(
    app,
    `/statements?limit=${limit}`,
  );
  const briefings = await json<{ data: { id: string }[] }>(app, `/briefings?limit=${limit}`);
  const countries = await json<{ data: { code: string; name: string }[] }>(app, "/countries");
  const topics = await json<{ data: { slug: string }[] }>(app, "/topics");
  const regions = await json<{ data: { id: string }[] }>(app, "/regions");
  const speakers = [...new Set(statements.data.map((s) => s.speaker).filter((s): s is string => !!s))];
  const codes = countries.data.slice(0, 40).map((c) => c.code);
  const statementIds = statements.data.slice(0, 20).map((s) => s.id);
  const briefingIds = briefings.data.map((b) => b.id);

  const pools: Pools = {
    byName: {
      country: [...codes, "pakistan", "Afghan", "united states", "AF,PK", "usa", "XX"],
      issuer: ["PK", "CN", "pakistan", "china", "XX"],
      topic: [...topics.data.map((t) => t.slug), "terrorism,trade"],
      region: [...regions.data.map((r) => r.id), "KASHMIR,TAIWAN"],
      speaker: speakers,
      briefing: briefingIds,
      cursor: await cursors(app),
      q: [
        "pakistan",
        '"peace and stability"',
        "terror*",
        "china OR india",
        "visit -japan",
        "NEAR(china india, 5)",
        "talks\u0000",
        '"trade\u0001talks"',
        "U.S. -",
        "a*",
      ],
      from: DATES,
      to: DATES,
      facets: ["country,topic", "country,region,topic,speaker,issuer,month", "month"],
    },
    pathIds: {
      id: [...statementIds, ...briefingIds],
      code: [...codes, "pakistan", "Afghan"],
      "*": ["index.html", "swagger-ui.css", "x"],
    },
    apiKey: FUZZ_KEY,
    briefing: syntheticBriefing(999, 1),
  };
  return { app, operations: operationsOf(app.swagger() as OpenApiDoc), pools };
}

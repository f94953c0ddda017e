import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../src/app.js";
import { type Config, testConfig } from "../../src/config.js";
import { defaultSeedsDir } from "../../src/package-paths.js";

export const SEED_FILE = "2024-04-05_pakistan-fo-weekly-briefing.txt";
export const seedText = readFileSync(join(defaultSeedsDir, SEED_FILE), "utf8");

/** A fresh app on its own in-memory database, ready for supertest, optionally with the seed stored. */
export async function buildTestApp(
  options: { seed?: boolean; config?: Partial<Config> } = {},
): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(options.config));
  if (options.seed ?? true) app.podium.ingest.ingest(seedText, { source: SEED_FILE });
  await app.ready();
  return app;
}

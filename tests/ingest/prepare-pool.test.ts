import { describe, expect, it } from "vitest";
import { BriefingFormatError } from "../../src/extract/split.js";
import { prepareBriefing } from "../../src/ingest/prepare-briefing.js";
import { createPreparePool } from "../../src/ingest/prepare-pool.js";
import { syntheticBriefing } from "../cli/cli-support.js";
import { seedText } from "../support/app.js";

describe("createPreparePool", () => {
  it("prepares on worker threads exactly what prepareBriefing gives, answering each call with its own briefing", async () => {
    const pool = createPreparePool(2);
    try {
      const texts = [seedText, syntheticBriefing(1), syntheticBriefing(2), syntheticBriefing(3)];
      const results = await Promise.all(
        texts.map((t, i) => pool.prepare(t, { source: `s${i}`, issuer: "PK" })),
      );
      expect(results).toEqual(texts.map((t, i) => prepareBriefing(t, { source: `s${i}`, issuer: "PK" })));
    } finally {
      await pool.close();
    }
  });

  it("brings the engine's refusal back as a BriefingFormatError, and goes on working", async () => {
    const pool = createPreparePool(1);
    try {
      const refused = await pool.prepare("no header here", { source: "x" }).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(BriefingFormatError);
      expect((await pool.prepare(seedText, { source: "seed" })).statements.length).toBeGreaterThan(0);
    } finally {
      await pool.close();
    }
  });

  it("with no workers, prepares inline", async () => {
    const pool = createPreparePool(0);
    expect(await pool.prepare(seedText, { source: "seed" })).toEqual(
      prepareBriefing(seedText, { source: "seed" }),
    );
    await pool.close();
  });
});

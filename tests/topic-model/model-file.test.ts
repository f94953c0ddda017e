import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import modelData from "../../src/tagging/data/topic-model.json" with { type: "json" };
import type { TopicModelFile } from "../../src/tagging/topic-model.js";
import { TOPICS } from "../../src/tagging/topics.js";

const model = modelData as unknown as TopicModelFile;
const path = fileURLToPath(new URL("../../src/tagging/data/topic-model.json", import.meta.url));
/** Feature names topic-features.ts produces. */
const FEATURE = /^(?:(?:t|q|t2|q2):[a-z0-9_]+|(?:rt|rq|rk|pv|rs|r1):[a-z-]+|(?:vt|vq):\d+|len)$/;

describe("the shipped topic model (src/tagging/data/topic-model.json)", () => {
  it("scores exactly the 21 topic slugs, with a bias and a threshold in (0, 1) for each", () => {
    expect(model.slugs).toEqual(TOPICS.map((t) => t.slug));
    expect(model.bias.length).toBe(21);
    expect(model.bias.every(Number.isFinite)).toBe(true);
    expect(model.thresholds.filter((t) => !(t > 0 && t < 1))).toEqual([]);
    expect(model.thresholds.length).toBe(21);
  });

  it("keeps one to three topics, and a fallback probability in (0, 1) or none", () => {
    expect([1, 2, 3]).toContain(model.maxTopics);
    expect(model.fallback === null || (model.fallback > 0 && model.fallback < 1)).toBe(true);
  });

  it("has only features the featurizer produces, weights for known slugs, finite and rounded", () => {
    const known = new Set(model.slugs);
    const bad = Object.entries(model.weights).flatMap(([name, row]) => [
      ...(FEATURE.test(name) ? [] : [`feature ${name}`]),
      ...Object.entries(row).flatMap(([slug, w]) =>
        known.has(slug) && Number.isFinite(w) && Math.round(w * 1000) / 1000 === w
          ? []
          : [`${name} ${slug} ${w}`],
      ),
    ]);
    expect(bad).toEqual([]);
  });

  // Under 1 MiB: the largest file Biome still formats (weights pruned under 0.02 keep the written model
  // close to the cross-validated one; data README, "Retrained on main").
  it("names where it comes from and stays under 1 MiB", () => {
    const provenance = model.provenance as { labels: unknown[]; statements: number; trainedOn: string };
    expect(provenance.labels.length).toBeGreaterThan(0);
    expect(provenance.statements).toBeGreaterThan(0);
    expect(provenance.trainedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(statSync(path).size).toBeLessThan(1024 * 1024);
  });
});

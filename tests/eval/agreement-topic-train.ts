/**
 * How noisy the topic model's training labels are: a careful, blind second reading of a random sample
 * of topic-train files (tests/fixtures/agreement/topic-train/<name>.json, seed 20261203) against the
 * single reader's labels (tests/fixtures/topic-train/<name>.json), with the eval's character weighting
 * (non-space characters; first reading = gold, second = predicted, same boundaries).
 *
 *   npx tsx tests/eval/agreement-topic-train.ts
 *
 * Compare with the fixtures' double reading (`npm run eval:agreement`) and the model's cross-validated
 * F1 on topic-train (`npm run train:topics -- --dry-run`): a model far below this figure is limited by
 * itself, not by its labels.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { compareTopics, disagreements } from "./agreement-score.js";
import { corpusDir, fixturesDir } from "./fixtures.js";
import { nonSpace } from "./intervals.js";
import { type Counts, prf } from "./score.js";

const secondDir = join(fixturesDir, "agreement", "topic-train");
const firstDir = join(fixturesDir, "topic-train");

const add = (m: Map<string, Counts>, key: string, c: Counts) => {
  const t = m.get(key) ?? { tp: 0, fp: 0, fn: 0 };
  m.set(key, { tp: t.tp + c.tp, fp: t.fp + c.fp, fn: t.fn + c.fn });
};
const fmt = (c: Counts) => {
  const p = prf(c);
  return `${p.precision.toFixed(3)} / ${p.recall.toFixed(3)} / ${p.f1.toFixed(3)}`;
};

function main(): number {
  if (!existsSync(corpusDir)) {
    console.log(`skipped: ${corpusDir} not found (the topic-train sources are corpus files)`);
    return 0;
  }
  const totals = new Map<string, Counts>();
  const byTopic = new Map<string, Counts>();
  let statements = 0;
  let differ = 0;
  const names = readdirSync(secondDir).filter((f) => f.endsWith(".json"));
  for (const name of names.sort()) {
    const second = JSON.parse(readFileSync(join(secondDir, name), "utf8"));
    const first = JSON.parse(readFileSync(join(firstDir, name), "utf8"));
    const text = readFileSync(join(corpusDir, second.source.replace(/^corpus:/, "")), "utf8");
    const c = compareTopics(first.statements, second.statements, nonSpace(text));
    add(totals, "all", c.counts);
    add(totals, name.split("-")[0] as string, c.counts);
    for (const [slug, k] of c.byTopic) add(byTopic, slug, k);
    statements += first.statements.length;
    differ += disagreements(first.statements, second.statements).length;
  }
  console.log(`${names.length} files, ${statements} statements, ${differ} with different topic sets`);
  console.log("second reading against the first (as gold), P / R / F1 by non-space characters:");
  for (const [key, c] of totals) console.log(`  ${key.padEnd(5)} ${fmt(c)}`);
  console.log("per topic, most disagreement first (characters on one side only):");
  const rows = [...byTopic].sort((a, b) => b[1].fp + b[1].fn - (a[1].fp + a[1].fn));
  for (const [slug, c] of rows) console.log(`  ${slug.padEnd(28)} ${fmt(c)}  ${c.fp + c.fn}`);
  return 0;
}

process.exitCode = main();

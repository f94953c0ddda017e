/**
 * `npx tsx tests/topic-model/engine-cv.ts`: the dev fixtures scored the way the eval scores the holdout —
 * the engine's own split, tagged by a topic model that never saw the file — so that a change to the
 * splitter or to how topics are chosen can be measured on dev without the in-sample flattery of
 * `npm run eval` (whose model was trained on dev) and without reading the holdout.
 *
 * Dev files are dealt into FOLDS file-grouped folds; each fold's files are split and tagged by a model
 * fitted on every other labelled statement (topic-train and the other dev files), with the shipped
 * model's decision policy. Topics are scored by the eval's own counts, both at the engine's boundaries
 * and at the gold ones (the same model tagging the annotated statements and questions), so that
 * segmentation's cost shows apart from the model's. Prints totals per shape; deterministic.
 *
 *   npx tsx tests/topic-model/engine-cv.ts [--set K=V …]   (the trainer's CONFIG overrides, checked as there)
 */

import { parseArgs } from "node:util";
import { splitBriefing } from "../../src/extract/split.js";
import type { SplitStatement } from "../../src/extract/types.js";
import { tagStatements } from "../../src/tagging/tag-statements.js";
import { compileModel, type TopicModel } from "../../src/tagging/topic-model.js";
import { TOPIC_MODEL } from "../../src/tagging/topic-model-data.js";
import { type Fixture, listFixtures } from "../eval/fixtures.js";
import { nonSpace } from "../eval/intervals.js";
import { type Counts, countFile } from "../eval/score.js";
import { examplesOf, type LabelledFile, loadSet, splitStatementsOf } from "./dataset.js";
import { foldsOf, learn } from "./learn.js";
import { f1 } from "./policy.js";
import { applyOverrides, CONFIG, prf, SLUGS } from "./train.js";
import { modelFileOf } from "./write-model.js";

const FOLDS = 5;

interface Tally {
  engine: Counts;
  gold: Counts;
  starts: Counts;
}

const zero = (): Tally => ({
  engine: { tp: 0, fp: 0, fn: 0 },
  gold: { tp: 0, fp: 0, fn: 0 },
  starts: { tp: 0, fp: 0, fn: 0 },
});

function add(a: Counts, b: Counts): void {
  a.tp += b.tp;
  a.fp += b.fp;
  a.fn += b.fn;
}

function shapeOf(name: string): string {
  return /^dev\/(pkfo|cmfa|wh)/.exec(name)?.[1] ?? "seed";
}

function topicCounts(file: LabelledFile, fixture: Fixture, statements: SplitStatement[], model: TopicModel) {
  const tagged = tagStatements(file.text, statements, { issuer: fixture.issuer }, model);
  const gold = fixture.statements.map((s) => ({ ...s }));
  const predicted = tagged.map((s) => ({
    start: s.start,
    end: s.end,
    countries: [],
    regions: [],
    topics: s.topics.map((t) => t.slug),
  }));
  return countFile(gold, predicted, fixture.issuer, nonSpace(file.text));
}

function main(): void {
  const args = parseArgs({ options: { set: { type: "string", multiple: true } } }).values;
  applyOverrides(args.set ?? []);
  const dev = loadSet("dev");
  const files = [...dev, ...loadSet("topic-train")];
  const options = { bigrams: CONFIG.bigrams, shares: CONFIG.shares, vectors: CONFIG.vectors };
  const examples = files.flatMap((f) => examplesOf(f, options));
  const fixtures = new Map(listFixtures().map((f) => [f.name, f.fixture]));
  const folds = foldsOf(
    dev.map((f) => f.name),
    FOLDS,
    CONFIG.seed,
  );
  const policy = TOPIC_MODEL.file;
  console.log(
    `${dev.length} dev files, ${files.length - dev.length} topic-train files, ${examples.length} statements`,
  );
  const tallies = new Map<string, Tally>();
  for (let fold = 0; fold < FOLDS; fold++) {
    const held = new Set(dev.filter((f) => folds.get(f.name) === fold).map((f) => f.name));
    const learned = learn(
      examples.filter((e) => !held.has(e.file)),
      SLUGS,
      CONFIG,
    );
    const prov = { trainedOn: "", gitHead: "", labels: [], statements: 0 };
    const model = compileModel(modelFileOf(learned, SLUGS, policy, CONFIG, prov));
    for (const file of dev.filter((f) => held.has(f.name))) {
      const fixture = fixtures.get(file.name) as Fixture;
      const split = splitBriefing(file.text, { issuer: fixture.issuer });
      const engine = topicCounts(file, fixture, split.statements, model);
      const atGold = topicCounts(file, fixture, splitStatementsOf(file), model);
      for (const key of [shapeOf(file.name), "all"]) {
        const t = tallies.get(key) ?? zero();
        add(t.engine, engine.topics);
        add(t.gold, atGold.topics);
        add(t.starts, engine.starts);
        tallies.set(key, t);
      }
    }
    console.log(`fold ${fold + 1}/${FOLDS}: ${held.size} dev files`);
  }
  console.log(
    `\ndev topics, ${FOLDS}-fold by dev file, P/R/F1 (engine's split | gold boundaries), starts F1`,
  );
  for (const [key, t] of [...tallies.entries()].sort()) {
    console.log(`  ${key.padEnd(5)} ${prf(t.engine)} | ${prf(t.gold)}   starts ${f1(t.starts).toFixed(3)}`);
  }
}

main();

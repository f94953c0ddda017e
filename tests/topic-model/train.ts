/**
 * `npm run train:topics`: trains the learned topic scorer (src/tagging/topic-model.ts) on the labelled
 * statements of tests/fixtures/topic-train and the DEV fixtures (never the holdout), prints
 * cross-validated character-weighted P/R/F1 and writes src/tagging/data/topic-model.json.
 *
 *   npm run train:topics                    CV figures, then write the model
 *   npm run train:topics -- --dry-run       CV figures only
 *   npm run train:topics -- --search        also a grid of configurations by CV (slow)
 *   npm run train:topics -- --fast          skip the per-dev-file (leave-one-file-out) CV
 *   npm run train:topics -- --train-dir D   topic-train labels from D (a frozen copy, for A/B runs)
 *   npm run train:topics -- --set K=V       override one CONFIG field for an A/B run (V as JSON; repeatable)
 *
 * Deterministic: fixed seeds, sorted inputs; the weights are the same on every run.
 */

import { execSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { FeatureOptions } from "../../src/tagging/topic-features.js";
import {
  chooseTopics,
  compileModel,
  type TopicModelFile,
  topicProbabilities,
} from "../../src/tagging/topic-model.js";
import { TOPICS } from "../../src/tagging/topics.js";
import { nonSpace } from "../eval/intervals.js";
import { type Counts, labelCounts } from "../eval/score.js";
import { type Example, examplesOf, type LabelledFile, loadSet } from "./dataset.js";
import { foldsOf, type LearnConfig, type Learned, learn, outOfFold, probabilitiesOf } from "./learn.js";
import {
  type Combine,
  countsOf,
  crossFitted,
  crossFittedBySlug,
  f1,
  type Scored,
  searchPolicy,
} from "./policy.js";
import { modelFileOf } from "./write-model.js";

export const SLUGS = TOPICS.map((t) => t.slug);

/** The configuration chosen by `--search` (see the data README's "Topic model" section). */
export type TrainConfig = LearnConfig & FeatureOptions & { shares: boolean; perSlug: boolean; folds: number };

export const CONFIG: TrainConfig = {
  bigrams: false,
  shares: true,
  drop: [],
  minDf: 2,
  weighting: "sqrt",
  epochs: 150,
  rate: 0.05,
  l2: 0.01,
  ruleL2: 0.1,
  denseL2: 0.1,
  vectors: true,
  devWeight: 3,
  seed: 20261129,
  perSlug: false,
  folds: 10,
};

const modelPath = fileURLToPath(new URL("../../src/tagging/data/topic-model.json", import.meta.url));

/** "P/R/F1" with three decimals, as every figure the trainer and engine-cv print. */
export function prf(c: { tp: number; fp: number; fn: number }): string {
  const p = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const r = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  return `${p.toFixed(3)}/${r.toFixed(3)}/${f1(c).toFixed(3)}`;
}

function examplesFor(files: readonly LabelledFile[], options: FeatureOptions): Example[] {
  return files.flatMap((f) => examplesOf(f, options));
}

/** The rules' figure through the eval's own labelCounts, per file at the gold boundaries. */
function rulesFigure(files: readonly LabelledFile[], examples: readonly Example[]): string {
  const c = { tp: 0, fp: 0, fn: 0 };
  for (const f of files) {
    const ex = examples.filter((e) => e.file === f.name);
    const gold = ex.map((e) => ({ start: e.start, end: e.end, countries: [], regions: [], topics: e.gold }));
    const pred = ex.map((e) => ({ start: e.start, end: e.end, countries: [], regions: [], topics: e.rules }));
    const k = labelCounts(gold, pred, "topics", null, nonSpace(f.text));
    c.tp += k.tp;
    c.fp += k.fp;
    c.fn += k.fn;
  }
  return prf(c);
}

function report(label: string, items: readonly Scored[], perSlug: boolean): void {
  const line = (combine: Combine) =>
    combine === "rules"
      ? prf(countsOf(items, searchPolicy(items, SLUGS.length, false), "rules"))
      : prf(crossFitted(items, SLUGS.length, perSlug, combine));
  console.log(`${label} (${items.length} statements), P/R/F1, policy cross-fitted across folds:`);
  for (const combine of ["rules", "model", "union", "intersection"] as const) {
    console.log(`  ${combine.padEnd(13)} ${line(combine)}`);
  }
}

/** The model's out-of-fold figures per slug (policy cross-fitted), rarest first: where the misses are. */
function bySlug(items: readonly Scored[], perSlug: boolean): void {
  const counts = crossFittedBySlug(items, SLUGS.length, perSlug);
  const positives = SLUGS.map((_, k) => items.filter((s) => s.gold.has(k)).length);
  console.log("  per slug, model (statements with the slug: P/R/F1):");
  for (const k of SLUGS.map((_, k) => k).sort((a, b) => (positives[a] as number) - (positives[b] as number)))
    console.log(
      `    ${(SLUGS[k] as string).padEnd(28)} ${String(positives[k]).padStart(5)}  ${prf(counts[k] as Counts)}`,
    );
}

/** Examples per feature options, built once each. */
function examplesCache(files: readonly LabelledFile[]): (c: FeatureOptions) => Example[] {
  const cache = new Map<string, Example[]>();
  return (c) => {
    const options: FeatureOptions = {
      bigrams: c.bigrams,
      shares: c.shares === true,
      vectors: c.vectors === true,
    };
    const key = JSON.stringify(options);
    let ex = cache.get(key);
    if (!ex) {
      ex = examplesFor(files, options);
      cache.set(key, ex);
    }
    return ex;
  };
}

function search(examples: (c: FeatureOptions) => Example[], folds: Map<string, number>): void {
  console.log("\nsearch (10 file-grouped folds, global policy cross-fitted):");
  const grid: Array<Partial<TrainConfig> & { name: string }> = [
    { name: "chosen" },
    { name: "bigrams", bigrams: !CONFIG.bigrams },
    { name: "rule shares", shares: !CONFIG.shares },
    { name: "words only (no rule features)", drop: ["r", "pv"] },
    { name: "no previous-exchange features", drop: ["pv"] },
    { name: "weighting none", weighting: "none" },
    { name: "weighting chars", weighting: "chars" },
    { name: "l2 0.005", l2: 0.005 },
    { name: "l2 0.02", l2: 0.02 },
    { name: "rule features penalised like words", ruleL2: 1 },
    { name: "rule features penalised 0.03", ruleL2: 0.03 },
    { name: "dev statements weigh 3", devWeight: 3 },
    { name: "minDf 3", minDf: 3 },
    { name: "per-slug thresholds", perSlug: true },
  ];
  const part = process.env.GRID_PART;
  for (const [i, g] of grid.entries()) {
    if (part !== undefined && i % 2 !== Number(part)) continue;
    const c = { ...CONFIG, ...g };
    const items = outOfFold(examples(c), SLUGS, folds, c);
    console.log(`  ${g.name.padEnd(32)} ${prf(crossFitted(items, SLUGS.length, c.perSlug))}`);
  }
}

/**
 * How far the rounded, pruned model file moves the fitted model's probabilities on the training
 * statements, through the product's own code (compileModel, topicProbabilities), and how many
 * statements' chosen topics change.
 */
function agreement(file: TopicModelFile, learned: Learned, examples: readonly Example[]): string {
  const shipped = compileModel(file);
  let worst = 0;
  let changed = 0;
  for (const e of examples) {
    const a = topicProbabilities(shipped, e.features);
    const b = probabilitiesOf(learned, e);
    for (let k = 0; k < a.length; k++) worst = Math.max(worst, Math.abs((a[k] as number) - (b[k] as number)));
    if (chooseTopics(file, a).join() !== chooseTopics(file, b).join()) changed++;
  }
  return `largest probability difference ${worst.toFixed(4)}, chosen topics differ on ${changed} of ${examples.length} statements`;
}

function gitHead(): string {
  try {
    return execSync("git rev-parse HEAD", { encoding: "utf8" }).trim();
  } catch {
    return "unknown";
  }
}

/**
 * The CONFIG fields that `--set K=V` options override (V as JSON), checked against `base`: an unknown
 * field, a value that is not JSON or of another type than the field's is an error naming the option.
 */
export function parseOverrides(sets: readonly string[], base: TrainConfig = CONFIG): Partial<TrainConfig> {
  const out: Partial<TrainConfig> = {};
  for (const kv of sets) {
    const [key, value] = kv.split("=", 2) as [keyof TrainConfig, string | undefined];
    if (!(key in base) || value === undefined)
      throw new Error(`--set ${kv}: expected K=V with K one of ${Object.keys(base).join(", ")}`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(value);
    } catch {
      throw new Error(`--set ${kv}: the value must be JSON (a number, true/false, or a quoted string)`);
    }
    if (typeof parsed !== typeof base[key])
      throw new Error(`--set ${kv}: ${key} is a ${typeof base[key]}, got a ${typeof parsed}`);
    Object.assign(out, { [key]: parsed });
  }
  return out;
}

/** Applies `--set` options to CONFIG (the scripts read it) and says what changed. */
export function applyOverrides(sets: readonly string[]): void {
  for (const [key, value] of Object.entries(parseOverrides(sets))) {
    Object.assign(CONFIG, { [key]: value });
    console.log(`CONFIG.${key} = ${JSON.stringify(value)}`);
  }
}

function main(): void {
  const args = parseArgs({
    options: {
      "dry-run": { type: "boolean" },
      search: { type: "boolean" },
      fast: { type: "boolean" },
      "train-dir": { type: "string" },
      set: { type: "string", multiple: true },
    },
  }).values;
  applyOverrides(args.set ?? []);
  const dev = loadSet("dev");
  const train = loadSet("topic-train", args["train-dir"]);
  const files = [...dev, ...train];
  const count = (fs: LabelledFile[]) => fs.reduce((n, f) => n + f.statements.length, 0);
  console.log(
    `labelled: ${dev.length} dev files (${count(dev)} statements), ${train.length} topic-train files (${count(train)} statements)`,
  );
  const cache = examplesCache(files);
  const examples = cache(CONFIG);
  const folds = foldsOf(
    files.map((f) => f.name),
    CONFIG.folds,
    CONFIG.seed,
  );

  console.log(`\nrules at the gold boundaries (eval labelCounts): all ${rulesFigure(files, examples)}`);
  console.log(`                                                 dev ${rulesFigure(dev, examples)}`);
  const oof = outOfFold(examples, SLUGS, folds, CONFIG);
  report(`\n${CONFIG.folds}-fold file-grouped CV, all labelled`, oof, CONFIG.perSlug);
  bySlug(oof, CONFIG.perSlug);
  // The rules were tuned on the dev fixtures (five revisions), never on topic-train: there both are out of sample.
  const trainOnly = new Set(train.map((f) => f.name));
  report(
    `\nthe same CV, topic-train statements only (rules untuned there)`,
    oof.filter((s) => trainOnly.has(s.file)),
    CONFIG.perSlug,
  );
  const devNames = new Set(dev.map((f) => f.name));
  if (!args.fast) {
    // Leave one dev file out: train on everything else (topic-train and the other dev files).
    const lofo = new Map(files.map((f, i) => [f.name, devNames.has(f.name) ? i : -1]));
    const items = outOfFold(examples, SLUGS, lofo, CONFIG, (e) => devNames.has(e.file));
    report("\nleave-one-dev-file-out CV, dev statements", items, CONFIG.perSlug);
  }
  if (args.search) search(cache, folds);

  const policy = searchPolicy(oof, SLUGS.length, CONFIG.perSlug);
  const learned = learn(examples, SLUGS, CONFIG);
  const file = modelFileOf(learned, SLUGS, policy, CONFIG, {
    trainedOn: new Date().toISOString().slice(0, 10),
    gitHead: gitHead(),
    labels: files.map((f) => ({ file: f.name, statements: f.statements.length })),
    statements: examples.length,
  });
  const json = `${JSON.stringify(file, null, 1)}\n`;
  console.log(`\nthe written model against the fitted one: ${agreement(file, learned, examples)}`);
  console.log(
    `\npolicy: thresholds ${[...new Set(policy.thresholds)].join(", ")}, at most ${policy.maxTopics}, fallback ${policy.fallback}`,
  );
  console.log(
    `model: ${Object.keys(file.weights).length} features kept, ${(json.length / 1024).toFixed(0)} KB`,
  );
  if (args["dry-run"]) return;
  writeFileSync(modelPath, json);
  // The repository's formatter has the last word on layout, so a retrain diffs only where weights change.
  execSync(`npx biome format --write ${JSON.stringify(modelPath)}`, { stdio: "ignore" });
  console.log(`wrote ${modelPath}`);
}

// Run as a script only (the analysis and tests import CONFIG and SLUGS).
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

/**
 * `npm run eval`: scores the extraction engine against the annotated fixtures (issue 3, "Measured
 * quality") and prints a table per file, totals for dev, holdout and all, and the targets. A
 * measurement, not a gate: it exits 0 when targets are missed and non-zero only on errors (a bad
 * argument, a changed source, an engine that throws).
 *
 *   npm run eval                       table and targets
 *   npm run eval -- --json out.json    the same figures as JSON too
 *   npm run eval -- --file seed        one file, statement by statement (gold against predicted)
 *   npm run eval -- --show-holdout     also the holdout's rows and --file on a holdout fixture
 *
 * Holdout fixtures are scored into their total, but their rows are hidden unless asked for: whoever
 * tunes rules reads the total alone, so the holdout keeps telling whether the rules generalise.
 */

import { existsSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { extract } from "../../src/extract/extract.js";
import type { TaggedStatement } from "../../src/extract/types.js";
import { TAGGER_VERSION } from "../../src/tagging/version.js";
import { type Explained, explainFile } from "./explain.js";
import {
  corpusDir,
  type FixtureFile,
  type FixtureSet,
  type FixtureStatement,
  isCorpusSource,
  listFixtures,
  readSource,
} from "./fixtures.js";
import { nonSpace } from "./intervals.js";
import { countFile, type FileCounts, figuresOf, sumCounts } from "./score.js";
import { formatChecks, formatTable, type Row } from "./table.js";
import { checkTargets } from "./targets.js";

interface Scored {
  file: FixtureFile;
  text: string;
  gold: Explained[];
  predicted: Explained[];
  counts: FileCounts;
}

function goldOf(statements: readonly FixtureStatement[]): Explained[] {
  return statements.map((s) => ({ ...s }));
}

function predictedOf(statements: readonly TaggedStatement[]): Explained[] {
  return statements.map((s) => ({
    start: s.start,
    end: s.end,
    speaker: s.speaker,
    countries: s.countries.map((c) => c.code),
    regions: s.regions.map((r) => r.id),
    topics: s.topics.map((t) => t.slug),
  }));
}

function scoreOne(file: FixtureFile): Scored {
  const text = readSource(file);
  const { statements } = extract(text, { issuer: file.fixture.issuer });
  const gold = goldOf(file.fixture.statements);
  const predicted = predictedOf(statements);
  const counts = countFile(gold, predicted, file.fixture.issuer, nonSpace(text));
  return { file, text, gold, predicted, counts };
}

function usage(): never {
  console.error("usage: npm run eval -- [--json FILE] [--file SUBSTRING] [--show-holdout]");
  process.exit(2);
}

function main(): number {
  let args: { json?: string; file?: string; "show-holdout"?: boolean; help?: boolean };
  try {
    args = parseArgs({
      options: {
        json: { type: "string" },
        file: { type: "string" },
        "show-holdout": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (e) {
    console.error((e as Error).message);
    return usage();
  }
  if (args.help) return usage();

  const showHoldout = args["show-holdout"] === true;
  const corpusPresent = existsSync(corpusDir);
  let fixtures = listFixtures();
  if (args.file !== undefined) {
    const want = args.file;
    fixtures = fixtures.filter((f) => f.name.includes(want) || f.fixture.source.includes(want));
    if (fixtures.length !== 1) {
      console.error(
        fixtures.length === 0
          ? `no fixture matches "${want}"`
          : `"${want}" matches ${fixtures.length} fixtures: ${fixtures.map((f) => f.name).join(", ")}`,
      );
      return 2;
    }
    if (fixtures[0]?.set === "holdout" && !showHoldout) {
      console.error(
        `${fixtures[0].name} is a holdout fixture: rule writers do not read it (--show-holdout to read it anyway)`,
      );
      return 2;
    }
  }

  const scored: Scored[] = [];
  const skipped: string[] = [];
  const errors: string[] = [];
  for (const file of fixtures) {
    if (isCorpusSource(file.fixture.source) && !corpusPresent) {
      skipped.push(file.name);
      continue;
    }
    try {
      scored.push(scoreOne(file));
    } catch (e) {
      errors.push(`${file.name}: ${(e as Error).message}`);
    }
  }
  if (skipped.length > 0) {
    console.log(`skipped ${skipped.length} corpus fixture(s): ${corpusDir} not found\n`);
  }

  if (args.file !== undefined) {
    const one = scored[0];
    if (one) {
      console.log(`${one.file.name} (${one.file.fixture.source}, issuer ${one.file.fixture.issuer})\n`);
      console.log(explainFile(one.text, one.gold, one.predicted, one.file.fixture.issuer).join("\n"));
      console.log("");
    }
  }

  const rows: Row[] = [];
  const rules = new Set<number>();
  const totals: Array<{ set: FixtureSet | "all"; counts: FileCounts }> = [];
  const sets: Array<FixtureSet | "all"> = ["dev", "holdout", "all"];
  for (const set of showHoldout ? (["dev", "holdout"] as const) : (["dev"] as const)) {
    for (const s of scored.filter((x) => x.file.set === set)) {
      rows.push({
        name: s.file.name,
        gold: s.gold.length,
        predicted: s.predicted.length,
        figures: figuresOf(s.counts),
      });
    }
  }
  rules.add(rows.length);
  for (const set of sets) {
    const members = scored.filter((s) => set === "all" || s.file.set === set);
    if (members.length === 0) continue;
    const counts = sumCounts(members.map((s) => s.counts));
    totals.push({ set, counts });
    rows.push({
      name: `TOTAL ${set} (${members.length} files)`,
      gold: members.reduce((n, s) => n + s.gold.length, 0),
      predicted: members.reduce((n, s) => n + s.predicted.length, 0),
      figures: figuresOf(counts),
    });
  }
  if (scored.length > 0) {
    console.log(
      `tagger ${TAGGER_VERSION}; scores weighted by non-space characters; issuer excluded from countries\n`,
    );
    console.log(formatTable(rows, rules));
    if (!showHoldout) console.log("(holdout rows hidden: its total is above; --show-holdout shows them)");
    console.log("");
    for (const t of totals) console.log(formatChecks(`${t.set} total`, checkTargets(figuresOf(t.counts))));
  }

  if (args.json !== undefined) {
    const report = {
      taggerVersion: TAGGER_VERSION,
      skipped,
      errors,
      files: scored
        .filter((s) => showHoldout || s.file.set !== "holdout")
        .map((s) => ({
          name: s.file.name,
          set: s.file.set,
          source: s.file.fixture.source,
          goldStatements: s.gold.length,
          predictedStatements: s.predicted.length,
          counts: s.counts,
          figures: figuresOf(s.counts),
        })),
      totals: Object.fromEntries(
        totals.map((t) => [
          t.set,
          { counts: t.counts, figures: figuresOf(t.counts), targets: checkTargets(figuresOf(t.counts)) },
        ]),
      ),
    };
    writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`\nwrote ${args.json}`);
  }

  if (errors.length > 0) {
    console.error(
      `\n${errors.length} fixture(s) could not be scored:\n${errors.map((e) => `  ${e}`).join("\n")}`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = main();

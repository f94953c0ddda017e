/**
 * `npm run eval:agreement`: how far a second, blind reading of the fixtures' topics agrees with the
 * first (tests/fixtures/agreement/<set>/<slug>.json against tests/fixtures/<set>/<slug>.json), with
 * the eval's character-weighted P/R/F1 (fixture = gold, second reading = predicted, same boundaries,
 * non-space characters). Two careful readers' F1 is the ceiling a topic target can sensibly ask for,
 * and the topics where they part are where issue 2's definitions leave room.
 *
 *   npm run eval:agreement                                  per dev file, totals, per topic
 *   npm run eval:agreement -- --disagreements               also each dev statement whose sets differ
 *   npm run eval:agreement -- --show-holdout [--disagreements]   holdout rows (and statements) too
 *
 * As in `npm run eval`, holdout files count in the totals but their rows are hidden unless asked
 * for: rule writers must not read the holdout's labels. Works with whatever agreement files exist.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import {
  type AgreementFile,
  agreementProblems,
  compareTopics,
  type Disagreement,
  disagreements,
  type TopicComparison,
} from "./agreement-score.js";
import {
  corpusDir,
  FIXTURE_SETS,
  type FixtureFile,
  type FixtureSet,
  fixturesDir,
  isCorpusSource,
  listFixtures,
  readSource,
} from "./fixtures.js";
import { nonSpace } from "./intervals.js";
import { type Counts, prf } from "./score.js";

const agreementDir = join(fixturesDir, "agreement");

interface Compared {
  file: FixtureFile;
  statements: number;
  comparison: TopicComparison;
  differ: Disagreement[];
}

function listAgreement(): Array<{ set: FixtureSet; path: string; name: string }> {
  const out: Array<{ set: FixtureSet; path: string; name: string }> = [];
  for (const set of FIXTURE_SETS) {
    const dir = join(agreementDir, set);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (f.endsWith(".json")) out.push({ set, path: join(dir, f), name: `${set}/${f.slice(0, -5)}` });
    }
  }
  return out;
}

function compareOne(file: FixtureFile, second: AgreementFile): Compared {
  const first = file.fixture.statements;
  const problems = agreementProblems(first, second.statements);
  if (problems.length > 0) throw new Error(problems.join("; "));
  const measure = nonSpace(readSource(file));
  return {
    file,
    statements: first.length,
    comparison: compareTopics(first, second.statements, measure),
    differ: disagreements(first, second.statements),
  };
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const n = (x: number) => x.toFixed(3);

function table(head: string[], rows: string[][]): string[] {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cs: string[]) =>
    cs.map((c, i) => (i === 0 ? c.padEnd(widths[0] as number) : c.padStart(widths[i] as number))).join("  ");
  return [line(head), "-".repeat(line(head).length), ...rows.map(line)];
}

function fileRow(name: string, statements: number, differ: number, c: Counts): string[] {
  const f = prf(c);
  return [name, String(statements), String(differ), n(f.precision), n(f.recall), n(f.f1)];
}

function main(): number {
  let args: { disagreements?: boolean; "show-holdout"?: boolean; help?: boolean };
  try {
    args = parseArgs({
      options: {
        disagreements: { type: "boolean" },
        "show-holdout": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (e) {
    console.error((e as Error).message);
    args = { help: true };
  }
  if (args.help) {
    console.error("usage: npm run eval:agreement -- [--disagreements] [--show-holdout]");
    return 2;
  }
  const showHoldout = args["show-holdout"] === true;
  const fixtures = new Map(listFixtures().map((f) => [f.name, f]));
  const corpusPresent = existsSync(corpusDir);

  const compared: Compared[] = [];
  const skipped: string[] = [];
  const errors: string[] = [];
  for (const a of listAgreement()) {
    try {
      const second = JSON.parse(readFileSync(a.path, "utf8")) as AgreementFile;
      if (second.fixture !== a.name) throw new Error(`names fixture "${second.fixture}"`);
      const file = fixtures.get(a.name);
      if (!file) throw new Error("no such fixture");
      if (isCorpusSource(file.fixture.source) && !corpusPresent) {
        skipped.push(a.name);
        continue;
      }
      compared.push(compareOne(file, second));
    } catch (e) {
      errors.push(`${a.name}: ${(e as Error).message}`);
    }
  }
  if (skipped.length > 0) console.log(`skipped ${skipped.length} corpus file(s): ${corpusDir} not found\n`);

  const shown = (c: Compared) => showHoldout || c.file.set !== "holdout";
  const rows = compared.filter(shown).map((c) => {
    return fileRow(c.file.name, c.statements, c.differ.length, c.comparison.counts);
  });
  for (const set of [...FIXTURE_SETS, "all"] as const) {
    const members = compared.filter((c) => set === "all" || c.file.set === set);
    if (members.length === 0) continue;
    const of = set === "all" ? fixtures.size : [...fixtures.values()].filter((f) => f.set === set).length;
    rows.push(
      fileRow(
        `TOTAL ${set} (${members.length} of ${of} files)`,
        members.reduce((s, c) => s + c.statements, 0),
        members.reduce((s, c) => s + c.differ.length, 0),
        members.map((c) => c.comparison.counts).reduce(add, { tp: 0, fp: 0, fn: 0 }),
      ),
    );
  }
  if (compared.length > 0) {
    console.log(
      "topic agreement: second reading (as predicted) against the fixture's labels (as gold),\n" +
        "character-weighted over non-space characters, as npm run eval scores topics\n",
    );
    console.log(table(["file", "stmts", "differ", "top P", "top R", "top F1"], rows).join("\n"));
    if (!showHoldout) console.log("(holdout rows hidden: its total is above; --show-holdout shows them)");

    const byTopic = new Map<string, Counts>();
    for (const c of compared) {
      for (const [slug, k] of c.comparison.byTopic)
        byTopic.set(slug, add(byTopic.get(slug) ?? { tp: 0, fp: 0, fn: 0 }, k));
    }
    const topicRows = [...byTopic]
      .map(([slug, k]) => ({ slug, k, f1: prf(k).f1 }))
      .sort((a, b) => a.f1 - b.f1 || b.k.tp + b.k.fp + b.k.fn - (a.k.tp + a.k.fp + a.k.fn))
      .map(({ slug, k, f1 }) => [slug, String(k.fn), String(k.fp), String(k.tp), n(f1)]);
    console.log(`\nper topic over all ${compared.length} files (characters; least agreement first):\n`);
    console.log(table(["topic", "first only", "second only", "both", "F1"], topicRows).join("\n"));
  }

  if (args.disagreements) {
    console.log(
      `\nstatements whose topics differ${showHoldout ? "" : " (dev only; --show-holdout for the holdout)"}:`,
    );
    for (const c of compared.filter(shown)) {
      for (const d of c.differ) {
        console.log(
          `  ${c.file.name} #${d.index}  first [${d.first.join(", ")}]  second [${d.second.join(", ")}]`,
        );
      }
    }
  }

  if (errors.length > 0) {
    console.error(
      `\n${errors.length} agreement file(s) could not be compared:\n${errors.map((e) => `  ${e}`).join("\n")}`,
    );
    return 1;
  }
  return 0;
}

process.exitCode = main();

/**
 * The text word2vec learns from (tests/topic-model/train-vectors.py): every file of ../shared/corpus
 * except the holdout fixtures' sources and every file of a holdout briefing's day (news reports: within
 * two days, the way outlets report one briefing), as the topic features read words — tokens of
 * text-tokens.ts, stop words and numbers out, stemmed by topic-features.ts — so a vector exists for
 * exactly the key a `t:`/`q:` feature has. One paragraph per line, a blank line between files.
 *
 *   npx tsx tests/topic-model/vector-corpus.ts <out.txt>
 *
 * Only the holdout fixtures' `source` fields are read, never their labels.
 */

import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { featureStems } from "../../src/tagging/feature-words.js";
import { tokenize } from "../../src/tagging/text-tokens.js";

const corpusDir = fileURLToPath(new URL("../../../shared/corpus/", import.meta.url));
const holdoutDir = fileURLToPath(new URL("../fixtures/holdout/", import.meta.url));
const DAY_MS = 86_400_000;

/** Holdout sources as [shape, date]. */
function holdoutDays(): Array<[string, number]> {
  return readdirSync(holdoutDir)
    .filter((f) => f.endsWith(".json"))
    .map((f) => (JSON.parse(readFileSync(join(holdoutDir, f), "utf8")) as { source: string }).source)
    .map((s) => {
      const m = /^corpus:(\w+)\/(\d{4}-\d{2}-\d{2})/.exec(s);
      if (!m) throw new Error(`holdout source ${s} is not a corpus file`);
      return [m[1] as string, Date.parse(m[2] as string)];
    });
}

/** A file of a holdout briefing's day: any shape on the same date, a news report within two days. */
export function excluded(shape: string, date: number, holdout: ReadonlyArray<[string, number]>): boolean {
  return holdout.some(
    ([s, d]) => d === date || (s === "pkfo" && shape === "pkfo" && Math.abs(d - date) <= 2 * DAY_MS),
  );
}

/** A paragraph's feature words, space-separated (empty when it has none). */
function line(paragraph: string): string {
  const toks = tokenize(paragraph);
  return featureStems(toks).join(" ");
}

function main(): void {
  const out = process.argv[2];
  if (!out) throw new Error("usage: vector-corpus.ts <out.txt>");
  const holdout = holdoutDays();
  const docs: string[] = [];
  let skipped = 0;
  for (const shape of readdirSync(corpusDir).sort()) {
    if (!/^(cmfa|pkfo|wh)$/.test(shape)) continue;
    for (const f of readdirSync(join(corpusDir, shape)).sort()) {
      const m = /^(\d{4}-\d{2}-\d{2})/.exec(f);
      if (!m || !f.endsWith(".txt")) continue;
      if (excluded(shape, Date.parse(m[1] as string), holdout)) {
        skipped++;
        continue;
      }
      // The header's "date YYYY-MM-DD" is no text; the title after it is.
      const text = readFileSync(join(corpusDir, shape, f), "utf8").replace(/^date \d{4}-\d{2}-\d{2} /, "");
      const lines = text
        .split(/\n\s*\n/)
        .map(line)
        .filter((l) => l !== "");
      if (lines.length > 0) docs.push(lines.join("\n"));
    }
  }
  writeFileSync(out, `${docs.join("\n\n")}\n`);
  console.log(`${docs.length} files written, ${skipped} left out (holdout sources and their days)`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();

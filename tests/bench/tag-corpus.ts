/**
 * Tagging throughput over the shared corpus: every paragraph of every file is tagged as one statement.
 * Run: npx tsx tests/bench/tag-corpus.ts   (prints MB/s; not a timed test)
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { SplitStatement } from "../../src/extract/types.js";
import { tagStatements } from "../../src/tagging/tag-statements.js";

const corpus = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
if (!existsSync(corpus)) {
  console.error(`corpus not found at ${corpus}; nothing to measure`);
  process.exit(1);
}

const ISSUERS: Record<string, string> = { cmfa: "CN", pkfo: "PK", wh: "US" };

function paragraphs(text: string): SplitStatement[] {
  const out: SplitStatement[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({
      seq: out.length + 1,
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      speaker: null,
      question: null,
    });
  }
  return out;
}

const files: Array<{ text: string; issuer: string; statements: SplitStatement[] }> = [];
let bytes = 0;
for (const dir of Object.keys(ISSUERS)) {
  for (const name of readdirSync(join(corpus, dir)).filter((n) => n.endsWith(".txt"))) {
    const buf = readFileSync(join(corpus, dir, name));
    bytes += buf.length;
    const text = buf.toString("utf8");
    files.push({ text, issuer: ISSUERS[dir] as string, statements: paragraphs(text) });
  }
}

let tags = 0;
const runs: number[] = [];
const cpu: number[] = [];
for (let run = 0; run < 3; run++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  tags = 0;
  for (const f of files) {
    for (const st of tagStatements(f.text, f.statements, { issuer: f.issuer })) {
      tags += st.countries.length + st.regions.length + st.topics.length;
    }
  }
  runs.push((performance.now() - t0) / 1000);
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1e6);
}
const best = Math.min(...runs);
const mb = bytes / 1e6;
const bestCpu = Math.min(...cpu);
console.log(
  `${files.length} files, ${mb.toFixed(1)} MB, ${tags} tags; best of 3: ${best.toFixed(2)} s wall = ${(mb / best).toFixed(1)} MB/s` +
    ` (${bestCpu.toFixed(2)} s CPU = ${(mb / bestCpu).toFixed(1)} MB/s)`,
);

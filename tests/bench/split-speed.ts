/**
 * Splitting and tagging throughput over the whole shared corpus (issue 3: split + tag ≥ 2 MB/s).
 * Run: npx tsx tests/bench/split-speed.ts   (prints per folder and in total; not a timed test)
 *
 * Files are read before any clock starts; one unmeasured warm-up pass lets the JIT settle; then
 * `splitBriefing` alone and `extract` (split + tag) each run once over every file.
 */

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../../src/extract/extract.js";
import { splitBriefing } from "../../src/extract/split.js";

const corpus = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
if (!existsSync(corpus)) {
  console.error(`corpus not found at ${corpus}; nothing to measure`);
  process.exit(1);
}

interface Briefing {
  folder: string;
  name: string;
  bytes: number;
  text: string;
}

interface Tally {
  files: number;
  bytes: number;
  statements: number;
  splitMs: number;
  extractMs: number;
}

const briefings: Briefing[] = [];
for (const folder of readdirSync(corpus, { withFileTypes: true }).filter((d) => d.isDirectory())) {
  for (const name of readdirSync(join(corpus, folder.name)).sort()) {
    if (!name.endsWith(".txt")) continue;
    const buf = readFileSync(join(corpus, folder.name, name));
    briefings.push({ folder: folder.name, name, bytes: buf.length, text: buf.toString("utf8") });
  }
}

for (const b of briefings.slice(0, 100)) extract(b.text);

const times = briefings.map((b) => {
  const t0 = performance.now();
  splitBriefing(b.text);
  const t1 = performance.now();
  const { statements } = extract(b.text);
  const t2 = performance.now();
  return { b, statements: statements.length, splitMs: t1 - t0, extractMs: t2 - t1 };
});

const tallies = new Map<string, Tally>();
for (const key of [...new Set(briefings.map((b) => b.folder)), "total"]) {
  tallies.set(key, { files: 0, bytes: 0, statements: 0, splitMs: 0, extractMs: 0 });
}
for (const t of times) {
  for (const key of [t.b.folder, "total"]) {
    const tally = tallies.get(key) as Tally;
    tally.files++;
    tally.bytes += t.b.bytes;
    tally.statements += t.statements;
    tally.splitMs += t.splitMs;
    tally.extractMs += t.extractMs;
  }
}

const mbps = (bytes: number, ms: number) => (ms === 0 ? "∞" : (bytes / 1e6 / (ms / 1000)).toFixed(1));
const head = [
  "folder",
  "files",
  "MB",
  "statements",
  "split s",
  "split MB/s",
  "split+tag s",
  "split+tag MB/s",
];
const rows = [...tallies].map(([key, t]) => [
  key,
  String(t.files),
  (t.bytes / 1e6).toFixed(2),
  String(t.statements),
  (t.splitMs / 1000).toFixed(2),
  mbps(t.bytes, t.splitMs),
  (t.extractMs / 1000).toFixed(2),
  mbps(t.bytes, t.extractMs),
]);
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
const line = (cells: string[]) =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join("  ");
console.log(line(head));
for (const r of rows) console.log(line(r));

console.log("\nslowest 5 files (split + tag):");
for (const t of [...times].sort((a, b) => b.extractMs - a.extractMs).slice(0, 5)) {
  console.log(
    `  ${t.extractMs.toFixed(1).padStart(7)} ms  ${(t.b.bytes / 1e3).toFixed(1).padStart(6)} KB  ` +
      `${String(t.statements).padStart(4)} statements  ${t.b.folder}/${t.b.name}`,
  );
}

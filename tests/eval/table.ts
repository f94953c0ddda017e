/** Plain-text tables for the eval's console report. */

import type { Figures } from "./score.js";
import type { TargetCheck } from "./targets.js";

export interface Row {
  name: string;
  gold: number;
  predicted: number;
  figures: Figures;
}

const HEAD = [
  "stmts g/p",
  "cty P",
  "cty R",
  "cty F1",
  "reg P",
  "reg R",
  "reg F1",
  "top P",
  "top R",
  "top F1",
  "start F1",
  "cover",
  "leak",
];

function n(x: number): string {
  return x.toFixed(3);
}

function cells(r: Row): string[] {
  const f = r.figures;
  return [
    `${r.gold}/${r.predicted}`,
    n(f.countries.precision),
    n(f.countries.recall),
    n(f.countries.f1),
    n(f.regions.precision),
    n(f.regions.recall),
    n(f.regions.f1),
    n(f.topics.precision),
    n(f.topics.recall),
    n(f.topics.f1),
    n(f.starts.f1),
    n(f.coverage),
    n(f.leak),
  ];
}

/** One line per row, columns right-aligned under a header; a rule line before each `ruleBefore` index. */
export function formatTable(rows: readonly Row[], ruleBefore: ReadonlySet<number> = new Set()): string {
  const nameWidth = Math.max(4, ...rows.map((r) => r.name.length));
  const body = rows.map(cells);
  const widths = HEAD.map((h, i) => Math.max(h.length, ...body.map((c) => (c[i] as string).length)));
  const line = (name: string, cs: string[]) =>
    [name.padEnd(nameWidth), ...cs.map((c, i) => c.padStart(widths[i] as number))].join("  ");
  const rule = "-".repeat(line("", HEAD).length);
  const out = [line("file", HEAD), rule];
  body.forEach((cs, i) => {
    if (ruleBefore.has(i)) out.push(rule);
    out.push(line((rows[i] as Row).name, cs));
  });
  return out.join("\n");
}

/** "countries F1 0.962 ≥ 0.95 pass" for each target of one total. */
export function formatChecks(title: string, checks: readonly TargetCheck[]): string {
  const lines = checks.map(
    (c) =>
      `  ${c.metric.padEnd(13)} ${n(c.value)} ${c.kind === "min" ? "≥" : "≤"} ${c.threshold.toFixed(2)}  ${c.pass ? "pass" : "MISS"}`,
  );
  return [`targets on ${title}:`, ...lines].join("\n");
}

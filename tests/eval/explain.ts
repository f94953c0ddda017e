/**
 * `npm run eval -- --file <name>`: gold against predicted, statement by statement, for the people
 * writing rules. Shows each gold statement with the predicted statements overlapping it, their label
 * differences (issuer left out of countries, as in the score), the gold words no prediction covers and
 * the predicted words outside every gold statement.
 */

import { type Span, subtract, union } from "./intervals.js";
import type { ScoredStatement } from "./score.js";
import { matchStarts } from "./score.js";

export interface Explained extends ScoredStatement {
  speaker: string | null;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** A slice of the text on one line, shortened in the middle when long. */
export function snippet(text: string, span: Span, max = 110): string {
  const s = squash(text.slice(span.start, span.end));
  if (s.length <= max) return `"${s}"`;
  const half = Math.floor((max - 3) / 2);
  return `"${s.slice(0, half)} … ${s.slice(s.length - half)}"`;
}

function labels(list: readonly string[], ignore: string | null): string[] {
  return [...new Set(list)].filter((l) => l !== ignore).sort();
}

function diff(kind: string, gold: readonly string[], pred: readonly string[], ignore: string | null): string {
  const g = labels(gold, ignore);
  const p = labels(pred, ignore);
  const missing = g.filter((l) => !p.includes(l));
  const extra = p.filter((l) => !g.includes(l));
  const mark = missing.length + extra.length === 0 ? "ok" : `missing [${missing}] extra [${extra}]`;
  return `    ${kind.padEnd(9)} gold [${g}]  pred [${p}]  ${mark}`;
}

/** Spans with more than whitespace in them (the blank lines between statements are counted, not shown). */
function visible(text: string, spans: readonly Span[]): Span[] {
  return spans.filter((s) => text.slice(s.start, s.end).trim() !== "");
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The per-statement report as lines of text. */
export function explainFile(
  text: string,
  gold: readonly Explained[],
  predicted: readonly Explained[],
  issuer: string | null,
): string[] {
  const out: string[] = [];
  const goldSet = union(gold);
  const matchedStarts = new Set(
    matchStarts(
      gold.map((s) => s.start),
      predicted.map((s) => s.start),
    ).map((p) => p[1]),
  );
  const shown = new Set<number>();
  gold.forEach((g, gi) => {
    out.push(`gold #${gi + 1} ${g.start}..${g.end} (${g.speaker ?? "no speaker"}) ${snippet(text, g)}`);
    const hits = predicted.map((p, pi) => ({ p, pi })).filter(({ p }) => overlaps(p, g));
    if (hits.length === 0) out.push("  NO predicted statement overlaps it");
    for (const { p, pi } of hits) {
      const start = matchedStarts.has(p.start) ? "start ok" : `start off by ${p.start - g.start}`;
      const speaker = p.speaker === g.speaker ? "" : `, speaker ${p.speaker ?? "none"}`;
      out.push(`  pred #${pi + 1} ${p.start}..${p.end} (${start}, end off by ${p.end - g.end}${speaker})`);
      out.push(diff("countries", g.countries, p.countries, issuer));
      out.push(diff("regions", g.regions, p.regions, null));
      out.push(diff("topics", g.topics, p.topics, null));
      if (!shown.has(pi)) {
        for (const leak of visible(text, subtract(union([p]), goldSet))) {
          out.push(`    LEAKED ${snippet(text, leak)}`);
        }
        shown.add(pi);
      }
    }
    if (hits.length === 0) return;
    for (const miss of visible(text, subtract(union([g]), union(hits.map((h) => h.p))))) {
      out.push(`  MISSED ${snippet(text, miss)}`);
    }
  });
  const strays = predicted.map((p, pi) => ({ p, pi })).filter(({ p }) => !gold.some((g) => overlaps(p, g)));
  for (const { p, pi } of strays) {
    out.push(`pred #${pi + 1} ${p.start}..${p.end} overlaps no gold statement: ${snippet(text, p)}`);
  }
  return out;
}

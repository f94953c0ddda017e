/** The targets of issue 6, on this machine, checked against the benchmark's own figures. */
export interface CaseTarget {
  /** Minimum share of the ceiling's req/s. */
  minRatio?: number;
  maxP99Ms?: number;
}

export const TARGETS = {
  fastList: { minRatio: 0.7, maxP99Ms: 10 },
  search: { maxP99Ms: 50 },
  aggregate: { maxP99Ms: 100 },
  ingestMbPerS: 2,
  rssMb: 250,
  coldStartMs: 1000,
} as const;

export interface Verdict {
  met: boolean;
  /** "≥70% ceiling, p99 ≤ 10 ms" */
  target: string;
  /** What missed and by how much, empty when met. */
  miss: string;
}

export function describeTarget(t: CaseTarget): string {
  const parts: string[] = [];
  if (t.minRatio !== undefined) parts.push(`≥${Math.round(t.minRatio * 100)}% ceiling`);
  if (t.maxP99Ms !== undefined) parts.push(`p99 ≤ ${t.maxP99Ms} ms`);
  return parts.join(", ");
}

export function judgeCase(t: CaseTarget, ratio: number, p99Ms: number, errors: number): Verdict {
  const misses: string[] = [];
  if (t.minRatio !== undefined && !(ratio >= t.minRatio)) {
    misses.push(`ratio ${(ratio * 100).toFixed(0)}% < ${t.minRatio * 100}%`);
  }
  if (t.maxP99Ms !== undefined && !(p99Ms <= t.maxP99Ms)) {
    misses.push(
      `p99 ${p99Ms.toFixed(1)} ms = ${(p99Ms / t.maxP99Ms).toFixed(1)}× the ${t.maxP99Ms} ms limit`,
    );
  }
  if (errors > 0) misses.push(`${errors} errors`);
  return { met: misses.length === 0, target: describeTarget(t), miss: misses.join("; ") };
}

/** A "higher is better" (min) or "lower is better" (max) figure against its limit. */
export function judgeFigure(value: number, limit: number, kind: "min" | "max", unit: string): Verdict {
  const met = kind === "min" ? value >= limit : value <= limit;
  const target = `${kind === "min" ? "≥" : "≤"} ${limit} ${unit}`;
  const miss = met
    ? ""
    : `${value.toFixed(2)} ${unit} is ${(kind === "min" ? limit / value : value / limit).toFixed(2)}× off`;
  return { met, target, miss };
}

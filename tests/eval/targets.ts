import type { Figures } from "./score.js";

/** Issue 3's quality targets on the fixtures. */
export interface Target {
  /** Column name in the printed table and key in the JSON report. */
  metric: string;
  value: (f: Figures) => number;
  /** "min": the figure must reach the threshold; "max": it must not exceed it. */
  kind: "min" | "max";
  threshold: number;
}

export const TARGETS: readonly Target[] = [
  { metric: "countries F1", value: (f) => f.countries.f1, kind: "min", threshold: 0.95 },
  { metric: "regions F1", value: (f) => f.regions.f1, kind: "min", threshold: 0.95 },
  { metric: "topics F1", value: (f) => f.topics.f1, kind: "min", threshold: 0.85 },
  { metric: "starts F1", value: (f) => f.starts.f1, kind: "min", threshold: 0.9 },
  { metric: "coverage", value: (f) => f.coverage, kind: "min", threshold: 0.98 },
  { metric: "leak", value: (f) => f.leak, kind: "max", threshold: 0.01 },
];

export interface TargetCheck {
  metric: string;
  value: number;
  kind: "min" | "max";
  threshold: number;
  pass: boolean;
}

/** Each target checked against one total. */
export function checkTargets(f: Figures): TargetCheck[] {
  return TARGETS.map((t) => {
    const value = t.value(f);
    const pass = t.kind === "min" ? value >= t.threshold : value <= t.threshold;
    return { metric: t.metric, value, kind: t.kind, threshold: t.threshold, pass };
  });
}

/**
 * The eval's scorer (issue 3, "Measured quality"). Pure: statements in, counts and ratios out.
 *
 * Labels are scored by characters: for each label, the gold characters are the union of the gold
 * statements carrying it and the predicted characters the union of the predicted statements carrying
 * it; true positives are their overlap. Counts are summed over labels, and over files for totals,
 * before any ratio is taken, so long statements weigh more than short ones. The eval counts only
 * characters that are not whitespace (`nonSpace`), so the blank lines between statements weigh nothing.
 *
 * 0/0 conventions (so an empty file or a label nobody uses scores as "nothing wrong"):
 * - precision is 1 when nothing was predicted, recall is 1 when there was nothing to find,
 *   F1 is 0 when precision + recall is 0 (otherwise their harmonic mean);
 * - coverage is 1 when there are no gold characters, leak is 0 when there are no predicted ones.
 */

import { byLength, type Measure, overlap, type Span, size, union } from "./intervals.js";

export interface ScoredStatement extends Span {
  countries: readonly string[];
  regions: readonly string[];
  topics: readonly string[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface FileCounts {
  countries: Counts;
  regions: Counts;
  topics: Counts;
  /** Statement starts (one start each), not characters. */
  starts: Counts;
  /** Characters inside gold statements. */
  goldChars: number;
  /** Of those, the characters inside predicted statements. */
  coveredChars: number;
  /** Characters inside predicted statements. */
  predictedChars: number;
  /** Of those, the characters outside every gold statement. */
  leakedChars: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface Figures {
  countries: Prf;
  regions: Prf;
  topics: Prf;
  starts: Prf;
  coverage: number;
  leak: number;
}

/** A predicted start matches a gold start this many characters away or closer. */
export const START_TOLERANCE = 3;

type LabelKind = "countries" | "regions" | "topics";

/** Character-weighted counts for one kind of label; `ignore` (the issuer) is left out on both sides. */
export function labelCounts(
  gold: readonly ScoredStatement[],
  predicted: readonly ScoredStatement[],
  kind: LabelKind,
  ignore: string | null = null,
  measure: Measure = byLength,
): Counts {
  const goldBy = spansByLabel(gold, kind, ignore);
  const predBy = spansByLabel(predicted, kind, ignore);
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  for (const label of new Set([...goldBy.keys(), ...predBy.keys()])) {
    const g = union(goldBy.get(label) ?? []);
    const p = union(predBy.get(label) ?? []);
    const tp = overlap(g, p, measure);
    counts.tp += tp;
    counts.fp += size(p, measure) - tp;
    counts.fn += size(g, measure) - tp;
  }
  return counts;
}

function spansByLabel(
  statements: readonly ScoredStatement[],
  kind: LabelKind,
  ignore: string | null,
): Map<string, Span[]> {
  const by = new Map<string, Span[]>();
  for (const s of statements) {
    for (const label of new Set(s[kind])) {
      if (label === ignore) continue;
      const list = by.get(label);
      if (list) list.push(s);
      else by.set(label, [s]);
    }
  }
  return by;
}

/**
 * One-to-one matching of predicted starts to gold starts within `tolerance` characters. Both lists
 * are walked in order and each predicted start takes the earliest unmatched gold start in reach,
 * which is a maximum matching for points on a line. Returns the matched pairs [gold, predicted].
 */
export function matchStarts(
  gold: readonly number[],
  predicted: readonly number[],
  tolerance = START_TOLERANCE,
): Array<[number, number]> {
  const g = [...gold].sort((a, b) => a - b);
  const p = [...predicted].sort((a, b) => a - b);
  const pairs: Array<[number, number]> = [];
  let i = 0;
  for (const start of p) {
    while (i < g.length && (g[i] as number) < start - tolerance) i++;
    if (i < g.length && (g[i] as number) <= start + tolerance) {
      pairs.push([g[i] as number, start]);
      i++;
    }
  }
  return pairs;
}

/**
 * Every count of one file: labels (issuer excluded from countries), starts, coverage and leak, with
 * characters counted by `measure` (every character unless told otherwise).
 */
export function countFile(
  gold: readonly ScoredStatement[],
  predicted: readonly ScoredStatement[],
  issuer: string | null,
  measure: Measure = byLength,
): FileCounts {
  const matched = matchStarts(
    gold.map((s) => s.start),
    predicted.map((s) => s.start),
  ).length;
  const g = union(gold);
  const p = union(predicted);
  const common = overlap(g, p, measure);
  return {
    countries: labelCounts(gold, predicted, "countries", issuer, measure),
    regions: labelCounts(gold, predicted, "regions", null, measure),
    topics: labelCounts(gold, predicted, "topics", null, measure),
    starts: { tp: matched, fp: predicted.length - matched, fn: gold.length - matched },
    goldChars: size(g, measure),
    coveredChars: common,
    predictedChars: size(p, measure),
    leakedChars: size(p, measure) - common,
  };
}

const ZERO: FileCounts = {
  countries: { tp: 0, fp: 0, fn: 0 },
  regions: { tp: 0, fp: 0, fn: 0 },
  topics: { tp: 0, fp: 0, fn: 0 },
  starts: { tp: 0, fp: 0, fn: 0 },
  goldChars: 0,
  coveredChars: 0,
  predictedChars: 0,
  leakedChars: 0,
};

function addPair(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

/** The counts of several files summed (totals are ratios of sums, not means of ratios). */
export function sumCounts(files: readonly FileCounts[]): FileCounts {
  return files.reduce(
    (acc, f) => ({
      countries: addPair(acc.countries, f.countries),
      regions: addPair(acc.regions, f.regions),
      topics: addPair(acc.topics, f.topics),
      starts: addPair(acc.starts, f.starts),
      goldChars: acc.goldChars + f.goldChars,
      coveredChars: acc.coveredChars + f.coveredChars,
      predictedChars: acc.predictedChars + f.predictedChars,
      leakedChars: acc.leakedChars + f.leakedChars,
    }),
    ZERO,
  );
}

/** Precision, recall and F1 with the 0/0 conventions of this module's header. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** The ratios the eval prints for a file or a total. */
export function figuresOf(c: FileCounts): Figures {
  return {
    countries: prf(c.countries),
    regions: prf(c.regions),
    topics: prf(c.topics),
    starts: prf(c.starts),
    coverage: c.goldChars === 0 ? 1 : c.coveredChars / c.goldChars,
    leak: c.predictedChars === 0 ? 0 : c.leakedChars / c.predictedChars,
  };
}

/**
 * Inter-annotator agreement on topics: a second, blind reading of a fixture's statements
 * (tests/fixtures/agreement/<set>/<slug>.json) against the fixture's own labels. Pure.
 *
 * It is the eval's metric, not a look-alike: the fixture is "gold", the second reading is
 * "predicted", and both go through score.ts's `labelCounts` on the same boundaries, so the figure
 * is directly comparable with the engine's topic F1 (how far two careful readings agree is the
 * ceiling a tagger can be asked to reach on these fixtures).
 */

import { byLength, type Measure } from "./intervals.js";
import { type Counts, labelCounts, type ScoredStatement } from "./score.js";
import { TOPIC_SLUGS } from "./validate-fixture.js";

export interface TopicReading {
  start: number;
  /** Exclusive. */
  end: number;
  topics: readonly string[];
}

/** One file of tests/fixtures/agreement/<set>/. */
export interface AgreementFile {
  /** The fixture it reads again: "dev/seed", "holdout/pkfo-2025-07-05-dawn-saarc". */
  fixture: string;
  annotator: string;
  statements: TopicReading[];
}

export interface TopicComparison {
  /** Summed over topics, as the eval sums them: fn = first reading only, fp = second only. */
  counts: Counts;
  /** The same counts topic by topic (they add up to `counts`). */
  byTopic: Map<string, Counts>;
}

export interface Disagreement {
  /** 0-based statement index within the fixture. */
  index: number;
  first: string[];
  second: string[];
}

function asScored(readings: readonly TopicReading[], only?: string): ScoredStatement[] {
  return readings.map((r) => ({
    start: r.start,
    end: r.end,
    countries: [],
    regions: [],
    topics: only === undefined ? r.topics : r.topics.filter((t) => t === only),
  }));
}

/**
 * Character-weighted topic counts of the second reading against the first: the total through the
 * eval's own `labelCounts`, and per topic by scoring each slug alone the same way.
 */
export function compareTopics(
  first: readonly TopicReading[],
  second: readonly TopicReading[],
  measure: Measure = byLength,
): TopicComparison {
  const counts = labelCounts(asScored(first), asScored(second), "topics", null, measure);
  const byTopic = new Map<string, Counts>();
  const slugs = new Set([...first, ...second].flatMap((r) => r.topics));
  for (const slug of [...slugs].sort()) {
    byTopic.set(slug, labelCounts(asScored(first, slug), asScored(second, slug), "topics", null, measure));
  }
  return { counts, byTopic };
}

/** Statements whose two topic sets differ (order and repeats ignored); both readings share boundaries. */
export function disagreements(
  first: readonly TopicReading[],
  second: readonly TopicReading[],
): Disagreement[] {
  const out: Disagreement[] = [];
  first.forEach((f, index) => {
    const a = [...new Set(f.topics)].sort();
    const b = [...new Set(second[index]?.topics ?? [])].sort();
    if (a.join(",") !== b.join(",")) out.push({ index, first: a, second: b });
  });
  return out;
}

/**
 * Why a second reading cannot be compared with its fixture (empty when it can): it must have
 * exactly the fixture's statements, in order, with the same offsets, and only issue 2's slugs.
 */
export function agreementProblems(first: readonly TopicReading[], second: readonly TopicReading[]): string[] {
  const problems: string[] = [];
  if (first.length !== second.length) {
    problems.push(`${second.length} statements, the fixture has ${first.length}`);
  }
  second.forEach((s, i) => {
    const f = first[i];
    if (f && (f.start !== s.start || f.end !== s.end)) {
      problems.push(`statement ${i}: ${s.start}..${s.end}, the fixture has ${f.start}..${f.end}`);
    }
    for (const t of s.topics) if (!TOPIC_SLUGS.has(t)) problems.push(`statement ${i}: unknown topic "${t}"`);
  });
  return problems;
}

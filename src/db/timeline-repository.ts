import { createGenerationCache } from "./facet-cache.js";
import type { FacetRepository } from "./facet-repository.js";
import type { SearchQuery } from "./search-parse.js";
import { emptyFilter, type StatementFilter } from "./statement-filter.js";
import { dateToDay, type Interval, type Period, periodOf } from "./timeline-periods.js";

export interface TimelinePoint extends Period {
  /** Statements of the period matching every filter. */
  count: number;
  /** Statements of the period from the same sources (issuer, speaker, briefing), whatever they concern. */
  total: number;
  /** count / total, or null when the period has no statements at all. */
  share: number | null;
}

/**
 * The statements a share is taken of: the same sources and dates, without the content conditions
 * (countries, regions, topics, basis, search). A busy week then raises `total` as much as `count`.
 */
export function populationOf(f: StatementFilter): StatementFilter {
  return {
    ...emptyFilter,
    issuers: f.issuers,
    speakers: f.speakers,
    briefingIds: f.briefingIds,
    from: f.from,
    to: f.to,
  };
}

function perDay(counts: { value: string | number; count: number }[]): Map<number, number> {
  return new Map(counts.map((c) => [Number(c.value), c.count]));
}

/** Counts per period, every period from the first to the last day with statements (within from/to). */
export function createTimelineRepository(facets: FacetRepository, generation: () => string) {
  const memo = createGenerationCache<TimelinePoint[]>(generation, 64);

  function compute(f: StatementFilter, search: SearchQuery | null, interval: Interval): TimelinePoint[] {
    const totals = perDay(facets.counts(populationOf(f), null, ["day"]));
    const counts = perDay(facets.counts(f, search, ["day"]));
    if (totals.size === 0) return [];
    const days = [...totals.keys()];
    const first = Math.max(Math.min(...days), f.from ? dateToDay(f.from) : -Infinity);
    const last = Math.min(Math.max(...days), f.to ? dateToDay(f.to) : Infinity);
    const points: TimelinePoint[] = [];
    for (let day = first; day <= last; ) {
      const p = periodOf(day, interval);
      let count = 0;
      let total = 0;
      for (let d = Math.max(p.first, first); d < Math.min(p.next, last + 1); d++) {
        count += counts.get(d) ?? 0;
        total += totals.get(d) ?? 0;
      }
      points.push({
        period: p.period,
        start: p.start,
        end: p.end,
        count,
        total,
        share: total === 0 ? null : Math.round((count / total) * 1e6) / 1e6,
      });
      day = p.next;
    }
    return points;
  }

  return {
    timeline(f: StatementFilter, search: SearchQuery | null, interval: Interval): TimelinePoint[] {
      return memo(facets.keyOf(f, search, interval), () => compute(f, search, interval));
    },
  };
}

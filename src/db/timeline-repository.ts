import type { FacetRepository } from "./facet-repository.js";
import { DAY_SPAN } from "./ordering-key.js";
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

/**
 * Counts per period, every period from the first to the last day with statements (within from/to).
 * Each period's count is the difference of two "statements before this day" look-ups on the filtered
 * set (binary searches on the facet snapshot), so a timeline costs a few microseconds per period and
 * holds nothing per day; repeated requests are served by the response cache.
 */
export function createTimelineRepository(facets: FacetRepository) {
  return {
    timeline(f: StatementFilter, search: SearchQuery | null, interval: Interval): TimelinePoint[] {
      const totals = facets.counter(populationOf(f), null);
      if (totals.first === null || totals.last === null) return [];
      const counts = facets.counter(f, search);
      const first = Math.max(Math.floor(totals.first / DAY_SPAN), f.from ? dateToDay(f.from) : -Infinity);
      const last = Math.min(Math.floor(totals.last / DAY_SPAN), f.to ? dateToDay(f.to) : Infinity);
      const points: TimelinePoint[] = [];
      for (let day = first; day <= last; ) {
        const p = periodOf(day, interval);
        const lo = Math.max(p.first, first) * DAY_SPAN;
        const hi = Math.min(p.next, last + 1) * DAY_SPAN;
        const count = counts.before(hi) - counts.before(lo);
        const total = totals.before(hi) - totals.before(lo);
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
    },
  };
}

import type { DataBounds } from "./data-generation.js";
import type { StatementFilter } from "./statement-filter.js";
import { filterRange } from "./statement-sql.js";

/**
 * The memo key of a query over a filter: the filter with its dates replaced by the key range they
 * select, clamped to the stored keys. Date bounds beyond the data (to=2100-01-01) select the same
 * statements as none, so they share memoized counts, facets, rankings and plans.
 */
export function filterKey(
  f: StatementFilter,
  match: string | null,
  bounds: DataBounds,
  ...extra: unknown[]
): string {
  const r = filterRange(f);
  const lo = bounds.first === null ? r.lo : Math.max(r.lo ?? bounds.first, bounds.first);
  const hi = bounds.end === null ? r.hi : Math.min(r.hi ?? bounds.end, bounds.end);
  return JSON.stringify([{ ...f, from: null, to: null }, lo, hi, match, ...extra]);
}

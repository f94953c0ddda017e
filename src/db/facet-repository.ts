import { createDataGeneration } from "./data-generation.js";
import { createGenerationCache } from "./facet-cache.js";
import { countDimensions, type Dimension, type DimensionCount } from "./facet-sql.js";
import type { PodiumDb } from "./open-database.js";
import { countriesByCode, regionsById, topicsBySlug } from "./reference-catalog.js";
import type { SearchQuery } from "./search-parse.js";
import { createPlanner } from "./search-plan.js";
import { createStatementCache } from "./statement-cache.js";
import type { StatementFilter } from "./statement-filter.js";
import { dayToDate, monthLabel } from "./timeline-periods.js";

export const FACET_NAMES = ["country", "region", "topic", "speaker", "issuer", "month"] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export type Facets = Partial<Record<FacetName, FacetValue[]>>;

function label(facet: FacetName, value: string): string {
  switch (facet) {
    case "country":
    case "issuer":
      return countriesByCode.get(value)?.name ?? value;
    case "region":
      return regionsById.get(value)?.name ?? value;
    case "topic":
      return topicsBySlug.get(value)?.label ?? value;
    case "month":
      return monthLabel(value);
    case "speaker":
      return value;
  }
}

const byCount = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value);

/** Turn raw dimension counts into labelled facets; days are summed into months. */
export function toFacets(names: readonly FacetName[], counts: DimensionCount[]): Facets {
  const facets: Facets = {};
  for (const name of names) {
    const sums = new Map<string, number>();
    for (const c of counts) {
      if (name === "month" ? c.dimension !== "day" : c.dimension !== name) continue;
      const value = name === "month" ? dayToDate(Number(c.value)).slice(0, 7) : String(c.value);
      sums.set(value, (sums.get(value) ?? 0) + c.count);
    }
    const values = [...sums].map(([value, count]) => ({ value, label: label(name, value), count }));
    facets[name] =
      name === "month" ? values.sort((a, b) => a.value.localeCompare(b.value)) : values.sort(byCount);
  }
  return facets;
}

/** Aggregates over filtered statement sets, memoized per data generation. */
export function createFacetRepository(pdb: PodiumDb) {
  const prepare = createStatementCache(pdb.sqlite);
  const generation = createDataGeneration(pdb.sqlite);
  const planner = createPlanner(pdb.sqlite, generation);
  const memo = createGenerationCache<DimensionCount[]>(generation);

  function counts(f: StatementFilter, search: SearchQuery | null, dimensions: Dimension[]): DimensionCount[] {
    const key = JSON.stringify([f, search?.match ?? null, dimensions]);
    return memo(key, () => countDimensions(prepare, planner, f, search, dimensions));
  }

  return {
    counts,
    facets(f: StatementFilter, search: SearchQuery | null, names: readonly FacetName[]): Facets {
      const dimensions = [...new Set(names.map((n): Dimension => (n === "month" ? "day" : n)))].sort();
      return toFacets(names, counts(f, search, dimensions));
    },
  };
}

export type FacetRepository = ReturnType<typeof createFacetRepository>;

import { createDataBounds, createDataGeneration } from "./data-generation.js";
import { createGenerationCache } from "./facet-cache.js";
import { countOnSnapshot, evaluate, type OrdinalSet, ordinalsOf, size } from "./facet-eval.js";
import { createFacetIndex, type FacetIndex } from "./facet-index.js";
import { filterKey } from "./facet-key.js";
import type { Snapshot } from "./facet-snapshot.js";
import { lowerBound, lowerBoundKeys } from "./facet-snapshot.js";
import { countDimensions, type Dimension, type DimensionCount, matchedSet } from "./facet-sql.js";
import type { PodiumDb } from "./open-database.js";
import { DAY_SPAN } from "./ordering-key.js";
import { countriesByCode, regionsById, topicsBySlug } from "./reference-catalog.js";
import type { SearchQuery } from "./search-parse.js";
import { createPlanner } from "./search-plan.js";
import { createStatementCache } from "./statement-cache.js";
import type { StatementFilter } from "./statement-filter.js";
import { dayToDate, monthLabel } from "./timeline-periods.js";

/** The longest a request waits for a facet snapshot being built before it is answered by SQL. */
export const AGGREGATE_WAIT_MS = 15_000;

export const FACET_NAMES = ["country", "region", "topic", "speaker", "issuer", "month"] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export type Facets = Partial<Record<FacetName, FacetValue[]>>;

/** Where a filtered set's statements lie in time: what timelines need, whatever the period. */
export interface KeyCounter {
  /** Date keys of the set's first and last statement; null when the set is empty. */
  first: number | null;
  last: number | null;
  /** How many statements of the set have a date key below `key`. */
  before(key: number): number;
}

/** A counter over a set of the snapshot: binary searches, no per-day arrays. */
function snapshotCounter(snap: Snapshot, set: OrdinalSet): KeyCounter {
  const { keys } = snap;
  const list = set.list;
  const n = size(set);
  const firstOrdinal = list ? list[0] : set.lo;
  const lastOrdinal = list ? list[n - 1] : set.hi - 1;
  return {
    first: n === 0 ? null : (keys[firstOrdinal as number] as number),
    last: n === 0 ? null : (keys[lastOrdinal as number] as number),
    before(key) {
      const o = lowerBoundKeys(keys, key);
      return list ? lowerBound(list, o) : Math.min(Math.max(o, set.lo), set.hi) - set.lo;
    },
  };
}

/** A counter from per-day counts (the SQL path, before a snapshot is ready). */
function dayCounter(counts: DimensionCount[]): KeyCounter {
  const byDay = counts.map((c) => [Number(c.value), c.count] as const).sort((a, b) => a[0] - b[0]);
  const days = Float64Array.from(byDay, ([day]) => day);
  const cumulative = new Float64Array(byDay.length + 1);
  byDay.forEach(([, count], i) => {
    cumulative[i + 1] = (cumulative[i] as number) + count;
  });
  return {
    first: days.length === 0 ? null : (days[0] as number) * DAY_SPAN,
    last: days.length === 0 ? null : (days[days.length - 1] as number) * DAY_SPAN,
    before: (key) => cumulative[lowerBoundKeys(days, Math.ceil(key / DAY_SPAN))] as number,
  };
}

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

/**
 * Aggregates over filtered statement sets: counts, facets, day counts (timelines) and per-tag totals.
 * Answered from the facet snapshot when it matches the data (milliseconds at 1M statements), else
 * by SQL over the indexes (exact, slower on large sets); either way memoized per data generation.
 */
export function createFacetRepository(pdb: PodiumDb, options: { snapshot?: boolean } = {}) {
  const prepare = createStatementCache(pdb.sqlite);
  const generation = createDataGeneration(pdb.sqlite);
  const bounds = createDataBounds(pdb.sqlite, generation);
  const planner = createPlanner(pdb.sqlite, generation, bounds);
  const index: FacetIndex =
    options.snapshot === false
      ? { current: () => null, settled: () => Promise.resolve(), ready: () => Promise.resolve() }
      : createFacetIndex(pdb, generation);
  // A count is ~80 bytes as an object; a month facet over decades holds thousands of days.
  const memo = createGenerationCache<DimensionCount[]>(generation, {
    maxBytes: 8 * 1024 * 1024,
    sizeOf: (counts) => counts.length * 80,
  });
  const totals = createGenerationCache<number>(generation);
  const tagMemo = createGenerationCache<Map<string, number>>(generation, { sizeOf: (m) => m.size * 80 });

  /** The set of a filter on the snapshot; a search or briefing filter is resolved by SQL first. */
  function ordinals(snap: Snapshot, f: StatementFilter, search: SearchQuery | null): OrdinalSet {
    if (!search && f.briefingIds.length === 0) return evaluate(snap, f);
    const set = matchedSet(planner, f, search);
    const keys = prepare<(string | number)[], number>(`${set.sql} SELECT pk FROM m ORDER BY pk`)
      .pluck()
      .all(...set.params);
    return { lo: 0, hi: snap.keys.length, list: ordinalsOf(snap, keys) };
  }

  function counts(f: StatementFilter, search: SearchQuery | null, dimensions: Dimension[]): DimensionCount[] {
    const key = filterKey(f, search?.match ?? null, bounds(), dimensions);
    return memo(key, () => {
      const snap = index.current();
      if (!snap) return countDimensions(prepare, planner, f, search, dimensions);
      return countOnSnapshot(snap, ordinals(snap, f, search), dimensions, f.textBasisOnly);
    });
  }

  return {
    counts,
    /** The memo key of a filter (dates clamped to the stored keys). */
    keyOf: (f: StatementFilter, search: SearchQuery | null, ...extra: unknown[]) =>
      filterKey(f, search?.match ?? null, bounds(), ...extra),
    /** The facet snapshot when it matches the data, else null (see FacetIndex). */
    snapshot: (): Snapshot | null => index.current(),
    /** Resolves once a snapshot being built is ready (warm-up, tests). */
    settled: () => index.settled(),
    /**
     * Resolves when aggregates can be answered from a current snapshot, or when none is coming soon:
     * the build failed, waits after a stale one, or takes longer than AGGREGATE_WAIT_MS, or the data is
     * small enough for SQL to answer sooner (WAIT_FROM_STATEMENTS, after a write). Requests for
     * counts, facets and timelines await it. While a snapshot builds (~4 s after start at 1M statements),
     * the SQL fallback costs ~1.3 s per request with the event loop blocked, and leaves tens of MB of
     * sorter and page-cache memory behind in the allocator; waiting costs nothing of either.
     */
    ready: (maxMs = AGGREGATE_WAIT_MS) => index.ready(maxMs),
    facets(f: StatementFilter, search: SearchQuery | null, names: readonly FacetName[]): Facets {
      const dimensions = [...new Set(names.map((n): Dimension => (n === "month" ? "day" : n)))].sort();
      return toFacets(names, counts(f, search, dimensions));
    },
    /** Where the statements matching lie in time (see KeyCounter). */
    counter(f: StatementFilter, search: SearchQuery | null): KeyCounter {
      const snap = index.current();
      if (snap) return snapshotCounter(snap, ordinals(snap, f, search));
      return dayCounter(counts(f, search, ["day"]));
    },
    /** Exact number of statements matching, or null when only SQL can tell (the caller counts). */
    total(f: StatementFilter, search: SearchQuery | null): number | null {
      const snap = index.current();
      if (!snap) return null;
      return totals(filterKey(f, search?.match ?? null, bounds()), () => size(ordinals(snap, f, search)));
    },
    /** Statements per tag ("kind:value"), over the whole database. */
    tagTotals(): Map<string, number> {
      const snap = index.current();
      if (snap) return new Map([...snap.tags].map(([tag, p]) => [tag, p.any.length]));
      return tagMemo(
        "tags",
        () =>
          new Map(
            prepare<[], { tag: string; n: number }>(
              "SELECT kind || ':' || value AS tag, count(*) AS n FROM statement_tag GROUP BY kind, value",
            )
              .all()
              .map((r) => [r.tag, r.n]),
          ),
      );
    },
  };
}

export type FacetRepository = ReturnType<typeof createFacetRepository>;

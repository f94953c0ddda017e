/**
 * Podium memoizes plans, rankings, counts and facets per data generation and query, so a benchmark
 * that repeats one URL measures cache hits. The uncached variant gives every request its own `to`
 * date far beyond any briefing: a different cache key for exactly the same statements.
 */
const FIRST = Date.UTC(2100, 0, 1);
const MS_PER_DAY = 86_400_000;

export function uniqueLaterDate(i: number): string {
  return new Date(FIRST + (i % 2_000_000) * MS_PER_DAY).toISOString().slice(0, 10);
}

export function withUniqueTo(path: string, i: number): string {
  return `${path}${path.includes("?") ? "&" : "?"}to=${uniqueLaterDate(i)}`;
}

/**
 * Podium memoizes plans, rankings, counts, facets, timelines and whole responses per data generation
 * and query, so a benchmark that repeats one URL measures cache hits. The uncached variant gives each
 * request its own `to` date, walking back a day per request from the newest briefing over ten years:
 * 3,650 distinct keys (far more than any of the caches keeps), each a real date range that selects a
 * slightly smaller set, so every request does the work of a query nobody asked just before.
 * (A `to` beyond the data would not do: Podium keys date ranges by the statements they select.)
 */
const SPAN_DAYS = 3650;
const MS_PER_DAY = 86_400_000;

export function distinctTo(newest: string, i: number): string {
  const back = ((i % SPAN_DAYS) + SPAN_DAYS) % SPAN_DAYS;
  return new Date(Date.parse(`${newest}T00:00:00Z`) - back * MS_PER_DAY).toISOString().slice(0, 10);
}

export function withDistinctTo(path: string, newest: string, i: number): string {
  return `${path}${path.includes("?") ? "&" : "?"}to=${distinctTo(newest, i)}`;
}

import { openDatabase } from "../../src/db/open-database.js";
import { createStatementRepository, type ListRequest } from "../../src/db/statement-repository.js";
import { toSearch, toSort, toStatementFilter } from "../../src/http/statement-params.js";
import type { BenchParams } from "./bench-params.js";
import { traceSql } from "./sql-trace.js";
import { distinctTo } from "./uncached.js";

export interface Timing {
  mean_us: number;
  p99_us: number;
  runs: number;
}

export interface InProcessTiming {
  name: string;
  /** The same call repeated: the repositories' memos answer after the first. */
  hot: Timing;
  /** Every call with its own cache key (a distinct `to`, see uncached.ts): the work a miss costs. */
  uncached: Timing;
  /** Query plans of the statements one uncached call runs (with --explain). */
  plans?: string[];
}

const MIN_MS = 1000;
const MIN_RUNS = 5;
const MAX_RUNS = 20_000;

function time(fn: (i: number) => unknown): Timing {
  for (let i = 0; i < 3; i++) fn(-1 - i);
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < MAX_RUNS && (samples.length < MIN_RUNS || performance.now() - start < MIN_MS)) {
    const t0 = performance.now();
    fn(samples.length);
    samples.push((performance.now() - t0) * 1000);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((a, b) => a + b, 0) / samples.length;
  const p99 = samples[Math.min(samples.length - 1, Math.ceil(samples.length * 0.99) - 1)] ?? Number.NaN;
  return { mean_us: mean, p99_us: p99, runs: samples.length };
}

interface Query {
  country?: string;
  topic?: string;
  q?: string;
  sort?: "-date" | "date" | "relevance";
  facets?: boolean;
}

export interface InProcessResult {
  /** Milliseconds until the facet snapshot (built on a worker thread) was ready after the first use. */
  snapshot_ms: number;
  timings: InProcessTiming[];
}

/**
 * Microseconds per call of the repositories behind cases 2–6 (and the timeline), as the routes call
 * them, without HTTP; measured once the facet snapshot is ready, like a server that has been up a while.
 */
export async function inProcessTimings(
  databasePath: string,
  p: BenchParams,
  explain: boolean,
): Promise<InProcessResult> {
  const pdb = openDatabase(databasePath);
  const trace = traceSql(pdb.sqlite);
  const statements = createStatementRepository(pdb);
  const { facets, timelines } = statements;
  const t0 = performance.now();
  facets.snapshot();
  await facets.settled();
  const snapshotMs = performance.now() - t0;

  /** The work of one request of the case; `i` ≥ 0 makes the filter's cache key unique. */
  const call = (query: Query) => (i: number) => {
    const filter = toStatementFilter({ country: query.country, topic: query.topic });
    if (i >= 0) filter.to = distinctTo(p.csv.to, i);
    const search = toSearch(query.q);
    const req: ListRequest = { filter, search, sort: toSort(query.sort, search), limit: 20, after: null };
    const page = statements.list(req);
    return query.facets ? [page, facets.facets(filter, search, ["country", "topic"])] : page;
  };
  const timeline = (i: number) => {
    const filter = toStatementFilter({ country: p.country.code });
    if (i >= 0) filter.to = distinctTo(p.csv.to, i);
    return timelines.timeline(filter, null, "month");
  };
  const { code } = p.country;
  const cases: [string, Query][] = [
    ["country", { country: code }],
    ["country+topic", { country: code, topic: p.topic.slug }],
    ["q-rare", { q: p.words.rare.term, sort: "-date" }],
    ["q-medium", { q: p.words.medium.term, sort: "-date" }],
    ["q-common", { q: p.words.common.term, sort: "-date" }],
    ["q-relevance", { q: p.words.common.term, sort: "relevance" }],
    ["facets", { country: code, facets: true }],
  ];
  const calls: [string, (i: number) => unknown][] = [
    ...cases.map(([name, query]): [string, (i: number) => unknown] => [name, call(query)]),
    ["timeline", timeline],
  ];
  try {
    const timings = calls.map(([name, fn]) => {
      const hotFn = (_i: number) => fn(-1);
      const plans = explain
        ? trace.capture(() => fn(1_999_999)).map((q) => `${q.sql.trim()}\n${trace.plan(q)}`)
        : undefined;
      return { name, hot: time(hotFn), uncached: time(fn), ...(plans ? { plans } : {}) };
    });
    return { snapshot_ms: snapshotMs, timings };
  } finally {
    pdb.close();
  }
}

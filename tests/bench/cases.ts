import type { BenchParams } from "./bench-params.js";
import { type CaseTarget, TARGETS } from "./targets.js";

export interface ResponseSample {
  status: number;
  contentType: string;
  body: string;
}

export interface BenchCase {
  name: string;
  /** Path and query on the Podium server (the ceiling's is on its own server). */
  path: string;
  headers: Record<string, string>;
  target: CaseTarget;
  /**
   * Concurrent clients, when not the run's setting: one export of 10,000 statements takes the server
   * a second or more, so ten at once would finish none within a 10 s case; one client measures MB/s.
   */
  connections?: number;
  /** Also measure it with a distinct cache key per request (see uncached.ts). */
  uncachedToo: boolean;
  /** Why the answer shows the feature is not there yet; null when it is. */
  missing(sample: ResponseSample): string | null;
}

const json = { accept: "application/json" };

function parsed(sample: ResponseSample): Record<string, unknown> | null {
  try {
    return JSON.parse(sample.body) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/** A 400 means the API refused the parameter (the strict query schema): the feature is not there. */
function needsOk(sample: ResponseSample): string | null {
  if (sample.status >= 200 && sample.status < 300) return null;
  const detail = (parsed(sample)?.detail as string | undefined) ?? sample.body.slice(0, 200);
  return `HTTP ${sample.status}: ${detail}`;
}

/** The search really filtered: every returned statement contains the word. */
function searched(term: string) {
  return (sample: ResponseSample): string | null => {
    const refused = needsOk(sample);
    if (refused) return refused;
    const data = (parsed(sample)?.data ?? []) as { text?: string }[];
    const miss = data.find((s) => !(s.text ?? "").toLowerCase().includes(term));
    return miss ? `q was ignored: a result does not contain '${term}'` : null;
  };
}

export function benchCases(p: BenchParams): BenchCase[] {
  const country = `country=${p.country.code}`;
  const search = (name: string, term: string, sort: string): BenchCase => ({
    name,
    path: `/statements?q=${encodeURIComponent(term)}&sort=${sort}`,
    headers: json,
    target: TARGETS.search,
    uncachedToo: true,
    missing: searched(term),
  });
  return [
    {
      name: "country",
      path: `/statements?${country}`,
      headers: json,
      target: TARGETS.fastList,
      uncachedToo: true,
      missing: needsOk,
    },
    {
      name: "country+topic",
      path: `/statements?${country}&topic=${p.topic.slug}`,
      headers: json,
      target: TARGETS.fastList,
      uncachedToo: true,
      missing: needsOk,
    },
    search("q-rare", p.words.rare.term, "-date"),
    search("q-medium", p.words.medium.term, "-date"),
    search("q-common", p.words.common.term, "-date"),
    // Relevance ranks matches, so the most common word is its worst case.
    search("q-relevance", p.words.common.term, "relevance"),
    {
      name: "facets",
      path: `/statements?${country}&facets=country,topic`,
      headers: json,
      target: TARGETS.aggregate,
      uncachedToo: true,
      missing: (s) => needsOk(s) ?? (parsed(s)?.facets ? null : "the answer has no facets"),
    },
    // The path of this case is replaced by the page reached after following 500 cursors.
    {
      name: "deep-page",
      path: `/statements?${country}`,
      headers: json,
      target: TARGETS.fastList,
      uncachedToo: true,
      missing: needsOk,
    },
    {
      name: "timeline",
      path: `/timeline?${country}&interval=month`,
      headers: json,
      target: TARGETS.aggregate,
      uncachedToo: true,
      missing: needsOk,
    },
    {
      name: "csv",
      path: `/statements?from=${p.csv.from}&to=${p.csv.to}`,
      headers: { accept: "text/csv" },
      target: {},
      connections: 1,
      uncachedToo: false,
      missing: (s) =>
        needsOk(s) ??
        (s.contentType.startsWith("text/csv") ? null : `answered ${s.contentType}, not text/csv`),
    },
  ];
}

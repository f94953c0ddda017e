import type { PodiumDb } from "./open-database.js";

export interface DatabaseStats {
  briefings: number;
  statements: number;
  /** Tag rows by kind, and how many distinct values each kind uses. */
  tags: Record<"country" | "region" | "topic", { tags: number; values: number }>;
  /** Briefings per tagger version, most briefings first. */
  taggerVersions: { version: string; briefings: number }[];
  /** Briefings per issuer (null: unknown), most first. */
  issuers: { issuer: string | null; briefings: number }[];
  /** Header dates of the oldest and newest briefing, null when empty. */
  dates: { first: string | null; last: string | null };
}

/** Whole-database counts for `podium stats`. Counting statements reads the table, not statement_count. */
export function createStatsRepository(pdb: PodiumDb) {
  const { sqlite } = pdb;
  const totals = sqlite.prepare<
    [],
    { briefings: number; statements: number; first: string | null; last: string | null }
  >(
    `SELECT (SELECT count(*) FROM briefing) AS briefings, (SELECT count(*) FROM statement) AS statements,
       (SELECT min(date) FROM briefing) AS first, (SELECT max(date) FROM briefing) AS last`,
  );
  const tags = sqlite.prepare<[], { kind: "country" | "region" | "topic"; tags: number; values: number }>(
    'SELECT kind, count(*) AS tags, count(DISTINCT value) AS "values" FROM statement_tag GROUP BY kind',
  );
  const versions = sqlite.prepare<[], { version: string; briefings: number }>(
    `SELECT tagger_version AS version, count(*) AS briefings FROM briefing
       GROUP BY tagger_version ORDER BY briefings DESC, version`,
  );
  const issuers = sqlite.prepare<[], { issuer: string | null; briefings: number }>(
    "SELECT issuer, count(*) AS briefings FROM briefing GROUP BY issuer ORDER BY briefings DESC, issuer",
  );

  return {
    stats(): DatabaseStats {
      // One read transaction: the figures agree with each other even while an ingest writes.
      return sqlite.transaction(() => {
        const t = totals.get() ?? { briefings: 0, statements: 0, first: null, last: null };
        const byKind = {
          country: { tags: 0, values: 0 },
          region: { tags: 0, values: 0 },
          topic: { tags: 0, values: 0 },
        };
        for (const row of tags.all()) byKind[row.kind] = { tags: row.tags, values: row.values };
        return {
          briefings: t.briefings,
          statements: t.statements,
          tags: byKind,
          taggerVersions: versions.all(),
          issuers: issuers.all(),
          dates: { first: t.first, last: t.last },
        };
      })();
    },
  };
}

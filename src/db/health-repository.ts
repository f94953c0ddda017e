import type { PodiumDb } from "./open-database.js";

export interface DatabaseHealth {
  briefings: number;
  statements: number;
}

/** A cheap read that proves the database answers: both figures come from the small briefing table. */
export function createHealthRepository(pdb: PodiumDb) {
  const stmt = pdb.sqlite.prepare<[], { briefings: number; statements: number | null }>(
    "SELECT count(*) AS briefings, sum(statement_count) AS statements FROM briefing",
  );
  return {
    check(): DatabaseHealth {
      const row = stmt.get();
      return { briefings: row?.briefings ?? 0, statements: row?.statements ?? 0 };
    },
  };
}

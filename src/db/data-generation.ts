import type Database from "better-sqlite3";

/**
 * A cheap token that changes whenever the stored data may have changed: `PRAGMA data_version`
 * changes when another connection (the ingest CLI) commits, and `total_changes()` when this one
 * writes (the API's own POST/DELETE). ETags and every derived cache are keyed by it, so nothing
 * served after a write is computed from data before it. About 2 µs per call.
 */
export function createDataGeneration(sqlite: Database.Database): () => string {
  const dataVersion = sqlite.prepare("PRAGMA data_version").pluck();
  const totalChanges = sqlite.prepare("SELECT total_changes()").pluck();
  return () => `${dataVersion.get() as number}.${totalChanges.get() as number}`;
}

/** The smallest stored date key and one past the largest (nulls when nothing is stored). */
export interface DataBounds {
  first: number | null;
  end: number | null;
}

/** The stored key range, read once per data generation (two O(1) index look-ups). */
export function createDataBounds(sqlite: Database.Database, generation: () => string): () => DataBounds {
  const min = sqlite.prepare("SELECT min(pk) FROM statement").pluck();
  const max = sqlite.prepare("SELECT max(pk) FROM statement").pluck();
  let cachedFor = "";
  let bounds: DataBounds = { first: null, end: null };
  return () => {
    const gen = generation();
    if (gen !== cachedFor) {
      const hi = max.get() as number | null;
      bounds = { first: min.get() as number | null, end: hi === null ? null : hi + 1 };
      cachedFor = gen;
    }
    return bounds;
  };
}

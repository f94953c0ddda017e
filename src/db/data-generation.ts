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

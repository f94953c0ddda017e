import { parentPort, workerData } from "node:worker_threads";
import Database from "better-sqlite3";
import { buildSnapshot, toMessage } from "./facet-snapshot.js";

/**
 * Worker thread entry: build a facet snapshot of the database file in `workerData.path` on a
 * read-only connection of its own, inside one read transaction (one consistent picture, and the
 * server's thread never waits for it), and hand the arrays back without copying them.
 */
const { path } = workerData as { path: string };
const db = new Database(path, { readonly: true, fileMustExist: true });
// The build reads each index page once, in order: a page cache larger than a few pages only holds
// memory until the thread ends (SQLite's default here is 16 MB).
db.pragma("cache_size = -2048");
try {
  const snapshot = db.transaction(() => buildSnapshot(db))();
  const { message, transfer } = toMessage(snapshot);
  parentPort?.postMessage({ snapshot: message }, transfer);
} catch (err) {
  parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
} finally {
  db.close();
}

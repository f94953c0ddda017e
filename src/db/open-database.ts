import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { migrationsDir } from "../package-paths.js";
import * as schema from "./schema.js";

export type Drizzle = BetterSQLite3Database<typeof schema>;

export interface PodiumDb {
  sqlite: Database.Database;
  db: Drizzle;
  close(): void;
}

/**
 * SQLite's page cache per connection, in KiB: every b-tree's inner pages and the hot leaves of a
 * 1M-statement database. 16 MB answers uncached list pages as fast as 32 MB did (interleaved A/B over
 * country, country+topic and search pages: same median, mean within noise); 8 MB was ~25% slower on
 * average. The other half is resident memory the 250 MB budget needs more (the OS caches the file anyway).
 */
const CACHE_KIB = 16 * 1024;

/**
 * Open (creating if needed) the database, set the pragmas every connection needs, and apply
 * pending migrations. WAL lets readers go on while an ingest writes; busy_timeout makes a second
 * writer (the CLI next to the server) wait instead of failing at once. A new database gets 8 KiB
 * pages: a statement row (text, question and tags JSON) is ~2.5 KB, so 4 KiB pages held one row each
 * and wasted a third of the file. The page cache is larger than SQLite's default 2 MB, which made
 * most reads of a list page system calls; memory-mapping is left off, since mapped pages of a
 * multi-gigabyte file would count against the server's resident memory.
 */
export function openDatabase(path: string): PodiumDb {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  // Takes effect only while the file is still empty (before the first migration).
  sqlite.pragma("page_size = 8192");
  sqlite.pragma(`cache_size = -${CACHE_KIB}`);
  if (path !== ":memory:") sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsDir });
  return { sqlite, db, close: () => sqlite.close() };
}

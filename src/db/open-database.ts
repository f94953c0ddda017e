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
 * Open (creating if needed) the database, set the pragmas every connection needs, and apply
 * pending migrations. WAL lets readers go on while an ingest writes; busy_timeout makes a second
 * writer (the CLI next to the server) wait instead of failing at once.
 */
export function openDatabase(path: string): PodiumDb {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  if (path !== ":memory:") sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: migrationsDir });
  return { sqlite, db, close: () => sqlite.close() };
}

import type Database from "better-sqlite3";

/**
 * Dynamic queries (filter combinations, IN lists) repeat their SQL text; preparing costs more than
 * running a small indexed query, so prepared statements are kept per SQL text, up to a bound.
 */
export function createStatementCache(sqlite: Database.Database, max = 500) {
  const cache = new Map<string, Database.Statement>();
  return function prepare<P extends unknown[], R>(sql: string): Database.Statement<P, R> {
    let stmt = cache.get(sql);
    if (!stmt) {
      if (cache.size >= max) cache.delete(cache.keys().next().value as string);
      stmt = sqlite.prepare(sql);
      cache.set(sql, stmt);
    }
    return stmt as unknown as Database.Statement<P, R>;
  };
}

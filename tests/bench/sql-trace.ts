import type Database from "better-sqlite3";

export interface TracedQuery {
  sql: string;
  params: unknown[];
}

const RUNNERS = new Set(["all", "get", "iterate", "run"]);

/**
 * Record every statement a piece of code runs on this connection (SQL and bound parameters), so
 * the benchmark can show the query plans of exactly what the repositories execute. Install it
 * before the repositories prepare their statements.
 */
export function traceSql(sqlite: Database.Database) {
  let recording = false;
  const seen: TracedQuery[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  const wrap = (stmt: Database.Statement, sql: string): Database.Statement =>
    new Proxy(stmt, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, target);
        if (typeof value !== "function") return value;
        if (RUNNERS.has(String(prop))) {
          return (...params: unknown[]) => {
            if (recording) seen.push({ sql, params });
            return value.apply(target, params);
          };
        }
        // Chaining calls (pluck, raw, bind…) return the statement: keep the proxy.
        return (...args: unknown[]) => {
          const r = value.apply(target, args);
          return r === target ? receiver : r;
        };
      },
    });
  (sqlite as { prepare: unknown }).prepare = (sql: string) => wrap(prepare(sql), sql);

  return {
    /** The statements `fn` ran. */
    capture(fn: () => unknown): TracedQuery[] {
      seen.length = 0;
      recording = true;
      try {
        fn();
      } finally {
        recording = false;
      }
      return [...seen];
    },
    /** EXPLAIN QUERY PLAN of one traced statement, as an indented tree. */
    plan(q: TracedQuery): string {
      const rows = prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as {
        id: number;
        parent: number;
        detail: string;
      }[];
      const depth = new Map<number, number>([[0, 0]]);
      return rows
        .map((r) => {
          const d = (depth.get(r.parent) ?? 0) + 1;
          depth.set(r.id, d);
          return `${"  ".repeat(d)}${r.detail}`;
        })
        .join("\n");
    },
  };
}

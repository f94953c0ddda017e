import type Database from "better-sqlite3";
import { DAY_SPAN } from "./ordering-key.js";
import type { SearchQuery } from "./search-parse.js";
import type { Planner } from "./search-plan.js";
import type { StatementFilter } from "./statement-filter.js";
import { filterRange, type SqlPart, statementSource } from "./statement-sql.js";

/** A dimension counted over a filtered set; `day` feeds the month facet and timelines. */
export type Dimension = "country" | "region" | "topic" | "speaker" | "issuer" | "day";

export interface DimensionCount {
  dimension: Dimension;
  value: string | number;
  count: number;
}

type Prepare = <P extends unknown[], R>(sql: string) => Database.Statement<P, R>;

/** The filtered set as a materialized CTE `m(pk)`, walked by the planner's driver. */
export function matchedSet(planner: Planner, f: StatementFilter, search: SearchQuery | null): SqlPart {
  const match = search?.match ?? null;
  const range = filterRange(f);
  const source = statementSource(f, match, planner.plan(f, match, range, true), range);
  return { sql: `WITH m(pk) AS MATERIALIZED (SELECT ${source.key} ${source.sql})`, params: source.params };
}

function dimensionSql(d: Dimension, textOnly: boolean): SqlPart {
  switch (d) {
    case "country":
    case "region":
    case "topic":
      return {
        sql: `SELECT ? AS d, t.value AS v, count(*) AS n FROM m CROSS JOIN statement_tag t
          ON t.statement_pk = m.pk AND t.kind = ?${textOnly ? " AND t.basis = 'text'" : ""} GROUP BY t.value`,
        params: [d, d],
      };
    case "speaker":
    case "issuer":
      return {
        sql: `SELECT ? AS d, s.${d} AS v, count(*) AS n FROM m CROSS JOIN statement s ON s.pk = m.pk
          WHERE s.${d} IS NOT NULL GROUP BY s.${d}`,
        params: [d],
      };
    case "day":
      return { sql: `SELECT ? AS d, m.pk / ${DAY_SPAN} AS v, count(*) AS n FROM m GROUP BY 2`, params: [d] };
  }
}

/**
 * Counts per value of each dimension over the statements matching the filter, in one statement so
 * the filtered set is gathered once. Exact; the cost grows with the size of the set.
 */
export function countDimensions(
  prepare: Prepare,
  planner: Planner,
  f: StatementFilter,
  search: SearchQuery | null,
  dimensions: Dimension[],
): DimensionCount[] {
  if (dimensions.length === 0) return [];
  const set = matchedSet(planner, f, search);
  const parts = dimensions.map((d) => dimensionSql(d, f.textBasisOnly));
  const sql = `${set.sql} ${parts.map((p) => p.sql).join(" UNION ALL ")}`;
  const rows = prepare<(string | number)[], { d: Dimension; v: string | number; n: number }>(sql).all(
    ...set.params,
    ...parts.flatMap((p) => p.params),
  );
  return rows.map((r) => ({ dimension: r.d, value: r.v, count: r.n }));
}

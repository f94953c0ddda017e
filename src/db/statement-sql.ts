import { firstKeyOf, keyAfter } from "./ordering-key.js";
import type { StatementFilter } from "./statement-filter.js";

export interface SqlPart {
  sql: string;
  params: (string | number)[];
}

const placeholders = (n: number) => Array.from({ length: n }, () => "?").join(", ");

type TagKind = "country" | "region" | "topic";

function tagGroups(f: StatementFilter): [TagKind, string[]][] {
  return [
    ...f.regions.map((g): [TagKind, string[]] => ["region", g]),
    ...f.countries.map((g): [TagKind, string[]] => ["country", g]),
    ...f.topics.map((g): [TagKind, string[]] => ["topic", g]),
  ];
}

/**
 * FROM + WHERE for a filtered statement list, ordered by the date key `s.pk`.
 * When a tag condition has a single value, the tag index drives the scan: (kind, value,
 * statement_pk) is already in date order, so "tagged X, newest first" reads only the rows it returns.
 */
export function statementWhere(f: StatementFilter, keyBound: { op: "<" | ">"; key: number } | null): SqlPart {
  const groups = tagGroups(f);
  const basis = f.textBasisOnly ? " AND t.basis = 'text'" : "";
  const driverIndex = groups.findIndex(([, values]) => values.length === 1);
  const where: string[] = [];
  const params: (string | number)[] = [];
  let from = "statement s";
  let key = "s.pk";

  if (driverIndex >= 0) {
    const [kind, values] = groups[driverIndex] as [TagKind, string[]];
    from = "statement_tag t JOIN statement s ON s.pk = t.statement_pk";
    key = "t.statement_pk";
    where.push(`t.kind = ? AND t.value = ?${basis}`);
    params.push(kind, values[0] as string);
  }
  groups.forEach(([kind, values], i) => {
    if (i === driverIndex) return;
    where.push(
      `EXISTS (SELECT 1 FROM statement_tag t2 WHERE t2.statement_pk = s.pk AND t2.kind = ? AND t2.value IN (${placeholders(values.length)})${basis.replace("t.", "t2.")})`,
    );
    params.push(kind, ...values);
  });
  if (f.from) {
    where.push(`${key} >= ?`);
    params.push(firstKeyOf(f.from));
  }
  if (f.to) {
    where.push(`${key} < ?`);
    params.push(keyAfter(f.to));
  }
  if (keyBound) {
    where.push(`${key} ${keyBound.op} ?`);
    params.push(keyBound.key);
  }
  if (f.issuers.length > 0) {
    where.push(`s.issuer IN (${placeholders(f.issuers.length)})`);
    params.push(...f.issuers);
  }
  if (f.speakers.length > 0) {
    where.push(`s.speaker COLLATE NOCASE IN (${placeholders(f.speakers.length)})`);
    params.push(...f.speakers);
  }
  if (f.briefingIds.length > 0) {
    where.push(
      `s.briefing_pk IN (SELECT pk FROM briefing WHERE id IN (${placeholders(f.briefingIds.length)}))`,
    );
    params.push(...f.briefingIds);
  }
  const whereSql = where.length > 0 ? ` WHERE ${where.join(" AND ")}` : "";
  return { sql: `FROM ${from}${whereSql}`, params };
}

/** The ORDER BY column matching `statementWhere`'s driver. */
export function orderKey(f: StatementFilter): string {
  return tagGroups(f).some(([, values]) => values.length === 1) ? "t.statement_pk" : "s.pk";
}

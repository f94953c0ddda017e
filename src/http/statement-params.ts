import type { StatementFilter } from "../db/statement-filter.js";
import { isRegionId, isTopicSlug } from "../reference.js";
import { listGroups } from "../schemas/query-values.js";
import { resolveCountry } from "../tagging/lookup.js";
import { invalidParameter } from "./http-problem.js";

/** The raw filter parameters shared by statement lists (already shape-checked by the query schema). */
export interface StatementFilterQuery {
  country?: string | string[];
  region?: string | string[];
  topic?: string | string[];
  issuer?: string | string[];
  speaker?: string | string[];
  briefing?: string | string[];
  from?: string;
  to?: string;
  basis?: "any" | "text";
}

function countryCode(value: string, location: string): string {
  const country = resolveCountry(value);
  if (!country) {
    throw invalidParameter(
      location,
      `unknown country '${value}'; use an ISO alpha-2 or alpha-3 code, an English name or a demonym (see GET /countries)`,
    );
  }
  return country.code;
}

function checked(groups: string[][], ok: (v: string) => boolean, location: string, hint: string): string[][] {
  for (const g of groups) {
    for (const v of g) if (!ok(v)) throw invalidParameter(location, `unknown value '${v}'; ${hint}`);
  }
  return groups;
}

const flat = (groups: string[][]) => groups.flat();

/** Resolve names and codes, refusing unknown values with a problem naming the parameter. */
export function toStatementFilter(q: StatementFilterQuery): StatementFilter {
  if (q.from && q.to && q.from > q.to) throw invalidParameter("query.from", `is after query.to (${q.to})`);
  return {
    countries: listGroups(q.country).map((g) => [...new Set(g.map((v) => countryCode(v, "query.country")))]),
    regions: checked(
      listGroups(q.region).map((g) => g.map((v) => v.toUpperCase())),
      isRegionId,
      "query.region",
      "see GET /regions",
    ),
    topics: checked(
      listGroups(q.topic).map((g) => g.map((v) => v.toLowerCase())),
      isTopicSlug,
      "query.topic",
      "see GET /topics",
    ),
    textBasisOnly: q.basis === "text",
    issuers: flat(listGroups(q.issuer)).map((v) => countryCode(v, "query.issuer")),
    speakers: flat(listGroups(q.speaker)),
    briefingIds: flat(listGroups(q.briefing)),
    from: q.from ?? null,
    to: q.to ?? null,
  };
}

import { FACET_NAMES, type FacetName } from "../db/facet-repository.js";
import { parseSearch, type SearchQuery, SearchSyntaxError } from "../db/search-parse.js";
import type { StatementFilter } from "../db/statement-filter.js";
import type { Position, StatementSort } from "../db/statement-repository.js";
import { isRegionId, isTopicSlug } from "../reference.js";
import { listGroups } from "../schemas/query-values.js";
import { resolveCountry } from "../tagging/lookup.js";
import { decodeCursor, encodeCursor } from "./cursor.js";
import { invalidParameter } from "./http-problem.js";

/** The raw filter parameters shared by statement lists (already shape-checked by the query schema). */
export interface StatementFilterQuery {
  q?: string;
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

/** The parsed `q`, null when absent or blank; a syntax mistake is a 400 naming `query.q`. */
export function toSearch(q: string | undefined): SearchQuery | null {
  if (q === undefined || q.trim() === "") return null;
  try {
    return parseSearch(q);
  } catch (err) {
    if (err instanceof SearchSyntaxError) throw invalidParameter("query.q", err.message);
    throw err;
  }
}

/** `relevance` is the default with a search and needs one. */
export function toSort(sort: StatementSort | undefined, search: SearchQuery | null): StatementSort {
  if (sort === "relevance" && !search) {
    throw invalidParameter("query.sort", "relevance needs a search: add q, or sort by -date or date");
  }
  return sort ?? (search ? "relevance" : "-date");
}

export function toFacetNames(facets: string | undefined): FacetName[] {
  if (!facets) return [];
  const names = facets.split(",").map((f) => f.trim());
  return FACET_NAMES.filter((n) => names.includes(n));
}

const isNumberOrNull = (v: unknown) => v === null || typeof v === "number";

function isPosition(sort: StatementSort) {
  return (p: unknown): p is Position => {
    if (typeof p !== "object" || p === null || !Number.isSafeInteger((p as { k?: unknown }).k)) return false;
    if (sort !== "relevance") return true;
    const r = p as { b?: unknown; s?: unknown };
    return isNumberOrNull(r.b) && isNumberOrNull(r.s);
  };
}

/** Statement cursors name their sort, so a cursor of one order is refused by another. */
export function decodeStatementCursor(sort: StatementSort, cursor: string | undefined): Position | null {
  return cursor ? decodeCursor(`statements:${sort}`, cursor, isPosition(sort)) : null;
}

export function encodeStatementCursor(sort: StatementSort, position: Position | null): string | null {
  return position === null ? null : encodeCursor(`statements:${sort}`, position);
}

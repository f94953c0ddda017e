import { COUNTRIES, type Country, REGIONS, type Region, TOPICS, type Topic } from "./reference-catalog.js";
import { foldTokens } from "./search-fold.js";

/** Statements per tag ("kind:value"); see FacetRepository.tagTotals. */
export type TagTotals = ReadonlyMap<string, number>;

/** Reference data (countries, regions, topics), each with how many statements carry it. */
export function createReferenceRepository() {
  return {
    countries(
      q: string | null,
      exact: Country | null,
      totals: TagTotals,
    ): (Country & { statementCount: number })[] {
      const needle = q === null ? null : foldTokens(q).join(" ");
      const matches = (c: Country) =>
        needle === null ||
        c === exact ||
        [c.name, c.officialName, ...c.demonyms].some((n) => foldTokens(n).join(" ").includes(needle));
      return COUNTRIES.filter(matches).map((c) => ({
        ...c,
        statementCount: totals.get(`country:${c.code}`) ?? 0,
      }));
    },
    regions(totals: TagTotals): (Region & { statementCount: number })[] {
      return REGIONS.map((r) => ({ ...r, statementCount: totals.get(`region:${r.id}`) ?? 0 }));
    },
    topics(totals: TagTotals): (Topic & { statementCount: number })[] {
      return TOPICS.map((t) => ({ ...t, statementCount: totals.get(`topic:${t.slug}`) ?? 0 }));
    },
  };
}

export type ReferenceRepository = ReturnType<typeof createReferenceRepository>;

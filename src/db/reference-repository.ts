import { createDataGeneration } from "./data-generation.js";
import { createGenerationCache } from "./facet-cache.js";
import type { PodiumDb } from "./open-database.js";
import { COUNTRIES, type Country, REGIONS, type Region, TOPICS, type Topic } from "./reference-catalog.js";
import { foldTokens } from "./search-fold.js";

type TagKind = "country" | "region" | "topic";

/** Reference data (countries, regions, topics) with how many statements carry each. */
export function createReferenceRepository(pdb: PodiumDb) {
  const generation = createDataGeneration(pdb.sqlite);
  const memo = createGenerationCache<Map<string, number>>(generation, 4);
  const tagCounts = pdb.sqlite.prepare<[], { kind: TagKind; value: string; n: number }>(
    "SELECT kind, value, count(*) AS n FROM statement_tag GROUP BY kind, value",
  );

  /** Statements per tag, over the whole database; one index pass, reused until the data changes. */
  function counts(): Map<string, number> {
    return memo("tags", () => new Map(tagCounts.all().map((r) => [`${r.kind}:${r.value}`, r.n])));
  }
  const count = (kind: TagKind, value: string) => counts().get(`${kind}:${value}`) ?? 0;

  return {
    countries(q: string | null, exact: Country | null): (Country & { statementCount: number })[] {
      const needle = q === null ? null : foldTokens(q).join(" ");
      const matches = (c: Country) =>
        needle === null ||
        c === exact ||
        [c.name, c.officialName, ...c.demonyms].some((n) => foldTokens(n).join(" ").includes(needle));
      return COUNTRIES.filter(matches).map((c) => ({ ...c, statementCount: count("country", c.code) }));
    },
    regions(): (Region & { statementCount: number })[] {
      return REGIONS.map((r) => ({ ...r, statementCount: count("region", r.id) }));
    },
    topics(): (Topic & { statementCount: number })[] {
      return TOPICS.map((t) => ({ ...t, statementCount: count("topic", t.slug) }));
    },
    count,
  };
}

export type ReferenceRepository = ReturnType<typeof createReferenceRepository>;

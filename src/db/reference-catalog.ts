import { COUNTRIES, type Country } from "../tagging/lookup.js";
import { REGIONS, type Region } from "../tagging/regions.js";
import { TOPICS, type Topic } from "../tagging/topics.js";

/** The shipped reference data by id: what facets, counts and the reference endpoints label with. */
export const countriesByCode: ReadonlyMap<string, Country> = new Map(COUNTRIES.map((c) => [c.code, c]));
export const regionsById: ReadonlyMap<string, Region> = new Map(REGIONS.map((r) => [r.id, r]));
export const topicsBySlug: ReadonlyMap<string, Topic> = new Map(TOPICS.map((t) => [t.slug, t]));

export { COUNTRIES, type Country, REGIONS, type Region, TOPICS, type Topic };

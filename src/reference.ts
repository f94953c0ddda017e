import { COUNTRIES } from "./tagging/lookup.js";
import { REGIONS } from "./tagging/regions.js";
import { TOPICS } from "./tagging/topics.js";

/** Fast lookups over the shipped reference data (gazetteer, regions, topic taxonomy). */
const countryByCode = new Map(COUNTRIES.map((c) => [c.code, c]));
const regionIds = new Set(REGIONS.map((r) => r.id));
const topicSlugs = new Set(TOPICS.map((t) => t.slug));

export function countryName(code: string): string | undefined {
  return countryByCode.get(code)?.name;
}

export function isCountryCode(code: string): boolean {
  return countryByCode.has(code);
}

export function isRegionId(id: string): boolean {
  return regionIds.has(id);
}

export function isTopicSlug(slug: string): boolean {
  return topicSlugs.has(slug);
}

import regionData from "./data/regions.json" with { type: "json" };

/** A region as the reviewed data file describes it, with the names that tag it. */
export interface RegionRecord {
  id: string;
  name: string;
  description: string;
  /** Countries a mention of the region implies (XINJIANG → CN); empty for disputed areas and seas. */
  countries: string[];
  names: string[];
}

export const REGION_DATA: readonly RegionRecord[] = regionData.regions;

import { REGION_DATA } from "./region-data.js";

/** A region id the API filters by, with what it covers. */
export interface Region {
  id: string;
  name: string;
  description: string;
}

export const REGIONS: readonly Region[] = REGION_DATA.map(({ id, name, description }) => ({
  id,
  name,
  description,
}));

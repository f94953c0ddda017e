import topicData from "./data/topics.json" with { type: "json" };

/** A topic slug the API filters by, with its IPTC Media Topic codes (CC BY 4.0, IPTC). */
export interface Topic {
  slug: string;
  label: string;
  /** e.g. ["medtop:20000053"]; empty for consular and arms-control, which IPTC does not single out. */
  iptc: string[];
  description: string;
}

export const TOPICS: readonly Topic[] = topicData.topics;

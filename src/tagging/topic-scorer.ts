import type { SplitStatement, TopicTag } from "../extract/types.js";

/** Placeholder until the weighted topic rules land: no topics. */
export function scoreTopics(_text: string, _statement: SplitStatement): TopicTag[] {
  return [];
}

import type { SplitStatement, TaggedStatement } from "../extract/types.js";
import { findPlaces } from "./place-matcher.js";
import { countryTags, regionTags } from "./place-tags.js";
import { scoreTopics } from "./topic-scorer.js";

export interface TagOptions {
  /** ISO alpha-2 of the briefing's issuer; it changes how a few bare names read (see ambiguous-names.json). */
  issuer: string | null;
}

/**
 * Tags each statement with the countries, regions and topics found in its text (basis `text`) and in
 * the question it answers (basis `question`). Evidence offsets index `text`, the whole briefing.
 */
export function tagStatements(
  text: string,
  statements: SplitStatement[],
  options: TagOptions,
): TaggedStatement[] {
  return statements.map((st) => {
    const own = findPlaces(text, st.start, st.end, options.issuer);
    const asked = st.question ? findPlaces(text, st.question.start, st.question.end, options.issuer) : [];
    return {
      ...st,
      countries: countryTags(text, own, asked),
      regions: regionTags(text, own, asked),
      topics: scoreTopics(text, st),
    };
  });
}

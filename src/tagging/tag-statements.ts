import type { SplitStatement, TaggedStatement } from "../extract/types.js";
import { carryTopics } from "./follow-ups.js";
import { type PlaceHit, placesIn } from "./place-matcher.js";
import { countryTags, regionTags } from "./place-tags.js";
import { tokenize } from "./text-tokens.js";
import { scoreTopics } from "./topic-scorer.js";

export interface TagOptions {
  /** ISO alpha-2 of the briefing's issuer; it changes how a few bare names read (see ambiguous-names.json). */
  issuer: string | null;
}

/**
 * Tags each statement with the countries, regions and topics found in its text (basis `text`) and in
 * the question it answers (basis `question`). Evidence offsets index `text`, the whole briefing.
 * Each range is tokenised once and walked by the place trie and the topic trie. Short answers with no
 * topic of their own take the previous statement's (follow-ups.ts).
 */
export function tagStatements(
  text: string,
  statements: SplitStatement[],
  options: TagOptions,
): TaggedStatement[] {
  const words: number[] = [];
  const tagged = statements.map((st) => {
    const ownToks = tokenize(text, st.start, st.end);
    words.push(ownToks.keys.length);
    const askedToks = st.question ? tokenize(text, st.question.start, st.question.end) : null;
    const own = placesIn(text, ownToks, options.issuer);
    const asked = askedToks ? placesIn(text, askedToks, options.issuer) : [];
    const foreign = namesForeignPlace(own, options.issuer) || namesForeignPlace(asked, options.issuer);
    return {
      ...st,
      countries: countryTags(text, own, asked),
      regions: regionTags(text, own, asked),
      topics: scoreTopics(text, ownToks, askedToks, foreign),
    };
  });
  return carryTopics(tagged, words, options.issuer);
}

function namesForeignPlace(hits: PlaceHit[], issuer: string | null): boolean {
  for (const h of hits) if (h.kind === "region" || h.code !== issuer) return true;
  return false;
}

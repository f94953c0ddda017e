import { isContinuation, type MarkedStatement } from "../extract/continuation.js";
import type { SplitStatement, TaggedStatement } from "../extract/types.js";
import { carryTopics, continueTopics } from "./follow-ups.js";
import { type PlaceHit, placesIn } from "./place-matcher.js";
import { countryTags, regionTags } from "./place-tags.js";
import { type TokenList, tokenize } from "./text-tokens.js";
import { type RuleContext, topicFeatures } from "./topic-features.js";
import { predictTopics, type TopicModel } from "./topic-model.js";
import { TOPIC_MODEL } from "./topic-model-data.js";
import { topicHits, topicsFromHits } from "./topic-scorer.js";
import { WORD_VECTORS } from "./word-vectors-data.js";

export interface TagOptions {
  /** ISO alpha-2 of the briefing's issuer; it changes how a few bare names read (see ambiguous-names.json). */
  issuer: string | null;
  /**
   * Who decides topics: the learned scorer (topic-model.ts, the default), which reads the rules' scores
   * as features, or the weighted rules alone (topic-scorer.ts, follow-ups.ts).
   */
  topics?: "model" | "rules";
}

/** A statement tagged by the rules, with what the learned topic scorer reads of it. */
export interface RuleTagged {
  statement: TaggedStatement;
  own: TokenList;
  asked: TokenList | null;
  rules: RuleContext;
  /** The statement continues the answer right before it (src/extract/continuation.ts). */
  continues: boolean;
}

/**
 * Tags each statement with the countries, regions and topics found in its text (basis `text`) and in
 * the question it answers (basis `question`). Evidence offsets index `text`, the whole briefing.
 * Each range is tokenised once and walked by the place trie and the topic trie. Topics come from the
 * learned scorer, which weighs the words and the rules' scores (topic-model.ts), unless told otherwise.
 */
export function tagStatements(
  text: string,
  statements: SplitStatement[],
  options: TagOptions,
  model: TopicModel = TOPIC_MODEL,
): TaggedStatement[] {
  const tagged = tagWithRules(text, statements, options.issuer);
  if (options.topics === "rules") return tagged.map((t) => t.statement);
  const vectors = model.file.features.vectors ? WORD_VECTORS : null;
  const out = tagged.map((t) => {
    const features = topicFeatures(t.own, t.asked, t.rules, model.file.features, vectors);
    t.statement.topics = predictTopics(model, text, features, t.rules);
    return t.statement;
  });
  continueTopics(
    out,
    tagged.map((t) => t.continues),
  );
  return out;
}

/**
 * The rules' tags of each statement: places, and topics by the weighted rules, where short answers with
 * no topic of their own take the previous statement's (follow-ups.ts). Also used to train the model.
 * A continuation (question null, src/extract/continuation.ts) takes the places of the question its
 * exchange answers as well as its own (basis `question`), and the topics of the answer it continues.
 * The continuation mark is not copied into the tagged statement.
 */
export function tagWithRules(
  text: string,
  statements: SplitStatement[],
  issuer: string | null,
): RuleTagged[] {
  // The places of the question each statement's exchange answers: a continuation's are its answer's.
  let exchangePlaces: PlaceHit[] = [];
  const out: RuleTagged[] = statements.map((st, i) => {
    const continues = i > 0 && isContinuation(st);
    const own = tokenize(text, st.start, st.end);
    // A continuation's own topics are read from its text alone, as for any statement without a
    // question; the exchange's subject comes with the topics of the answer it continues.
    const asked = st.question ? tokenize(text, st.question.start, st.question.end) : null;
    if (!continues) exchangePlaces = asked ? placesIn(text, asked, issuer) : [];
    const ownPlaces = placesIn(text, own, issuer);
    const askedPlaces = exchangePlaces;
    const foreign = namesForeignPlace(ownPlaces, issuer) || namesForeignPlace(askedPlaces, issuer);
    const hits = topicHits(text, own, asked);
    const { continues: _mark, ...plain } = st as MarkedStatement;
    const statement: TaggedStatement = {
      ...plain,
      countries: countryTags(text, ownPlaces, askedPlaces),
      regions: regionTags(text, ownPlaces, askedPlaces),
      topics: topicsFromHits(hits, own.keys.length, foreign),
    };
    return { statement, own, asked, rules: { hits, kept: [], previous: null }, continues };
  });
  carryTopics(
    out.map((t) => t.statement),
    out.map((t) => t.own.keys.length),
    issuer,
    out.map((t) => t.continues),
  );
  for (let i = 0; i < out.length; i++) {
    const t = out[i] as RuleTagged;
    t.rules.kept = t.statement.topics;
    const prev = out[i - 1];
    if (prev && (t.continues || t.statement.question !== null || prev.statement.question !== null))
      t.rules.previous = prev.statement.topics;
  }
  return out;
}

function namesForeignPlace(hits: PlaceHit[], issuer: string | null): boolean {
  for (const h of hits) if (h.kind === "region" || h.code !== issuer) return true;
  return false;
}

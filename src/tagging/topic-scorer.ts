import type { Basis, Evidence, TopicTag } from "../extract/types.js";
import type { TokenList } from "./text-tokens.js";
import { NEEDS_FOREIGN_PLACE, TOPIC_TRIE, type TopicRule } from "./topic-rules.js";

/**
 * Topic scores. Every rule that fires adds its weight; a rule firing again adds half its weight, twice at
 * most, so a statement that keeps returning to a subject scores higher than one that mentions it once.
 * Question evidence counts like text evidence: a question's subject makes the answer's topic.
 *
 * A topic is kept when its score reaches the threshold and at least a quarter of the best topic's
 * score. A topic a top-weight rule names in the text itself ("terrorism", "ceasefire") may score less,
 * down to an eighth of the best: under that it is a passing mention in a statement about something else
 * ("… the economy grew, outside of the pandemic"). At most three topics are kept, and the third only with
 * a third of the best score: a statement has one or two subjects, and a third must be prominent to count.
 * The threshold is 2 for a short statement (up to 40 words: "No, sir.", a one-line answer, where
 * a single strong cue is the subject), 3 (one outright naming, or two cues) up to 250 words, and one
 * more for every further 250 words, so that a passing word in a long answer does not make a topic.
 * An answer of up to 499 words in which no topic reaches the threshold keeps its best-scoring topic when
 * that is one strong cue or more (LAST_RESORT): it has a subject, and its strongest cue names it.
 * Spellings of one phrase that both match ("foreign minister*", "Foreign Minister*"; "pollution" and
 * "pollut*") are one hit, the heavier; a neutral phrase spelled at the same span hides them all.
 */

export const BASE_THRESHOLD = 3;
const SHORT_WORDS = 40;
const WORDS_PER_STEP = 250;
/** A statement's subject matter is one to three topics; the weaker ones are side remarks. */
const MAX_TOPICS = 3;
/** A topic scoring under this share of the statement's best topic is a side remark. */
const MIN_SHARE_OF_BEST = 0.25;
/** …unless the text names it outright; even then, under this share it is a passing mention. */
const MIN_SHARE_NAMED = 0.125;
/** The third topic's share of the best: one or two subjects are the rule, a third must be prominent. */
const MIN_SHARE_THIRD = 1 / 3;
/**
 * A statement none of whose topics reaches the threshold keeps its best topic(s) if they score this
 * much (one strong cue): the threshold keeps passing words from adding topics beside the subject, but
 * an answer with no subject of its own above it is still about its strongest cue ("leave it to the
 * Pentagon and the Department of Defense", "the New York Police Department").
 */
const LAST_RESORT = BASE_THRESHOLD - 1;

export function thresholdFor(words: number): number {
  if (words <= SHORT_WORDS) return BASE_THRESHOLD - 1;
  return BASE_THRESHOLD + Math.floor(Math.max(0, words - WORDS_PER_STEP) / WORDS_PER_STEP);
}

/** One rule firing at one span, in the statement's text or in its question. */
export interface Hit {
  rule: TopicRule;
  evidence: Evidence;
  basis: Basis;
}

function hitsIn(text: string, toks: TokenList, basis: Basis, out: Hit[]): void {
  for (const m of TOPIC_TRIE.match(text, toks)) {
    // A neutral spelling of the span hides every rule spelled there ("Costa Rica" is no "cost*").
    if (m.entries.some((e) => e.payload === null)) continue;
    const first = out.length;
    for (const e of m.entries) {
      const rule = e.payload;
      if (!rule || rule.weight === 0) continue;
      // Spellings of one phrase ("foreign minister*", "Foreign Minister*") are one cue: one hit per topic.
      const twin = out.findIndex((h, k) => k >= first && h.rule.slug === rule.slug);
      if (twin >= 0) {
        if ((out[twin] as Hit).rule.weight >= rule.weight) continue;
        out.splice(twin, 1);
      }
      const evidence = { start: m.start, end: m.end, text: text.slice(m.start, m.end), rule: rule.id };
      out.push({ rule, evidence, basis });
    }
  }
}

/** Every rule hit in a statement's text and then in its question (the learned scorer reads them too). */
export function topicHits(text: string, own: TokenList, asked: TokenList | null): Hit[] {
  const hits: Hit[] = [];
  hitsIn(text, own, "text", hits);
  if (asked) hitsIn(text, asked, "question", hits);
  return hits;
}

/**
 * Topics of a statement (tokens of its text) and of the question it answers (tokens, or null).
 * `foreignPlace` tells whether either names a country other than the issuer, or a region.
 */
export function scoreTopics(
  text: string,
  own: TokenList,
  asked: TokenList | null,
  foreignPlace: boolean,
): TopicTag[] {
  return topicsFromHits(topicHits(text, own, asked), own.keys.length, foreignPlace);
}

/** Hits grouped by topic slug, in first-hit order; only those of one basis when `basis` is given. */
export function hitsBySlug(hits: readonly Hit[], basis?: Basis): Map<string, Hit[]> {
  const by = new Map<string, Hit[]>();
  for (const h of hits) {
    if (basis !== undefined && h.basis !== basis) continue;
    const list = by.get(h.rule.slug);
    if (list) list.push(h);
    else by.set(h.rule.slug, [h]);
  }
  return by;
}

/** The rules' topics from their hits in a statement of `words` words (see the header). */
export function topicsFromHits(hits: Hit[], words: number, foreignPlace: boolean): TopicTag[] {
  if (hits.length === 0) return [];
  const byTopic = hitsBySlug(hits);
  const threshold = thresholdFor(words);
  const tags: TopicTag[] = [];
  const fallback: TopicTag[] = [];
  for (const [slug, list] of byTopic) {
    const score = scoreOf(list);
    if (score < LAST_RESORT) continue;
    if (!foreignPlace && NEEDS_FOREIGN_PLACE.has(slug) && !list.some((h) => h.rule.foreign)) continue;
    const basis: Basis = list.some((h) => h.basis === "text") ? "text" : "question";
    (score >= threshold ? tags : fallback).push({
      slug,
      score,
      basis,
      evidence: list.map((h) => h.evidence),
    });
  }
  if (tags.length === 0 && threshold <= BASE_THRESHOLD) {
    const top = Math.max(0, ...fallback.map((t) => t.score));
    tags.push(...fallback.filter((t) => t.score === top));
  }
  const best = Math.max(0, ...tags.map((t) => t.score));
  return tags
    .filter((t) => keeps(t.score, best, byTopic.get(t.slug) as Hit[]))
    .sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))
    .filter((t, rank) => rank < 2 || t.score >= best * MIN_SHARE_THIRD)
    .slice(0, MAX_TOPICS);
}

/** Whether a topic scoring `score` stands next to the statement's best topic (see the header). */
function keeps(score: number, best: number, hits: Hit[]): boolean {
  if (score >= best * MIN_SHARE_OF_BEST) return true;
  return score >= best * MIN_SHARE_NAMED && namesOutright(hits);
}

/** A rule of the top weight fired in the statement's own text: the topic is named, not implied. */
function namesOutright(hits: Hit[]): boolean {
  return hits.some((h) => h.basis === "text" && h.rule.weight >= BASE_THRESHOLD);
}

/** A topic's score from its hits: each rule's weight, a repeat adding half of it, twice at most. */
export function scoreOf(hits: Hit[]): number {
  const counts = new Map<string, { weight: number; n: number }>();
  for (const h of hits) {
    const c = counts.get(h.rule.id);
    if (c) c.n++;
    else counts.set(h.rule.id, { weight: h.rule.weight, n: 1 });
  }
  let score = 0;
  for (const { weight, n } of counts.values()) score += weight * (1 + 0.5 * Math.min(n - 1, 2));
  return score;
}

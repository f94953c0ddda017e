import ruleData from "./data/topic-rules.json" with { type: "json" };
import { PhraseTrie } from "./phrase-trie.js";
import { slugOf } from "./rule-id.js";
import { TOPICS } from "./topics.js";

/** The reviewed topic rules (data/topic-rules.json) compiled into one trie at module load. */

export interface TopicRule {
  slug: string;
  weight: number;
  /** The phrase is international by itself ("ambassador"), so its topic needs no foreign place named. */
  foreign: boolean;
  /** `topic:<slug>:<phrase-slug>`, the evidence rule id. */
  id: string;
}

type RuleFile = {
  neutral: string[];
  rules: Record<string, Record<string, number>>;
  needsForeignPlace: { topics: string[]; unless: string[] };
};
const data = ruleData as unknown as RuleFile;

/** Topics that need a place other than the issuer in the statement or its question (see the data file). */
export const NEEDS_FOREIGN_PLACE: ReadonlySet<string> = new Set(data.needsForeignPlace.topics);

function build(): PhraseTrie<TopicRule | null> {
  const known = new Set(TOPICS.map((t) => t.slug));
  const trie = new PhraseTrie<TopicRule | null>();
  const foreign = new Set(data.needsForeignPlace.unless);
  for (const [slug, rules] of Object.entries(data.rules)) {
    if (!known.has(slug)) throw new Error(`topic-rules.json: unknown topic ${slug}`);
    for (const [phrase, weight] of Object.entries(rules)) {
      trie.add(phrase, { slug, weight, foreign: foreign.has(phrase), id: `topic:${slug}:${slugOf(phrase)}` });
    }
  }
  // Neutral phrases score nothing; they only hide the shorter phrases inside them.
  for (const phrase of data.neutral) trie.add(phrase, null);
  return trie;
}

export const TOPIC_TRIE = build();

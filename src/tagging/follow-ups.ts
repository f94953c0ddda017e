import type { TaggedStatement, TopicTag } from "../extract/types.js";
import { questionShape } from "./topic-question-shape.js";

/**
 * Short answers take the topics of the exchange they belong to ("No, sir.", "So it can be expected to be
 * resolved tomorrow?" – "We believe this issue can be properly resolved."): a statement of up to
 * SHORT_WORDS words that found no topic of its own, in its text or its question, carries the previous
 * statement's topics. The carried tags keep the earlier evidence, under the rule `topic:<slug>:follow-up`,
 * with basis `question`: the subject comes from the exchange the question continues.
 * Only transcripts have exchanges: the statement answers a question, or continues an answer (a turn after
 * an interruption, question null, right after a statement that answered one). Two statements without
 * questions are a news report's, where every statement starts at a new subject, so nothing is carried.
 * A statement the splitter marks as a continuation (src/extract/continuation.ts: the official goes on with
 * an answer after an interjection) is part of that answer whatever its length: it takes the topics of the
 * statement it continues, the same way, and keeps those its own words add (rule 6 of
 * tests/fixtures/ANNOTATING-TRANSCRIPTS.md).
 * How the question reads decides the rest (topic-question-shape.ts): one that opens a subject of its own (a
 * place the exchange before did not name) carries nothing however short the answer; one with no subject
 * of its own ("So he was feeling tired?", "Would he phrase it again the same way?") carries into an answer
 * of any length, since the whole answer stays on the subject before.
 */

export const SHORT_WORDS = 40;

/**
 * A reporter asking leave to ask ("Karine, may I ask a follow-up?", "Can I ask one more question about
 * tomorrow?") and the spokesperson granting it ("Sure.", "Go ahead.") is no exchange on a subject: the
 * subject comes with the next question, so nothing is carried into the grant.
 */
const ASKS_LEAVE =
  /\b(?:can|could|may) i (?:ask|follow|do|get|have|just)\b|\b(?:a|one) (?:more|last|quick)? ?(?:follow-?up|question)s?\W*$/i;
const GRANTS = /^\W*(?:(?:sure|yes|yeah|yep|ok|okay|of course|please|absolutely|go ahead|you bet)\W*)+$/i;

export function carryTopics(
  statements: TaggedStatement[],
  words: readonly number[],
  issuer: string | null = null,
  continues: readonly boolean[] = [],
): TaggedStatement[] {
  for (let i = 1; i < statements.length; i++) {
    const st = statements[i] as TaggedStatement;
    const prev = statements[i - 1] as TaggedStatement;
    if (prev.topics.length === 0) continue;
    if (continues[i] === true) {
      st.topics = continuedTopics(prev.topics, st.topics);
      continue;
    }
    if (st.topics.length > 0) continue;
    if (st.question === null && prev.question === null) continue; // a report: no exchange to continue
    if (st.question && ASKS_LEAVE.test(st.question.text) && GRANTS.test(st.text)) continue;
    const shape = questionShape(st, prev, issuer);
    if (shape === "opens" || (shape === "plain" && (words[i] ?? 0) > SHORT_WORDS)) continue;
    st.topics = followUps(prev.topics);
  }
  return statements;
}

/**
 * The learned scorer's side of the continuation rule (tag-statements.ts): once every statement has its
 * topics, each marked continuation takes those of the statement before it, in order, so that a
 * continuation of a continuation takes the whole answer's.
 */
export function continueTopics(statements: TaggedStatement[], continues: readonly boolean[]): void {
  for (let i = 1; i < statements.length; i++) {
    const st = statements[i] as TaggedStatement;
    if (continues[i] === true)
      st.topics = continuedTopics((statements[i - 1] as TaggedStatement).topics, st.topics);
  }
}

/**
 * A continuation's topics: the answer's it continues, carried, then those its own words add. Its own
 * words are read without a question (it has none), so a fragment ("— that there was —") adds nothing and
 * a turn that goes on at length keeps what it says.
 */
function continuedTopics(answer: readonly TopicTag[], own: readonly TopicTag[]): TopicTag[] {
  const carried = followUps(answer);
  for (const t of own) if (!answer.some((a) => a.slug === t.slug)) carried.push(t);
  return carried;
}

/** Tags carried from the exchange before: its evidence under `topic:<slug>:follow-up`, basis `question`. */
function followUps(topics: readonly TopicTag[]): TopicTag[] {
  return topics.map((t) => ({
    slug: t.slug,
    score: t.score,
    basis: "question",
    evidence: t.evidence.map((e) => ({ ...e, rule: `topic:${t.slug}:follow-up` })),
  }));
}

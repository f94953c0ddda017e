import type { TaggedStatement } from "../extract/types.js";

/**
 * How a reporter's question stands to the exchange before it (follow-ups.ts):
 * - `opens`: it names a place (country or region, the issuer's own country aside: "the U.S." and "President
 *   Biden" are in every White House exchange) that the previous statement and its question did not
 *   ("Can you confirm that he transited Beijing?" after a question on Hong Kong, "And on the meeting in
 *   Saudi Arabia…" after one on Ukraine): a new subject, whatever its opening words.
 * - `continues`: a short question with no subject of its own — no place and no name, tied to the one
 *   before by a connective or a pronoun ("So he was feeling tired, rundown a little?", "Karine, would he
 *   phrase it again the same way?"): it can only be about the subject before.
 * - `continues` too: a question that says it follows up on what was just said ("Just to follow up on
 *   that: …"), unless it names a place of its own.
 * - `opens` too: a question that thanks for the turn ("Thanks, Karine. Is the President a fan of…?").
 * - `plain`: anything else (a continuation of an interrupted answer, question null, is plain too).
 */
export type QuestionShape = "opens" | "continues" | "plain";

/** Longer questions set out a matter of their own even without a name in them. */
const CONTINUES_MAX_WORDS = 25;
/** The name a question addresses ("Karine, …", "John, can you say…") is no subject. */
const VOCATIVE = /(?:^|[.?!]\s+|,\s*)[A-Z][a-z]+,/g;
/** Speaker labels of an interrupted question ("MS. JEAN-PIERRE:  So —", "Q    — …"). */
const LABELS = /\b(?:[A-Z][A-Z.'’-]*\s+)*[A-Z][A-Z.'’-]+:|^\s*Q\b|\n\s*Q\b/g;
/** A capitalised word that does not open a sentence: a name, a title, an institution, a quoted title. */
const NAME_INSIDE = /(?<![.?!:;—–-]\s*|^\s*|\()\b(?!I\b|I['’])[A-Z][A-Za-z]/;
/**
 * What ties a question to the subject before: a connective that opens it ("So…", "And…", "But…") or a
 * pronoun as its subject ("Has he been…?", "Would he phrase it…?", "Is that…?").
 */
const TIED =
  /^\W*(?:(?:so|and|but|or|okay|ok|well|right|then)\b|(?:\w+\W+){0,2}?(?:he|she|it|they|that|this|those|these|him|her|them)\b)/i;
/**
 * A question that says it follows up on what was just said ("Just to follow up on that: …", "Follow-up:",
 * "And on that, …") continues; a follow-up "on" a named matter is a subject of its own and falls to the
 * other tests.
 */
const FOLLOW_UP =
  /\bfollow(?:-|\s)?up on (?:that|this|what|it|those|these|his|her|their|your)\b|^\W*(?:follow(?:-|\s)?up\b|(?:and |so |but |just )?on (?:that|this)\b)/i;
/** A reporter who thanks the spokesperson for the turn starts a question of their own. */
const THANKS = /^\W*(?:thank you|thanks)\b/i;
export function questionShape(
  st: TaggedStatement,
  prev: TaggedStatement,
  issuer: string | null,
): QuestionShape {
  const q = st.question;
  if (q === null) return "plain";
  let namesPlace = false;
  for (const tags of [st.countries, st.regions]) {
    for (const tag of tags) {
      if ("code" in tag && tag.code === issuer) continue; // the issuer's own country runs through every exchange
      if (!tag.evidence.some((e) => e.start >= q.start && e.end <= q.end)) continue;
      namesPlace = true;
      if (!namedIn(prev, "code" in tag ? tag.code : tag.id)) return "opens";
    }
  }
  if (FOLLOW_UP.test(q.text)) return namesPlace ? "plain" : "continues";
  if (THANKS.test(q.text)) return "opens";
  if (namesPlace) return "plain";
  const bare = q.text.replace(LABELS, " ").replace(VOCATIVE, " ");
  if (bare.split(/\s+/).filter(Boolean).length > CONTINUES_MAX_WORDS) return "plain";
  return TIED.test(bare) && !NAME_INSIDE.test(bare) ? "continues" : "plain";
}

function namedIn(st: TaggedStatement, key: string): boolean {
  return st.countries.some((c) => c.code === key) || st.regions.some((r) => r.id === key);
}

/**
 * Builds a report's statements from its paragraphs: a statement opens where a run of the
 * spokesperson's paragraphs starts and at each cue that moves to a new subject, and closes before
 * anything that is not theirs. Whether a weak or shift cue moves on depends on the places it brings
 * (report-subject.ts).
 */

import { COUNTRIES } from "../tagging/lookup.js";
import type { Cue } from "./report-cues.js";
import type { Paragraph } from "./report-flow.js";
import { type StatementSoFar, shiftNews, weakNews } from "./report-subject.js";
import { sourceOffset, trimBlankEnd, wordCount } from "./report-text.js";

export interface Span {
  start: number;
  end: number;
}

interface OpenStatement extends Span, StatementSoFar {}

/**
 * Participles that name the subject they turn to ("Referring to the Indian minister's remarks",
 * "Condemning the tragedy in Bihar", "Welcoming the reopening of the border"), unlike those that
 * carry a point on ("Reiterating…", "Calling for…", "Noting that…"). The paragraphs after the lede
 * elaborate the report's first subject, so in the first statement the places decide ("Commenting on
 * the remarks of her counterpart" stays with the lede about working with the United States).
 */
const TOPIC_PARTICIPLE =
  /^(?:(?:strongly|firmly|categorically|vehemently)\s+)?(?:referring|commenting|condemning|highlighting|apprising|mentioning|welcoming|felicitating|regretting|deploring|denouncing|rejecting|congratulating|lauding|appreciating|recalling)\b/i;

/** The spokesperson as a paragraph names them when attributing: "She", "The FO spokesperson", "Spokesperson Baloch". */
const SPOKESPERSON =
  "(?:She|He|The (?:FO |Foreign Office )?[Ss]pokes(?:person|man|woman)|Spokes(?:person|man|woman) [A-Z][a-z]+)";

/**
 * "She also highlighted…", "The spokesperson also condemned…": an attribution that carries "also" takes
 * up another item of the briefing, whatever places it names (annotation rule 5: one item each). In the
 * 27 annotated dev reports (the seed and 26 news reports) every paragraph opening this way starts a statement.
 */
const ALSO_ITEM = new RegExp(String.raw`^${SPOKESPERSON}\s+also\s+[a-z]+`);

/** A participial clause this short without a place refers back ("Reiterating his point"). */
const SHORT_CLAUSE_WORDS = 5;

function open(start: number, end: number): OpenStatement {
  return { start, end, opening: null, words: null, wordsTo: start };
}

/**
 * True when a cue at `at` opens a new statement. Strong cues always do. Weak and shift cues do when
 * their clause names a place the statement does not concern yet; a weak cue that names no place
 * does too unless it is short; a shift that names none does not. A shift counts countries only:
 * "She said the Kashmiri people…" inside a statement about India continues it.
 */
function opensStatement(
  text: string,
  s: OpenStatement,
  at: number,
  cue: Cue,
  home: string | null,
  first: boolean,
): boolean {
  if (cue.strength === "strong") return !namesTopicInHand(text, s.start, at, cue.clause);
  if (cue.strength === "shift")
    return ALSO_ITEM.test(cue.clause) || shiftNews(cue.clause, text, s, at, home) === "new";
  // Past the first subject, a participle that names its own topic moves on even among known places.
  if (!first && TOPIC_PARTICIPLE.test(cue.clause)) return true;
  const news = weakNews(cue.clause, text, s, at, home);
  if (news === "none") return wordCount(cue.clause) > SHORT_CLAUSE_WORDS;
  return news === "new";
}

/** "On Islamophobia, he said": a short "About/On X," topic. */
const SHORT_TOPIC = /^(?:About|On)\s+((?:the\s+)?[^\s,]+(?:\s+[^\s,]+){0,2}),/;

/**
 * True when an "About/On X," cue names in a few words a topic the statement is already about ("On
 * Islamophobia, he said…" inside the answer on the OIC resolution against Islamophobia): it
 * carries the matter on rather than turning to a new one.
 */
function namesTopicInHand(text: string, from: number, to: number, clause: string): boolean {
  const topic = SHORT_TOPIC.exec(clause)?.[1]?.replace(/^the\s+/, "");
  if (!topic || topic.length < 4) return false;
  return text.slice(from, to).includes(topic);
}

const QUOTE_OPEN = /^[“"‘]/;
/**
 * "He said the follow-up of the session on Afghanistan would also be reviewed", "She said the UN
 * working group had also registered the case": an "also" in the reported main clause adds to the
 * matter in hand, whatever places it names. ("She also said…", where the attribution carries the
 * "also", is another item.) An "also" after "as", "which"… belongs to a side clause and says nothing.
 */
const ALSO_IN_REPORT = new RegExp(
  String.raw`^${SPOKESPERSON}\s+(?:said|added|mentioned|informed|told)(?:\s+that)?\s+(?:(?!(?:as|which|who|that|because|while|when|where|after|since|but|and)\b)[^.;:“”"])*?\b(?:would|will|was|were|is|are|had|has|have)(?:\s+been|\s+be)?\s+also\b`,
);

/**
 * "He said Pakistan had also strongly condemned the laying of…", "She said Pakistan welcomed the
 * mediation offer…": the home country's stance on something, reported in the finite form of the
 * participles that open a statement ("Condemning…", "Welcoming…"), takes up a new matter whatever
 * places it names, "also" or not. Built once per home country.
 */
const STANCE_VERBS =
  "condemned|condemns|welcomed|welcomes|rejected|rejects|deplored|deplores|denounced|denounces|congratulated|felicitated|lauded";
const stanceByHome = new Map<string, RegExp>();

function stanceOf(home: string | null): RegExp | null {
  if (home === null) return null;
  let re = stanceByHome.get(home);
  if (!re) {
    const name = COUNTRIES.find((c) => c.code === home)?.name;
    if (!name) return null;
    re = new RegExp(
      `^${SPOKESPERSON}\\s+(?:also\\s+)?(?:said|added|stated|noted|told)(?:\\s+that)?\\s+(?:${name}|the country|the government)\\s+(?:(?:had|has|have|also|strongly|firmly|categorically|vehemently|unequivocally)\\s+)*(?:${STANCE_VERBS})\\b`,
    );
    stanceByHome.set(home, re);
  }
  return re;
}

/** A re-attributing paragraph's clause is its first sentence, up to this long. */
const CLAUSE_CHARS = 200;

/**
 * A paragraph's cues, with a shift at its start when it attributes to the spokesperson anew without
 * a cue of its own: wire copy moves from item to item that way ("She confirmed that the visit of
 * the Chinese President…"), and the new place tells the move.
 */
function cuesWithReattribution(p: Paragraph, home: string | null): readonly Cue[] {
  if (p.cues[0]?.at === 0 || (p.voice !== "spokesperson" && p.voice !== "pronoun")) return p.cues;
  // A paragraph that opens with a quotation carries on what its speaker was saying.
  if (QUOTE_OPEN.test(p.view.text)) return p.cues;
  const text = p.view.text;
  const clause = text.slice(0, Math.min(p.starts[1] ?? text.length, CLAUSE_CHARS));
  if (stanceOf(home)?.test(clause)) return [{ at: 0, strength: "strong", clause }, ...p.cues];
  if (ALSO_IN_REPORT.test(clause)) return p.cues;
  return [{ at: 0, strength: "shift", clause }, ...p.cues];
}

/** The statements' spans, in order, from the paragraphs marked `included`. */
export function assemble(text: string, paras: readonly Paragraph[], home: string | null): Span[] {
  const out: Span[] = [];
  let current: OpenStatement | null = null;
  let prevIndex = -2;
  const close = () => {
    if (current && current.end > current.start) out.push({ start: current.start, end: current.end });
    current = null;
  };
  for (const p of paras) {
    // Whatever lies between two paragraphs (a heading, a caption) or an excluded paragraph ends a statement.
    if (!p.included || p.index !== prevIndex + 1) close();
    prevIndex = p.index;
    if (!p.included) continue;
    let statement: OpenStatement = current ?? open(p.block.contentStart, p.block.end);
    // The lede sums up the paragraph that attributes it ("Pakistan on Thursday reaffirmed…" then
    // "Foreign Office spokesperson X … lauded France…"), so that paragraph does not move on from it.
    const afterLede =
      paras[0] !== undefined && statement.start === paras[0].block.contentStart && p === paras[1];
    for (const cue of afterLede ? p.cues : cuesWithReattribution(p, home)) {
      const at = sourceOffset(p.view, cue.at);
      const first = out.length === 0;
      if (at <= statement.start || !opensStatement(text, statement, at, cue, home, first)) continue;
      statement.end = trimBlankEnd(text, statement.start, at);
      current = statement;
      close();
      statement = open(at, at);
    }
    statement.end = p.block.end;
    current = statement;
  }
  close();
  return out;
}

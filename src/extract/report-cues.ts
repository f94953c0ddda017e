/**
 * Topic cues: the sentence openings with which a news report moves the spokesperson on to a new
 * subject. Strong cues name a question or a topic outright ("To a question about…", "When asked…",
 * "About X, she said", "As far as X is concerned", "Responding to…") and always open a statement.
 * Weak cues are participial openings ("Commenting on…", "Condemning…", "Expressing concern over…")
 * that may only continue the current subject; the splitter decides on those from the places their
 * clause names. A cue counts only at the start of a sentence outside quotation marks, so a quoted
 * "About the restoration of democracy, …" stays inside its statement.
 */

import { sentenceStarts } from "./report-sentences.js";

/**
 * `strong`: always opens a statement. `weak`: a participial opening, opens one unless it plainly
 * continues the subject. `shift`: a paragraph that re-attributes ("The spokesperson also said…",
 * "Moreover, …"), opens one only when it brings a new place.
 */
export type CueStrength = "strong" | "weak" | "shift";

export interface Cue {
  /** Index into the paragraph's plain text where the cue's sentence starts. */
  at: number;
  strength: CueStrength;
  /** The cue's own clause ("Condemning the ongoing atrocities in Gaza"), for the places check. */
  clause: string;
}

/** The subject of the main clause after a fronted cue phrase: the spokesperson or Pakistan. */
const SUBJ =
  "(?:she|he|[Tt]he\\s+(?:FO\\s+|Foreign Office\\s+)?(?:[Ss]pokes(?:person|man|woman)|spox|official)|(?:FO|Foreign Office)\\s+(?:[Ss]pokes(?:person|man|woman)|spox)|(?:Mr|Ms|Mrs|Ambassador)\\.?\\s+[A-Z]|Pakistan\\b|[Tt]he Foreign Office|(?:[A-Z][a-z]+\\s+){1,3}(?:said|added|stated|remarked|noted|stressed|told|urged|called|expressed)\\b)";

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
/** "On the sidelines", "On Thursday", "On its part" set a scene, not a topic. */
const ON_NOT_TOPIC = `(?:the sidelines|the occasion|this occasion|the other hand|the one hand|the eve|the same day|this day|that day|the day|the part of|behalf|top of|(?:its|their|our|his|her|Pakistan['’]s|the Pakistani)\\s+(?:part|side)|${DAYS}|${MONTHS}|\\d)\\b`;

/** Framing, not a topic: "Speaking at her weekly news briefing, …", "Talking to reporters, …". */
const FRAMING =
  /(?:Speaking|Talking|Addressing|Briefing)\s+(?:at|during|in|to|with|the|a|her|his|newsmen|reporters|journalists|media)\b[^,.!?]{0,80}?\b(?:briefing|conference|media|newsmen|reporters|journalists|press)\b/y;

/**
 * "She told the media that…", "The spokesperson also apprised the media of…": the briefing's way of
 * announcing an item. One whose report goes on with Pakistan or a pronoun ("She told the media that
 * Pakistan had shared evidence…") is an answer carrying on, not an announcement.
 */
const TO_THE_MEDIA =
  /(?:She|He|The (?:FO |Foreign Office )?[Ss]pokes(?:person|man|woman)|Spokes(?:person|man|woman) [A-Z][a-z]+|(?:Mr|Ms|Mrs) [A-Z][a-z]+|[A-Z][a-z]+)\s+(?:also\s+)?(?:apprised|informed|briefed|told)\s+(?:the\s+)?(?:media|newsmen|journalists|reporters)(?:\s+(?:that|of|about))?\s+(?!(?:that|of|about|Pakistan|it|they|there|this|[Tt]he [Gg]overnment|Islamabad)\b)/y;

const STRONG: readonly RegExp[] = [
  // "To a question", "In response to a media query", "Replying to another question".
  /(?:To|In (?:response|reply|answer) to|(?:Responding|Replying|Reacting|Answering)(?:\s+to)?|Upon|On)\s+(?:[\w’'-]+\s+){0,4}?(?:question|questions|query|queries)\b/y,
  /(?:Responding|Replying|Reacting)\s+to\b|In (?:response|reply) to\b/y,
  /(?:(?:When|If|On being|Upon being|Being)\s+asked|Asked|Questioned|When questioned)\b/y,
  /As far as\b[^.!?]{2,200}?\b(?:is|are|was|were)\s+concerned\b/y,
  /(?:Regarding|Concerning|As regards?(?: to)?|As for|With (?:regard|regards|respect|reference) to|In regard to|Pertaining to|Coming to|Turning to|Moving (?:on )?to|Talking about|Speaking about|Speaking on|Touching (?:upon|on)|Commenting about|As to)\b[^.!?]{2,250}?,/y,
  new RegExp(`(?:About|On)\\s+(?!${ON_NOT_TOPIC})[^.!?]{2,300}?,\\s+${SUBJ}`, "y"),
  TO_THE_MEDIA,
];

const NOT_PARTICIPLE =
  "(?:During|According|Following|Being|Nothing|Something|Anything|Everything|Beijing|Spring|Morning|Evening|King|Including|Excluding|Considering|Notwithstanding|Pending|Regarding|Concerning)\\b";
const WEAK = new RegExp(
  `(?!${NOT_PARTICIPLE})((?:[A-Z][a-z]+ly\\s+[a-z]+ing|[A-Z][a-z]+ing)\\b[^.!?]{2,250}?),\\s+${SUBJ}`,
  "y",
);

/**
 * Paragraph openings that may move on without naming a topic: "The spokesperson also said…",
 * "She welcomed…", "Moreover, …". A plain "She said…" continues and is not one of them.
 */
const SHIFT =
  /(?:(?:The|the)\s+(?:FO\s+|Foreign Office\s+)?(?:[Ss]pokes(?:person|man|woman)|spox)\s+(?:also|further)?|(?:She|He)\s+also|(?:She|He|The spokes(?:person|man|woman))\s+(?:strongly\s+)?(?:welcomed|condemned|announced|expressed|informed|told|apprised|briefed|mentioned|highlighted|shared|rejected|congratulated|extended|lauded|appreciated|deplored|denounced)\b|(?:Moreover|Additionally|Separately|Meanwhile|Besides|Furthermore|In addition|Similarly|Likewise|Also|Earlier|Later),)[^.!?]{0,200}/y;

const QUOTE_OPEN = /^[“"]/;

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** The cue opening the sentence at `i`, or null. */
export function cueAt(plain: string, i: number): Cue | null {
  if (at(FRAMING, plain, i)) return null;
  for (const re of STRONG) {
    const m = at(re, plain, i);
    if (m) return { at: i, strength: "strong", clause: m[0] };
  }
  const w = at(WEAK, plain, i);
  if (w) return { at: i, strength: "weak", clause: w[1] as string };
  return null;
}

/** Every cue in a paragraph's plain text, in order; a shift counts only where the paragraph starts. */
export function cuesOf(plain: string, starts: readonly number[] = sentenceStarts(plain)): Cue[] {
  const out: Cue[] = [];
  for (const i of starts) {
    // A paragraph may open with the spokesperson's own topic cue: "“Regarding dialogue with…".
    const quoted = i === 0 && QUOTE_OPEN.test(plain) ? cueAt(plain, 1) : null;
    const cue = quoted?.strength === "strong" ? { ...quoted, at: 0 } : cueAt(plain, i);
    if (cue) out.push(cue);
    else if (i === 0) {
      const m = at(SHIFT, plain, 0);
      if (m) out.push({ at: 0, strength: "shift", clause: m[0] });
    }
  }
  return out;
}

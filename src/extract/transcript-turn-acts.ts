/**
 * What a short official turn of a White House transcript does when it may carry no subject. Read
 * from thousands of short turns in `wh/`: most call on someone ("Go ahead, Nadia.", "In the
 * back."), thank, greet or close, control the floor ("Wait, wait. Hold on.", "we're running out of
 * time"), ask for a repeat ("Say that one more time?"), answer in one word ("Yeah.") or start and
 * get cut off ("So, we —"). Whether a one-word reply answers a question or only tells a reporter to
 * go on depends on the turns around it, so this module only names the act; split-turns decides.
 */

export type TurnAct =
  /** Every sentence manages the floor, greets, thanks or fills: never a statement. */
  | "moderation"
  /** Only affirmations, fillers or a bare name ("Yeah.", "Sure.", "No.", "Jake."): a statement only as an answer. */
  | "reply"
  /** A few content-free words cut off by a dash ("So, we —", "Look, I — I —"). */
  | "false-start"
  | "content";

// Turns longer than this always say something.
const MAX_ACT = 200;
const STAGE = /\([^()]{0,80}\)/g;
const SPACES = /[\s\u00a0]+/g;
const SENTENCE = /[^.!?]+(?:[.!?]+["”’]?|$)/g;
const DASHES = /\s*(?:[—–]|--|(?<=\s)-(?=\s))\s*/;
const FRAGMENT_END = /(?:[—–]|--|-)$/;
// A sentence cut off at its end still does what it set out to do ("We can end this briefing —").
const TRAILING_DASH = /[ \t]*(?:[—–]|--)$/;
// A comma left before a full stop once "(inaudible)" is gone ("Go ahead, (inaudible).").
const ORPHAN_COMMA = /\s*,\s*(?=[.!?]|$)/g;
const WORD_BREAKS = /[\s,—–.]+|--/;

// Patterns are matched against the sentence as written and with its first letter in lower case,
// without the `i` flag (under which \p{Lu} would match any letter): keywords are written in lower
// case, the pronoun as "I", names start with a capital.
const LEAD = `(?:(?:okay|ok|all right|alright|oh|so|and|yeah|yes|no|well|sorry|I['’]m sorry|wait|um|uh|great|hey|look|guys|everybody|everyone|folks)[, ]+)*`;
const NAME = String.raw`(?:\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}|\(inaudible\))`;
const WHO = `(?:everyone|everybody|all|you all|y['’]all|guys|you guys|folks|sir|ma['’]am|${NAME})`;
const BACK = `(?:(?:way |all the way )?in the back|in the front|in the middle|on the aisle|right there|right here)`;
const SOME_WORDS = String.raw`(?: [\p{L}’',]+){0,6}`;

const MODERATION_PATTERNS = [
  // Greetings, wishes and courtesies.
  String.raw`(?:(?:hi|hello|hey),? )*(?:hi|hello|hey|howdy|good (?:morning|afternoon|evening)|afternoon|morning|evening|happy \p{L}[\p{L}’']*(?: \p{L}[\p{L}’']*)?|welcome(?: back)?|good to see you(?: all)?|nice to see you|bless you|you too|same to you|(?:I['’]ll |we['’]ll )?see you(?: all| guys)?(?: tomorrow| next week| later| soon| there| on the ground| in a (?:bit|few|minute))?|have a (?:great|good|nice|wonderful|happy)${SOME_WORDS}|how (?:are )?(?:you|y['’]all)(?: all)?(?: doing)?|I haven['’]t seen you in a while)(?:,? ${WHO})*`,
  // Thanks.
  `(?:thanks|thank you|I appreciate (?:it|that|you(?: all)?)|appreciate (?:it|that|you(?: all)?))(?: (?:so|very) much| again| all| guys| for (?:that|having me|your (?:time|patience)))*(?:,? ${WHO})*`,
  // Calling on someone.
  `(?:${NAME},? )?(?:go ahead|go for it|go|you['’]re up|your turn|the floor is yours|you have the floor)(?:,? (?:go ahead|${BACK}|${WHO}))*`,
  `(?:${NAME},? )?${BACK}(?:,? (?:go ahead|${WHO}))*`,
  `(?:${NAME},? )?(?:(?:you have|you['’]ve got|you get|we['’]ll take) )?(?:the |one )?(?:last|final) (?:one|question)s?(?:,? (?:${BACK}|${WHO}))*`,
  `(?:just |only |maybe )?(?:one|two|three|a couple|a few|a couple of) more(?: questions?)?(?:,? go ahead)?`,
  `we (?:have|['’]ve got|got) time for (?:one|two|a couple|a few)(?: more)?(?: questions?)?`,
  // Floor control and closings.
  `(?:wait|hold on|hang on|one second|one sec|give me (?:a|one) (?:second|sec|minute|moment))(?:,? (?:wait|hold on|a (?:second|sec|minute)|one second|${WHO}))*`,
  `(?:everyone|everybody|all|guys|you guys|folks|y['’]all)`,
  `I['’]ll (?:get|come back) to (?:that|you|it)(?: in a (?:second|sec|minute)| next| later)?`,
  // "And then I'll take — and then I'll take.": who asks next.
  `(?:(?:and )?(?:then )?I['’]ll take(?: (?:(?:one|two|a (?:couple|few)) more|you|that|it|one|two|a (?:couple|few)|questions?|your questions|some questions))?(?: (?:next|after|then|after that))?(?: — |(?=[.!?]*$)))+`,
  `(?:we|I)(?: have|['’]ve)? (?:got to|gotta|have to|need to) (?:go|run|move on|keep moving|wrap(?: it)? up|sit(?: down)?|land|leave it there)${SOME_WORDS}`,
  `(?:so,? )?(?:we|I)['’](?:re|m) (?:running out of|running short on|out of|short on|tight on) time${SOME_WORDS}`,
  `(?:you know,? )?I['’]m on a (?:time clock|clock|tight schedule)(?: here)?`,
  `I['’]m (?:due|needed|wanted) (?:up front|back|elsewhere|somewhere)(?: (?:now|soon))?`,
  `(?:I['’]m going to|we['’]re going to|let['’]s) (?:keep (?:going|moving)|move on|wrap (?:it |this |things )?up|start wrapping(?: it| this| things)? up)${SOME_WORDS}`,
  `(?:(?:if )?(?:we|I|${NAME}),? )*(?:we )?can end (?:this|the) briefing${SOME_WORDS}${SOME_WORDS}`,
  // Repair requests.
  String.raw`(?:I['’]m )?sorry\?|pardon(?: me)?\??|(?:I )?beg your pardon\??|what\?|hmm\?|huh\?|say what\?|me\?|which one\?|(?:can you |could you )?(?:say|repeat) (?:that|it|the question)(?: again| one more time| last part)?\??|what was (?:the|your)(?: first| second| last| other)? question(?: again)?\??|your question (?:was|is)(?: about| on)?\??`,
  // Apologies and exclamations.
  `(?:I['’]m )?(?:so |really |very )?sorry|my apologies|wow|(?:very )?good|great|perfect|excellent|cool|got it|gotcha|fine|you got it|fair enough|no problem|no worries|that['’]s a lot(?: of questions)?(?: (?:right )?there)?|here we go|anyway|oh,? (?:boy|man|my (?:god|gosh|goodness))|laughs|laughter`,
];
const MODERATION = new RegExp(`^${LEAD}(?:${MODERATION_PATTERNS.join("|")})[.!?]*$`, "u");
const REPLY_WORD = `(?:yeah|yes|yep|yup|sure|right|correct|exactly|absolutely|indeed|of course|no|nope|mm-hmm|uh-huh|understood|I hear you|I understand|I know|that['’]s right|that['’]s correct|sir|ma['’]am|${NAME})`;
const REPLY = new RegExp(`^${LEAD}${REPLY_WORD}(?:[, ]+${REPLY_WORD})*[.!?]*$`, "u");
const FILLER_SENTENCE = /^(?:(?:okay|ok|all right|alright|oh|so|well|um|uh)[.!?,]*\s*)+$/;
const FILLER_WORD = new Set(
  "i i'm i’m going then i'll i’ll we'll we’ll can sorry fine guys everybody everyone folks we we're we’re so well look mean but and yeah oh um uh you know that that's that’s it it's it’s is the this okay ok all right just what let me let's let’s here's here’s again because if to on first of there they he she go ahead wh-".split(
    " ",
  ),
);

/**
 * True when the turn's first sentence past fillers manages the floor, thanks or closes ("All right.
 * Thanks, everybody. Don't fall…"): in a short last turn, the rest is a parting word.
 */
export function opensWithModeration(raw: string): boolean {
  const flat = raw.replace(STAGE, " ").replace(SPACES, " ").replace(ORPHAN_COMMA, "").trim();
  for (const m of flat.matchAll(SENTENCE)) {
    const sentence = m[0].trim();
    if (sentence === "" || matches(FILLER_SENTENCE, sentence)) continue;
    return matches(MODERATION, sentence);
  }
  return false;
}

/** The act of an official's turn text (stage directions and spacing are ignored). */
export function turnAct(raw: string): TurnAct {
  if (raw.length > MAX_ACT) return "content";
  const flat = raw.replace(STAGE, " ").replace(SPACES, " ").replace(ORPHAN_COMMA, "").trim();
  if (flat === "") return "moderation";
  if (FRAGMENT_END.test(flat) && isContentFree(flat)) return "false-start";
  let moderation = false;
  let replies = false;
  for (const m of flat.matchAll(SENTENCE)) {
    const sentence = dropFalseStarts(m[0].trim()).replace(TRAILING_DASH, "");
    if (sentence === "") continue;
    if (matches(FILLER_SENTENCE, sentence)) replies = true;
    else if (matches(MODERATION, sentence)) moderation = true;
    else if (matches(REPLY, sentence)) replies = true;
    else return "content";
  }
  // A reply mixed with moderation ("Yeah. Go ahead.") hands the floor on; replies alone may answer.
  return moderation || !replies ? "moderation" : "reply";
}

function matches(pattern: RegExp, sentence: string): boolean {
  if (pattern.test(sentence)) return true;
  const first = sentence.charAt(0);
  const lower = first.toLowerCase();
  return lower !== first && pattern.test(lower + sentence.slice(1));
}

/**
 * The sentence without leading fragments cut off by a dash that say nothing ("I'll — your question…")
 * or that the speaker starts over ("See you on the ro- — see you on the ground.").
 */
function dropFalseStarts(sentence: string): string {
  const parts = sentence.split(DASHES);
  let i = 0;
  while (
    i < parts.length - 1 &&
    (isContentFree(parts[i] ?? "") || isRestarted(parts[i] ?? "", parts[i + 1] ?? ""))
  )
    i++;
  return i === 0 ? sentence : parts.slice(i).join(" — ").trim();
}

/**
 * A fragment cut mid-word that the next part starts over: its words before the cut word open the next
 * part ("See you on the ro-" then "see you on the ground"), or, with no words before it, the cut word
 * does ("N-" then "North Carolina").
 */
function isRestarted(fragment: string, next: string): boolean {
  const cut = /^(.*?)(\S*)-$/.exec(fragment.toLowerCase());
  if (!cut) return false;
  const head = (cut[1] as string).trim();
  const again = next.toLowerCase();
  return head.length > 0
    ? again.startsWith(head)
    : (cut[2] as string).length > 0 && again.startsWith(cut[2] as string);
}

/** At most six words, every one a filler ("So, we —", "Look, I — I —"). */
export function isContentFree(fragment: string): boolean {
  const words = fragment
    .toLowerCase()
    .split(WORD_BREAKS)
    .filter((w) => w !== "" && w !== "-");
  if (words.length > 6) return false;
  for (const w of words) if (!FILLER_WORD.has(w) && !w.endsWith("-")) return false;
  return true;
}

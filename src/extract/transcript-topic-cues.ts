/**
 * Where an official's opening remarks turn to a new subject. Read from the paragraph openings of
 * opening remarks across `wh/`: officials announce the turn ("Now turning to the economy.", "I want
 * to switch, if I could, to Russia and Ukraine.", "Switching gears just for a second here."), flag a
 * quick item ("Now, just real quickly on Angola.", "Just a brief update on the crossing at Rafah:"),
 * count items ("Next, …", "And finally, …", "Afterwards, …", "One more thing …", "my second update …"), bring news
 * ("We also have significant news from EPA today", "I think we've all seen the terrible news …") or
 * say what they want to do next ("I also want to give an update on …", "I'll just say a couple
 * things about …"). Hand-overs ("turn it over to the Admiral") are not cues.
 */

const LEAD_IN = String.raw`(?:(?:and|now|so|okay|ok|all right|alright|also|well|but|then|and then|lastly|finally)[,.!:;—–-]*\s+)*`;
const WHEN = String.raw`(?:(?:today|tomorrow|tonight|yesterday|this (?:morning|afternoon|evening|week|weekend)|earlier today|later today|here|first|before we (?:begin|start|get started)|as (?:many of )?you (?:all )?(?:know|saw|may have seen))(?:[^!?:]{0,70}?,)?\s+)?`;
const SP = String.raw`\s+`;
const TITLES =
  "Admiral|Secretary|General|Director|Ambassador|Administrator|Mr|Ms|Mrs|Dr|my|our|the (?:Admiral|Secretary|Director|National|Deputy|podium|floor)";
const ADVERBS = `(?:,?${SP}(?:just|now|quickly|briefly|real quick(?:ly)?|very quickly|for a (?:second|moment|minute)|just (?:for )?a (?:second|bit|moment)|a bit|here|if I (?:can|could|may))|,)*`;
const VERB =
  "(?:turn|turning|switch|switching|shift|shifting|move|moving|pivot|pivoting|jump|jumping|change|changing)";
const WANT = `(?:I(?:${SP}(?:also|just|now))?${SP}(?:want|wanted|would like|['’]d like)${SP}to|let me|let['’]s|I['’]ll|I will|I['’]m going to|if I (?:can|could|may),?)`;

const CUES = [
  String.raw`next(?=[,:—–]|${SP}(?:up|I|we|on)\b)|the next (?:thing|item|topic|subject|update|announcement)\b`,
  String.raw`finally\b|lastly\b|last but not least\b|moving on\b|on to\b|onto\b|separately\b|in other news\b`,
  // The day's next stop: "Afterwards, we will head to Wilmington, …".
  "(?:afterwards?|after that|from there),",
  // "Now turning to the economy.", "I want to switch, if I could, to Russia", "Switching gears …".
  String.raw`(?:${WANT}(?:${SP}(?:also|just|quickly|briefly|now))*${SP})?(?:(?:just${SP})?(?:quickly|briefly),?${SP})?${VERB}${SP}(?:gears|topics|subjects)\b`,
  String.raw`(?:${WANT}(?:${SP}(?:also|just|quickly|briefly|now))*${SP})?(?:(?:just${SP})?(?:quickly|briefly),?${SP})?${VERB}${ADVERBS}(?:${SP}over)?${SP}(?:to|on to|onto)\b(?!${SP}(?:${TITLES})\b)`,
  // "Now, just real quickly on Angola.", "Just a brief update on …".
  String.raw`(?:just${SP})?(?:real${SP}|very${SP}|really${SP})?quick(?:ly)?(?:${SP}(?:update|note|word|readout))?(?:,|${SP}(?:on|about|to|turning|a readout|an update)\b)`,
  String.raw`(?:just${SP})?(?:a|one|another)${SP}(?:(?:brief|quick|short|final|last)${SP})?(?:update|note|word|readout|announcement)s?${SP}(?:on|about|regarding|from)\b`,
  String.raw`on${SP}(?:a|another)${SP}(?:(?:more|much|slightly|very)${SP})?(?:serious|solemn|somber|sombre|sad|sadder|brighter|happier|lighter|different|separate|positive|happy|good|final|last)${SP}note\b|on another note\b`,
  String.raw`(?:another|one more|one last|one final|my (?:second|third|next|last|final)|the (?:second|third) )${SP}?(?:piece of (?:[\p{L}-]+${SP})?news|thing|item|note|update|announcement|topper|topic|subject|point)\b`,
  // "We also have significant news from EPA today", "But today I have very sad news".
  String.raw`${WHEN}(?:we|I)(?:${SP}also)?${SP}(?:have|had|got)(?:${SP}(?:some|a|a bit of|a piece of|one more|another))?(?:${SP}(?:very|really|significant|big|good|great|exciting|sad|tragic|important|breaking|late[- ]breaking|welcome|encouraging|historic|major|new|more)(?=${SP}\p{L}))*${SP}(?:news|announcements?|updates?)\b`,
  String.raw`(?:I think${SP})?(?:we|you)(?:['’]ve|${SP}have)(?:${SP}all)?${SP}(?:seen|heard)(?:${SP}about)?${SP}(?:the|some)${SP}(?:[\p{L}-]+${SP}){0,2}(?:news|reports?|reporting)\b`,
  String.raw`also${SP}(?:today|this (?:morning|afternoon|week))\b`,
  // "I also want to give an update on …", "I want to take a moment and recognize …".
  String.raw`${WHEN}I(?:${SP}(?:also|just|now))*${SP}(?:want|wanted|would like|['’]d like)${SP}to${SP}(?:(?:also|just|quickly|briefly|now|first)${SP})*(?:note|highlight|lift up|share|announce|flag|update|give|mention|welcome|introduce|start|begin|take a (?:moment|minute|second)|address|touch on|talk about|discuss|say (?:a )?(?:few |couple (?:of )?)?(?:words?|things)|acknowledge|recognize|mark|preview|congratulate|provide|offer|make (?:a|an|one|some) (?:quick )?(?:note|announcement|point))\b`,
  String.raw`${WHEN}(?:let me|I['’]ll|I will|I['’]m going to)(?:${SP}(?:just|also|quickly|briefly|now))*${SP}(?:say a (?:few|couple(?: of)?) (?:things|words)|give (?:you )?(?:an|a quick|a brief|a short) update|talk (?:a little (?:bit )?)?about|highlight|start with)\b`,
];

// Lines are hard-wrapped: every space written in a pattern above matches any run of white space.
const TOPIC_CUE = new RegExp(spacesAsRuns(`${LEAD_IN}(?:${CUES.join("|")})`), "iuy");

/**
 * True when the paragraph starting at `start` turns an official's opening remarks to a new subject.
 * `TOPIC_CUE` is sticky and case-insensitive; it only reads from `start`.
 */
export function isTopicCue(text: string, start: number): boolean {
  // A paragraph that opens in lower case goes on with a sentence the line break cut.
  const c = text.charAt(start);
  if (c !== c.toUpperCase()) return false;
  TOPIC_CUE.lastIndex = start;
  return TOPIC_CUE.test(text);
}

/** The pattern with each literal space outside a character class read as `\s+`. */
function spacesAsRuns(pattern: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      out += c + (pattern[i + 1] ?? "");
      i++;
    } else if (inClass) {
      if (c === "]") inClass = false;
      out += c;
    } else if (c === "[") {
      inClass = true;
      out += c;
    } else out += c === " " ? String.raw`\s+` : c;
  }
  return out;
}

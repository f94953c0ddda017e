/**
 * Where a spokesperson's opening announcements split. An announcement often runs over several
 * paragraphs about one visit or event ("At the invitation of… will visit", "During the visit…",
 * "China and Oman enjoy…"). The rule, in order:
 *  1. strong openers always start a new announcement: "At the invitation of", "Invited by",
 *     "As agreed by", numbered items ("II."), figure updates ("I'd like to share some figures"),
 *     and press-conference schedule notices ("…regular press conference will be adjourned…");
 *  2. after a schedule notice, anything that does not refer back starts anew;
 *  3. paragraphs that refer back ("During…", "This visit…", "The two sides…", "The meeting…") continue;
 *  4. a paragraph whose first sentence announces an event ("… will be held", "… will pay a visit",
 *     "… has decided to send") starts anew unless that sentence names someone or something the
 *     current announcement already named (then it elaborates the same event), or its object points
 *     back ("… will attend the forum");
 *  5. anything else continues the current announcement.
 */

const STRONG_OPENER =
  /^(?:[IVX]{1,4}\.\s|(?:At the (?:invitation|request) of|Invited by|Upon (?:the )?invitation|On (?:the )?invitation of|As agreed (?:upon )?(?:by|between|with)|I(?:'|’)d like to share|I would like to share|Here(?:'|’)s (?:the|a|some) (?:latest )?update|Before we begin|According to the (?:latest )?(?:figures|statistics|update|data|NHC|National Health Commission))\b)/;

const SCHEDULE_NOTICE =
  /\b(?:regular|MFA|our) press conference\b[^.]{0,120}?\bwill (?:be )?(?:adjourn(?:ed)?|in recess|recess(?:ed)?|resumed?|halted|suspended|cancell?ed|postponed|held|begin|start)\b/i;

const CONTINUATION =
  /^(?:During|While|Whilst|When|This|These|That|Those|It|Its|It[’']s|He|She|His|Her|They|Their|We|Our|Both|Also|Besides|Moreover|Furthermore|Meanwhile|In addition|In the meantime|Upon agreement|You|The (?:two|three|four|both) (?:sides|countries|leaders|parties|heads)|The (?:meeting|visit|trip|event|forum|dialogue|conference|summit|talks|session|exhibition|ceremony|activity|mechanism|round|tour|promotion event|video conference|videoconference|recess|adjournment)s?)\b/;

const EVENT_VERB =
  /\bwill (?:also )?(?:pay|visit|travel|attend|hold|host|co-?host|chair|co-?chair|be held|take place|open|convene|meet|launch|assume|go)\b|\bha(?:s|ve) (?:decided|agreed) to\b|\bis (?:being )?held\b/;

// A sentence ends at . ! or ? before a capital letter ("a.m. tomorrow" does not end one).
const FIRST_SENTENCE_END = /[.!?]["”’)]?\s+(?=[\p{Lu}"“‘(])/u;
// "… will attend the forum": the object points back to an event already announced.
const BACK_REFERENCE =
  /^\s+(?:the|this|that|these) (?:forum|meeting|event|summit|conference|dialogue|ceremony|session|activity|exhibition|expo|talks|celebrations?)\b/;
const CAPITALISED = /\p{Lu}[\p{L}\p{M}'’]{2,}/gu;

// Titles, ranks and event nouns that many unrelated announcements share; they prove no link.
const GENERIC = new Set(
  (
    "The From With And For State Councilor Councillor Foreign Minister Ministers Ministry Premier President Vice " +
    "Chairman Chair Special Envoy Director Member Political Bureau Central Committee Chinese China CPC Communist " +
    "Party Government People's People’s Republic Affairs Council Standing NPC Secretary General Prime Deputy " +
    "Ambassador Office Commission National Congress King Emir Forum Summit Meeting Conference Dialogue Session " +
    "International Annual Expo Ceremony Opening World Cooperation Strategic Economic Financial Joint Level High " +
    "First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth MFA Today Tomorrow Yesterday Monday " +
    "Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August " +
    "September October November December Beijing"
  ).split(" "),
);

export function isScheduleNotice(paragraph: string): boolean {
  return SCHEDULE_NOTICE.test(paragraph);
}

/** Decides whether `paragraph` starts a new announcement after `current` (the announcement so far). */
export function startsAnnouncement(paragraph: string, current: string, currentIsNotice: boolean): boolean {
  if (STRONG_OPENER.test(paragraph) || SCHEDULE_NOTICE.test(paragraph)) return true;
  if (CONTINUATION.test(paragraph)) return false;
  if (currentIsNotice) return true;
  const cut = FIRST_SENTENCE_END.exec(paragraph);
  const first = cut ? paragraph.slice(0, cut.index) : paragraph;
  const verb = EVENT_VERB.exec(first);
  if (!verb) return false;
  if (BACK_REFERENCE.test(first.slice(verb.index + verb[0].length))) return false;
  return !sharesName(first, current);
}

/** True when `sentence` names a distinctive capitalised word that the current announcement used. */
function sharesName(sentence: string, current: string): boolean {
  for (const m of sentence.matchAll(CAPITALISED)) {
    const word = m[0];
    if (!GENERIC.has(word) && current.includes(word)) return true;
  }
  return false;
}

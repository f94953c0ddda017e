/**
 * The day a reported briefing was held. News reports are dated by publication and name the briefing
 * day by weekday ("Pakistan, on Thursday, expressed…" in a report dated Friday 5 April 2024), so the
 * briefing day is the most recent such weekday on or before the header date.
 */

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const WEEKDAY = /\b(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
/** The report's opening is where it says when the briefing took place. */
const SEARCH_CHARS = 3000;
const BRIEFING = /\b(?:briefing|press conference|news conference|media conference)\b/i;
/** How far before a weekday, within its sentence, a future marker ("will … on Friday") is looked for. */
const FUTURE_REACH = 60;
const FUTURE = /\b(?:will|shall|is scheduled|are scheduled|is due|next|upcoming|is expected|are expected)\b/;

/** The ISO date of the latest `weekday` (0 = Sunday) on or before `isoDate`. */
export function lastWeekdayOnOrBefore(isoDate: string, weekday: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  const back = (d.getUTCDay() - weekday + 7) % 7;
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** The sentence around `index` (between the nearest full stops), for the "briefing" check. */
function sentenceAround(text: string, index: number): string {
  const before = Math.max(text.lastIndexOf(". ", index), text.lastIndexOf("\n", index));
  let after = text.indexOf(". ", index);
  if (after < 0) after = text.length;
  return text.slice(before + 1, after);
}

/**
 * The briefing day a report names, or null when it names no weekday. A weekday in the same sentence
 * as the briefing wins; else the first weekday of the report's opening.
 */
export function reportHeldOn(text: string, bodyStart: number, headerDate: string): string | null {
  const opening = text.slice(bodyStart, bodyStart + SEARCH_CHARS).replace(/\u00ad/g, "");
  let first: string | null = null;
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(opening); m !== null; m = WEEKDAY.exec(opening)) {
    const day = m[1] as string;
    // "Sunday Mass" names no day; "will address the assembly on Friday" is a day still to come.
    if (/^\s+[A-Z]/.test(opening.slice(m.index + day.length, m.index + day.length + 3))) continue;
    const reach = Math.max(0, m.index - FUTURE_REACH, opening.lastIndexOf(". ", m.index) + 1);
    if (FUTURE.test(opening.slice(reach, m.index))) continue;
    const sentence = sentenceAround(opening, m.index);
    if (BRIEFING.test(sentence)) return resolve(day, headerDate);
    first ??= day;
  }
  return first ? resolve(first, headerDate) : null;
}

function resolve(day: string, headerDate: string): string {
  return lastWeekdayOnOrBefore(headerDate, WEEKDAYS.indexOf(day as (typeof WEEKDAYS)[number]));
}

/**
 * statement.pk = dayNumber(date) * DAY_SPAN + n. One integer orders statements by date (newest first
 * is pk DESC), turns date ranges into key ranges and keeps the FTS rowid in date order.
 * 2^24 statements per day is far beyond any real briefing load; keys stay below 2^53 until year 9999.
 */
export const DAY_SPAN = 2 ** 24;
/** The first date a key exists for: older briefings cannot be stored, and no query can ask for them. */
export const FIRST_DATE = "1800-01-01";
const EPOCH = Date.parse(`${FIRST_DATE}T00:00:00Z`);
const MS_PER_DAY = 86_400_000;

/** Days since 1800-01-01 of an ISO date (YYYY-MM-DD). */
export function dayNumber(isoDate: string): number {
  const ms = Date.parse(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO date: ${isoDate}`);
  const days = (ms - EPOCH) / MS_PER_DAY;
  if (days < 0) throw new RangeError(`dates before ${FIRST_DATE} are not supported: ${isoDate}`);
  return days;
}

/** The smallest key of a date. */
export function firstKeyOf(isoDate: string): number {
  return dayNumber(isoDate) * DAY_SPAN;
}

/** The first key after every key of a date. */
export function keyAfter(isoDate: string): number {
  return (dayNumber(isoDate) + 1) * DAY_SPAN;
}

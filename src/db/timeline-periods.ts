/** Calendar periods for timelines and the month facet, on the date key's day numbers. */

export type Interval = "week" | "month" | "year";

const EPOCH = Date.UTC(1800, 0, 1);
const MS_PER_DAY = 86_400_000;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** ISO date of a day number (days since 1800-01-01, as in ordering-key.ts). */
export function dayToDate(day: number): string {
  return new Date(EPOCH + day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function dateToDay(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - EPOCH) / MS_PER_DAY);
}

export interface Period {
  /** `2024`, `2024-04` or ISO week `2024-W14`. */
  period: string;
  /** First and last calendar day of the period (ISO dates). */
  start: string;
  end: string;
}

/** The period containing a day, and the day numbers where it starts and where the next one starts. */
export function periodOf(day: number, interval: Interval): Period & { first: number; next: number } {
  const d = new Date(EPOCH + day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  if (interval === "year") {
    // Numeric, as for months: the string form cannot name the year after 9999 (`10000-01-01` is no date).
    const first = Math.round((Date.UTC(y, 0, 1) - EPOCH) / MS_PER_DAY);
    const next = Math.round((Date.UTC(y + 1, 0, 1) - EPOCH) / MS_PER_DAY);
    return { period: String(y), start: dayToDate(first), end: dayToDate(next - 1), first, next };
  }
  if (interval === "month") {
    const m = d.getUTCMonth();
    const first = Math.round((Date.UTC(y, m, 1) - EPOCH) / MS_PER_DAY);
    const next = Math.round((Date.UTC(y, m + 1, 1) - EPOCH) / MS_PER_DAY);
    return {
      period: `${y}-${String(m + 1).padStart(2, "0")}`,
      start: dayToDate(first),
      end: dayToDate(next - 1),
      first,
      next,
    };
  }
  // ISO 8601 weeks start on Monday; a week belongs to the year of its Thursday.
  const weekday = (d.getUTCDay() + 6) % 7;
  const first = day - weekday;
  const thursday = new Date(EPOCH + (first + 3) * MS_PER_DAY);
  const weekYear = thursday.getUTCFullYear();
  const jan4 = Math.round((Date.UTC(weekYear, 0, 4) - EPOCH) / MS_PER_DAY);
  const week1 = jan4 - ((new Date(EPOCH + jan4 * MS_PER_DAY).getUTCDay() + 6) % 7);
  const week = Math.floor((first - week1) / 7) + 1;
  return {
    period: `${weekYear}-W${String(week).padStart(2, "0")}`,
    start: dayToDate(first),
    end: dayToDate(first + 6),
    first,
    next: first + 7,
  };
}

/** "April 2024" for "2024-04". */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-");
  return `${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

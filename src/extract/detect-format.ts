/**
 * Tells a briefing's shape from its text alone, by the line openings each shape uses:
 * speaker-turn transcripts label officials in capitals ("MS. JEAN-PIERRE:") and reporters with a bare
 * `Q`; Q&A transcripts use `Q:`/`A:` or repeat a name label ("Zhao Lijian:", "Reuters:"); anything
 * else is a news report. Labels must recur (two `Q:`/`A:` lines, a name label three times), so a
 * report that quotes someone after "UK ambassador X said:" stays a report.
 */

export type Shape = "report" | "qa" | "turns";

/** Officials' turns in capitals: "MS. JEAN-PIERRE:", "MR. KIRBY:", "THE PRESIDENT:". */
const OFFICIAL_TURN =
  /^[ \t]*(?:(?:MR|MS|MRS|DR|SECRETARY|ADMIRAL|GENERAL|AMBASSADOR|SENATOR|GOVERNOR)\.?\s+[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+)*|THE PRESIDENT|THE VICE PRESIDENT)[ \t]*:/gm;
/** A reporter's turn: `Q` and spaces or a tab, then the question. */
const BARE_Q = /^[ \t]*Q(?:[ \t]{2,}|\t)\S/gm;
const QA_LABEL = /^[ \t]*(?:Q|A|Follow-up|Follow up)[ \t]*[:：]/gm;
/** A capitalised label of one to four words at a line start ("Zhao Lijian:", "Xinhua News Agency:"). */
const NAME_LABEL = /^[ \t]*([A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,3})[ \t]*:/gm;

function count(re: RegExp, text: string, from: number, enough: number): number {
  re.lastIndex = from;
  let n = 0;
  while (n < enough && re.exec(text) !== null) n++;
  return n;
}

/** The shape of the briefing whose body starts at `bodyStart`. */
export function detectFormat(text: string, bodyStart: number): Shape {
  const officials = count(OFFICIAL_TURN, text, bodyStart, 2);
  if (officials >= 2 || (officials === 1 && count(BARE_Q, text, bodyStart, 1) === 1)) return "turns";
  if (count(QA_LABEL, text, bodyStart, 2) >= 2) return "qa";
  if (hasThirdUse(text, bodyStart)) return "qa";
  return "report";
}

/** True when some label opens at least three lines: a transcript, not a report quoting "He added:" twice. */
function hasThirdUse(text: string, from: number): boolean {
  const seen = new Map<string, number>();
  NAME_LABEL.lastIndex = from;
  for (let m = NAME_LABEL.exec(text); m !== null; m = NAME_LABEL.exec(text)) {
    const label = m[1] as string;
    const n = (seen.get(label) ?? 0) + 1;
    if (n >= 3) return true;
    seen.set(label, n);
  }
  return false;
}

/**
 * Tells a briefing's shape from its text alone, by the line openings each shape uses:
 * speaker-turn transcripts label officials in capitals ("MS. JEAN-PIERRE:") and reporters with a bare
 * `Q`; Q&A transcripts use `Q:`/`A:` or repeat a name label ("Zhao Lijian:", "Reuters:"); anything
 * else is a news report. Labels must recur (two `Q:`/`A:` lines, a name label three times), so a
 * report that quotes someone after "UK ambassador X said:" stays a report.
 * One pass over line starts, each checked with anchored patterns.
 */

export type Shape = "report" | "qa" | "turns";

/** Officials' turns in capitals: "MS. JEAN-PIERRE:", "MR. KIRBY:", "THE PRESIDENT:". */
const OFFICIAL_TURN =
  /[ \t]*(?:(?:MR|MS|MRS|DR|SECRETARY|ADMIRAL|GENERAL|AMBASSADOR|SENATOR|GOVERNOR)\.?\s+[A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+)*|THE PRESIDENT|THE VICE PRESIDENT)[ \t]*:/y;
/** A reporter's turn: `Q` and spaces or a tab, then the question. */
const BARE_Q = /[ \t]*Q(?:[ \t]{2,}|\t)\S/y;
const QA_LABEL = /[ \t]*(?:Q|A|Follow-up|Follow up)[ \t]*[:：]/y;
/** A capitalised label of one to four words ("Zhao Lijian:", "Xinhua News Agency:"). */
const NAME_LABEL = /[ \t]*([A-Z][A-Za-z.]*(?:[ \t]+[A-Z][A-Za-z.]*){0,3})[ \t]*:/y;

/** Transcripts label their turns from the start; this much text tells the shape. */
const WINDOW = 30_000;

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** The shape of the briefing whose body starts at `bodyStart`. */
export function detectFormat(text: string, bodyStart: number): Shape {
  const limit = Math.min(text.length, bodyStart + WINDOW);
  let officials = 0;
  let bareQ = 0;
  let qa = 0;
  const labels = new Map<string, number>();
  let thirdUse = false;
  for (let i = bodyStart; i < limit; ) {
    if (at(OFFICIAL_TURN, text, i)) officials++;
    else if (at(BARE_Q, text, i)) bareQ++;
    else if (at(QA_LABEL, text, i)) qa++;
    else {
      const label = at(NAME_LABEL, text, i)?.[1];
      if (label) {
        const n = (labels.get(label) ?? 0) + 1;
        labels.set(label, n);
        if (n >= 3) thirdUse = true;
      }
    }
    const nl = text.indexOf("\n", i);
    if (nl < 0) break;
    i = nl + 1;
  }
  if (officials >= 2 || (officials === 1 && bareQ >= 1)) return "turns";
  if (qa >= 2 || thirdUse) return "qa";
  return "report";
}

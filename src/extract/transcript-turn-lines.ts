/**
 * Line kinds of White House style transcripts: official labels ("MS. JEAN-PIERRE:", "ADMIRAL
 * KIRBY:", "SECRETARY MAYORKAS:"), reporters' turns (`Q` then spaces), time stamps ("2:37 P.M. EST"),
 * "END", and staff turns ("AIDE:") that are neither official statements nor questions.
 */

export type TurnLine =
  | { kind: "official"; label: string; after: number }
  | { kind: "question"; after: number }
  | { kind: "other"; after: number }
  | { kind: "time" };

// Two to six upper-case words before a colon ("MR. KIRBY:", "VICE ADMIRAL GAUTIER:"; the honorific
// may be in mixed case, "Mr. KIRBY:"); one word alone ("CBS:") is more often a quoted source.
const OFFICIAL =
  /[ \t\u00a0]*((?:M[Rr][Ss]?|M[Ss]|D[Rr])\.?[ \t\u00a0]+(?:\p{Lu}[\p{Lu}\p{M}'’-]*\.?[ \t\u00a0]+){0,4}\p{Lu}[\p{Lu}\p{M}'’-]+|(?:\p{Lu}[\p{Lu}\p{M}'’-]*\.?[ \t\u00a0]+){1,5}\p{Lu}[\p{Lu}\p{M}'’-]+)[ \t\u00a0]*:/uy;
/[ \t\u00a0]*((?:\p{Lu}[\p{Lu}\p{M}'’-]*\.?[ \t\u00a0]+){1,5}\p{Lu}[\p{Lu}\p{M}'’-]+)[ \t\u00a0]*:/uy;
const SINGLE = /[ \t\u00a0]*(AIDE|MODERATOR|OPERATOR|STAFF|REPORTER|PARTICIPANT)[ \t\u00a0]*:/y;
// `Q` followed by spaces, a colon, the line's end, or (a missing space) a capitalised word.
const QUESTION = /[ \t\u00a0]*Q(?::|(?=[ \t\u00a0\r\n]|$)|(?=\p{Lu}\p{Ll}))[ \t\u00a0]*/uy;
const TIME =
  /[ \t\u00a0]*(?:END\b[ \t\u00a0]*)?(?:\d{1,2}:\d{2}[ \t\u00a0]*(?:[AaPp]\.?[ \t\u00a0]?[Mm]\.?)?[ \t\u00a0]*(?:[A-Z]{2,4})?)?[ \t\u00a0\r]*(?=\n|$)/y;
const STAFF = /\b(?:AIDE|CREW|MODERATOR|OPERATOR|STAFF|STAFFER)\b/;
const ASKER = /\b(?:REPORTER|PARTICIPANT|AUDIENCE|JOURNALIST)\b/;

/** Classifies the line [start, end) (start at the line's first character), or null for plain text. */
export function classifyTurnLine(text: string, start: number, end: number): TurnLine | null {
  const c = text.charCodeAt(start + countSpaces(text, start, end));
  if (c === 81 /* Q */) {
    QUESTION.lastIndex = start;
    if (QUESTION.exec(text) && QUESTION.lastIndex <= end)
      return { kind: "question", after: QUESTION.lastIndex };
  }
  if ((c >= 48 && c <= 57) || c === 69 /* E */) {
    TIME.lastIndex = start;
    const m = TIME.exec(text);
    if (m && TIME.lastIndex >= end && (m[0].includes(":") || m[0].includes("END"))) return { kind: "time" };
  }
  if (c < 65 || (c > 90 && c < 0xc0)) return null;
  OFFICIAL.lastIndex = start;
  const m = OFFICIAL.exec(text);
  if (m?.[1] && OFFICIAL.lastIndex <= end) {
    const label = m[1];
    if (ASKER.test(label)) return { kind: "question", after: OFFICIAL.lastIndex };
    if (STAFF.test(label)) return { kind: "other", after: OFFICIAL.lastIndex };
    const after = OFFICIAL.lastIndex;
    // "MS. JEAN-PIERRE:  Q But I also wanted…": a reporter's turn under a misplaced label.
    QUESTION.lastIndex = after;
    if (
      text.charCodeAt(after + countSpaces(text, after, end)) === 81 &&
      QUESTION.exec(text) &&
      QUESTION.lastIndex <= end
    ) {
      return { kind: "question", after: QUESTION.lastIndex };
    }
    return { kind: "official", label, after };
  }
  SINGLE.lastIndex = start;
  const s = SINGLE.exec(text);
  if (s?.[1] && SINGLE.lastIndex <= end) {
    return ASKER.test(s[1])
      ? { kind: "question", after: SINGLE.lastIndex }
      : { kind: "other", after: SINGLE.lastIndex };
  }
  return null;
}

function countSpaces(text: string, start: number, end: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) break;
    i++;
  }
  return i - start;
}

/**
 * Sentence starts in a news-report paragraph that lie outside quotation marks. Wire copy sometimes
 * drops the space after a full stop ("…our two peoples.To a question…"), so a full stop between a
 * lower-case letter and a capitalised word also ends a sentence. Abbreviations ("Mr.", "Jan.",
 * initials) do not.
 */

const ABBREVIATIONS = new Set([
  "Mr",
  "Ms",
  "Mrs",
  "Dr",
  "St",
  "No",
  "Nos",
  "Gen",
  "Lt",
  "Col",
  "Maj",
  "Capt",
  "Prof",
  "Sr",
  "Jr",
  "vs",
  "etc",
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
  "Rs",
  "Govt",
  "Ltd",
  "Inc",
  "Co",
  "Sen",
  "Gov",
  "Amb",
]);

const OPEN_CURLY = 0x201c; // “
const CLOSE_CURLY = 0x201d; // ”
const STRAIGHT = 0x22; // "

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
}
function isCloser(c: number): boolean {
  return c === CLOSE_CURLY || c === STRAIGHT || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d;
}

/** The word that ends at `end` (exclusive), for the abbreviation check. */
function wordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && !isSpace(text.charCodeAt(s - 1))) s--;
  return text.slice(s, end).replace(/^[“"‘(]+/, "");
}

/** The characters that matter: sentence stops and double quotation marks. */
const INTERESTING = /[.!?“”"]/g;

/** Indices of the sentence starts of `text` that are not inside a quotation (0 included). */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  let curly = 0;
  let straight = false;
  const n = text.length;
  INTERESTING.lastIndex = 0;
  for (let m = INTERESTING.exec(text); m !== null; m = INTERESTING.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === OPEN_CURLY) curly++;
    else if (c === CLOSE_CURLY) curly = curly > 0 ? curly - 1 : 0;
    else if (c === STRAIGHT) straight = !straight;
    if (c !== 46 && c !== 33 && c !== 63) continue; // . ! ?
    let j = i + 1;
    while (j < n && isCloser(text.charCodeAt(j))) {
      const q = text.charCodeAt(j);
      if (q === CLOSE_CURLY) curly = curly > 0 ? curly - 1 : 0;
      else if (q === STRAIGHT) straight = !straight;
      j++;
    }
    INTERESTING.lastIndex = j; // the closers are counted; resume after them
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k >= n || !isUpper(text.charCodeAt(k))) continue;
    if (k === j) {
      // No space: only "word.Word" with a lower-case letter before the stop.
      if (!(i > 0 && isLower(text.charCodeAt(i - 1)) && isLower(text.charCodeAt(k + 1)))) continue;
    }
    if (c === 46) {
      const w = wordBefore(text, i);
      if (ABBREVIATIONS.has(w) || /^[A-Z]$/.test(w)) continue;
    }
    if (curly === 0 && !straight) starts.push(k);
  }
  return starts;
}

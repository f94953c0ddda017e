/**
 * Readable speaker names for White House style labels ("MS. JEAN-PIERRE", "ADMIRAL KIRBY",
 * "SECRETARY MAYORKAS"). The label gives the surname; the full name comes from the title or the
 * text when either spells it out ("Press Secretary Karine Jean-Pierre", "Admiral John Kirby").
 * Labels that differ only by honorific or by a typo ("MR. SULLVIAN") resolve to the same person.
 */

const HONORIFIC = /^(?:MR|MS|MRS|MISS|DR|MX)\.?$/;
// Labels naming a role rather than a person keep the role as the speaker.
const ROLE_WORD =
  /^(?:OFFICIALS?|MEMBER|CREW|AIDE|MODERATOR|OPERATOR|STAFF|SPOKESPERSON|SPOKESMAN|PRESIDENT)$/;
const PRESIDENT_IN_TITLE = /\bPresident[ \u00a0]+(\p{Lu}\p{Ll}+)/u;
const SPACES = /[\s\u00a0]+/g;
// Words that can precede a surname without being a given name.
const NOT_GIVEN = new Set(
  (
    "Mr Ms Mrs Miss Dr Mister Madam Admiral Secretary President Vice Director Chair Chairman Chairwoman " +
    "Ambassador Governor Senator Leader Speaker General Administrator Representative Rep Coach Deputy Acting " +
    "Commissioner Mayor Congressman Congresswoman Judge Justice Minister Prime Chancellor King Queen Prince " +
    "Princess Sheikh Lady First Former Senior Principal Press Officer Sergeant Captain Colonel Lieutenant Major " +
    "Commander Agent Advisor Adviser Coordinator Spokesperson Spokesman The And But So Thanks Thank With To Of " +
    "For From By In On At As Okay Hey Hi Hello Well Yes No Go Ahead Today Tomorrow Yesterday Dear Saint Team " +
    "Council Counsel House White Department Office Agency Administration Cabinet Monday Tuesday Wednesday " +
    "Thursday Friday Saturday Sunday January February March April June July August September October November " +
    "December Navy Army Air Force Marine Guard Coast Chief Dean Professor Father Pope Brother Sister When If " +
    "Then Where What Why How Who Because Since Like Just Even Also Not Now Here There This That Said Ask Tell " +
    "Security Homeland Defense State Energy Labor Interior Transportation Agriculture Education Commerce " +
    "Treasury Health Justice Veterans Housing Affairs Management Budget Policy Council Economic National"
  ).split(" "),
);

/** "JEAN-PIERRE" → "Jean-Pierre", "O’NEILL" → "O’Neill": capitals after word breaks, hyphens, apostrophes. */
export function readableName(upper: string): string {
  return upper
    .toLowerCase()
    .replace(/(^|[\s\u00a0\-'’.])(\p{Ll})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

export class OfficialNames {
  private readonly byKey = new Map<string, string>();
  /** Names given out before a better spelling turned up: old → new (see `renames`). */
  private readonly upgraded = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly title: string,
  ) {}

  /** The readable name for a label such as "MS. JEAN-PIERRE" (whitespace and case tolerant). */
  resolve(rawLabel: string): string {
    const label = rawLabel.replace(SPACES, " ").trim().toUpperCase();
    const words = label.split(" ");
    const last = words[words.length - 1] ?? label;
    if (words[0] === "THE" || ROLE_WORD.test(last)) return this.role(label, last);
    const surnameWords = HONORIFIC.test(words[0] ?? "") && words.length > 1 ? words.slice(1) : [last];
    const key = surnameWords.join(" ").replace(/[^\p{L} ]/gu, "");
    const exact = this.byKey.get(key);
    if (exact !== undefined) return exact;
    const surname = readableName(surnameWords.join(" "));
    const full = this.fullName(surname);
    const similar = this.fuzzy(key);
    if (similar === undefined) {
      this.byKey.set(key, full ?? surname);
      return full ?? surname;
    }
    // A typo'd label seen first ("SECRETARY BUTTITGIEG") yields to the spelling the text confirms.
    if (full !== null && !similar.includes(" ")) {
      for (const [k, v] of this.byKey) if (v === similar) this.byKey.set(k, full);
      this.upgraded.set(similar, full);
    }
    const name = this.byKey.get(this.fuzzyKey(key) ?? key) ?? full ?? surname;
    this.byKey.set(key, name);
    return name;
  }

  /** Earlier names to replace once the whole text is read (old → new). */
  renames(): ReadonlyMap<string, string> {
    return this.upgraded;
  }

  private role(label: string, last: string): string {
    if (last.startsWith("PRESID") && !label.includes("VICE")) {
      const m = PRESIDENT_IN_TITLE.exec(this.title);
      if (m?.[1] && !NOT_GIVEN.has(m[1])) return `President ${m[1]}`;
    }
    return readableName(label);
  }

  /** The name of a known surname within two edits (label typos), for surnames long enough to be safe. */
  private fuzzy(key: string): string | undefined {
    const k = this.fuzzyKey(key);
    return k === undefined ? undefined : this.byKey.get(k);
  }

  private fuzzyKey(key: string): string | undefined {
    if (key.length < 5) return undefined;
    for (const k of this.byKey.keys()) {
      if (k.length >= 5 && Math.abs(k.length - key.length) <= 2 && editDistance(k, key) <= 2) return k;
    }
    return undefined;
  }

  /**
   * "Given Surname" as the title spells it, else the pairing the text uses most often (so that a
   * stray "When Kirby" loses to "John Kirby"), or null.
   */
  private fullName(surname: string): string | null {
    return bestPairing(this.title, surname) ?? bestPairing(this.text, surname, this.lowerText());
  }

  private lowered: string | null = null;
  private lowerText(): string {
    this.lowered ??= this.text.toLowerCase();
    return this.lowered;
  }
}

// The given name (and an optional middle initial) right before a surname occurrence.
const GIVEN_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]+)(?:[ \u00a0]\p{Lu}\.)?[ \u00a0]+$/u;
const LETTER = /[\p{L}\p{M}]/u;

/** Most frequent "Given Surname" in `source`; a plain indexOf scan keeps this linear and cheap. */
function bestPairing(source: string, surname: string, lowerSource = source.toLowerCase()): string | null {
  const needle = surname.toLowerCase();
  const counts = new Map<string, number>();
  let best: string | null = null;
  let bestCount = 0;
  for (let i = lowerSource.indexOf(needle); i >= 0; i = lowerSource.indexOf(needle, i + needle.length)) {
    const found = source.slice(i, i + needle.length);
    // Written as a name ("Kirby"), not as a label ("KIRBY"), and a whole word.
    if (
      found.toLowerCase() !== needle ||
      found === found.toUpperCase() ||
      found[0] === found[0]?.toLowerCase()
    )
      continue;
    if (LETTER.test(source.charAt(i + needle.length))) continue;
    const m = GIVEN_BEFORE.exec(source.slice(Math.max(0, i - 40), i));
    const given = m?.[1];
    if (given === undefined || NOT_GIVEN.has(given)) continue;
    const name = `${given} ${found}`;
    const n = (counts.get(name) ?? 0) + 1;
    counts.set(name, n);
    if (n > bestCount) {
      best = name;
      bestCount = n;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

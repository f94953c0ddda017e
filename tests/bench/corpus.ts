import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { corpusDir } from "./paths.js";

/** The issuer of each corpus folder (see the corpus README). */
const ISSUERS: Record<string, string> = { cmfa: "CN", pkfo: "PK", wh: "US" };

export interface CorpusFile {
  path: string;
  /** "cmfa/2018-05-11_geng-shuang.txt" */
  name: string;
  issuer: string;
}

export function corpusAvailable(): boolean {
  return existsSync(corpusDir);
}

/** Every briefing file of the corpus, in a stable order (folder, then name). */
export function corpusFiles(): CorpusFile[] {
  const files: CorpusFile[] = [];
  for (const [dir, issuer] of Object.entries(ISSUERS)) {
    const folder = join(corpusDir, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (name.endsWith(".txt")) files.push({ path: join(folder, name), name: `${dir}/${name}`, issuer });
    }
  }
  return files;
}

const HEADER = /^date (\d{4}-\d{2}-\d{2})/;
const MS_PER_DAY = 86_400_000;

/**
 * The same briefing `days` earlier: only the `date YYYY-MM-DD` header changes, so the copy splits and
 * tags like the original but has its own hash, its own date keys and its own place on the timeline.
 */
export function shiftDate(text: string, days: number): string {
  const m = HEADER.exec(text);
  if (!m) return text;
  const shifted = new Date(Date.parse(`${m[1]}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
  return `date ${shifted}${text.slice(m[0].length)}`;
}

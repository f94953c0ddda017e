import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseHeader } from "../../src/extract/header.js";
import { splitQa } from "../../src/extract/split-qa.js";
import { splitTurns } from "../../src/extract/split-turns.js";
import type { TranscriptSplit } from "../../src/extract/transcript-types.js";

// The shared corpus sits next to the repository: <repo>/../shared/corpus.
const CORPUS = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
const present = existsSync(`${CORPUS}/cmfa`) && existsSync(`${CORPUS}/wh`);
if (!present) console.warn(`transcript corpus test skipped: ${CORPUS} (cmfa/, wh/) not found`);

// A line that is a speaker label or a question turn, which no statement may contain.
const QA_LABEL_LINE = /^(?:Q|A|Follow-up)[ \t]*:/m;
const WH_Q_LINE = /^[ \t\u00a0]*Q(?:[ \t\u00a0:]|$)/m;
const WH_LABEL_START =
  /^(?:\p{Lu}[\p{Lu}\p{M}'’-]*\.?[ \t\u00a0]+){1,5}\p{Lu}[\p{Lu}\p{M}'’-]+[ \t\u00a0]*:/u;
const TIME_LINE =
  /^[ \t\u00a0]*(?:END\b.*|\d{1,2}:\d{2}[ \t\u00a0]*[AP]\.M\.[ \t\u00a0]*[A-Z]{2,4})[ \t\u00a0]*$/m;

interface Tally {
  files: number;
  statements: number;
  bytes: number;
  ms: number;
}

function checkFolder(folder: "cmfa" | "wh", tally: Tally): void {
  const dir = `${CORPUS}/${folder}`;
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(`${dir}/${name}`, "utf8");
    const header = parseHeader(text);
    expect(header, name).not.toBeNull();
    const t0 = performance.now();
    const result: TranscriptSplit = (folder === "cmfa" ? splitQa : splitTurns)(text, header?.bodyStart ?? 0);
    tally.ms += performance.now() - t0;
    tally.files++;
    tally.bytes += Buffer.byteLength(text);
    tally.statements += result.statements.length;
    expect(result.statements.length, name).toBeGreaterThan(0);
    expect(result.speakers.length, name).toBeGreaterThan(0);
    let last = 0;
    for (const s of result.statements) {
      const where = `${folder}/${name} #${s.seq}`;
      expect(s.text, where).toBe(text.slice(s.start, s.end));
      expect(s.text.length, where).toBeGreaterThan(0);
      expect(s.text.trim(), where).toBe(s.text);
      expect(s.start, where).toBeGreaterThanOrEqual(last);
      last = s.end;
      expect(TIME_LINE.test(s.text), where).toBe(false);
      if (folder === "cmfa") {
        expect(QA_LABEL_LINE.test(s.text), where).toBe(false);
        for (const speaker of result.speakers) expect(s.text.startsWith(`${speaker}:`), where).toBe(false);
      } else {
        expect(WH_Q_LINE.test(s.text), where).toBe(false);
        expect(WH_LABEL_START.test(s.text), where).toBe(false);
      }
      if (s.question) expect(s.question.text, where).toBe(text.slice(s.question.start, s.question.end));
    }
  }
}

describe.skipIf(!present)("transcript splitters over the shared corpus", () => {
  it("split every cmfa/ and wh/ file into well-formed statements free of labels and questions", () => {
    const tally: Tally = { files: 0, statements: 0, bytes: 0, ms: 0 };
    checkFolder("cmfa", tally);
    checkFolder("wh", tally);
    expect(tally.files).toBeGreaterThan(700);
    // Informational, not asserted: timing inside a test run is too noisy to gate on.
    const mbps = tally.bytes / 1e6 / (tally.ms / 1000);
    console.log(
      `transcripts: ${tally.files} files, ${tally.statements} statements, ` +
        `${(tally.bytes / 1e6).toFixed(1)} MB in ${tally.ms.toFixed(0)} ms (${mbps.toFixed(1)} MB/s splitting only)`,
    );
  });
});

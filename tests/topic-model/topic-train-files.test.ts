import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { sha256Hex, sourcePath } from "../eval/fixtures.js";
import { TOPIC_SLUGS } from "../eval/validate-fixture.js";
import { devDir, topicTrainDir } from "./dataset.js";

const holdoutDir = fileURLToPath(new URL("../fixtures/holdout/", import.meta.url));

/**
 * The topic-train label files (tests/fixtures/topic-train/*.json): what the topic model learns from.
 * Structure is checked everywhere; offsets against the source only where ../shared/corpus is present.
 */

interface Span {
  start: number;
  end: number;
}
interface TrainStatement extends Span {
  question: Span | null;
  topics: string[];
}
interface TrainFile {
  source: string;
  sha256: string;
  labeller: string;
  statements: TrainStatement[];
}

const files = existsSync(topicTrainDir)
  ? readdirSync(topicTrainDir)
      .filter((f) => f.endsWith(".json"))
      .sort()
  : [];
const read = (f: string) => JSON.parse(readFileSync(join(topicTrainDir, f), "utf8")) as TrainFile;
const corpusDir = new URL("../../../shared/corpus", import.meta.url);

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** Every structural problem of one file, given its text's length (null: text absent). */
function problemsOf(file: TrainFile, length: number | null): string[] {
  const out: string[] = [];
  if (!/^corpus:(cmfa|pkfo|wh)\/[^/]+\.txt$/.test(file.source))
    out.push(`source ${file.source} is not corpus:<shape>/<file>`);
  if (!/^[0-9a-f]{64}$/.test(file.sha256)) out.push("sha256 is not 64 hex digits");
  if (typeof file.labeller !== "string" || file.labeller === "") out.push("no labeller");
  if (!Array.isArray(file.statements) || file.statements.length === 0) return [...out, "no statements"];
  const inRange = (s: Span) =>
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.start < s.end &&
    (length === null || s.end <= length);
  file.statements.forEach((s, i) => {
    const at = `statement ${i + 1} (${s.start}..${s.end})`;
    if (!inRange(s)) out.push(`${at}: offsets out of range or empty`);
    const prev = file.statements[i - 1];
    if (prev && s.start < prev.end) out.push(`${at}: starts before the previous statement ends`);
    if (!Array.isArray(s.topics)) out.push(`${at}: topics is not an array`);
    else {
      for (const t of s.topics)
        if (!TOPIC_SLUGS.has(t)) out.push(`${at}: unknown topic ${JSON.stringify(t)}`);
      if (new Set(s.topics).size !== s.topics.length) out.push(`${at}: duplicate topics`);
    }
    if (s.question !== null) {
      if (!inRange(s.question)) out.push(`${at}: question offsets out of range or empty`);
      const inside = file.statements.find((o) => overlaps(o, s.question as Span));
      if (inside) out.push(`${at}: question overlaps the statement at ${inside.start}..${inside.end}`);
    }
  });
  return out;
}

describe("problemsOf (topic-train file checks)", () => {
  it("finds unknown slugs, disordered offsets and a question inside a statement", () => {
    const bad: TrainFile = {
      source: "corpus:wh/x.txt",
      sha256: "0".repeat(64),
      labeller: "L",
      statements: [
        { start: 10, end: 20, question: null, topics: ["sport"] },
        { start: 15, end: 30, question: { start: 12, end: 14 }, topics: [] },
      ],
    };
    expect(problemsOf(bad, 25)).toEqual([
      'statement 1 (10..20): unknown topic "sport"',
      "statement 2 (15..30): offsets out of range or empty",
      "statement 2 (15..30): starts before the previous statement ends",
      "statement 2 (15..30): question overlaps the statement at 10..20",
    ]);
  });
});

describe("the topic-train label files", () => {
  it.skipIf(files.length === 0)("are well-formed, with known slugs and questions outside statements", () => {
    expect(files.flatMap((f) => problemsOf(read(f), null).map((p) => `${f}: ${p}`))).toEqual([]);
  });

  it.skipIf(files.length === 0)("label no source that a dev fixture annotates", () => {
    const dev = new Set(
      readdirSync(devDir)
        .filter((f) => f.endsWith(".json"))
        .map((f) => (JSON.parse(readFileSync(join(devDir, f), "utf8")) as { source: string }).source),
    );
    expect(files.filter((f) => dev.has(read(f).source))).toEqual([]);
  });

  it.skipIf(files.length === 0)("label nothing from the days of the holdout briefings", () => {
    // Only the holdout fixtures' `source` fields are read, never their labels. Several outlets report one
    // FO briefing, over a day or two, and two White House gaggles of one day share the day's news: a
    // model trained on those would have seen the holdout's subjects.
    const holdout = readdirSync(holdoutDir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => (JSON.parse(readFileSync(join(holdoutDir, f), "utf8")) as { source: string }).source);
    const clashes = files.filter((f) => {
      const source = read(f).source;
      return holdout.some((h) => sameBriefingDay(source, h));
    });
    expect(clashes).toEqual([]);
  });
});

const DAY_MS = 86_400_000;

/** Same shape and date (news reports: within two days, the way outlets report one briefing). */
function sameBriefingDay(a: string, b: string): boolean {
  const parse = (s: string) => /^corpus:(\w+)\/(\d{4}-\d{2}-\d{2})/.exec(s);
  const [pa, pb] = [parse(a), parse(b)];
  if (!pa || !pb || pa[1] !== pb[1]) return false;
  const days = Math.abs(Date.parse(pa[2] as string) - Date.parse(pb[2] as string)) / DAY_MS;
  return pa[1] === "pkfo" ? days <= 2 : days === 0;
}

describe("sameBriefingDay", () => {
  it("matches news reports within two days and transcripts on the same day only", () => {
    expect(sameBriefingDay("corpus:pkfo/2025-08-09_dawn_a.txt", "corpus:pkfo/2025-08-07_app_b.txt")).toBe(
      true,
    );
    expect(sameBriefingDay("corpus:pkfo/2025-08-09_dawn_a.txt", "corpus:pkfo/2025-08-12_app_b.txt")).toBe(
      false,
    );
    expect(sameBriefingDay("corpus:wh/2024-06-04-a.txt", "corpus:wh/2024-06-04-b.txt")).toBe(true);
    expect(sameBriefingDay("corpus:wh/2024-06-04-a.txt", "corpus:wh/2024-06-05-b.txt")).toBe(false);
    expect(sameBriefingDay("corpus:wh/2024-06-04-a.txt", "corpus:cmfa/2024-06-04-b.txt")).toBe(false);
  });
});

const corpusPresent = existsSync(corpusDir);
describe.skipIf(!corpusPresent)(
  corpusPresent
    ? "the topic-train label files against ../shared/corpus"
    : "the topic-train label files against ../shared/corpus — skipped: ../shared/corpus not found",
  () => {
    it("match their source's sha-256, with every offset inside the text", () => {
      const problems = files.flatMap((f) => {
        const file = read(f);
        const path = sourcePath(file.source);
        if (!existsSync(path)) return [`${f}: ${file.source} not found`];
        const bytes = readFileSync(path);
        if (sha256Hex(bytes) !== file.sha256) return [`${f}: sha256 differs from ${file.source}`];
        return problemsOf(file, bytes.toString("utf8").length).map((p) => `${f}: ${p}`);
      });
      expect(problems).toEqual([]);
    });
  },
);

import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { onTestFinished } from "vitest";
import { openDatabase } from "../../src/db/open-database.js";
import { prepareBriefing } from "../../src/ingest/prepare-briefing.js";
import { packageRoot } from "../../src/package-paths.js";

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The real command line, as a child process, on its own database. */
export function podium(args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawnPodium(args, env);
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export function spawnPodium(args: string[], env: Record<string, string>) {
  return spawn(process.execPath, ["--import", "tsx", join(packageRoot, "src/cli/podium.ts"), ...args], {
    cwd: packageRoot,
    env: { ...process.env, LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** A fresh directory, removed with everything in it when the current test finishes. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `podium-${prefix}-`));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

const COUNTRIES = [
  "Afghanistan",
  "Iran",
  "India",
  "the United States",
  "Japan",
  "Russia",
  "Türkiye",
  "Brazil",
];
const SUBJECTS = [
  "trade talks",
  "a terrorist attack",
  "the climate conference",
  "the nuclear programme",
  "visas for students",
];

/**
 * A synthetic Q&A transcript (the cmfa shape), different for every n: an opening announcement and
 * `answers` question/answer pairs, each naming countries, dated 2023-01-01 + n days.
 */
export function syntheticBriefing(n: number, answers = 6, marker = ""): string {
  const date = new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10);
  const lines = [
    `date ${date} Foreign Ministry Spokesperson's Regular Press Conference number ${n}`,
    "",
    `At the invitation of the government of ${COUNTRIES[n % COUNTRIES.length]}, the Foreign Minister will pay an official visit from next Monday (briefing ${n}).`,
  ];
  for (let i = 0; i < answers; i++) {
    const country = COUNTRIES[(n + i) % COUNTRIES.length];
    const subject = SUBJECTS[(n * 7 + i) % SUBJECTS.length];
    lines.push(
      "",
      `Q: What is your comment on the reports about ${subject} involving ${country}? (question ${n}.${i})`,
      "",
      `A: We have noted the reports about ${subject}. China and ${country} maintain close communication on this matter ` +
        `and we hope all parties will act in the interest of peace and stability in the region. ` +
        `${i === 2 ? marker : ""}Our position on ${subject} has been consistent and clear, as we said at briefing ${n}, item ${i}.`,
    );
  }
  return `${lines.join("\n")}\n`;
}

/** Write `count` synthetic briefings as NN-briefing.txt into dir (created), returning the paths. */
export function writeBriefings(dir: string, count: number, options: { answers?: number } = {}): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, n) => {
    const path = join(dir, `${String(n).padStart(2, "0")}-briefing.txt`);
    writeFileSync(path, syntheticBriefing(n, options.answers));
    return path;
  });
}

export interface StoredCheck {
  briefings: number;
  statements: number;
  /** Briefings whose stored rows differ from what preparing their text gives (should be none). */
  incomplete: string[];
}

/**
 * Check that every stored briefing is whole: its statement_count, statements, tags and search rows
 * are exactly what preparing its stored text gives, and the FTS index agrees with its content.
 */
export function checkStored(databasePath: string): StoredCheck {
  const db = openDatabase(databasePath);
  try {
    const { sqlite } = db;
    // Raises when the FTS index and the statement table disagree.
    sqlite.exec("INSERT INTO statement_fts(statement_fts) VALUES('integrity-check')");
    const briefings = sqlite
      .prepare<
        [],
        {
          pk: number;
          id: string;
          text: string;
          source: string;
          issuer: string | null;
          statement_count: number;
        }
      >("SELECT pk, id, text, source, issuer, statement_count FROM briefing ORDER BY pk")
      .all();
    const statementsOf = sqlite.prepare<
      [number],
      { pk: number; id: string; start: number; end: number; text: string }
    >(`SELECT pk, id, start, "end", text FROM statement WHERE briefing_pk = ? ORDER BY seq`);
    const tagsOf = sqlite.prepare<[number], { n: number }>(
      "SELECT count(*) AS n FROM statement_tag WHERE statement_pk = ?",
    );
    const ftsOf = sqlite.prepare<[number], { n: number }>(
      "SELECT count(*) AS n FROM statement_fts WHERE rowid = ?",
    );
    const incomplete: string[] = [];
    let statements = 0;
    for (const b of briefings) {
      const expected = prepareBriefing(b.text, { source: b.source, issuer: b.issuer ?? undefined });
      const rows = statementsOf.all(b.pk);
      statements += rows.length;
      const whole =
        b.statement_count === expected.statements.length &&
        rows.length === expected.statements.length &&
        rows.every((r, i) => {
          const s = expected.statements[i];
          const tags = s ? s.countries.length + s.regions.length + s.topics.length : -1;
          return (
            s !== undefined &&
            r.id === s.id &&
            r.start === s.start &&
            r.end === s.end &&
            r.text === b.text.slice(r.start, r.end) &&
            tagsOf.get(r.pk)?.n === tags &&
            ftsOf.get(r.pk)?.n === 1
          );
        });
      if (!whole) incomplete.push(b.id);
    }
    return { briefings: briefings.length, statements, incomplete };
  } finally {
    db.close();
  }
}

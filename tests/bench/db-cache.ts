import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { migrationsDir } from "../../src/package-paths.js";
import { TAGGER_VERSION } from "../../src/tagging/version.js";
import type { BuildReport } from "./build-report.js";
import { completion, spawnTs } from "./child.js";
import { cacheDir, childScripts } from "./paths.js";

export interface BenchDatabase {
  path: string;
  report: BuildReport;
  /** True when an earlier run built it. */
  cached: boolean;
  sizeMb: number;
}

/** The schema is part of the key: a database built before a migration landed is built again. */
function migrationsHash(): string {
  const hash = createHash("sha256");
  for (const name of readdirSync(migrationsDir)
    .filter((n) => n.endsWith(".sql"))
    .sort()) {
    hash.update(name).update(readFileSync(join(migrationsDir, name)));
  }
  return hash.digest("hex").slice(0, 8);
}

export function databasePaths(statements: number): { db: string; report: string } {
  const safeVersion = TAGGER_VERSION.replace(/[^\w.-]/g, "_");
  const base = join(cacheDir, `podium-${statements}-${safeVersion}-${migrationsHash()}`);
  return { db: `${base}.db`, report: `${base}.build.json` };
}

/**
 * A database of N statements on the current schema built by an earlier tagger version, newest first:
 * tags differ a little, query costs do not, and a rebuild at 1M takes a long time.
 */
function anyTaggerPaths(statements: number): { db: string; report: string } | null {
  if (!existsSync(cacheDir)) return null;
  const suffix = `-${migrationsHash()}.build.json`;
  const reports = readdirSync(cacheDir)
    .filter((n) => n.startsWith(`podium-${statements}-`) && n.endsWith(suffix))
    .map((n) => join(cacheDir, n))
    .filter((r) => existsSync(r.replace(/\.build\.json$/, ".db")))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  const report = reports[0];
  return report ? { db: report.replace(/\.build\.json$/, ".db"), report } : null;
}

function sizeMb(path: string): number {
  let bytes = 0;
  for (const suffix of ["", "-wal"]) if (existsSync(path + suffix)) bytes += statSync(path + suffix).size;
  return bytes / 1e6;
}

/** The database of N statements for this tagger version and schema: reused when built, built otherwise. */
export async function ensureDatabase(
  statements: number,
  rebuild: boolean,
  anyTagger: boolean,
): Promise<BenchDatabase> {
  mkdirSync(cacheDir, { recursive: true });
  const exact = databasePaths(statements);
  const paths = (anyTagger && !existsSync(exact.db) && anyTaggerPaths(statements)) || exact;
  if (!rebuild && existsSync(paths.db) && existsSync(paths.report)) {
    const report = JSON.parse(readFileSync(paths.report, "utf8")) as BuildReport;
    return { path: paths.db, report, cached: true, sizeMb: sizeMb(paths.db) };
  }
  console.error(`building ${paths.db} (${statements.toLocaleString("en")} statements; progress below)`);
  const child = spawnTs(childScripts.buildDb, [
    "--statements",
    String(statements),
    "--out",
    paths.db,
    "--report",
    paths.report,
  ]);
  await completion(child, "database build");
  const report = JSON.parse(readFileSync(paths.report, "utf8")) as BuildReport;
  return { path: paths.db, report, cached: false, sizeMb: sizeMb(paths.db) };
}

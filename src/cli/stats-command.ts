import { createStatsRepository, type DatabaseStats } from "../db/stats-repository.js";
import { TAGGER_VERSION } from "../tagging/version.js";
import { type CliContext, EXIT_OK, openConfiguredDatabase, println, UsageError } from "./cli-context.js";
import { parseOptions } from "./parse-options.js";

export const statsUsage = `Usage: podium stats [--json]

Counts of the database (DATABASE_PATH, default ./data/podium.db): briefings, statements, tags by kind,
briefings by tagger version and by issuer.

Options:
  --json       print one JSON document instead of a table
  -h, --help   show this help`;

const int = (n: number) => n.toLocaleString("en-US");
const briefings = (n: number) => `${int(n)} briefing${n === 1 ? "" : "s"}`;

export function formatStats(s: DatabaseStats): string {
  const rows: [string, string][] = [
    ["briefings", int(s.briefings)],
    ["statements", int(s.statements)],
    ["dates", s.dates.first ? `${s.dates.first} … ${s.dates.last}` : "—"],
    ...(["country", "region", "topic"] as const).map((k): [string, string] => [
      `${k} tags`,
      `${int(s.tags[k].tags)} (${int(s.tags[k].values)} distinct)`,
    ]),
    ...s.taggerVersions.map((v): [string, string] => [
      `tagger ${v.version}`,
      `${briefings(v.briefings)}${v.version === TAGGER_VERSION ? " (current)" : " (stale: podium retag)"}`,
    ]),
    ...s.issuers.map((i): [string, string] => [`issuer ${i.issuer ?? "unknown"}`, briefings(i.briefings)]),
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join("\n");
}

export function runStats(ctx: CliContext): number {
  const { values, positionals } = parseOptions(ctx.args, { json: { type: "boolean" } });
  if (values.help) {
    println(ctx.stdout, statsUsage);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`stats takes no arguments, got '${positionals[0]}'`);
  const db = openConfiguredDatabase(ctx.env, { create: false });
  try {
    const stats = createStatsRepository(db).stats();
    println(
      ctx.stdout,
      values.json
        ? JSON.stringify({ ...stats, currentTaggerVersion: TAGGER_VERSION }, null, 2)
        : formatStats(stats),
    );
    return EXIT_OK;
  } finally {
    db.close();
  }
}

import { parseArgs } from "node:util";

export interface BenchOptions {
  statements: number;
  /** Seconds of measured load per case. */
  duration: number;
  /** Seconds of unmeasured load before each case. */
  warmup: number;
  connections: number;
  json: string | null;
  /** Build the database again even when a matching one is cached. */
  rebuild: boolean;
  /** Reuse a database of N statements built by an earlier tagger version (same schema). */
  anyTagger: boolean;
  /** Only these case names (all when empty). */
  only: string[];
  /** Print the SQL query plans of the in-process cases. */
  explain: boolean;
  /** Stop after building (or finding) the database. */
  buildOnly: boolean;
  /** Node flags for the server instead of npm start's (an A/B of heap settings); null: npm start's. */
  nodeFlags: string[] | null;
}

const USAGE = `npm run bench -- [--statements N] [--duration S] [--warmup S] [--connections C]
                    [--json FILE] [--only case,case] [--rebuild] [--any-tagger] [--explain]
                    [--build-only] [--node-flags="--flag=v ..."]`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value.replaceAll("_", ""));
  if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number\n${USAGE}`);
  return n;
}

export function parseOptions(argv: string[]): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      statements: { type: "string" },
      duration: { type: "string" },
      warmup: { type: "string" },
      connections: { type: "string" },
      json: { type: "string" },
      only: { type: "string" },
      rebuild: { type: "boolean", default: false },
      "any-tagger": { type: "boolean", default: false },
      explain: { type: "boolean", default: false },
      "build-only": { type: "boolean", default: false },
      "node-flags": { type: "string" },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  return {
    statements: Math.floor(positive("statements", values.statements, 1_000_000)),
    duration: positive("duration", values.duration, 10),
    warmup: positive("warmup", values.warmup, 3),
    connections: Math.floor(positive("connections", values.connections, 10)),
    json: values.json ?? null,
    rebuild: values.rebuild,
    anyTagger: values["any-tagger"],
    only: (values.only ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter((s) => s !== ""),
    explain: values.explain,
    buildOnly: values["build-only"],
    nodeFlags: values["node-flags"] === undefined ? null : values["node-flags"].split(/\s+/).filter(Boolean),
  };
}

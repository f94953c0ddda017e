#!/usr/bin/env node
import { type CliContext, EXIT_FAILED, EXIT_OK, EXIT_USAGE, println, UsageError } from "./cli-context.js";

/**
 * `podium`: the command line. Each subcommand lives in its own module, loaded only when used, so
 * `podium split` does not open a database and `podium --help` starts instantly.
 */
const usage = `Usage: podium <command> [options]

Commands:
  ingest <file|dir>...   store briefing files (directories: every .txt file, recursively)
  split <file>           print one briefing's statements and tags as JSON (stores nothing)
  retag                  re-derive stored briefings made by another tagger version
  stats                  counts of briefings, statements, tags and tagger versions

The database is DATABASE_PATH (default ./data/podium.db), as for the server.
Run 'podium <command> --help' for a command's options.`;

type Command = { run(ctx: CliContext): number | Promise<number>; usage: string };

const commands: Record<string, () => Promise<Command>> = {
  ingest: async () => {
    const m = await import("./ingest-command.js");
    return { run: m.runIngest, usage: m.ingestUsage };
  },
  split: async () => {
    const m = await import("./split-command.js");
    return { run: m.runSplit, usage: m.splitUsage };
  },
  retag: async () => {
    const m = await import("./retag-command.js");
    return { run: m.runRetag, usage: m.retagUsage };
  },
  stats: async () => {
    const m = await import("./stats-command.js");
    return { run: m.runStats, usage: m.statsUsage };
  },
};

async function main(argv: string[], io: Omit<CliContext, "args">): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    println(name === undefined ? io.stderr : io.stdout, usage);
    return name === undefined ? EXIT_USAGE : EXIT_OK;
  }
  const load = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!load) {
    println(io.stderr, `podium: unknown command '${name}'\n\n${usage}`);
    return EXIT_USAGE;
  }
  const command = await load();
  try {
    return await command.run({ ...io, args });
  } catch (err) {
    if (err instanceof UsageError) {
      println(io.stderr, `podium ${name}: ${err.message}\n\n${command.usage}`);
      return EXIT_USAGE;
    }
    // Not the user's mistake (a database that cannot be opened, a bug): say what failed, exit 1.
    println(io.stderr, `podium ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return EXIT_FAILED;
  }
}

process.exitCode = await main(process.argv.slice(2), {
  env: process.env,
  stdout: process.stdout,
  stderr: process.stderr,
});

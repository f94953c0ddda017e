import { existsSync } from "node:fs";
import { ConfigError, parseConfig } from "../config.js";
import { openDatabase, type PodiumDb } from "../db/open-database.js";
import { defaultSeedsDir } from "../package-paths.js";

/** What a subcommand may touch: its arguments, the environment and two output streams. */
export interface CliContext {
  args: string[];
  env: Record<string, string | undefined>;
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
}

/** Exit codes: 0 done, 1 something failed (reported), 2 the command line or configuration is wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A mistake in the command line; podium prints it with the command's usage and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The database path from the environment, parsed exactly as the server parses it. */
export function databasePath(env: CliContext["env"]): string {
  try {
    return parseConfig(env, { seedsDir: defaultSeedsDir }).databasePath;
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.message);
    throw err;
  }
}

/**
 * Open the configured database. Commands that only read or rework stored briefings refuse to create
 * an empty database where the user expected theirs (usually a wrong DATABASE_PATH or cwd).
 */
export function openConfiguredDatabase(env: CliContext["env"], options: { create: boolean }): PodiumDb {
  const path = databasePath(env);
  if (!options.create && path !== ":memory:" && !existsSync(path)) {
    throw new UsageError(`no database at ${path} (set DATABASE_PATH, or run podium ingest first)`);
  }
  return openDatabase(path);
}

export function println(stream: CliContext["stdout"], line = ""): void {
  stream.write(`${line}\n`);
}

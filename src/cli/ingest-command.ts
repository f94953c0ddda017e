import { availableParallelism } from "node:os";
import { createBriefingStore } from "../db/briefing-store.js";
import { isValidIsoDate } from "../extract/header.js";
import { resolveIssuer } from "../ingest/briefing-input.js";
import { ingestFiles } from "../ingest/bulk-ingest.js";
import { createPreparePool } from "../ingest/prepare-pool.js";
import {
  type CliContext,
  EXIT_FAILED,
  EXIT_OK,
  openConfiguredDatabase,
  println,
  UsageError,
} from "./cli-context.js";
import { collectFiles } from "./collect-files.js";
import { createIngestProgress, summaryLine } from "./ingest-progress.js";
import { parseOptions } from "./parse-options.js";

/** The shell's convention for a command stopped by Ctrl-C (128 + SIGINT). */
const EXIT_INTERRUPTED = 130;

const defaultJobs = () => (availableParallelism() > 1 ? 1 : 0);

export const ingestUsage = `Usage: podium ingest <file|dir>... [--issuer XX] [--source URL] [--date YYYY-MM-DD]

Store briefing files in the database (DATABASE_PATH, default ./data/podium.db). A directory is read
recursively: every .txt file, in sorted order. Each briefing is stored whole or not at all; briefings
are committed in groups of up to 32, and a file is reported once its group is. A text already stored
is skipped. Exits 1 when any file failed (every other file is still stored); Ctrl-C stops after the
briefing being stored (exit 130).

Options:
  --issuer XX         ISO alpha-2 code of the issuing country, overriding the detected one
  --source URL        where the text came from (one file only; default: its path)
  --date YYYY-MM-DD   date for a text without a 'date YYYY-MM-DD' header line; it is stored with
                      that header line prepended, so offsets index the stored text
  --jobs N            threads that split and tag while the main thread stores
                      (default ${defaultJobs()} here; 0 does everything on the main thread)
  -h, --help          show this help`;

function checkedOptions(values: { issuer?: string; date?: string; jobs?: string }) {
  if (values.date !== undefined && !isValidIsoDate(values.date)) {
    throw new UsageError(`--date: '${values.date}' is not a calendar date written YYYY-MM-DD`);
  }
  let issuer: string | undefined;
  try {
    issuer = resolveIssuer(values.issuer);
  } catch (err) {
    throw new UsageError(`--issuer: ${(err as Error).message}`);
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 0 || jobs > 16) {
    throw new UsageError(`--jobs: '${values.jobs}' is not a whole number from 0 to 16`);
  }
  return { issuer, date: values.date, jobs };
}

export async function runIngest(ctx: CliContext): Promise<number> {
  const { values, positionals } = parseOptions(ctx.args, {
    issuer: { type: "string" },
    source: { type: "string" },
    date: { type: "string" },
    jobs: { type: "string" },
  });
  if (values.help) {
    println(ctx.stdout, ingestUsage);
    return EXIT_OK;
  }
  if (positionals.length === 0) throw new UsageError("name at least one file or directory to ingest");
  const { issuer, date, jobs } = checkedOptions(values);

  const files = collectFiles(positionals);
  if (files.length === 0) {
    println(ctx.stderr, `podium ingest: no .txt files in ${positionals.join(", ")}`);
    return EXIT_FAILED;
  }
  if (values.source !== undefined && files.length > 1) {
    throw new UsageError(`--source names the origin of one file, but ${files.length} files were given`);
  }

  const db = openConfiguredDatabase(ctx.env, { create: true });
  const pool = createPreparePool(files.length > 1 ? jobs : 0);
  // Ctrl-C stops after the briefing being stored; a second one stops at once. Nothing is partial either way.
  const stop = new AbortController();
  const onInterrupt = () => {
    if (stop.signal.aborted) process.exit(EXIT_INTERRUPTED);
    stop.abort();
  };
  process.on("SIGINT", onInterrupt);
  try {
    const progress = createIngestProgress(ctx, files.length);
    const { interrupted } = await ingestFiles(
      files,
      { store: createBriefingStore(db), pool },
      { issuer, date, source: values.source },
      progress,
      { signal: stop.signal },
    );
    const tally = progress.finish();
    println(ctx.stdout, summaryLine(tally));
    if (interrupted) {
      println(
        ctx.stderr,
        `podium ingest: interrupted after ${tally.files} of ${files.length} files; run it again to store the rest`,
      );
      return EXIT_INTERRUPTED;
    }
    return tally.failed > 0 ? EXIT_FAILED : EXIT_OK;
  } finally {
    process.off("SIGINT", onInterrupt);
    await pool.close();
    db.close();
  }
}

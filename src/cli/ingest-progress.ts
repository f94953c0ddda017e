import type { FileOutcome } from "../ingest/bulk-ingest.js";
import type { CliContext } from "./cli-context.js";

export interface Tally {
  files: number;
  stored: number;
  exists: number;
  failed: number;
  statements: number;
  bytes: number;
  seconds: number;
}

export const megabytes = (bytes: number) => bytes / 1e6;
const rate = (t: Tally) => (t.seconds > 0 ? megabytes(t.bytes) / t.seconds : 0);
const int = (n: number) => n.toLocaleString("en-US");

/**
 * Progress of an ingest. On a terminal: one bar redrawn in place on stderr (files, statements,
 * MB/s). Otherwise (a pipe, a log file, CI): one plain line per file on stdout. Failures always go
 * to stderr, each on its own line, as they happen.
 */
export function createIngestProgress(ctx: CliContext, totalFiles: number, now = () => performance.now()) {
  const started = now();
  const tally: Tally = { files: 0, stored: 0, exists: 0, failed: 0, statements: 0, bytes: 0, seconds: 0 };
  const tty = ctx.stderr.isTTY === true;
  let drawnAt = Number.NEGATIVE_INFINITY;
  let current = "";

  function bar(): string {
    const width = Math.max(10, Math.min(30, (ctx.stderr.columns ?? 80) - 70));
    const done = totalFiles === 0 ? width : Math.round((tally.files / totalFiles) * width);
    const line =
      `[${"#".repeat(done)}${".".repeat(width - done)}] ${int(tally.files)}/${int(totalFiles)} files` +
      ` · ${int(tally.statements)} statements · ${rate(tally).toFixed(1)} MB/s`;
    const room = (ctx.stderr.columns ?? 80) - line.length - 4;
    return room > 8
      ? `${line} · ${current.length > room ? `…${current.slice(-(room - 1))}` : current}`
      : line;
  }

  function draw(force: boolean): void {
    const t = now();
    if (!force && t - drawnAt < 100) return;
    drawnAt = t;
    ctx.stderr.write(`\r\x1b[2K${bar()}`);
  }

  return {
    /** Called when a file's turn comes, so the bar names the file being worked on. */
    starting(path: string): void {
      current = path;
      if (tty) draw(false);
    },
    file(o: FileOutcome): void {
      tally.files += 1;
      tally.bytes += o.bytes;
      tally.seconds = (now() - started) / 1000;
      if (o.status === "stored") {
        tally.stored += 1;
        tally.statements += o.statements;
      } else if (o.status === "exists") tally.exists += 1;
      else tally.failed += 1;

      if (o.status === "failed") {
        if (tty) ctx.stderr.write("\r\x1b[2K");
        ctx.stderr.write(`failed  ${o.path}: ${o.error}\n`);
        if (tty) draw(true);
      } else if (tty) draw(false);
      else if (o.status === "stored")
        ctx.stdout.write(`stored  ${o.path}  ${o.statements} statements  ${o.briefingId}\n`);
      else ctx.stdout.write(`exists  ${o.path}  already stored as ${o.briefingId}\n`);
    },
    /** Clear the bar and return the final figures. */
    finish(): Tally {
      tally.seconds = (now() - started) / 1000;
      if (tty) ctx.stderr.write("\r\x1b[2K");
      return { ...tally };
    },
  };
}

/** One line that says what happened: counts, time and throughput. */
export function summaryLine(t: Tally): string {
  const parts = [
    `${int(t.stored)} stored (${int(t.statements)} statements)`,
    `${int(t.exists)} already stored`,
  ];
  if (t.failed > 0) parts.push(`${int(t.failed)} failed`);
  return (
    `${int(t.files)} file${t.files === 1 ? "" : "s"}, ${megabytes(t.bytes).toFixed(1)} MB in ${t.seconds.toFixed(1)} s ` +
    `(${rate(t).toFixed(1)} MB/s): ${parts.join(", ")}`
  );
}

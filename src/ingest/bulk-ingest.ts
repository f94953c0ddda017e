import { readFileSync } from "node:fs";
import type { BriefingStore } from "../db/briefing-store.js";
import { BriefingFormatError } from "../extract/split.js";
import { BriefingInputError, decodeBriefingBytes, normaliseBriefingInput } from "./briefing-input.js";
import { describeFsError } from "./fs-errors.js";
import { type PreparedBriefing, sha256 } from "./prepare-briefing.js";
import type { PreparePool } from "./prepare-pool.js";

/** One file to ingest; `error` when the path could not even be listed (reported as a failure). */
export interface BulkFile {
  path: string;
  source: string;
  error?: string;
}

export type FileOutcome =
  | { path: string; status: "stored"; bytes: number; statements: number; briefingId: string }
  | { path: string; status: "exists"; bytes: number; briefingId: string }
  | { path: string; status: "failed"; bytes: number; error: string };

export interface BulkOptions {
  issuer?: string;
  date?: string;
  /** Overrides every file's source (the CLI allows it for one file only). */
  source?: string;
}

/**
 * Briefings committed together, and the longest a group stays open. One commit per briefing made
 * FTS5 flush its pending terms into a new segment (and merge segments) and SQLite append WAL frames
 * for the same interior pages every time: grouping 32 briefings took a quarter off the store's time
 * over the corpus (`npx tsx` of a store-only loop, 1,974 briefings: 23.3 s → 17.1 s). A writer next to
 * the ingest (the server's POST) waits for the group, so it is cut after 250 ms as well.
 */
export const GROUP_BRIEFINGS = 32;
export const GROUP_MS = 250;

type Settled = { prepared: PreparedBriefing } | { error: unknown };

/** A file read and checked, its preparation under way (or its outcome already known). */
interface Started {
  path: string;
  bytes: number;
  outcome?: FileOutcome;
  preparing?: Promise<Settled>;
}

function describe(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  // Bad input is the file's fault; anything else (a bug, the database) is worth flagging as such.
  return err instanceof BriefingInputError || err instanceof BriefingFormatError
    ? message
    : `unexpected error: ${message}`;
}

/**
 * Ingest files in the given order. Reading, checking and the already-stored test happen here; the
 * split and tag work goes to the pool, a few files ahead; storing happens here again, in order, one
 * transaction per briefing. A file that fails is reported and skipped: nothing of it is stored, and
 * the files after it go on. Returns when every file has an outcome, or after the briefing being
 * stored when `signal` is aborted.
 */
export async function ingestFiles(
  files: BulkFile[],
  deps: { store: BriefingStore; pool: PreparePool },
  options: BulkOptions,
  report: { starting(path: string): void; file(outcome: FileOutcome): void },
  control: { signal?: AbortSignal; window?: number } = {},
): Promise<{ interrupted: boolean }> {
  const { signal, window = 4 } = control;
  const { store, pool } = deps;

  function start(file: BulkFile): Started {
    const failed = (bytes: number, error: string): Started => ({
      path: file.path,
      bytes,
      outcome: { path: file.path, status: "failed", bytes, error },
    });
    if (file.error !== undefined) return failed(0, file.error);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file.path);
    } catch (err) {
      return failed(0, `cannot read: ${describeFsError(err)}`);
    }
    try {
      const input = normaliseBriefingInput({
        text: decodeBriefingBytes(bytes),
        date: options.date,
        issuer: options.issuer,
        source: options.source ?? file.source,
      });
      const hash = sha256(input.text);
      if (store.hasText(hash)) {
        const briefingId = hash.slice(0, 16);
        return {
          path: file.path,
          bytes: bytes.length,
          outcome: { path: file.path, status: "exists", bytes: bytes.length, briefingId },
        };
      }
      // Settled at once, so a failure never surfaces as an unhandled rejection while it waits its turn.
      const preparing = pool.prepare(input.text, input).then(
        (prepared) => ({ prepared }),
        (error: unknown) => ({ error }),
      );
      return { path: file.path, bytes: bytes.length, preparing };
    } catch (err) {
      return failed(bytes.length, describe(err));
    }
  }

  async function finish(s: Started): Promise<FileOutcome> {
    if (s.outcome) return s.outcome;
    const settled = (await s.preparing) as Settled;
    if ("error" in settled)
      return { path: s.path, status: "failed", bytes: s.bytes, error: describe(settled.error) };
    try {
      const result = store.store(settled.prepared);
      return result.created
        ? {
            path: s.path,
            status: "stored",
            bytes: s.bytes,
            statements: settled.prepared.statements.length,
            briefingId: result.briefingId,
          }
        : { path: s.path, status: "exists", bytes: s.bytes, briefingId: result.briefingId };
    } catch (err) {
      // The transaction rolled back: nothing of this briefing is stored.
      return { path: s.path, status: "failed", bytes: s.bytes, error: describe(err) };
    }
  }

  // Outcomes of the open group: reported once it is committed, so "stored" always means durable.
  let group: FileOutcome[] | null = null;
  let groupStarted = 0;
  const lost = (outcomes: FileOutcome[], why: string): FileOutcome[] =>
    outcomes.map((o) =>
      o.status === "stored"
        ? { path: o.path, status: "failed", bytes: o.bytes, error: `not stored: ${why}` }
        : o,
    );
  const flush = () => {
    if (!group) return;
    let outcomes = group;
    group = null;
    try {
      store.commitGroup();
    } catch (err) {
      store.rollbackGroup();
      outcomes = lost(outcomes, `the commit of its group failed: ${describe(err)}`);
    }
    for (const o of outcomes) report.file(o);
  };

  const ahead: Started[] = [];
  let next = 0;
  const fill = () => {
    while (ahead.length < window && next < files.length) {
      const file = files[next++];
      if (file) ahead.push(start(file));
    }
  };
  fill();
  try {
    for (let s = ahead.shift(); s; s = ahead.shift()) {
      report.starting(s.path);
      if (!group) {
        store.beginGroup();
        group = [];
        groupStarted = performance.now();
      }
      const outcome = await finish(s);
      if (!store.inGroup()) {
        // SQLite rolled the whole group back on this briefing's error: the ones before it are gone too.
        const why = outcome.status === "failed" ? outcome.error : "a write failed";
        const gone = lost(group, `the database rolled back its group after ${s.path} (${why})`);
        group = null;
        for (const o of [...gone, outcome]) report.file(o);
      } else {
        group.push(outcome);
        if (group.length >= GROUP_BRIEFINGS || performance.now() - groupStarted >= GROUP_MS) flush();
      }
      // Let the event loop turn between briefings (prepared results may all be waiting already), so a
      // signal is seen; then stop between briefings: what is stored is whole, what was prepared is dropped.
      await new Promise((resolve) => setImmediate(resolve));
      if (signal?.aborted) return { interrupted: true };
      fill();
    }
    return { interrupted: false };
  } finally {
    flush();
  }
}

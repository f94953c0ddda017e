import { describe, expect, it } from "vitest";
import type { CliContext } from "../../src/cli/cli-context.js";
import { createIngestProgress, summaryLine } from "../../src/cli/ingest-progress.js";

/** Streams that record what is written; `tty` makes stderr look like a terminal 100 columns wide. */
function streams(tty: boolean) {
  const out = { stdout: "", stderr: "" };
  const stream = (key: "stdout" | "stderr") =>
    Object.assign(
      {
        write(s: string) {
          out[key] += s;
          return true;
        },
      },
      key === "stderr" && tty ? { isTTY: true, columns: 100 } : {},
    ) as unknown as CliContext["stdout"];
  const ctx: CliContext = { args: [], env: {}, stdout: stream("stdout"), stderr: stream("stderr") };
  return { ctx, out };
}

/** A clock advanced by hand, in milliseconds. */
function clock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("ingest progress", () => {
  it("on a terminal, redraws one bar on stderr (files, statements, MB/s) and prints failures above it", () => {
    const { ctx, out } = streams(true);
    const c = clock();
    const p = createIngestProgress(ctx, 4, c.now);
    p.starting("a.txt");
    c.advance(1000);
    p.file({ path: "a.txt", status: "stored", bytes: 2_000_000, statements: 1200, briefingId: "x" });
    c.advance(200);
    p.starting("b.txt");
    p.file({ path: "b.txt", status: "failed", bytes: 10, error: "is empty" });
    const tally = p.finish();
    expect(out.stdout).toBe("");
    const frames = out.stderr.split("\r\x1b[2K").filter((f) => f !== "");
    expect(frames).toEqual([
      `[${".".repeat(30)}] 0/4 files · 0 statements · 0.0 MB/s · a.txt`,
      `[${"#".repeat(8)}${".".repeat(22)}] 1/4 files · 1,200 statements · 2.0 MB/s · a.txt`,
      `[${"#".repeat(8)}${".".repeat(22)}] 1/4 files · 1,200 statements · 2.0 MB/s · b.txt`,
      "failed  b.txt: is empty\n",
      `[${"#".repeat(15)}${".".repeat(15)}] 2/4 files · 1,200 statements · 1.7 MB/s · b.txt`,
    ]);
    expect(out.stderr.endsWith("\r\x1b[2K")).toBe(true);
    expect(tally).toEqual({
      files: 2,
      stored: 1,
      exists: 0,
      failed: 1,
      statements: 1200,
      bytes: 2_000_010,
      seconds: 1.2,
    });
  });

  it("redraws at most every 100 ms so a fast run does not flood the terminal", () => {
    const { ctx, out } = streams(true);
    const c = clock();
    const p = createIngestProgress(ctx, 100, c.now);
    for (let i = 0; i < 50; i++) {
      c.advance(10);
      p.starting(`${i}.txt`);
      p.file({ path: `${i}.txt`, status: "exists", bytes: 1, briefingId: "x" });
    }
    expect(out.stderr.split("\r\x1b[2K").filter((f) => f !== "").length).toBe(5);
  });

  it("elsewhere, prints one plain line per file on stdout and failures on stderr", () => {
    const { ctx, out } = streams(false);
    const p = createIngestProgress(ctx, 3, clock().now);
    p.file({ path: "a.txt", status: "stored", bytes: 5, statements: 7, briefingId: "aaaa" });
    p.file({ path: "b.txt", status: "exists", bytes: 5, briefingId: "bbbb" });
    p.file({ path: "c.txt", status: "failed", bytes: 5, error: "is not valid UTF-8 text" });
    expect(out.stdout).toBe("stored  a.txt  7 statements  aaaa\nexists  b.txt  already stored as bbbb\n");
    expect(out.stderr).toBe("failed  c.txt: is not valid UTF-8 text\n");
  });

  it("sums up counts, size, time and throughput in one line", () => {
    expect(
      summaryLine({
        files: 987,
        stored: 985,
        exists: 1,
        failed: 1,
        statements: 28_595,
        bytes: 21_900_000,
        seconds: 9.5,
      }),
    ).toBe(
      "987 files, 21.9 MB in 9.5 s (2.3 MB/s): 985 stored (28,595 statements), 1 already stored, 1 failed",
    );
    expect(
      summaryLine({ files: 1, stored: 0, exists: 1, failed: 0, statements: 0, bytes: 0, seconds: 0 }),
    ).toBe("1 file, 0.0 MB in 0.0 s (0.0 MB/s): 0 stored (0 statements), 1 already stored");
  });
});

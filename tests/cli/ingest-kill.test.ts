import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkStored, podium, spawnPodium, tempDir, writeBriefings } from "./cli-support.js";

const FILES = 40;
// Three child processes and a briefing-by-briefing check of 40 briefings: slow on a busy machine.
const TIMEOUT = 120_000;

/** Run an ingest and send it `signal` once it has reported `after` stored files. */
function killMidway(
  dir: string,
  databasePath: string,
  after: number,
  signal: NodeJS.Signals = "SIGKILL",
): Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawnPodium(["ingest", dir], { DATABASE_PATH: databasePath });
    let sent = false;
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if (!sent && stdout.split("\n").filter((l) => l.startsWith("stored")).length >= after) {
        sent = true;
        child.kill(signal);
      }
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code, received) => resolve({ code, signal: received, stdout, stderr }));
  });
}

describe("an ingest killed with SIGKILL in the middle of a directory", () => {
  it(
    "leaves only whole briefings, and a second run stores the rest",
    async () => {
      const dir = tempDir("kill");
      const db = join(dir, "p.db");
      // Large briefings (many answers each), so that most of the run is spent inside a briefing's work.
      writeBriefings(join(dir, "in"), FILES, { answers: 80 });

      const killed = await killMidway(join(dir, "in"), db, 3);
      expect(killed.signal).toBe("SIGKILL");
      const after = checkStored(db);
      expect(after.incomplete).toEqual([]);
      expect(after.briefings).toBeGreaterThanOrEqual(3);
      expect(after.briefings).toBeLessThan(FILES);

      const rerun = await podium(["ingest", join(dir, "in")], { DATABASE_PATH: db });
      expect(rerun.code).toBe(0);
      expect(rerun.stdout).toMatch(
        new RegExp(
          `: ${FILES - after.briefings} stored \\([\\d,]+ statements\\), ${after.briefings} already stored\\n$`,
        ),
      );
      expect(checkStored(db)).toMatchObject({ briefings: FILES, incomplete: [] });
    },
    TIMEOUT,
  );
});

describe("an ingest interrupted with Ctrl-C (SIGINT)", () => {
  it(
    "stops after the briefing being stored, sums up, exits 130, and a second run stores the rest",
    async () => {
      const dir = tempDir("sigint");
      const db = join(dir, "p.db");
      writeBriefings(join(dir, "in"), FILES, { answers: 80 });

      const stopped = await killMidway(join(dir, "in"), db, 3, "SIGINT");
      expect(stopped.code).toBe(130);
      const stored = checkStored(db);
      expect(stored.incomplete).toEqual([]);
      expect(stored.briefings).toBeLessThan(FILES);
      expect(stopped.stdout).toMatch(
        new RegExp(`\\n${stored.briefings} files, .*: ${stored.briefings} stored`),
      );
      expect(stopped.stderr).toBe(
        `podium ingest: interrupted after ${stored.briefings} of ${FILES} files; run it again to store the rest\n`,
      );
      const rerun = await podium(["ingest", join(dir, "in")], { DATABASE_PATH: db });
      expect(rerun.code).toBe(0);
      expect(checkStored(db)).toMatchObject({ briefings: FILES, incomplete: [] });
    },
    TIMEOUT,
  );
});

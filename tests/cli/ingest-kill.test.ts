import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkStored, podium, spawnPodium, tempDir, writeBriefings } from "./cli-support.js";

const FILES = 40;

/** Run an ingest and SIGKILL it once it has reported `after` stored files. */
function killMidway(
  dir: string,
  databasePath: string,
  after: number,
): Promise<{ signal: string | null; seen: number }> {
  return new Promise((resolve, reject) => {
    const child = spawnPodium(["ingest", dir], { DATABASE_PATH: databasePath });
    let seen = 0;
    let buffer = "";
    child.stdout.on("data", (chunk) => {
      buffer += chunk;
      seen = buffer.split("\n").filter((l) => l.startsWith("stored")).length;
      if (seen >= after) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("close", (_code, signal) => resolve({ signal, seen }));
  });
}

describe("an ingest killed with SIGKILL in the middle of a directory", () => {
  it("leaves only whole briefings, and a second run stores the rest", async () => {
    const dir = tempDir("kill");
    const db = join(dir, "p.db");
    // Large briefings (many answers each), so that most of the run is spent inside a briefing's work.
    writeBriefings(join(dir, "in"), FILES, { answers: 150 });

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
  });
});

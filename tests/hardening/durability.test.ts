import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createBriefingStore } from "../../src/db/briefing-store.js";
import { openDatabase } from "../../src/db/open-database.js";
import { createIngestService } from "../../src/ingest/ingest-service.js";
import { packageRoot } from "../../src/package-paths.js";
import { syntheticBriefing, tempDir } from "../cli/cli-support.js";

/** A second process that takes the database's write lock and holds it for `ms`. */
function holdWriteLock(path: string, ms: number): Promise<{ released: Promise<void> }> {
  const script =
    "const D = require('better-sqlite3'); const db = new D(process.argv[1]);" +
    "db.exec('BEGIN IMMEDIATE'); db.prepare(\"UPDATE briefing SET source = source || '' \").run();" +
    `console.log('locked'); setTimeout(() => { db.exec('COMMIT'); db.close(); }, ${ms});`;
  const child = spawn(process.execPath, ["-e", script, path], {
    cwd: packageRoot,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const released = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    child.stdout.on("data", (d) => {
      if (String(d).includes("locked")) resolve({ released });
    });
    child.on("error", reject);
  });
}

function fileDatabase() {
  return openDatabase(join(tempDir("durable"), "podium.db"));
}

describe("every database connection", () => {
  it("runs in WAL mode, waits 5 s for a lock, enforces foreign keys and syncs at NORMAL", () => {
    const db = fileDatabase();
    expect(db.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(db.sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
    expect(db.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(db.sqlite.pragma("synchronous", { simple: true })).toBe(1);
    db.close();
  });

  it("deletes a briefing's statements with it, through the foreign keys, even by plain SQL", () => {
    const db = fileDatabase();
    createIngestService(createBriefingStore(db)).ingest(syntheticBriefing(1), { source: "fk" });
    expect(db.sqlite.prepare("SELECT count(*) AS n FROM statement").get()).not.toEqual({ n: 0 });
    db.sqlite.exec("DELETE FROM briefing");
    expect(db.sqlite.prepare("SELECT count(*) AS n FROM statement").get()).toEqual({ n: 0 });
    expect(db.sqlite.pragma("foreign_key_check")).toEqual([]);
    db.close();
  });

  it("waits for another process's write to finish instead of failing, and reads meanwhile (WAL)", async () => {
    const db = fileDatabase();
    const ingest = createIngestService(createBriefingStore(db));
    ingest.ingest(syntheticBriefing(1), { source: "first" });
    const { released } = await holdWriteLock(db.sqlite.name, 800);

    let t0 = performance.now();
    expect(db.sqlite.prepare("SELECT count(*) AS n FROM briefing").get()).toEqual({ n: 1 });
    expect(performance.now() - t0).toBeLessThan(200);

    t0 = performance.now();
    expect(ingest.ingest(syntheticBriefing(2), { source: "second" }).created).toBe(true);
    expect(performance.now() - t0).toBeGreaterThan(400);
    await released;
    expect(db.sqlite.prepare("SELECT count(*) AS n FROM briefing").get()).toEqual({ n: 2 });
    db.close();
  });
});

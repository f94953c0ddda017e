import { join } from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { type BriefingStore, createBriefingStore } from "../../src/db/briefing-store.js";
import { openDatabase } from "../../src/db/open-database.js";
import { type FileOutcome, ingestFiles } from "../../src/ingest/bulk-ingest.js";
import { createPreparePool } from "../../src/ingest/prepare-pool.js";
import { tempDir, writeBriefings } from "../cli/cli-support.js";

const inline = () => createPreparePool(0);
const filesOf = (paths: string[]) => paths.map((path) => ({ path, source: path }));

/** Ingest `paths` through `store`, returning the outcomes in the order they were reported. */
async function outcomesOf(paths: string[], store: BriefingStore): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  const report = { starting: () => {}, file: (o: FileOutcome) => outcomes.push(o) };
  await ingestFiles(filesOf(paths), { store, pool: inline() }, {}, report);
  return outcomes;
}

describe("ingestFiles commits briefings in groups", () => {
  it("reports a briefing stored only once another connection can read it", async () => {
    const dir = tempDir("group");
    const paths = writeBriefings(join(dir, "in"), 40, { answers: 2 });
    const dbPath = join(dir, "p.db");
    const db = openDatabase(dbPath);
    const reader = new Database(dbPath, { readonly: true });
    const visible = reader.prepare<[string], { n: number }>(
      "SELECT count(*) AS n FROM briefing WHERE id = ?",
    );
    const seen: Array<[status: string, visibleToReader: boolean]> = [];
    try {
      await ingestFiles(
        filesOf(paths),
        { store: createBriefingStore(db), pool: inline() },
        {},
        {
          starting: () => {},
          file: (o: FileOutcome) => {
            if (o.status === "stored") seen.push([o.status, visible.get(o.briefingId)?.n === 1]);
          },
        },
      );
    } finally {
      reader.close();
      db.close();
    }
    expect(seen).toEqual(Array.from({ length: 40 }, () => ["stored", true]));
  });

  it("reports the whole group as not stored when its commit fails", async () => {
    const dir = tempDir("group-fail");
    const paths = writeBriefings(join(dir, "in"), 3, { answers: 2 });
    const db = openDatabase(join(dir, "p.db"));
    const real = createBriefingStore(db);
    const store: BriefingStore = {
      ...real,
      commitGroup: () => {
        throw new Error("disk I/O error");
      },
    };
    try {
      const outcomes = await outcomesOf(paths, store);
      expect(outcomes.map((o) => [o.status, o.status === "failed" ? o.error : ""])).toEqual(
        paths.map(() => [
          "failed",
          "not stored: the commit of its group failed: unexpected error: disk I/O error",
        ]),
      );
      expect(db.sqlite.prepare("SELECT count(*) AS n FROM briefing").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });

  it("reports earlier briefings of a group as not stored when SQLite rolls the group back", async () => {
    const dir = tempDir("group-rollback");
    const paths = writeBriefings(join(dir, "in"), 3, { answers: 2 });
    const db = openDatabase(join(dir, "p.db"));
    const real = createBriefingStore(db);
    let calls = 0;
    // The third briefing's write fails the way a full disk does: SQLite ends the whole transaction.
    const store: BriefingStore = {
      ...real,
      store: (p) => {
        calls += 1;
        if (calls < 3) return real.store(p);
        db.sqlite.exec("ROLLBACK");
        throw new Error("database or disk is full");
      },
    };
    try {
      const outcomes = await outcomesOf(paths, store);
      const failing = `unexpected error: database or disk is full`;
      const lost = `not stored: the database rolled back its group after ${paths[2]} (${failing})`;
      expect(outcomes.map((o) => [o.path, o.status === "failed" ? o.error : o.status])).toEqual([
        [paths[0], lost],
        [paths[1], lost],
        [paths[2], failing],
      ]);
      expect(db.sqlite.prepare("SELECT count(*) AS n FROM briefing").get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});

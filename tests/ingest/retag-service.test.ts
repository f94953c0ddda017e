import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createBriefingStore } from "../../src/db/briefing-store.js";
import { openDatabase, type PodiumDb } from "../../src/db/open-database.js";
import { firstKeyOf, keyAfter } from "../../src/db/ordering-key.js";
import { createRetagStore } from "../../src/db/retag-store.js";
import { type PreparedBriefing, prepareBriefing } from "../../src/ingest/prepare-briefing.js";
import { retagStale } from "../../src/ingest/retag-service.js";
import { TAGGER_VERSION } from "../../src/tagging/version.js";
import { checkStored, syntheticBriefing, tempDir } from "../cli/cli-support.js";

/** What an older tagger might have stored: fewer statements, no tags, another version string. */
function olderOutput(p: PreparedBriefing, version: string): PreparedBriefing {
  return {
    ...p,
    taggerVersion: version,
    briefing: { ...p.briefing, speakers: ["Someone Else"], format: "report" },
    statements: p.statements.slice(0, 2).map((s) => ({ ...s, countries: [], regions: [], topics: [] })),
  };
}

const statementRows = (db: PodiumDb, briefingId: string) =>
  db.sqlite
    .prepare<[string], { pk: number; id: string; seq: number }>(
      "SELECT pk, id, seq FROM statement WHERE briefing_pk = (SELECT pk FROM briefing WHERE id = ?) ORDER BY seq",
    )
    .all(briefingId);

const briefingRow = (db: PodiumDb, id: string) =>
  db.sqlite
    .prepare<[string], Record<string, unknown>>(
      "SELECT tagger_version, statement_count, issuer, title, speakers, ingested_at FROM briefing WHERE id = ?",
    )
    .get(id);

function setup() {
  const path = join(tempDir("retag"), "p.db");
  const db = openDatabase(path);
  const store = createBriefingStore(db);
  const stale = prepareBriefing(syntheticBriefing(1, 5), {
    source: "stale.txt",
    issuer: "PK",
    title: "Kept title",
  });
  const current = prepareBriefing(syntheticBriefing(2, 5), { source: "current.txt" });
  store.store(olderOutput(stale, "2000.01.01-old"));
  store.store(current);
  return { path, db, stale, current };
}

describe("retagStale", () => {
  it("re-derives briefings of another tagger version from their text, keeping ids of equal boundaries", () => {
    const { path, db, stale, current } = setup();
    const oldIds = statementRows(db, stale.id).map((r) => r.id);
    const currentBefore = { row: briefingRow(db, current.id), statements: statementRows(db, current.id) };

    expect([...retagStale(createRetagStore(db))]).toEqual([
      { id: stale.id, status: "retagged", from: "2000.01.01-old", statements: stale.statements.length },
    ]);
    const after = statementRows(db, stale.id);
    expect(after.map((r) => r.id)).toEqual(stale.statements.map((s) => s.id));
    expect(after.slice(0, 2).map((r) => r.id)).toEqual(oldIds);
    // Keys stay in the briefing's day, in reading order.
    const date = stale.briefing.date;
    expect(after.every((r) => r.pk >= firstKeyOf(date) && r.pk < keyAfter(date))).toBe(true);
    expect(after.map((r) => r.pk)).toEqual([...after.map((r) => r.pk)].sort((a, b) => b - a));
    expect(briefingRow(db, stale.id)).toMatchObject({
      tagger_version: TAGGER_VERSION,
      statement_count: stale.statements.length,
      issuer: "PK",
      title: "Kept title",
      speakers: JSON.stringify(stale.briefing.speakers),
    });
    // The briefing already at the current version is not touched.
    expect({ row: briefingRow(db, current.id), statements: statementRows(db, current.id) }).toEqual(
      currentBefore,
    );
    db.close();
    expect(checkStored(path)).toMatchObject({ briefings: 2, incomplete: [] });
  });

  it("does nothing the second time", () => {
    const { db } = setup();
    [...retagStale(createRetagStore(db))];
    expect([...retagStale(createRetagStore(db))]).toEqual([]);
  });

  it("skips a briefing whose version changed since it was read, writing nothing", () => {
    const { db, stale } = setup();
    const retag = createRetagStore(db);
    const [pk] = retag.staleKeys(TAGGER_VERSION);
    expect(retag.replace(pk ?? -1, "some-other-version", stale)).toBe(false);
    expect(briefingRow(db, stale.id)).toMatchObject({ tagger_version: "2000.01.01-old", statement_count: 2 });
  });

  it("reports a briefing that cannot be derived again, leaving it as it was, and goes on", () => {
    const { db, stale } = setup();
    db.sqlite.prepare("UPDATE briefing SET text = 'no header any more' WHERE id = ?").run(stale.id);
    const outcomes = [...retagStale(createRetagStore(db))];
    expect(outcomes).toEqual([{ id: stale.id, status: "failed", error: expect.any(String) }]);
    expect(briefingRow(db, stale.id)).toMatchObject({ tagger_version: "2000.01.01-old", statement_count: 2 });
  });

  it("writes while a reader holds a snapshot (WAL): the reader sees the old statements until it finishes", () => {
    const { path, db, stale } = setup();
    const reader = openDatabase(path);
    const count = reader.sqlite.prepare<[string], { n: number }>(
      "SELECT count(*) AS n FROM statement WHERE briefing_pk = (SELECT pk FROM briefing WHERE id = ?)",
    );
    reader.sqlite.exec("BEGIN");
    expect(count.get(stale.id)?.n).toBe(2);
    expect([...retagStale(createRetagStore(db))].map((o) => o.status)).toEqual(["retagged"]);
    expect(count.get(stale.id)?.n).toBe(2);
    reader.sqlite.exec("COMMIT");
    expect(count.get(stale.id)?.n).toBe(stale.statements.length);
    reader.close();
  });
});

import { describe, expect, it } from "vitest";
import { createBriefingStore } from "../../src/db/briefing-store.js";
import { openDatabase } from "../../src/db/open-database.js";
import { DAY_SPAN, firstKeyOf } from "../../src/db/ordering-key.js";
import type { PreparedBriefing, PreparedStatement } from "../../src/ingest/prepare-briefing.js";

function statement(seq: number, id: string): PreparedStatement {
  return {
    id,
    seq,
    start: seq * 10,
    end: seq * 10 + 5,
    text: `text${seq}`,
    speaker: "Spokesperson",
    question: null,
    countries: [
      {
        code: "AF",
        name: "Afghanistan",
        basis: "text",
        evidence: [{ start: 0, end: 1, text: "A", rule: "r" }],
      },
    ],
    regions: [],
    topics: [{ slug: "terrorism", score: 2, basis: "text", evidence: [] }],
  };
}

function briefing(hash: string, date: string, ids: string[]): PreparedBriefing {
  return {
    id: hash.slice(0, 16),
    contentHash: hash,
    text: `date ${date} body`,
    source: "test.txt",
    taggerVersion: "test",
    briefing: { date, heldOn: null, issuer: "PK", speakers: [], title: "t", format: "report" },
    statements: ids.map((id, i) => statement(i + 1, id)),
  };
}

const counts = (db: ReturnType<typeof openDatabase>) =>
  db.sqlite
    .prepare(
      "SELECT (SELECT count(*) FROM briefing) b, (SELECT count(*) FROM statement) s, (SELECT count(*) FROM statement_tag) t, (SELECT count(*) FROM statement_fts) f",
    )
    .get();

describe("briefing store", () => {
  it("stores a briefing with its statements, tags and search index, and the same text only once", () => {
    const db = openDatabase(":memory:");
    const store = createBriefingStore(db);
    expect(store.store(briefing("a".repeat(64), "2024-04-05", ["s1", "s2"]))).toEqual({
      created: true,
      briefingId: "a".repeat(16),
    });
    expect(store.store(briefing("a".repeat(64), "2024-04-05", ["s1", "s2"]))).toEqual({
      created: false,
      briefingId: "a".repeat(16),
    });
    expect(counts(db)).toEqual({ b: 1, s: 2, t: 4, f: 2 });
  });

  it("stores nothing of a briefing whose write fails half-way", () => {
    const db = openDatabase(":memory:");
    const store = createBriefingStore(db);
    store.store(briefing("a".repeat(64), "2024-04-05", ["s1"]));
    // The second statement reuses an existing id: the unique index fails after the briefing row was written.
    expect(() => store.store(briefing("b".repeat(64), "2024-04-06", ["s9", "s1"]))).toThrow(/UNIQUE/);
    expect(counts(db)).toEqual({ b: 1, s: 1, t: 2, f: 1 });
  });

  it("keys statements by day so key order is date order, and reading order within a briefing", () => {
    const db = openDatabase(":memory:");
    const store = createBriefingStore(db);
    store.store(briefing("c".repeat(64), "2024-04-06", ["c1", "c2"]));
    store.store(briefing("a".repeat(64), "2024-04-05", ["a1", "a2", "a3"]));
    store.store(briefing("b".repeat(64), "2024-04-05", ["b1"]));
    const rows = db.sqlite.prepare("SELECT id, pk FROM statement ORDER BY pk DESC").all() as {
      id: string;
      pk: number;
    }[];
    expect(rows.map((r) => r.id)).toEqual(["c1", "c2", "b1", "a1", "a2", "a3"]);
    const day = firstKeyOf("2024-04-05");
    expect(rows.filter((r) => r.id.startsWith("a")).every((r) => r.pk >= day && r.pk < day + DAY_SPAN)).toBe(
      true,
    );
  });

  it("removes a briefing with its statements, tags and search rows, leaving the others, and says when there was none", () => {
    const db = openDatabase(":memory:");
    const store = createBriefingStore(db);
    store.store(briefing("a".repeat(64), "2024-04-05", ["a1", "a2"]));
    store.store(briefing("b".repeat(64), "2024-04-05", ["b1"]));
    expect(store.remove("a".repeat(16))).toBe(true);
    expect(counts(db)).toEqual({ b: 1, s: 1, t: 2, f: 1 });
    db.sqlite.exec("INSERT INTO statement_fts(statement_fts) VALUES('integrity-check')");
    expect(store.remove("a".repeat(16))).toBe(false);
    expect(store.hasText("a".repeat(64))).toBe(false);
    // Stored again it gets the same ids, in a new key block after the day's other statements.
    store.store(briefing("a".repeat(64), "2024-04-05", ["a1", "a2"]));
    const rows = db.sqlite.prepare("SELECT id FROM statement ORDER BY pk DESC").all() as { id: string }[];
    expect(rows.map((r) => r.id)).toEqual(["a1", "a2", "b1"]);
  });
});

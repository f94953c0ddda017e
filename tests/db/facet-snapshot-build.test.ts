import { describe, expect, it } from "vitest";
import {
  buildSnapshot,
  fromMessage,
  issuerList,
  type Snapshot,
  speakerLists,
  toMessage,
} from "../../src/db/facet-snapshot.js";
import { openDatabase } from "../../src/db/open-database.js";
import { loadFixture } from "../fixtures/api/briefings.js";

/**
 * The snapshot is streamed from SQLite in pieces of a few thousand keys; here, on the API fixture,
 * pieces of 1, 2 and 3 keys (every list cut everywhere) must give what reading every row at once
 * gives, worked out below the plain way.
 */
const db = openDatabase(":memory:");
loadFixture(db);
const sqlite = db.sqlite;

function expected() {
  const statements = sqlite
    .prepare<[], { pk: number; issuer: string | null; speaker: string | null }>(
      "SELECT pk, issuer, speaker FROM statement ORDER BY pk",
    )
    .all();
  const ordinal = new Map(statements.map((s, o) => [s.pk, o]));
  const tagRows = sqlite
    .prepare<[], { pk: number; tag: string; basis: string }>(
      "SELECT statement_pk AS pk, kind || ':' || value AS tag, basis FROM statement_tag ORDER BY kind, value, statement_pk",
    )
    .all();
  const any = new Map<string, number[]>();
  const text = new Map<string, number[]>();
  for (const r of tagRows) {
    const o = ordinal.get(r.pk) as number;
    any.set(r.tag, [...(any.get(r.tag) ?? []), o]);
    text.set(r.tag, [...(text.get(r.tag) ?? []), ...(r.basis === "question" ? [] : [o])]);
  }
  const owners = (of: (s: (typeof statements)[number]) => string | null) => {
    const m = new Map<string, number[]>();
    statements.forEach((s, o) => {
      const v = of(s);
      if (v !== null) m.set(v, [...(m.get(v) ?? []), o]);
    });
    return Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  return {
    keys: statements.map((s) => s.pk),
    tags: Object.fromEntries([...any].map(([tag, list]) => [tag, { any: list, text: text.get(tag) }])),
    issuers: owners((s) => s.issuer),
    speakers: owners((s) => s.speaker),
  };
}

const plain = (s: Snapshot) => ({
  keys: [...s.keys],
  tags: Object.fromEntries([...s.tags].map(([tag, p]) => [tag, { any: [...p.any], text: [...p.text] }])),
  issuers: Object.fromEntries(s.rows.issuerNames.map((k) => [k, [...issuerList(s, k)]])),
  speakers: Object.fromEntries(s.rows.speakerNames.map((k) => [k, [...(speakerLists(s, [k])[0] ?? [])]])),
});

describe("building the facet snapshot in pieces", () => {
  const whole = buildSnapshot(sqlite);

  it("reads every statement, tag, issuer and speaker of the database", () => {
    const want = expected();
    expect(want.keys.length).toBe(19);
    expect(Object.values(want.tags).some((p) => p.text?.length !== p.any.length)).toBe(true);
    expect(plain(whole)).toEqual(want);
  });

  it.each([1, 2, 3])("gives the same snapshot with pieces of %i keys", (chunk) => {
    const pieces = buildSnapshot(sqlite, chunk);
    expect(plain(pieces)).toEqual(plain(whole));
    expect(pieces.rows).toEqual(whole.rows);
    expect([...pieces.blocks]).toEqual([...whole.blocks]);
    expect(pieces.all).toEqual(whole.all);
  });

  it("shares the text list with the any list when no statement has the tag on its question only", () => {
    for (const p of whole.tags.values()) expect(p.text === p.any).toBe(p.text.length === p.any.length);
  });

  it("arrives whole on the other side of a thread boundary, text lists included", () => {
    const copy = buildSnapshot(sqlite);
    const { message, transfer } = toMessage(copy);
    const received = fromMessage(structuredClone(message, { transfer }));
    expect(copy.keys.length).toBe(0);
    expect(plain(received)).toEqual(plain(whole));
    expect(received.rows).toEqual(whole.rows);
  });
});

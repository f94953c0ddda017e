import { describe, expect, it } from "vitest";
import { countOnSnapshot, evaluate } from "../../src/db/facet-eval.js";
import { type Posting, rowsOf, type Snapshot, TAG_BLOCK, tagBlocks } from "../../src/db/facet-snapshot.js";
import type { Dimension, DimensionCount } from "../../src/db/facet-sql.js";
import { DAY_SPAN, dayNumber } from "../../src/db/ordering-key.js";
import { emptyFilter, type StatementFilter } from "../../src/db/statement-filter.js";
import { dayToDate } from "../../src/db/timeline-periods.js";

/**
 * Facet counts on the snapshot take frequent tags' whole blocks from prefix sums and walk the rest;
 * here they are checked against counting every statement one by one, on a snapshot large enough
 * (tens of thousands of statements) for the blocks to be used, with dates cutting blocks anywhere.
 */
const N = 9 * TAG_BLOCK * 2;
const PER_DAY = 20;
const FIRST_DAY = dayNumber("2000-01-01");

// A small deterministic generator, so a failure can be reproduced.
let seed = 7;
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
};

const TAGS: [tag: string, share: number][] = [
  ["country:US", 0.6],
  ["country:CN", 0.3],
  ["country:PK", 0.05],
  ["region:KASHMIR", 0.02],
  ["topic:diplomacy", 0.4],
  ["topic:trade-economy", 0.25],
];

function build(): { snapshot: Snapshot; carries: Map<string, "text" | "question">[] } {
  const keys = new Float64Array(N);
  const carries: Map<string, "text" | "question">[] = [];
  for (let o = 0; o < N; o++) {
    keys[o] = (FIRST_DAY + Math.floor(o / PER_DAY)) * DAY_SPAN + (o % PER_DAY);
    const own = new Map<string, "text" | "question">();
    for (const [tag, share] of TAGS) if (random() < share) own.set(tag, random() < 0.1 ? "question" : "text");
    carries.push(own);
  }
  const tags = new Map<string, Posting>();
  for (const [tag] of TAGS) {
    const any = carries.flatMap((own, o) => (own.has(tag) ? [o] : []));
    const text = carries.flatMap((own, o) => (own.get(tag) === "text" ? [o] : []));
    tags.set(tag, { any: Uint32Array.from(any), text: Uint32Array.from(text) });
  }
  const issuers = new Map([
    ["CN", Uint32Array.from(carries.flatMap((_, o) => (o % 3 === 0 ? [o] : [])))],
    ["US", Uint32Array.from(carries.flatMap((_, o) => (o % 3 === 1 ? [o] : [])))],
  ]);
  const speakers = new Map([["A", Uint32Array.from(carries.flatMap((_, o) => (o % 5 === 0 ? [o] : [])))]]);
  const rows = rowsOf(N, tags, issuers, speakers);
  const all = Uint32Array.from({ length: N }, (_, o) => o);
  return {
    snapshot: { keys, tags, rows, all, blocks: tagBlocks(tags, rows, all) },
    carries,
  };
}

const { snapshot, carries } = build();

/** Counting every statement of the filter one by one. */
function bruteForce(f: StatementFilter, dimensions: Dimension[]): DimensionCount[] {
  const lo = f.from ? dayNumber(f.from) : -Infinity;
  const hi = f.to ? dayNumber(f.to) : Infinity;
  const sums = new Map<string, DimensionCount>();
  carries.forEach((own, o) => {
    const day = FIRST_DAY + Math.floor(o / PER_DAY);
    if (day < lo || day > hi) return;
    const has = (tag: string) => (f.textBasisOnly ? own.get(tag) === "text" : own.has(tag));
    if (!f.countries.every((g) => g.some((c) => has(`country:${c}`)))) return;
    for (const [tag] of TAGS) {
      const [kind, value] = tag.split(":") as [Dimension, string];
      if (!dimensions.includes(kind) || !has(tag)) continue;
      const c = sums.get(tag) ?? { dimension: kind, value, count: 0 };
      c.count++;
      sums.set(tag, c);
    }
    if (dimensions.includes("issuer") && o % 3 < 2) {
      const value = o % 3 === 0 ? "CN" : "US";
      const c = sums.get(`issuer:${value}`) ?? { dimension: "issuer", value, count: 0 };
      c.count++;
      sums.set(`issuer:${value}`, c);
    }
  });
  return [...sums.values()];
}

const sorted = (counts: DimensionCount[]) =>
  [...counts].sort((a, b) => `${a.dimension}:${a.value}`.localeCompare(`${b.dimension}:${b.value}`));

const day = (o: number) => dayToDate(FIRST_DAY + Math.floor(o / PER_DAY));

describe("facet counts on the snapshot", () => {
  it("keeps prefix sums for frequent tags and for all statements, not for rare ones", () => {
    expect([...snapshot.blocks.keys()].sort()).toEqual(["", "country:US"]);
  });

  const ranges: [string, number | null, number | null][] = [
    ["no dates", null, null],
    ["a range cutting blocks on both sides", 5_000, 61_000],
    ["a range inside one block", 40_100, 40_900],
    ["the start up to the middle of a block", null, 30_321],
    ["the middle of a block to the end", 12_345, null],
  ];
  const dims: Dimension[] = ["country", "region", "topic", "issuer"];

  it.each(ranges)("agree with counting one by one: one frequent tag, %s", (_name, from, to) => {
    const f = {
      ...emptyFilter,
      countries: [["US"]],
      from: from === null ? null : day(from),
      to: to === null ? null : day(to),
    };
    expect(sorted(countOnSnapshot(snapshot, evaluate(snapshot, f), dims, false))).toEqual(
      sorted(bruteForce(f, dims)),
    );
  });

  it.each(ranges)("agree with counting one by one: dates alone, %s", (_name, from, to) => {
    const f = { ...emptyFilter, from: from === null ? null : day(from), to: to === null ? null : day(to) };
    expect(sorted(countOnSnapshot(snapshot, evaluate(snapshot, f), dims, false))).toEqual(
      sorted(bruteForce(f, dims)),
    );
  });

  it.each([
    ["two tags", { countries: [["US"], ["CN"]] }],
    ["a tag on its own text (basis=text)", { countries: [["US"]], textBasisOnly: true }],
    ["any of two tags", { countries: [["US", "PK"]] }],
  ])("agree with counting one by one: %s", (_name, extra) => {
    const f = { ...emptyFilter, ...extra, from: day(3_000), to: day(70_000) };
    expect(sorted(countOnSnapshot(snapshot, evaluate(snapshot, f), dims, f.textBasisOnly))).toEqual(
      sorted(bruteForce(f, dims)),
    );
  });
});

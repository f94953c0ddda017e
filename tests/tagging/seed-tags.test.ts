import { describe, expect, it } from "vitest";
import { tagStatements } from "../../src/tagging/tag-statements.js";
import { seedStatements, seedText } from "./seed-statements.js";

/** Issue 2's seed table: countries besides PK and regions exactly, every listed topic present. */
const TABLE: Array<{ countries: string[]; regions: string[]; topics: string[] }> = [
  { countries: ["US"], regions: [], topics: ["diplomacy", "security", "terrorism"] },
  { countries: ["AF"], regions: [], topics: ["terrorism"] },
  { countries: ["AF", "CN"], regions: [], topics: ["crime-justice", "terrorism"] },
  { countries: ["CN"], regions: [], topics: ["diplomacy", "security", "terrorism"] },
  { countries: ["CN"], regions: [], topics: ["energy", "security"] },
  { countries: ["AF"], regions: [], topics: ["migration"] },
  { countries: ["IR"], regions: [], topics: ["diplomacy"] },
  { countries: ["IR"], regions: [], topics: ["terrorism"] },
  { countries: ["PS"], regions: [], topics: ["diplomacy", "international-organizations"] },
  { countries: ["IL", "PS"], regions: [], topics: ["armed-conflict", "human-rights"] },
  { countries: ["IN"], regions: ["KASHMIR"], topics: ["human-rights", "religion", "territorial-dispute"] },
];

/**
 * Topics the shipped learned scorer adds beyond the table, by statement (issue 2 asks that each listed
 * topic be present; extras cost precision in the eval): pinned so that a retrain that changes them is
 * seen. Like the -15 and -16 models, the -20 model (word vectors, dev fixtures weighted ×3) reads the
 * visa-regime answer (6) as diplomacy too (p 0.4).
 */
const MODEL_EXTRAS: Record<number, string[]> = { 6: ["diplomacy"] };

const text = seedText();
const tagged = tagStatements(text, seedStatements(text), { issuer: "PK" });

describe("tagging the seed briefing cut at issue 2's boundaries", () => {
  it.each(TABLE.map((row, i) => [i + 1, row] as const))(
    "statement %i carries the table's tags",
    (seq, row) => {
      const st = tagged[seq - 1];
      expect(st?.countries.map((c) => c.code).filter((c) => c !== "PK")).toEqual(row.countries);
      expect(st?.regions.map((r) => r.id)).toEqual(row.regions);
      expect(st?.topics.map((t) => t.slug)).toEqual(expect.arrayContaining(row.topics));
    },
  );

  it("carries every topic of the table by the rules alone", () => {
    const byRules = tagStatements(text, seedStatements(text), { issuer: "PK", topics: "rules" });
    const missing = byRules.map((st, i) =>
      (TABLE[i]?.topics ?? []).filter((t) => !st.topics.some((x) => x.slug === t)),
    );
    expect(missing).toEqual(TABLE.map(() => []));
  });

  it("adds no topic beyond the table's by the rules, and only the pinned extras by the learned scorer", () => {
    const extra = (list: typeof tagged) =>
      list.map((st, i) => st.topics.map((t) => t.slug).filter((s) => !TABLE[i]?.topics.includes(s)));
    const byRules = tagStatements(text, seedStatements(text), { issuer: "PK", topics: "rules" });
    expect(extra(byRules)).toEqual(TABLE.map(() => []));
    expect(extra(tagged)).toEqual(TABLE.map((_, i) => MODEL_EXTRAS[i + 1] ?? []));
  });

  it("gives evidence whose offsets index the briefing text", () => {
    const all = tagged.flatMap((st) =>
      [...st.countries, ...st.regions, ...st.topics].flatMap((t) => t.evidence),
    );
    expect(all.length).toBeGreaterThan(40);
    for (const ev of all) expect(text.slice(ev.start, ev.end)).toBe(ev.text);
  });

  it("names the entry behind each tag", () => {
    const byCode = (seq: number, code: string) =>
      tagged[seq - 1]?.countries.find((c) => c.code === code)?.evidence.map((e) => [e.text, e.rule]);
    expect(byCode(1, "US")).toEqual([
      ["United States", "country:US:name"],
      ["US", "country:US:alias"],
      ["State Department", "organ:US:state-department"],
      ["Joe Biden", "leader:US:joe-biden"],
      ["United States", "country:US:name"],
    ]);
    expect(byCode(3, "PK")?.find(([t]) => t === "Besham")).toEqual(["Besham", "place:PK:besham"]);
    expect(byCode(8, "IR")?.[0]).toEqual(["Chahbahar", "place:IR:chahbahar"]);
    expect(byCode(10, "PS")).toEqual([["Gaza", "place:PS:gaza"]]);
    expect(tagged[10]?.regions[0]?.evidence.map((e) => e.rule)).toEqual([
      "region:KASHMIR:iiojk",
      "region:KASHMIR:kashmiri",
      "region:KASHMIR:jammu-and-kashmir",
    ]);
  });
});

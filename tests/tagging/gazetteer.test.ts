import { describe, expect, it } from "vitest";
import { COUNTRIES } from "../../src/tagging/countries.js";
import { GAZETTEER } from "../../src/tagging/gazetteer.js";
import { REGIONS } from "../../src/tagging/regions.js";

const codes = new Set(COUNTRIES.map((c) => c.code));
const regionIds = new Set(REGIONS.map((r) => r.id));

describe("the gazetteer", () => {
  it("points every entry at a known country or region", () => {
    const bad = GAZETTEER.filter(({ target: t }) =>
      t.kind === "country"
        ? !codes.has(t.code)
        : t.kind === "region"
          ? !regionIds.has(t.id) || t.implies.some((c) => !codes.has(c))
          : false,
    );
    expect(bad).toEqual([]);
  });

  it("names every country by its short name", () => {
    const named = new Set(GAZETTEER.filter((e) => e.target.kind === "country").map((e) => e.phrase));
    expect(COUNTRIES.filter((c) => !named.has(c.name)).map((c) => c.code)).toEqual([]);
  });

  it("gives a phrase two countries only where the data files say so on purpose", () => {
    const byPhrase = new Map<string, Set<string>>();
    for (const e of GAZETTEER) {
      if (e.target.kind !== "country") continue;
      const set = byPhrase.get(e.phrase) ?? new Set();
      set.add(e.target.code);
      byPhrase.set(e.phrase, set);
    }
    const shared = [...byPhrase].filter(([, s]) => s.size > 1).map(([p, s]) => [p, [...s].sort()]);
    expect(shared.sort()).toEqual([
      ["Indo-Pak", ["IN", "PK"]],
      ["Indo-Pakistan", ["IN", "PK"]],

      ["Nagorno-Karabakh", ["AM", "AZ"]],
    ]);
  });

  it("writes rule ids as kind:target:entry", () => {
    const bad = GAZETTEER.map((e) => e.target.rule).filter(
      (r) =>
        !/^(country:[A-Z]{2}:(name|official|alias|demonym|capital)|(place|organ|leader):[A-Z]{2}:[a-z0-9-]+|region:[A-Z_]+:[a-z0-9-]+|block:[a-z0-9-]+)$/.test(
          r,
        ),
    );
    expect(bad).toEqual([]);
  });

  it("describes each region with an id, a name and a description", () => {
    for (const r of REGIONS) {
      expect(r.id).toMatch(/^[A-Z][A-Z_]+$/);
      expect(r.name.length).toBeGreaterThan(2);
      expect(r.description.length).toBeGreaterThan(20);
    }
    expect(REGIONS.map((r) => r.id)).toEqual(
      expect.arrayContaining([
        "KASHMIR",
        "TAIWAN",
        "SOUTH_CHINA_SEA",
        "KOREAN_PENINSULA",
        "XINJIANG",
        "TIBET",
        "HONG_KONG",
      ]),
    );
  });
});

import { describe, expect, it } from "vitest";
import { COUNTRIES, placesMentioned, resolveCountry } from "../../src/tagging/lookup.js";

describe("COUNTRIES", () => {
  it("holds the 193 UN members and the observer states VA and PS, sorted by name", () => {
    expect(COUNTRIES).toHaveLength(195);
    const codes = COUNTRIES.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(["VA", "PS", "AF", "US", "CN", "SS"]));
    expect(codes).not.toEqual(expect.arrayContaining(["TW"]));
    expect(codes.filter((c) => c === "XK" || c === "HK")).toEqual([]);
    expect(new Set(codes).size).toBe(195);
    const names = COUNTRIES.map((c) => c.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en")));
  });

  it("describes a country by codes, names and singular and plural demonyms", () => {
    expect(COUNTRIES.find((c) => c.code === "AF")).toEqual({
      code: "AF",
      alpha3: "AFG",
      numeric: "004",
      name: "Afghanistan",
      officialName: "Islamic Republic of Afghanistan",
      demonyms: ["Afghan", "Afghans", "Afghani"],
    });
  });
});

describe("resolveCountry", () => {
  it.each([
    ["AF", "AF"],
    ["af", "AF"],
    ["AFG", "AF"],
    ["004", "AF"],
    ["4", "AF"],
    ["  Afghanistan ", "AF"],
    ["afghanistan", "AF"],
    ["Islamic Republic of Afghanistan", "AF"],
    ["Afghan", "AF"],
    ["Afghans", "AF"],
    ["US", "US"],
    ["us", "US"],
    ["U.S.", "US"],
    ["USA", "US"],
    ["United States of America", "US"],
    ["Americans", "US"],
    ["UK", "GB"],
    ["Britain", "GB"],
    ["DPRK", "KP"],
    ["North Korea", "KP"],
    ["ROK", "KR"],
    ["UAE", "AE"],
    ["KSA", "SA"],
    ["Turkey", "TR"],
    ["türkiye", "TR"],
    ["Cote d'Ivoire", "CI"],
    ["Palestinians", "PS"],
    ["Holy See", "VA"],
    ["in", "IN"],
  ])("reads %j as %s", (input, code) => {
    expect(resolveCountry(input)?.code).toBe(code);
  });

  it.each(["", "   ", "XX", "XXX", "999", "Narnia", "Korea", "Congo", "Congolese", "Taiwan", "Kashmir"])(
    "returns null for %j (unknown, ambiguous or not a UN member or observer)",
    (input) => {
      expect(resolveCountry(input)).toBeNull();
    },
  );
});

describe("placesMentioned", () => {
  it("resolves a dateline capital", () => {
    expect(placesMentioned("ISLAMABAD:")).toEqual({ countries: ["PK"], regions: [] });
  });

  it("finds both sides of a hyphenated pair", () => {
    expect(placesMentioned("symbols of Pakistan-China Friendship")).toEqual({
      countries: ["CN", "PK"],
      regions: [],
    });
  });

  it("reports regions and the countries a region implies", () => {
    expect(placesMentioned("About Xinjiang and IIOJK, she said")).toEqual({
      countries: ["CN"],
      regions: ["KASHMIR", "XINJIANG"],
    });
  });

  it("finds nothing in a fragment that names no place", () => {
    expect(placesMentioned("To another query, she said that")).toEqual({ countries: [], regions: [] });
  });
});

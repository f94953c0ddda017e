import { describe, expect, it } from "vitest";
import { placesMentioned } from "../../src/tagging/lookup.js";
import { findPlaces } from "../../src/tagging/place-matcher.js";

const codes = (fragment: string) => placesMentioned(fragment);
const only = (countries: string[], regions: string[] = []) => ({ countries, regions });

describe("ambiguous names", () => {
  it.each([
    ["Let us see what they tell us.", only([])],
    ["The US and the U.S.A. agreed.", only(["US"])],
    ["She thanked the U.S. side.", only(["US"])],
    ["The turkey was pardoned.", only([])],
    ["Turkey and Türkiye are one country.", only(["TR"])],
    ["a drone test at China Lake", only([])],
    ["ships in the Indian Ocean", only([])],
    ["Indian authorities said", only(["IN"])],
    ["a visit to New Mexico", only(["US"])],
    ["Mexico and New Mexico", only(["MX", "US"])],
    ["an American Airlines flight", only([])],
    ["an American citizen", only(["US"])],
    ["in Latin America", only([])],
    ["Papua New Guinea", only(["PG"])],
    ["Equatorial Guinea", only(["GQ"])],
    ["Guinea-Bissau", only(["GW"])],
    ["Guinea Bissau", only(["GW"])],
    ["Guinea", only(["GN"])],
    ["Niger", only(["NE"])],
    ["Nigeria", only(["NG"])],
    ["Dominica", only(["DM"])],
    ["the Dominican Republic", only(["DO"])],
    ["Chad Wolf said", only([])],
    ["a delegation to Chad", only(["TD"])],
    ["Michael Jordan played", only([])],
    ["Jordan Peterson wrote", only([])],
    ["the King of Jordan", only(["JO"])],
    ["along the Jordan River", only([])],
    ["Pakistan-Jordan relations", only(["JO", "PK"])],
    ["Prime Minister of Georgia Mamuka Bakhtadze", only(["GE"])],
    ["Atlanta, Georgia", only(["US"])],
    ["the Democratic Republic of the Congo", only(["CD"])],
    ["the DRC", only(["CD"])],
    ["the Republic of the Congo", only(["CG"])],
    ["Congo", only([])],
    ["Korea", only([], ["KOREAN_PENINSULA"])],
    ["North Korea", only(["KP"])],
    ["South Korea and the DPRK", only(["KP", "KR"])],
    ["the Korean Peninsula", only([], ["KOREAN_PENINSULA"])],
    ["the Indo-Pacific", only([], ["INDO_PACIFIC"])],
    ["the South China Sea", only([], ["SOUTH_CHINA_SEA"])],
    ["Taiwan", only([], ["TAIWAN"])],
    ["the People's Republic of China", only(["CN"])],
    ["Indian Illegally Occupied Jammu and Kashmir", only([], ["KASHMIR"])],
    ["Hong Kong", only(["CN"], ["HONG_KONG"])],
    ["Tibet", only(["CN"], ["TIBET"])],
    ["Sudan and South Sudan", only(["SD", "SS"])],
    ["Northern Ireland and Ireland", only(["GB", "IE"])],
    ["the Paris Agreement", only([])],
    ["the Washington Post reported", only([])],
    ["US$ 25.4 billion", only([])],
    ["the 19th National Congress of the Communist Party of China", only(["CN"])],
    ["a bill passed by Congress", only(["US"])],
    ["the Shanghai spirit of the SCO", only([])],
    ["a meeting in Shanghai", only(["CN"])],
    ["dialogue with Afghan\u00ADistan", only(["AF"])],
    ["Jerusalem", only(["IL"])],
    ["East Jerusalem", only(["PS"])],
    ["President Erdoğan and Putin", only(["RU", "TR"])],
  ])("%j → %j", (fragment, expected) => {
    expect(codes(fragment)).toEqual(expected);
  });
});

describe("reading 'Georgia' by the issuer", () => {
  const read = (text: string, issuer: string | null) => findPlaces(text, 0, text.length, issuer);

  it("reads a bare Georgia as the US state in a White House briefing", () => {
    expect(read("Storms hit Georgia.", "US").map((h) => [h.code, h.rule])).toEqual([
      ["US", "place:US:georgia-us-state"],
    ]);
  });

  it("reads it as the country when the statement also says Georgian", () => {
    expect(read("Georgia passed the law; the Georgian government", "US").map((h) => h.code)).toEqual([
      "GE",
      "GE",
    ]);
  });

  it("reads it as the country in other briefings", () => {
    expect(read("Storms hit Georgia.", "CN").map((h) => h.code)).toEqual(["GE"]);
  });
});

describe("evidence of a place", () => {
  it("keeps the matched span and the entry's rule", () => {
    const text = "About Besham terrorist attack, the Afghan authorities and the US State Department";
    expect(findPlaces(text, 0, text.length).map((h) => [text.slice(h.start, h.end), h.rule])).toEqual([
      ["Besham", "place:PK:besham"],
      ["Afghan", "country:AF:demonym"],
      ["US", "country:US:alias"],
      ["State Department", "organ:US:state-department"],
    ]);
  });

  it("matches only inside the given range", () => {
    const text = "China and India";
    expect(findPlaces(text, 6, text.length).map((h) => [h.code, h.start])).toEqual([["IN", 10]]);
  });
});

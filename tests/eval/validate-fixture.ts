/**
 * Structural checks of one annotated fixture against its source text. Pure: returns a list of
 * problems (empty when the fixture is well-formed), so a test can show all of them at once.
 */

import worldCountries from "world-countries/countries.json" with { type: "json" };
import { REGIONS } from "../../src/tagging/regions.js";
import type { Fixture, FixtureStatement } from "./fixtures.js";

/** The topic vocabulary of issue 2 (binding; the API's slugs). */
export const TOPIC_SLUGS: ReadonlySet<string> = new Set([
  "terrorism",
  "security",
  "armed-conflict",
  "diplomacy",
  "international-organizations",
  "trade-economy",
  "energy",
  "migration",
  "human-rights",
  "religion",
  "territorial-dispute",
  "crime-justice",
  "health",
  "technology",
  "media",
  "environment",
  "disaster-humanitarian",
  "domestic-politics",
  "consular",
  "arms-control",
  "education-culture",
]);

/** UN members and the two observer states (Holy See, Palestine), as issue 3 defines countries. */
export const COUNTRY_CODES: ReadonlySet<string> = new Set(
  (worldCountries as Array<{ cca2: string; unMember: boolean }>)
    .filter((c) => c.unMember || c.cca2 === "VA" || c.cca2 === "PS")
    .map((c) => c.cca2),
);

/** Region ids the product serves (its reviewed region data). */
export const REGION_IDS: ReadonlySet<string> = new Set(REGIONS.map((r) => r.id));

function labelProblems(at: string, kind: string, labels: unknown, known: ReadonlySet<string>): string[] {
  if (!Array.isArray(labels)) return [`${at}: ${kind} is not an array`];
  const out: string[] = [];
  if (new Set(labels).size !== labels.length) out.push(`${at}: ${kind} has duplicates`);
  for (const l of labels) {
    if (typeof l !== "string" || !known.has(l)) out.push(`${at}: unknown ${kind} ${JSON.stringify(l)}`);
  }
  return out;
}

function spanProblems(at: string, start: unknown, end: unknown, length: number): string[] {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return [`${at}: offsets are not integers`];
  if ((start as number) < 0 || (end as number) > length || (start as number) >= (end as number)) {
    return [`${at}: span ${start}..${end} is empty or outside the text (length ${length})`];
  }
  return [];
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ");
}

function statementProblems(s: FixtureStatement, at: string, text: string): string[] {
  const span = spanProblems(at, s.start, s.end, text.length);
  if (span.length > 0) return span;
  const slice = text.slice(s.start, s.end);
  const out: string[] = [];
  if (slice.trim() === "") out.push(`${at}: statement is blank`);
  else if (slice !== slice.trim()) out.push(`${at}: statement has leading or trailing whitespace`);
  // `first` is for readers: compare with runs of whitespace (hard-wrapped lines) read as one space.
  if (typeof s.first !== "string" || !squash(slice).startsWith(squash(s.first))) {
    out.push(`${at}: "first" ${JSON.stringify(s.first)} is not how the statement starts`);
  }
  if (s.speaker !== null && typeof s.speaker !== "string")
    out.push(`${at}: speaker is neither null nor text`);
  if (s.question !== null) {
    const q = s.question;
    out.push(...spanProblems(`${at} question`, q.start, q.end, text.length));
    if (q.asker !== null && typeof q.asker !== "string") out.push(`${at}: asker is neither null nor text`);
  }
  out.push(...labelProblems(at, "country", s.countries, COUNTRY_CODES));
  out.push(...labelProblems(at, "region", s.regions, REGION_IDS));
  out.push(...labelProblems(at, "topic", s.topics, TOPIC_SLUGS));
  return out;
}

/** Everything wrong with a fixture read against its source text; [] when it is well-formed. */
export function fixtureProblems(fixture: Fixture, text: string): string[] {
  const out: string[] = [];
  if (!COUNTRY_CODES.has(fixture.issuer)) out.push(`unknown issuer ${JSON.stringify(fixture.issuer)}`);
  if (fixture.format !== "report" && fixture.format !== "transcript") {
    out.push(`format ${JSON.stringify(fixture.format)} is neither "report" nor "transcript"`);
  }
  if (!/^[0-9a-f]{64}$/.test(fixture.sha256)) out.push("sha256 is not 64 lower-case hex digits");
  if (!Array.isArray(fixture.statements) || fixture.statements.length === 0) {
    return [...out, "no statements"];
  }
  let previousEnd = 0;
  fixture.statements.forEach((s, i) => {
    const at = `statement #${i + 1} (${s.start}..${s.end})`;
    out.push(...statementProblems(s, at, text));
    if (s.start < previousEnd) out.push(`${at}: starts before the previous statement ends (${previousEnd})`);
    previousEnd = Math.max(previousEnd, s.end);
  });
  // Questions are never statement text.
  fixture.statements.forEach((s, i) => {
    const q = s.question;
    if (!q) return;
    const hit = fixture.statements.findIndex((o) => q.start < o.end && o.start < q.end);
    if (hit >= 0) out.push(`statement #${i + 1}: its question overlaps statement #${hit + 1}`);
  });
  return out;
}

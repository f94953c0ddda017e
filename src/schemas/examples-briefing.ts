import { createHash } from "node:crypto";
import type { BriefingDto, BriefingSummaryDto } from "./briefing.js";
import type { StatementDto } from "./statement.js";

/**
 * One invented briefing (not from the corpus) behind every success example of the docs page, so the
 * examples agree with each other: the statement of GET /statements?country=AF is the one GET
 * /statements/{id} returns, its neighbours are the context's, and ids and offsets are computed the way
 * ingest computes them. tests/api/openapi-examples.test.ts checks every example against its schema.
 */
export const EXAMPLE_TEXT =
  "date 2024-04-05 ISLAMABAD: The Foreign Office spokesperson said on Friday that Pakistan had asked the " +
  "Afghan authorities to act against the terrorist groups operating from Afghan soil.\n\n" +
  "She said Pakistan and China would hold talks next week on the security of Chinese nationals.\n\n" +
  "Answering a question, she said Pakistan's position on Jammu and Kashmir was unchanged.";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");
const contentHash = sha256(EXAMPLE_TEXT);
const briefingId = contentHash.slice(0, 16);

/** The span of the first occurrence of `text` at or after `from`, with the rule that matched it. */
function span(text: string, rule: string, from = 0) {
  const start = EXAMPLE_TEXT.indexOf(text, from);
  if (start < 0) throw new Error(`example text lacks '${text}'`);
  return { start, end: start + text.length, text, rule };
}

function statement(
  seq: number,
  first: string,
  last: string,
  tags: Pick<StatementDto, "countries" | "regions" | "topics">,
): StatementDto {
  const start = EXAMPLE_TEXT.indexOf(first);
  const end = EXAMPLE_TEXT.indexOf(last, start) + last.length;
  return {
    id: sha256(`${contentHash}:${start}:${end}`).slice(0, 16),
    briefingId,
    date: "2024-04-05",
    issuer: "PK",
    seq,
    start,
    end,
    text: EXAMPLE_TEXT.slice(start, end),
    speaker: null,
    question: null,
    ...tags,
  };
}

const s2 = EXAMPLE_TEXT.indexOf("She said");
const s3 = EXAMPLE_TEXT.indexOf("Answering");
const pakistan = (from: number) => ({
  code: "PK",
  name: "Pakistan",
  basis: "text" as const,
  evidence: [span("Pakistan", "country:PK:name", from)],
});

export const exampleStatements: StatementDto[] = [
  statement(1, "The Foreign Office", "Afghan soil.", {
    countries: [
      {
        code: "AF",
        name: "Afghanistan",
        basis: "text",
        evidence: [
          span("Afghan", "country:AF:demonym"),
          span("Afghan", "country:AF:demonym", EXAMPLE_TEXT.indexOf("Afghan soil")),
        ],
      },
      pakistan(0),
    ],
    regions: [],
    topics: [
      { slug: "terrorism", score: 4, basis: "text", evidence: [span("terrorist", "topic:terrorism:terror")] },
    ],
  }),
  statement(2, "She said", "Chinese nationals.", {
    countries: [
      {
        code: "CN",
        name: "China",
        basis: "text",
        evidence: [span("China", "country:CN:name", s2), span("Chinese", "country:CN:demonym", s2)],
      },
      pakistan(s2),
    ],
    regions: [],
    topics: [
      { slug: "diplomacy", score: 2, basis: "text", evidence: [span("talks", "topic:diplomacy:talks", s2)] },
      {
        slug: "security",
        score: 2,
        basis: "text",
        evidence: [span("security", "topic:security:security", s2)],
      },
    ],
  }),
  statement(3, "Answering", "unchanged.", {
    countries: [pakistan(s3)],
    regions: [
      {
        id: "KASHMIR",
        basis: "text",
        evidence: [span("Jammu and Kashmir", "region:KASHMIR:jammu-and-kashmir", s3)],
      },
    ],
    topics: [
      {
        slug: "territorial-dispute",
        score: 3,
        basis: "text",
        evidence: [span("Jammu and Kashmir", "topic:territorial-dispute:jammu-and-kashmir", s3)],
      },
    ],
  }),
];

export const exampleBriefingSummary: BriefingSummaryDto = {
  id: briefingId,
  date: "2024-04-05",
  heldOn: "2024-04-05",
  issuer: "PK",
  speakers: [],
  title: "ISLAMABAD: The Foreign Office spokesperson said on Friday that Pakistan had asked the Afghan…",
  format: "report",
  source: "2024-04-05_foreign-office-weekly-briefing.txt",
  contentHash,
  ingestedAt: "2024-04-06T09:30:00.000Z",
  taggerVersion: "2026.11.29-2",
  statementCount: exampleStatements.length,
};

export const exampleBriefing: BriefingDto = {
  ...exampleBriefingSummary,
  text: EXAMPLE_TEXT,
  statements: exampleStatements,
};

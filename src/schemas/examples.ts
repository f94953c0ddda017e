import { exampleBriefing, exampleBriefingSummary, exampleStatements } from "./examples-briefing.js";

/** A named example of a response body, as OpenAPI's `examples` map holds it. */
export interface NamedExample {
  summary: string;
  value: unknown;
}

const [afghanistan, china, kashmir] = exampleStatements as [
  (typeof exampleStatements)[number],
  (typeof exampleStatements)[number],
  (typeof exampleStatements)[number],
];
// A cursor as lists return them (opaque: clients pass it back unchanged).
const NEXT = "eyJraW5kIjoic3RhdGVtZW50czotZGF0ZSIsInBvc2l0aW9uIjp7ImsiOjF9fQ";
const page = (data: unknown[], next: string | null = null) => ({ data, next });

const terror = afghanistan.text.indexOf("terrorist");
const highlighted = {
  ...afghanistan,
  highlight: {
    text: afghanistan.text,
    marks: [{ start: terror, end: terror + "terrorist".length }],
    html: `${afghanistan.text.slice(0, terror)}<mark>terrorist</mark>${afghanistan.text.slice(terror + 9)}`,
  },
};

const afghanistanCountry = {
  code: "AF",
  alpha3: "AFG",
  numeric: "004",
  name: "Afghanistan",
  officialName: "Islamic Republic of Afghanistan",
  demonyms: ["Afghan", "Afghans", "Afghani"],
  statementCount: 1,
};

/**
 * The 200 examples of each read operation (by operationId), shown on the docs page under "Example
 * Value". The write operations carry their own (src/schemas/ingest-openapi.ts).
 */
export const successExamples: Record<string, Record<string, NamedExample>> = {
  listStatements: {
    page: { summary: "A page: ?country=AF&limit=1", value: page([afghanistan], NEXT) },
    countAndFacets: {
      summary: "With ?include=count&facets=country,topic",
      value: {
        ...page([afghanistan]),
        count: 1,
        facets: {
          country: [
            { value: "AF", label: "Afghanistan", count: 1 },
            { value: "PK", label: "Pakistan", count: 1 },
          ],
          topic: [{ value: "terrorism", label: "Terrorism", count: 1 }],
        },
      },
    },
    highlight: { summary: "A search: ?q=terrorist&highlight=true", value: page([highlighted]) },
  },
  getStatement: { statement: { summary: "A statement with its tags and evidence", value: afghanistan } },
  getStatementContext: {
    context: {
      summary: "The second statement, one neighbour each side",
      value: { statement: china, before: [afghanistan], after: [kashmir], briefing: exampleBriefingSummary },
    },
  },
  listBriefings: {
    page: { summary: "A page of briefings, newest first", value: page([exampleBriefingSummary]) },
  },
  getBriefing: { briefing: { summary: "A briefing with its text and statements", value: exampleBriefing } },
  listBriefingStatements: {
    page: { summary: "A briefing's statements in reading order", value: page(exampleStatements) },
  },
  listCountries: { page: { summary: "Countries matching ?q=afghan", value: page([afghanistanCountry]) } },
  getCountry: {
    country: {
      summary: "Afghanistan and what is said about it",
      value: {
        ...afghanistanCountry,
        topics: [{ value: "terrorism", label: "Terrorism", count: 1 }],
        regions: [],
        issuers: [{ value: "PK", label: "Pakistan", count: 1 }],
        latest: [afghanistan],
      },
    },
  },
  listTopics: {
    page: {
      summary: "The topic vocabulary (one shown)",
      value: page([
        {
          slug: "terrorism",
          label: "Terrorism",
          iptc: ["medtop:20000053"],
          description: "Terrorist attacks, terrorist groups, counterterrorism.",
          statementCount: 1,
        },
      ]),
    },
  },
  listRegions: {
    page: {
      summary: "The regions (one shown)",
      value: page([
        {
          id: "KASHMIR",
          name: "Kashmir",
          description: "The disputed Kashmir region. Implies no country (India and Pakistan both claim it).",
          statementCount: 1,
        },
      ]),
    },
  },
  getTimeline: {
    months: {
      summary: "?country=AF&interval=month",
      value: page([
        { period: "2024-03", start: "2024-03-01", end: "2024-03-31", count: 0, total: 12, share: 0 },
        { period: "2024-04", start: "2024-04-01", end: "2024-04-30", count: 1, total: 3, share: 0.333333 },
      ]),
    },
  },
  getHealth: {
    ok: {
      summary: "Healthy",
      value: { status: "ok", database: { status: "ok", briefings: 1, statements: 3 } },
    },
  },
};

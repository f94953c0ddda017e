import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  type BriefingFilter,
  type BriefingKey,
  type BriefingRepository,
  titleTerms,
} from "../db/briefing-repository.js";
import type { StatementRepository } from "../db/statement-repository.js";
import { decodeCursor, encodeCursor, nextLink } from "../http/cursor.js";
import { type CsvColumn, exportChunks, formatOf, sendExport } from "../http/export.js";
import { STATEMENT_CSV_DESCRIPTION } from "../http/export-statements.js";
import { invalidParameter, notFound } from "../http/http-problem.js";
import { jsonSerializerCompiler } from "../http/json-serializer.js";
import type { BriefingSummaryDto } from "../schemas/briefing.js";
import { briefingSchema, briefingSummarySchema } from "../schemas/briefing.js";
import { listEnvelope } from "../schemas/envelope.js";
import { listContent } from "../schemas/list-content.js";
import { problemSchema } from "../schemas/problem.js";
import { cursor, isoDate, limit, listGroups, publicId, repeatable } from "../schemas/query-values.js";
import {
  formatParam,
  statementFilterQuerySchema,
  statementPageQuerySchema,
} from "../schemas/statement-query.js";
import { resolveCountry } from "../tagging/lookup.js";
import { answerStatementList, STATEMENT_NDJSON, statementListSchema } from "./statements.js";

const isBriefingKey = (p: unknown): p is BriefingKey =>
  typeof p === "object" &&
  p !== null &&
  typeof (p as BriefingKey).date === "string" &&
  Number.isSafeInteger((p as BriefingKey).pk);

const briefingListQuery = z
  .object({
    q: z
      .string()
      .max(1000, { message: "must be at most 1000 characters" })
      .optional()
      .describe('Words and "quoted phrases" that must all occur in the title (case-insensitive for A–Z).')
      .meta({ example: "weekly briefing" }),
    issuer: repeatable
      .optional()
      .describe("Issuing country (code or name); comma list = any of.")
      .meta({ example: "PK" }),
    from: isoDate.optional().describe("First date included."),
    to: isoDate.optional().describe("Last date included.").meta({ example: "2024-12-31" }),
    limit,
    cursor: cursor.optional(),
    include: statementPageQuerySchema.shape.include,
    format: formatParam,
  })
  .strict();

const BRIEFING_CSV_COLUMNS: CsvColumn<BriefingSummaryDto>[] = [
  { name: "id", get: (b) => b.id },
  { name: "date", get: (b) => b.date },
  { name: "held_on", get: (b) => b.heldOn },
  { name: "issuer", get: (b) => b.issuer },
  { name: "speakers", get: (b) => b.speakers.join(";") },
  { name: "title", get: (b) => b.title },
  { name: "format", get: (b) => b.format },
  { name: "source", get: (b) => b.source },
  { name: "statement_count", get: (b) => b.statementCount },
  { name: "content_hash", get: (b) => b.contentHash },
  { name: "ingested_at", get: (b) => b.ingestedAt },
  { name: "tagger_version", get: (b) => b.taggerVersion },
];

const BRIEFING_CSV =
  "One row per briefing, with a header row: id, date, held_on, issuer, speakers (`;`-separated), title, format, " +
  "source, statement_count, content_hash, ingested_at, tagger_version. RFC 4180 quoting, CRLF line ends, UTF-8.";

function issuerCodes(value: string | string[] | undefined): string[] {
  return listGroups(value)
    .flat()
    .map((v) => {
      const c = resolveCountry(v);
      if (!c) throw invalidParameter("query.issuer", `unknown country '${v}'; see GET /countries`);
      return c.code;
    });
}

function* briefingBatches(briefings: BriefingRepository, filter: BriefingFilter, after: BriefingKey | null) {
  let key = after;
  do {
    const page = briefings.list(filter, 500, key);
    yield page.data;
    key = page.nextKey;
  } while (key);
}

const briefingStatementsQuery = statementFilterQuerySchema
  .omit({ briefing: true })
  .extend(statementPageQuerySchema.shape)
  .strict();

export const briefingRoutes =
  (briefings: BriefingRepository, statements: StatementRepository): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/briefings",
      {
        serializerCompiler: jsonSerializerCompiler,
        schema: {
          tags: ["briefings"],
          operationId: "listBriefings",
          summary: "List briefings",
          description:
            "Briefings newest first (by header date), without their text, narrowed by issuer, dates and words of " +
            "the title. `Accept: text/csv` or `application/x-ndjson` (or `format=`) streams the whole list.",
          querystring: briefingListQuery,
          response: {
            200: listContent(
              listEnvelope(briefingSummarySchema, "BriefingList"),
              BRIEFING_CSV,
              "One BriefingSummary JSON object per line, newest first.",
            ),
            400: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const q = request.query;
        if (q.from && q.to && q.from > q.to)
          throw invalidParameter("query.from", `is after query.to (${q.to})`);
        const after = q.cursor ? decodeCursor("briefings", q.cursor, isBriefingKey) : null;
        const filter: BriefingFilter = {
          issuers: issuerCodes(q.issuer),
          from: q.from ?? null,
          to: q.to ?? null,
          titleTerms: titleTerms(q.q),
        };
        const format = formatOf(request, q.format);
        if (format !== "json") {
          const chunks = exportChunks(
            format,
            briefingBatches(briefings, filter, after),
            BRIEFING_CSV_COLUMNS,
            (b) => b,
          );
          return sendExport(reply, format, "briefings", chunks);
        }
        const page = briefings.list(filter, q.limit, after);
        const next = page.nextKey ? encodeCursor("briefings", page.nextKey) : null;
        if (next) reply.header("link", nextLink(request.url, next));
        return {
          data: page.data,
          next,
          ...(q.include === "count" ? { count: briefings.count(filter) } : {}),
        };
      },
    );

    app.get(
      "/briefings/:id",
      {
        serializerCompiler: jsonSerializerCompiler,
        schema: {
          tags: ["briefings"],
          operationId: "getBriefing",
          summary: "Get one briefing with its statements",
          description: "The briefing's metadata, full original text, and its statements in order.",
          params: z.object({ id: publicId("Briefing") }),
          response: { 200: briefingSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => {
        const found = briefings.get(request.params.id);
        if (!found) throw notFound(`No briefing with id '${request.params.id}'`);
        return { ...found, statements: statements.ofBriefing(found.id) };
      },
    );

    app.get(
      "/briefings/:id/statements",
      {
        serializerCompiler: jsonSerializerCompiler,
        schema: {
          tags: ["briefings"],
          operationId: "listBriefingStatements",
          summary: "List a briefing's statements",
          description:
            "The statements of one briefing in reading order (`sort=-date`, the default; `date` reverses it), " +
            "with every filter, search, count, facet and format of GET /statements.",
          params: z.object({ id: publicId("Briefing") }),
          querystring: briefingStatementsQuery,
          response: {
            200: listContent(statementListSchema, STATEMENT_CSV_DESCRIPTION, STATEMENT_NDJSON),
            400: problemSchema,
            404: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        if (!briefings.exists(id)) throw notFound(`No briefing with id '${id}'`);
        return answerStatementList(
          statements,
          request,
          reply,
          { ...request.query, briefing: id },
          `briefing-${id}`,
        );
      },
    );
  };

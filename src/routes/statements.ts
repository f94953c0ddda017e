import type { FastifyReply, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ListRequest, StatementRepository } from "../db/statement-repository.js";
import { nextLink } from "../http/cursor.js";
import { exportChunks, formatOf, sendExport } from "../http/export.js";
import {
  flatBatches,
  fullBatches,
  STATEMENT_CSV_COLUMNS,
  STATEMENT_CSV_DESCRIPTION,
} from "../http/export-statements.js";
import { notFound } from "../http/http-problem.js";
import { jsonSerializerCompiler, sendJsonList } from "../http/json-serializer.js";
import {
  decodeStatementCursor,
  encodeStatementCursor,
  toFacetNames,
  toSearch,
  toSort,
  toStatementFilter,
} from "../http/statement-params.js";
import { listEnvelope } from "../schemas/envelope.js";
import { listContent } from "../schemas/list-content.js";
import { problemSchema } from "../schemas/problem.js";
import { publicId } from "../schemas/query-values.js";
import { type StatementListQuery, statementListQuerySchema } from "../schemas/statement-query.js";
import { statementContextSchema, statementResultSchema } from "../schemas/statement-result.js";

export const statementListSchema = listEnvelope(statementResultSchema, "StatementList");

export const STATEMENT_NDJSON = "One StatementResult JSON object per line, in the list's order.";

/**
 * A statement list (GET /statements, GET /briefings/:id/statements): one JSON page with its cursor,
 * count and facets as asked, or the whole list streamed as CSV or NDJSON.
 */
export async function answerStatementList(
  statements: StatementRepository,
  request: FastifyRequest,
  reply: FastifyReply,
  q: Omit<StatementListQuery, "briefing"> & { briefing?: string | string[] },
  exportName: string,
) {
  const filter = toStatementFilter(q);
  const search = toSearch(q.q);
  const sort = toSort(q.sort, search);
  const req: ListRequest = {
    filter,
    search,
    sort,
    limit: q.limit,
    after: decodeStatementCursor(sort, q.cursor),
    highlight: q.highlight === "true",
  };
  const format = formatOf(request, q.format);
  if (format === "csv") {
    return sendExport(
      reply,
      format,
      exportName,
      exportChunks(format, flatBatches(statements, req), STATEMENT_CSV_COLUMNS, (r) => r),
    );
  }
  if (format === "ndjson") {
    return sendExport(
      reply,
      format,
      exportName,
      exportChunks(format, fullBatches(statements, req), [], (r) => r),
    );
  }
  const names = toFacetNames(q.facets);
  if (names.length > 0 || q.include === "count") await statements.facets.ready();
  const page = statements.listJson(req);
  const next = encodeStatementCursor(sort, page.next);
  if (next) reply.header("link", nextLink(request.url, next));
  return sendJsonList(reply, page.data, {
    next,
    ...(q.include === "count" ? { count: statements.count(filter, search) } : {}),
    ...(names.length > 0 ? { facets: statements.facets.facets(filter, search, names) } : {}),
  });
}

export const statementRoutes =
  (statements: StatementRepository): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/statements",
      {
        serializerCompiler: jsonSerializerCompiler,
        schema: {
          tags: ["statements"],
          operationId: "listStatements",
          summary: "List and search statements",
          description:
            "Statements narrowed by any combination of filters and a full-text search, one keyset page at a time " +
            "(newest first, oldest first or by relevance), with optional exact count and facet counts. " +
            "`Accept: text/csv` or `application/x-ndjson` (or `format=`) streams the whole list instead.",
          querystring: statementListQuerySchema,
          response: {
            200: listContent(statementListSchema, STATEMENT_CSV_DESCRIPTION, STATEMENT_NDJSON),
            400: problemSchema,
          },
        },
      },
      async (request, reply) => answerStatementList(statements, request, reply, request.query, "statements"),
    );

    app.get(
      "/statements/:id",
      {
        serializerCompiler: jsonSerializerCompiler,
        schema: {
          tags: ["statements"],
          operationId: "getStatement",
          summary: "Get one statement",
          description:
            "A statement with its tags, their evidence, its offsets and its briefing's date and issuer.",
          params: z.object({ id: publicId("Statement") }),
          response: { 200: statementResultSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => {
        const found = statements.get(request.params.id);
        if (!found) throw notFound(`No statement with id '${request.params.id}'`);
        return found;
      },
    );

    const around = z.coerce
      .number({ message: "must be a whole number from 0 to 20" })
      .int({ message: "must be a whole number from 0 to 20" })
      .min(0, { message: "must be a whole number from 0 to 20" })
      .max(20, { message: "must be a whole number from 0 to 20" })
      .default(1);

    app.get(
      "/statements/:id/context",
      {
        serializerCompiler: jsonSerializerCompiler,
        schema: {
          tags: ["statements"],
          operationId: "getStatementContext",
          summary: "A statement with its neighbours and briefing",
          description:
            "The statement, the statements just before and after it in the same briefing (reading order), and " +
            "the briefing's metadata: enough to read a search hit in context.",
          params: z.object({ id: publicId("Statement") }),
          querystring: z
            .object({
              before: around.describe("How many preceding statements, 0–20.").meta({ example: 2 }),
              after: around.describe("How many following statements, 0–20.").meta({ example: 2 }),
            })
            .strict(),
          response: { 200: statementContextSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => {
        const found = statements.context(request.params.id, request.query.before, request.query.after);
        if (!found) throw notFound(`No statement with id '${request.params.id}'`);
        return found;
      },
    );
  };

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { StatementRepository } from "../db/statement-repository.js";
import { decodeCursor, encodeCursor, nextLink } from "../http/cursor.js";
import { notFound } from "../http/http-problem.js";
import { toStatementFilter } from "../http/statement-params.js";
import { listEnvelope } from "../schemas/envelope.js";
import { problemSchema } from "../schemas/problem.js";
import { publicId } from "../schemas/query-values.js";
import { statementSchema } from "../schemas/statement.js";
import { statementListQuerySchema } from "../schemas/statement-query.js";

const isKey = (p: unknown): p is number => Number.isSafeInteger(p);

export const statementListSchema = listEnvelope(statementSchema, "StatementList");

export const statementRoutes =
  (statements: StatementRepository): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/statements",
      {
        schema: {
          tags: ["statements"],
          summary: "List statements",
          description:
            "Statements newest first, narrowed by any combination of filters, one keyset page at a time.",
          querystring: statementListQuerySchema,
          response: { 200: statementListSchema, 400: problemSchema },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const order = q.sort === "date" ? "asc" : "desc";
        const kind = `statements:${order}`;
        const afterKey = q.cursor ? decodeCursor(kind, q.cursor, isKey) : null;
        const page = statements.list(toStatementFilter(q), { limit: q.limit, order, afterKey });
        const next = page.nextKey === null ? null : encodeCursor(kind, page.nextKey);
        if (next) reply.header("link", nextLink(request.url, next));
        return { data: page.data, next };
      },
    );

    app.get(
      "/statements/:id",
      {
        schema: {
          tags: ["statements"],
          summary: "Get one statement",
          description:
            "A statement with its tags, their evidence, its offsets and its briefing's date and issuer.",
          params: z.object({ id: publicId("Statement") }),
          response: { 200: statementSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => {
        const found = statements.get(request.params.id);
        if (!found) throw notFound(`No statement with id '${request.params.id}'`);
        return found;
      },
    );
  };

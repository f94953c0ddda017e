import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { BriefingKey, BriefingRepository } from "../db/briefing-repository.js";
import type { StatementRepository } from "../db/statement-repository.js";
import { decodeCursor, encodeCursor, nextLink } from "../http/cursor.js";
import { invalidParameter, notFound } from "../http/http-problem.js";
import { briefingSchema, briefingSummarySchema } from "../schemas/briefing.js";
import { listEnvelope } from "../schemas/envelope.js";
import { problemSchema } from "../schemas/problem.js";
import { cursor, isoDate, limit, listGroups, publicId, repeatable } from "../schemas/query-values.js";
import { resolveCountry } from "../tagging/lookup.js";

const isBriefingKey = (p: unknown): p is BriefingKey =>
  typeof p === "object" &&
  p !== null &&
  typeof (p as BriefingKey).date === "string" &&
  Number.isSafeInteger((p as BriefingKey).pk);

const briefingListQuery = z
  .object({
    issuer: repeatable
      .optional()
      .describe("Issuing country (code or name); comma list = any of.")
      .meta({ example: "PK" }),
    from: isoDate.optional().describe("First date included."),
    to: isoDate.optional().describe("Last date included."),
    limit,
    cursor: cursor.optional(),
  })
  .strict();

function issuerCodes(value: string | string[] | undefined): string[] {
  return listGroups(value)
    .flat()
    .map((v) => {
      const c = resolveCountry(v);
      if (!c) throw invalidParameter("query.issuer", `unknown country '${v}'; see GET /countries`);
      return c.code;
    });
}

export const briefingRoutes =
  (briefings: BriefingRepository, statements: StatementRepository): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/briefings",
      {
        schema: {
          tags: ["briefings"],
          summary: "List briefings",
          description: "Briefings newest first (by header date), without their text.",
          querystring: briefingListQuery,
          response: { 200: listEnvelope(briefingSummarySchema, "BriefingList"), 400: problemSchema },
        },
      },
      async (request, reply) => {
        const q = request.query;
        if (q.from && q.to && q.from > q.to)
          throw invalidParameter("query.from", `is after query.to (${q.to})`);
        const after = q.cursor ? decodeCursor("briefings", q.cursor, isBriefingKey) : null;
        const page = briefings.list(
          { issuers: issuerCodes(q.issuer), from: q.from ?? null, to: q.to ?? null },
          q.limit,
          after,
        );
        const next = page.nextKey ? encodeCursor("briefings", page.nextKey) : null;
        if (next) reply.header("link", nextLink(request.url, next));
        return { data: page.data, next };
      },
    );

    app.get(
      "/briefings/:id",
      {
        schema: {
          tags: ["briefings"],
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
  };

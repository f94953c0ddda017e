import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { StatementRepository } from "../db/statement-repository.js";
import type { TimelinePoint } from "../db/timeline-repository.js";
import { type CsvColumn, exportChunks, formatOf, sendExport } from "../http/export.js";
import { jsonSerializerCompiler } from "../http/json-serializer.js";
import { toSearch, toStatementFilter } from "../http/statement-params.js";
import { listEnvelope } from "../schemas/envelope.js";
import { listContent } from "../schemas/list-content.js";
import { problemSchema } from "../schemas/problem.js";
import { timelinePointSchema, timelineQuerySchema } from "../schemas/timeline.js";

const COLUMNS: CsvColumn<TimelinePoint>[] = [
  { name: "period", get: (p) => p.period },
  { name: "start", get: (p) => p.start },
  { name: "end", get: (p) => p.end },
  { name: "count", get: (p) => p.count },
  { name: "total", get: (p) => p.total },
  { name: "share", get: (p) => p.share },
];

export const timelineRoutes =
  (statements: StatementRepository): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/timeline",
      {
        serializerCompiler: jsonSerializerCompiler,
        schema: {
          tags: ["statements"],
          operationId: "getTimeline",
          summary: "Statements per period",
          description:
            "How many statements match the filters (and `q`) in each week, month or year, and what share of all " +
            "statements of that period they are — the share stays level when a busy week raises both. Periods run " +
            "from the first to the last day with statements (within from/to), empty ones included; a period cut " +
            "by from/to counts only its days inside.",
          querystring: timelineQuerySchema,
          response: {
            200: listContent(
              listEnvelope(timelinePointSchema, "Timeline"),
              `One row per period, with a header row: ${COLUMNS.map((c) => c.name).join(", ")}.`,
              "One TimelinePoint JSON object per line, oldest first.",
            ),
            400: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const q = request.query;
        await statements.facets.ready();
        const points = statements.timelines.timeline(toStatementFilter(q), toSearch(q.q), q.interval);
        const format = formatOf(request, q.format);
        if (format === "json") return { data: points, next: null };
        return sendExport(
          reply,
          format,
          "timeline",
          exportChunks(format, [points], COLUMNS, (p) => p),
        );
      },
    );
  };

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ReferenceRepository } from "../db/reference-repository.js";
import { emptyFilter } from "../db/statement-filter.js";
import type { StatementRepository } from "../db/statement-repository.js";
import { type CsvColumn, exportChunks, formatOf, sendExport } from "../http/export.js";
import { notFound } from "../http/http-problem.js";
import { jsonSerializerCompiler } from "../http/json-serializer.js";
import { listEnvelope } from "../schemas/envelope.js";
import { listContent } from "../schemas/list-content.js";
import { problemSchema } from "../schemas/problem.js";
import { countryDetailSchema, countrySchema, regionSchema, topicSchema } from "../schemas/reference.js";
import { formatParam } from "../schemas/statement-query.js";
import { resolveCountry } from "../tagging/lookup.js";

const formatOnly = z.object({ format: formatParam }).strict();

/** A whole (small, unpaged) list as the envelope, CSV or NDJSON. */
function answerList<T>(
  format: ReturnType<typeof formatOf>,
  reply: Parameters<typeof sendExport>[0],
  name: string,
  rows: T[],
  columns: CsvColumn<T>[],
) {
  if (format === "json") return { data: rows, next: null };
  return sendExport(
    reply,
    format,
    name,
    exportChunks(format, [rows], columns, (r) => r),
  );
}

const COUNTRY_COLUMNS: CsvColumn<z.infer<typeof countrySchema>>[] = [
  { name: "code", get: (c) => c.code },
  { name: "alpha3", get: (c) => c.alpha3 },
  { name: "numeric", get: (c) => c.numeric },
  { name: "name", get: (c) => c.name },
  { name: "official_name", get: (c) => c.officialName },
  { name: "demonyms", get: (c) => c.demonyms.join(";") },
  { name: "statement_count", get: (c) => c.statementCount },
];
const TOPIC_COLUMNS: CsvColumn<z.infer<typeof topicSchema>>[] = [
  { name: "slug", get: (t) => t.slug },
  { name: "label", get: (t) => t.label },
  { name: "iptc", get: (t) => t.iptc.join(";") },
  { name: "description", get: (t) => t.description },
  { name: "statement_count", get: (t) => t.statementCount },
];
const REGION_COLUMNS: CsvColumn<z.infer<typeof regionSchema>>[] = [
  { name: "id", get: (r) => r.id },
  { name: "name", get: (r) => r.name },
  { name: "description", get: (r) => r.description },
  { name: "statement_count", get: (r) => r.statementCount },
];

const columnsDoc = (cols: CsvColumn<never>[]) =>
  `One row per item, with a header row: ${cols.map((c) => c.name).join(", ")}. Lists inside a field are \`;\`-separated.`;

export const referenceRoutes =
  (reference: ReferenceRepository, statements: StatementRepository): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/countries",
      {
        serializerCompiler: jsonSerializerCompiler,
        schema: {
          tags: ["reference data"],
          operationId: "listCountries",
          summary: "List countries",
          description:
            "Every country statements can be tagged with, by name, with its codes, demonyms and statement count. " +
            "`q` keeps those whose name, official name or demonym contains it (any case, accents ignored) or that " +
            "it names exactly (a code or alias such as `U.S.`).",
          querystring: z
            .object({
              q: z
                .string()
                .max(200)
                .optional()
                .describe("Part of a name or demonym, or a code.")
                .meta({ example: "afghan" }),
              format: formatParam,
            })
            .strict(),
          response: {
            200: listContent(
              listEnvelope(countrySchema, "CountryList"),
              columnsDoc(COUNTRY_COLUMNS as CsvColumn<never>[]),
              "One Country JSON object per line.",
            ),
            400: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const q = request.query.q?.trim() || null;
        await statements.facets.ready();
        const rows = reference.countries(q, q ? resolveCountry(q) : null, statements.facets.tagTotals());
        return answerList(formatOf(request, request.query.format), reply, "countries", rows, COUNTRY_COLUMNS);
      },
    );

    app.get(
      "/countries/:code",
      {
        serializerCompiler: jsonSerializerCompiler,
        schema: {
          tags: ["reference data"],
          operationId: "getCountry",
          summary: "Get one country with what is said about it",
          description:
            "A country (by alpha-2 or alpha-3 code, name or demonym) with the topics and regions of the statements " +
            "concerning it, who spoke about it, and its newest statements.",
          params: z.object({
            code: z
              .string()
              .max(100)
              .describe("Alpha-2 or alpha-3 code, English name or demonym.")
              .meta({ example: "AF" }),
          }),
          response: { 200: countryDetailSchema, 400: problemSchema, 404: problemSchema },
        },
      },
      async (request) => {
        const country = resolveCountry(request.params.code);
        if (!country) throw notFound(`No country '${request.params.code}'; see GET /countries`);
        await statements.facets.ready();
        const filter = { ...emptyFilter, countries: [[country.code]] };
        const facets = statements.facets.facets(filter, null, ["topic", "region", "issuer"]);
        const latest = statements.list({ filter, search: null, sort: "-date", limit: 5, after: null });
        return {
          ...country,
          statementCount: statements.facets.tagTotals().get(`country:${country.code}`) ?? 0,
          topics: facets.topic ?? [],
          regions: facets.region ?? [],
          issuers: facets.issuer ?? [],
          latest: latest.data,
        };
      },
    );

    app.get(
      "/topics",
      {
        serializerCompiler: jsonSerializerCompiler,
        schema: {
          tags: ["reference data"],
          operationId: "listTopics",
          summary: "List topics",
          description:
            "The topic vocabulary: slugs, labels, IPTC Media Topic codes, what each covers, and counts.",
          querystring: formatOnly,
          response: {
            200: listContent(
              listEnvelope(topicSchema, "TopicList"),
              columnsDoc(TOPIC_COLUMNS as CsvColumn<never>[]),
              "One Topic JSON object per line.",
            ),
            400: problemSchema,
          },
        },
      },
      async (request, reply) => {
        await statements.facets.ready();
        return answerList(
          formatOf(request, request.query.format),
          reply,
          "topics",
          reference.topics(statements.facets.tagTotals()),
          TOPIC_COLUMNS,
        );
      },
    );

    app.get(
      "/regions",
      {
        serializerCompiler: jsonSerializerCompiler,
        schema: {
          tags: ["reference data"],
          operationId: "listRegions",
          summary: "List regions",
          description:
            "The regions statements can be tagged with (only where a statement names them), with counts.",
          querystring: formatOnly,
          response: {
            200: listContent(
              listEnvelope(regionSchema, "RegionList"),
              columnsDoc(REGION_COLUMNS as CsvColumn<never>[]),
              "One Region JSON object per line.",
            ),
            400: problemSchema,
          },
        },
      },
      async (request, reply) => {
        await statements.facets.ready();
        return answerList(
          formatOf(request, request.query.format),
          reply,
          "regions",
          reference.regions(statements.facets.tagTotals()),
          REGION_COLUMNS,
        );
      },
    );
  };

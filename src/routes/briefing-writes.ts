import type { FastifyError, FastifyInstance, FastifyRequest, preParsingHookHandler } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { BriefingRepository } from "../db/briefing-repository.js";
import type { BriefingStore } from "../db/briefing-store.js";
import type { StatementRepository } from "../db/statement-repository.js";
import { BriefingFormatError } from "../extract/split.js";
import { BEARER_SECURITY, requireApiKey } from "../http/auth.js";
import { HttpProblem, invalidParameter, notFound } from "../http/http-problem.js";
import { BriefingInputError, decodeBriefingBytes, type InputField } from "../ingest/briefing-input.js";
import type { IngestResult, IngestService } from "../ingest/ingest-service.js";
import { createPreparePool, type PreparePool } from "../ingest/prepare-pool.js";
import { briefingSchema } from "../schemas/briefing.js";
import { briefingSubmissionSchema } from "../schemas/ingest.js";
import { deleteExamples, postExamples, writeRouteDocs } from "../schemas/ingest-openapi.js";
import { problemSchema } from "../schemas/problem.js";
import { publicId } from "../schemas/query-values.js";

export interface BriefingWriteDeps {
  ingest: IngestService;
  store: BriefingStore;
  briefings: BriefingRepository;
  statements: StatementRepository;
  /** Bearer key; null disables writes (403). */
  apiKey: string | null;
  /** Largest accepted request body, in bytes. */
  bodyLimit: number;
}

const ACCEPTED =
  "send text/plain (a briefing file's content) or application/json ({ text, date?, issuer?, source?, title? })";
const UTF8_CHARSETS = new Set(["utf-8", "utf8", "us-ascii"]);

function mediaType(request: FastifyRequest): string {
  return (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** Refuse what cannot be a briefing before reading a byte of it: wrong media type, declared size too large. */
function guardBody(limit: number): preParsingHookHandler {
  return async (request) => {
    const type = mediaType(request);
    if (type !== "text/plain" && type !== "application/json") {
      throw new HttpProblem(
        415,
        `body: ${type ? `media type '${type}' is not accepted` : "no Content-Type given"}; ${ACCEPTED}`,
      );
    }
    const charset = /;\s*charset="?([^";\s]+)/i
      .exec(request.headers["content-type"] ?? "")?.[1]
      ?.toLowerCase();
    if (type === "text/plain" && charset !== undefined && !UTF8_CHARSETS.has(charset)) {
      throw new HttpProblem(415, `body: charset '${charset}' is not accepted; send the text as UTF-8`);
    }
    const declared = Number(request.headers["content-length"]);
    if (declared > limit) throw tooLarge(limit);
  };
}

const tooLarge = (limit: number) =>
  new HttpProblem(413, `body: larger than the limit of ${limit} bytes (BODY_LIMIT); nothing was stored`);

/** Body bytes → text, refusing binary and invalid UTF-8 (never silently replaced by U+FFFD). */
function decodeBody(bytes: Buffer, location: string): string {
  try {
    return decodeBriefingBytes(bytes);
  } catch (err) {
    if (err instanceof BriefingInputError) throw invalidParameter(location, err.message);
    throw err;
  }
}

/** Parsers for these routes only: both media types arrive as raw bytes and are decoded strictly. */
function registerParsers(app: FastifyInstance, limit: number): void {
  const json = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser(["application/json", "text/plain"]);
  app.addContentTypeParser("text/plain", { parseAs: "buffer", bodyLimit: limit }, (_req, body, done) => {
    // The file's content becomes { text } so one schema validates both forms.
    done(null, { text: decodeBody(body as Buffer, "body") });
  });
  app.addContentTypeParser("application/json", { parseAs: "buffer", bodyLimit: limit }, (req, body, done) => {
    const text = decodeBody(body as Buffer, "body");
    if (text.trim() === "") return done(invalidParameter("body", "is empty; send a JSON object { text, … }"));
    json(req, text, (err, value) =>
      err ? done(invalidParameter("body", "is not valid JSON")) : done(null, value),
    );
  });
  // Fastify's own limit (bodies without Content-Length) gets the same clear answer as a declared size.
  app.setErrorHandler((error: FastifyError) => {
    throw error.code === "FST_ERR_CTP_BODY_TOO_LARGE" ? tooLarge(limit) : error;
  });
}

/** A text/plain body is the text itself, so every problem with it is the body's. */
const inputLocation = (plain: boolean, field: InputField) => (plain ? "body" : `body.${field}`);

export const briefingWriteRoutes =
  (deps: BriefingWriteDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.addHook("onRequest", requireApiKey(deps.apiKey));
    registerParsers(app, deps.bodyLimit);
    // Splitting and tagging a large briefing takes a while (about a second for 2 MB): it runs on a
    // worker thread, started on the first write, so that reads keep being answered meanwhile.
    let pool: PreparePool | undefined;
    app.addHook("onClose", async () => pool?.close());
    const failures = { 400: problemSchema, 401: problemSchema, 403: problemSchema };

    app.post(
      "/briefings",
      {
        bodyLimit: deps.bodyLimit,
        preParsing: guardBody(deps.bodyLimit),
        config: { swaggerTransform: writeRouteDocs(postExamples, { plainBody: true }) },
        schema: {
          tags: ["ingest"],
          operationId: "ingestBriefing",
          summary: "Store a briefing",
          description:
            "Splits, tags and stores one briefing in one transaction. Send the file's content as " +
            "`text/plain` (its first line `date YYYY-MM-DD ` gives the date), or JSON. The same text twice " +
            "stores nothing new: the second answer is 200 with the briefing stored the first time. " +
            "A rejected briefing stores nothing. Needs the API key.",
          security: BEARER_SECURITY,
          body: briefingSubmissionSchema,
          response: {
            200: briefingSchema.describe("The same text was stored before: that briefing, unchanged."),
            201: briefingSchema.describe("Stored: the briefing with its statements."),
            ...failures,
            413: problemSchema,
            415: problemSchema,
          },
        },
      },
      async (request, reply) => {
        const plain = mediaType(request) === "text/plain";
        const { text, date, issuer, source, title } = request.body;
        let result: IngestResult;
        try {
          pool ??= createPreparePool(1);
          result = await deps.ingest.submitWith(pool.prepare, {
            text,
            date,
            issuer,
            source: source ?? "api",
            title,
          });
        } catch (err) {
          if (err instanceof BriefingInputError)
            throw invalidParameter(inputLocation(plain, err.field), err.message);
          if (err instanceof BriefingFormatError)
            throw invalidParameter(plain ? "body" : "body.text", err.message);
          throw err;
        }
        const stored = deps.briefings.get(result.briefingId);
        if (!stored) throw new Error(`briefing ${result.briefingId} vanished right after it was stored`);
        if (result.created) reply.code(201).header("location", `/briefings/${stored.id}`);
        return { ...stored, statements: deps.statements.ofBriefing(stored.id) };
      },
    );

    app.delete(
      "/briefings/:id",
      {
        config: { swaggerTransform: writeRouteDocs(deleteExamples) },
        schema: {
          tags: ["ingest"],
          operationId: "deleteBriefing",
          summary: "Delete a briefing",
          description:
            "Removes the briefing with its statements and their tags, in one transaction. Needs the API key.",
          security: BEARER_SECURITY,
          params: z.object({ id: publicId("Briefing") }),
          response: { 204: z.null().describe("Deleted."), ...failures, 404: problemSchema },
        },
      },
      async (request, reply) => {
        if (!deps.store.remove(request.params.id))
          throw notFound(`No briefing with id '${request.params.id}'`);
        return reply.code(204).send(null);
      },
    );
  };

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { createHealthRepository } from "../db/health-repository.js";
import { HttpProblem } from "../http/http-problem.js";
import { problemSchema } from "../schemas/problem.js";

const healthSchema = z
  .object({
    status: z.literal("ok").describe("The service answers.").meta({ example: "ok" }),
    database: z
      .object({
        status: z.literal("ok").describe("The database answers a read.").meta({ example: "ok" }),
        briefings: z.int().describe("Briefings stored.").meta({ example: 1 }),
        statements: z.int().describe("Statements stored.").meta({ example: 11 }),
      })
      .describe("The database's state.")
      .meta({ example: { status: "ok", briefings: 1, statements: 11 } }),
  })
  .meta({ id: "Health" });

export const healthRoutes =
  (health: ReturnType<typeof createHealthRepository>): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      "/health",
      {
        schema: {
          tags: ["health"],
          operationId: "getHealth",
          summary: "Service and database health",
          description: "200 when the database answers a read; 503 problem when it cannot be read.",
          response: { 200: healthSchema, 503: problemSchema },
        },
      },
      async (request) => {
        try {
          return { status: "ok" as const, database: { status: "ok" as const, ...health.check() } };
        } catch (err) {
          request.log.error({ err }, "health check: database read failed");
          throw new HttpProblem(503, "The database cannot be read.");
        }
      },
    );
  };

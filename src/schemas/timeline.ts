import { z } from "zod";
import { formatParam, statementFilterQuerySchema } from "./statement-query.js";

export const timelinePointSchema = z
  .object({
    period: z
      .string()
      .describe("The period: `2024` (year), `2024-04` (month) or ISO week `2024-W14`.")
      .meta({ example: "2024-04" }),
    start: z.string().describe("First day of the period (ISO date).").meta({ example: "2024-04-01" }),
    end: z.string().describe("Last day of the period (ISO date).").meta({ example: "2024-04-30" }),
    count: z.int().describe("Statements of the period matching every filter.").meta({ example: 12 }),
    total: z
      .int()
      .describe(
        "Statements of the period from the same sources (issuer, speaker and briefing filters), whatever they concern.",
      )
      .meta({ example: 240 }),
    share: z
      .number()
      .nullable()
      .describe("count / total (rounded to 6 decimals): attention paid, not volume; null when total is 0.")
      .meta({ example: 0.05 }),
  })
  .meta({ id: "TimelinePoint", description: "How many statements matched in one period, and their share." });

export const timelineQuerySchema = statementFilterQuerySchema
  .extend({
    interval: z
      .enum(["week", "month", "year"])
      .default("month")
      .describe("Period length: ISO `week` (Monday to Sunday), calendar `month` (default) or `year`.")
      .meta({ example: "month" }),
    format: formatParam,
  })
  .strict();

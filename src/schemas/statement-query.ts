import { z } from "zod";
import { cursor, isoDate, limit, repeatable } from "./query-values.js";

export const statementFilterQuerySchema = z.object({
  country: repeatable
    .optional()
    .describe(
      "Countries the statement concerns: ISO alpha-2 or alpha-3 code, English name or demonym, any case. " +
        "A comma list matches any of them; repeating the parameter requires all of them.",
    )
    .meta({ example: "AF" }),
  region: repeatable
    .optional()
    .describe("Region ids (see GET /regions); comma list = any of, repeated = all of.")
    .meta({ example: "KASHMIR" }),
  topic: repeatable
    .optional()
    .describe("Topic slugs (see GET /topics); comma list = any of, repeated = all of.")
    .meta({ example: "terrorism" }),
  issuer: repeatable
    .optional()
    .describe("Country whose spokesperson speaks (code or name); comma list = any of.")
    .meta({ example: "PK" }),
  speaker: repeatable.optional().describe("Speaker name as stored (any case); comma list = any of."),
  briefing: repeatable.optional().describe("Briefing ids; comma list = any of."),
  from: isoDate.optional().describe("First briefing date included (YYYY-MM-DD)."),
  to: isoDate.optional().describe("Last briefing date included (YYYY-MM-DD)."),
  basis: z
    .enum(["any", "text"])
    .default("any")
    .describe("`text`: match only tags evidenced in the statement itself, not inherited from its question."),
});

export const statementListQuerySchema = statementFilterQuerySchema
  .extend({
    sort: z
      .enum(["-date", "date"])
      .default("-date")
      .describe("`-date`: newest first (default); `date`: oldest first."),
    limit,
    cursor: cursor.optional(),
  })
  .strict();

export type StatementListQuery = z.infer<typeof statementListQuerySchema>;

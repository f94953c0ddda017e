import { z } from "zod";
import { briefingSummarySchema } from "./briefing.js";
import { statementSchema } from "./statement.js";

export const snippetSchema = z
  .object({
    text: z
      .string()
      .describe("A passage of the statement around the matches, as plain text; … marks where it was cut.")
      .meta({ example: "…supports the Belt and Road Initiative and…" }),
    marks: z
      .array(
        z.object({
          start: z
            .int()
            .describe("Offset of a match in `text` (JavaScript string index).")
            .meta({ example: 13 }),
          end: z.int().describe("End offset, exclusive.").meta({ example: 36 }),
        }),
      )
      .describe("The matched spans of `text`.")
      .meta({ example: [{ start: 13, end: 36 }] }),
    html: z
      .string()
      .describe(
        "`text` HTML-escaped with each match wrapped in `<mark>…</mark>`: safe to insert into a page.",
      )
      .meta({ example: "…supports the <mark>Belt and Road Initiative</mark> and…" }),
  })
  .meta({ id: "Highlight", description: "Where a statement matched the search `q`." });

export const statementResultSchema = statementSchema
  .extend({ highlight: snippetSchema.optional().describe("Present with `q` and `highlight=true`.") })
  .meta({
    id: "StatementResult",
    description: "A statement in a list: a Statement, plus its highlight when asked for.",
  });

export const statementContextSchema = z
  .object({
    statement: statementSchema.describe("The statement asked for."),
    before: z
      .array(statementSchema)
      .describe("The statements just before it in its briefing, in reading order."),
    after: z
      .array(statementSchema)
      .describe("The statements just after it in its briefing, in reading order."),
    briefing: briefingSummarySchema.describe("The briefing it comes from (without its text)."),
  })
  .meta({ id: "StatementContext", description: "A statement with its neighbours and its briefing." });

import { z } from "zod";
import { statementSchema } from "./statement.js";

export const briefingSummarySchema = z
  .object({
    id: z.string().describe("Stable id: the first 16 hex digits of the text's sha-256.").meta({
      example: "9c1f0e4d2b3a5c6d",
    }),
    date: z.string().describe("Date from the briefing's header line (ISO).").meta({ example: "2024-04-05" }),
    heldOn: z
      .string()
      .nullable()
      .describe("Day the briefing was held when the text tells it (a report dated Friday about Thursday)."),
    issuer: z.string().nullable().describe("ISO alpha-2 of the country whose spokesperson speaks.").meta({
      example: "PK",
    }),
    speakers: z.array(z.string()).meta({ example: ["Mumtaz Zahra Baloch"] }),
    title: z.string(),
    format: z.enum(["report", "transcript"]),
    source: z.string().describe("File name or URL the text came from."),
    contentHash: z.string().describe("sha-256 of the text (hex)."),
    ingestedAt: z.string().describe("When it was stored (ISO timestamp)."),
    taggerVersion: z.string().describe("Version of the splitter and tagger that produced its statements."),
    statementCount: z.int(),
  })
  .meta({ id: "BriefingSummary" });

export const briefingSchema = briefingSummarySchema
  .extend({
    text: z.string().describe("The full original text; statement offsets index it."),
    statements: z.array(statementSchema),
  })
  .meta({ id: "Briefing", description: "A briefing with its full text and its statements in order." });

export type BriefingSummaryDto = z.infer<typeof briefingSummarySchema>;
export type BriefingDto = z.infer<typeof briefingSchema>;

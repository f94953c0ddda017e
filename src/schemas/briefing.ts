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
      .describe("Day the briefing was held when the text tells it (a report dated Friday about Thursday).")
      .meta({ example: "2024-04-04" }),
    issuer: z.string().nullable().describe("ISO alpha-2 of the country whose spokesperson speaks.").meta({
      example: "PK",
    }),
    speakers: z
      .array(z.string())
      .describe("The spokespeople who speak in it.")
      .meta({ example: ["Mumtaz Zahra Baloch"] }),
    title: z
      .string()
      .describe("Title: given at ingest, or taken from the text.")
      .meta({ example: "Pakistan rules out talks with TTP" }),
    format: z
      .enum(["report", "transcript"])
      .describe("`report`: a news report of the briefing; `transcript`: a Q&A or speaker-turn transcript.")
      .meta({ example: "report" }),
    source: z
      .string()
      .describe("File name or URL the text came from.")
      .meta({ example: "2024-04-05_pakistan-fo-weekly-briefing.txt" }),
    contentHash: z
      .string()
      .describe("sha-256 of the text (hex).")
      .meta({ example: "9c1f0e4d2b3a5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5" }),
    ingestedAt: z
      .string()
      .describe("When it was stored (ISO timestamp).")
      .meta({ example: "2024-04-06T09:30:00.000Z" }),
    taggerVersion: z
      .string()
      .describe("Version of the splitter and tagger that produced its statements.")
      .meta({ example: "2026.11.29-1" }),
    statementCount: z.int().describe("How many statements it was split into.").meta({ example: 11 }),
  })
  .meta({ id: "BriefingSummary" });

export const briefingSchema = briefingSummarySchema
  .extend({
    text: z
      .string()
      .describe("The full original text; statement offsets index it.")
      .meta({ example: " date 2024-04-05 ISLAMABAD: Pakistan on Thursday…" }),
    statements: z.array(statementSchema).describe("Its statements in reading order."),
  })
  .meta({ id: "Briefing", description: "A briefing with its full text and its statements in order." });

export type BriefingSummaryDto = z.infer<typeof briefingSummarySchema>;
export type BriefingDto = z.infer<typeof briefingSchema>;

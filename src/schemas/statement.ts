import { z } from "zod";

export const evidenceSchema = z
  .object({
    start: z.int().describe("Offset of the match in the briefing text (JavaScript string index)."),
    end: z.int().describe("End offset, exclusive."),
    text: z.string().describe("The matched text."),
    rule: z
      .string()
      .describe("The gazetteer entry or rule that produced the tag.")
      .meta({ example: "place:PK:besham" }),
  })
  .meta({ id: "Evidence", description: "One matched span and the rule that produced a tag." });

const basisSchema = z
  .enum(["text", "question"])
  .describe("`text`: found in the statement itself; `question`: only in the question it answers.");

export const countryTagSchema = z
  .object({
    code: z.string().describe("ISO 3166-1 alpha-2.").meta({ example: "AF" }),
    name: z.string().meta({ example: "Afghanistan" }),
    basis: basisSchema,
    evidence: z.array(evidenceSchema),
  })
  .meta({ id: "CountryTag" });

export const regionTagSchema = z
  .object({
    id: z.string().meta({ example: "KASHMIR" }),
    basis: basisSchema,
    evidence: z.array(evidenceSchema),
  })
  .meta({ id: "RegionTag" });

export const topicTagSchema = z
  .object({
    slug: z.string().meta({ example: "terrorism" }),
    score: z.number().describe("Sum of the weights of the rules that fired."),
    basis: basisSchema,
    evidence: z.array(evidenceSchema),
  })
  .meta({ id: "TopicTag" });

export const questionSchema = z
  .object({
    text: z.string(),
    start: z.int(),
    end: z.int(),
    asker: z.string().nullable().describe("Asker or outlet when the transcript names it."),
  })
  .meta({ id: "Question", description: "The journalist's question this statement answers." });

export const statementSchema = z
  .object({
    id: z.string().describe("Stable id: the same briefing text gives the same id everywhere.").meta({
      example: "3f9a0c1d2e4b5a69",
    }),
    briefingId: z.string(),
    date: z.string().describe("The briefing's date (ISO).").meta({ example: "2024-04-05" }),
    issuer: z.string().nullable().describe("ISO alpha-2 of the country whose spokesperson speaks."),
    seq: z.int().describe("1-based position in the briefing."),
    start: z.int().describe("Offset of the statement in the briefing text (JavaScript string index)."),
    end: z.int().describe("End offset, exclusive: `text === briefing.text.slice(start, end)`."),
    text: z.string(),
    speaker: z.string().nullable(),
    question: questionSchema.nullable(),
    countries: z.array(countryTagSchema),
    regions: z.array(regionTagSchema),
    topics: z.array(topicTagSchema),
  })
  .meta({ id: "Statement", description: "One thing a spokesperson said, with its tags and their evidence." });

export type StatementDto = z.infer<typeof statementSchema>;
export type CountryTagDto = z.infer<typeof countryTagSchema>;

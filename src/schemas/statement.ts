import { z } from "zod";

export const evidenceSchema = z
  .object({
    start: z
      .int()
      .describe("Offset of the match in the briefing text (JavaScript string index).")
      .meta({ example: 1464 }),
    end: z.int().describe("End offset, exclusive.").meta({ example: 1471 }),
    text: z.string().describe("The matched text.").meta({ example: "Chinese" }),
    rule: z
      .string()
      .describe("The gazetteer entry or rule that produced the tag.")
      .meta({ example: "place:PK:besham" }),
  })
  .meta({ id: "Evidence", description: "One matched span and the rule that produced a tag." });

const basisSchema = z
  .enum(["text", "question"])
  .describe("`text`: found in the statement itself; `question`: only in the question it answers.")
  .meta({ example: "text" });
const evidenceList = z
  .array(evidenceSchema)
  .describe("Every span that produced the tag, with the rule or gazetteer entry.");

export const countryTagSchema = z
  .object({
    code: z.string().describe("ISO 3166-1 alpha-2.").meta({ example: "AF" }),
    name: z.string().describe("English short name.").meta({ example: "Afghanistan" }),
    basis: basisSchema,
    evidence: evidenceList,
  })
  .meta({ id: "CountryTag" });

export const regionTagSchema = z
  .object({
    id: z.string().describe("Region id (see GET /regions).").meta({ example: "KASHMIR" }),
    basis: basisSchema,
    evidence: evidenceList,
  })
  .meta({ id: "RegionTag" });

export const topicTagSchema = z
  .object({
    slug: z.string().describe("Topic slug (see GET /topics).").meta({ example: "terrorism" }),
    score: z.number().describe("Sum of the weights of the rules that fired.").meta({ example: 6.5 }),
    basis: basisSchema,
    evidence: evidenceList,
  })
  .meta({ id: "TopicTag" });

export const questionSchema = z
  .object({
    text: z
      .string()
      .describe("The question as asked.")
      .meta({ example: "What is China's response to the arms sale?" }),
    start: z.int().describe("Offset of the question in the briefing text.").meta({ example: 812 }),
    end: z.int().describe("End offset, exclusive.").meta({ example: 856 }),
    asker: z
      .string()
      .nullable()
      .describe("Asker or outlet when the transcript names it.")
      .meta({ example: "Reuters" }),
  })
  .meta({ id: "Question", description: "The journalist's question this statement answers." });

export const statementSchema = z
  .object({
    id: z.string().describe("Stable id: the same briefing text gives the same id everywhere.").meta({
      example: "3f9a0c1d2e4b5a69",
    }),
    briefingId: z
      .string()
      .describe("Id of the briefing it comes from.")
      .meta({ example: "9c1f0e4d2b3a5c6d" }),
    date: z.string().describe("The briefing's date (ISO).").meta({ example: "2024-04-05" }),
    issuer: z
      .string()
      .nullable()
      .describe("ISO alpha-2 of the country whose spokesperson speaks.")
      .meta({ example: "PK" }),
    seq: z.int().describe("1-based position in the briefing.").meta({ example: 3 }),
    start: z
      .int()
      .describe("Offset of the statement in the briefing text (JavaScript string index).")
      .meta({ example: 1420 }),
    end: z
      .int()
      .describe("End offset, exclusive: `text === briefing.text.slice(start, end)`.")
      .meta({ example: 2281 }),
    text: z
      .string()
      .describe("What the spokesperson said, exactly as in the briefing text.")
      .meta({ example: "About Besham terrorist attack, she said that Pakistan remains committed…" }),
    speaker: z
      .string()
      .nullable()
      .describe("Who said it, when known.")
      .meta({ example: "Mumtaz Zahra Baloch" }),
    question: questionSchema.nullable().describe("The question it answers (transcripts), or null."),
    countries: z.array(countryTagSchema).describe("Countries it concerns, each with basis and evidence."),
    regions: z.array(regionTagSchema).describe("Regions it names, each with basis and evidence."),
    topics: z.array(topicTagSchema).describe("Its topics, highest score first."),
  })
  .meta({ id: "Statement", description: "One thing a spokesperson said, with its tags and their evidence." });

export type StatementDto = z.infer<typeof statementSchema>;
export type CountryTagDto = z.infer<typeof countryTagSchema>;

import { z } from "zod";
import { facetValueSchema } from "./facets.js";
import { statementSchema } from "./statement.js";

const statementCount = z
  .int()
  .describe("Statements tagged with it (either basis), over the whole database.")
  .meta({ example: 128 });

export const countrySchema = z
  .object({
    code: z.string().describe("ISO 3166-1 alpha-2; the value filters take.").meta({ example: "AF" }),
    alpha3: z.string().describe("ISO 3166-1 alpha-3.").meta({ example: "AFG" }),
    numeric: z.string().describe("ISO 3166-1 numeric.").meta({ example: "004" }),
    name: z.string().describe("English short name.").meta({ example: "Afghanistan" }),
    officialName: z
      .string()
      .describe("English official name.")
      .meta({ example: "Islamic Republic of Afghanistan" }),
    demonyms: z
      .array(z.string())
      .describe("Demonyms, singular and plural; filters accept them too.")
      .meta({ example: ["Afghan", "Afghans"] }),
    statementCount,
  })
  .meta({
    id: "Country",
    description: "A country statements can be tagged with (UN members and observer states).",
  });

export const countryDetailSchema = countrySchema
  .extend({
    topics: z
      .array(facetValueSchema)
      .describe("Topics of the statements concerning it, most frequent first."),
    regions: z.array(facetValueSchema).describe("Regions named in those statements, most frequent first."),
    issuers: z.array(facetValueSchema).describe("Whose spokespeople spoke about it, most frequent first."),
    latest: z.array(statementSchema).describe("The newest statements concerning it (at most 5)."),
  })
  .meta({ id: "CountryDetail", description: "A country with what is said about it." });

export const topicSchema = z
  .object({
    slug: z.string().describe("The value `topic=` takes.").meta({ example: "terrorism" }),
    label: z.string().describe("Human-readable name.").meta({ example: "Terrorism" }),
    iptc: z
      .array(z.string())
      .describe("IPTC Media Topic codes (CC BY 4.0, IPTC); empty where IPTC has no matching topic.")
      .meta({ example: ["medtop:20000053"] }),
    description: z
      .string()
      .describe("What the topic covers.")
      .meta({ example: "Terrorist attacks and counter-terrorism." }),
    statementCount,
  })
  .meta({ id: "Topic", description: "A topic statements can be tagged with." });

export const regionSchema = z
  .object({
    id: z.string().describe("The value `region=` takes.").meta({ example: "KASHMIR" }),
    name: z.string().describe("Human-readable name.").meta({ example: "Kashmir" }),
    description: z
      .string()
      .describe("What the region covers.")
      .meta({ example: "The disputed Kashmir region." }),
    statementCount,
  })
  .meta({ id: "Region", description: "A region statements can be tagged with (only where named)." });

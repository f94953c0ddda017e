import { z } from "zod";

export const facetValueSchema = z
  .object({
    value: z
      .string()
      .describe("The value, as a filter takes it (a code, id, slug, name or YYYY-MM).")
      .meta({ example: "AF" }),
    label: z.string().describe("Human-readable name of the value.").meta({ example: "Afghanistan" }),
    count: z.int().describe("Statements of the filtered set having this value.").meta({ example: 42 }),
  })
  .meta({ id: "FacetValue", description: "One value of a facet and how many statements have it." });

const facetList = (what: string, example: z.infer<typeof facetValueSchema>) =>
  z
    .array(facetValueSchema)
    .optional()
    .describe(what)
    .meta({ example: [example] });

export const facetsSchema = z
  .object({
    country: facetList("Countries the statements concern, most frequent first.", {
      value: "AF",
      label: "Afghanistan",
      count: 42,
    }),
    region: facetList("Regions named, most frequent first.", {
      value: "KASHMIR",
      label: "Kashmir",
      count: 7,
    }),
    topic: facetList("Topics, most frequent first.", { value: "terrorism", label: "Terrorism", count: 31 }),
    speaker: facetList("Speakers, most frequent first.", {
      value: "Mumtaz Zahra Baloch",
      label: "Mumtaz Zahra Baloch",
      count: 50,
    }),
    issuer: facetList("Issuing countries, most frequent first.", {
      value: "PK",
      label: "Pakistan",
      count: 120,
    }),
    month: facetList("Months of the briefing date (YYYY-MM), oldest first.", {
      value: "2024-04",
      label: "April 2024",
      count: 12,
    }),
  })
  .meta({
    id: "Facets",
    description:
      "Counts over the whole filtered set (not just the page), per requested facet; only values with at least one " +
      "statement appear. With `basis=text` only tags evidenced in the statement itself are counted.",
  });

import { z } from "zod";
import { FACET_NAMES } from "../db/facet-repository.js";
import { RELEVANCE_WINDOW } from "../db/search-rank.js";
import { cursor, isoDate, limit, repeatable } from "./query-values.js";

export const searchParam = z
  .string()
  .max(1000, { message: "must be at most 1000 characters" })
  .describe(
    'Full-text search of the statement text. Words must all occur (any case, accents ignored); "an exact phrase" in ' +
      "double quotes; `prefix*` (at least 2 letters); `a OR b`; `-word` or `NOT word` excludes; parentheses group; " +
      "`a NEAR b`, `a NEAR/5 b` or `NEAR(a b c, 5)` find terms within 5 (default 10) words of each other. " +
      "Punctuation in words is ignored (`U.S.` finds `U.S`); a malformed query is a 400 saying what is wrong.",
  )
  .meta({ example: '"belt and road" -taiwan' });

export const formatParam = z
  .enum(["json", "csv", "ndjson"])
  .optional()
  .describe(
    "Response format, overriding the `Accept` header: `json` (a page, the default), `csv` (`text/csv`) or `ndjson` " +
      "(`application/x-ndjson`). CSV and NDJSON stream the whole list (no page size, no `next`), in the list's " +
      "order, starting after `cursor` when one is given.",
  )
  .meta({ example: "csv" });

export const statementFilterQuerySchema = z.object({
  q: searchParam.optional(),
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
  speaker: repeatable
    .optional()
    .describe("Speaker name as stored (any case); comma list = any of.")
    .meta({ example: "Mumtaz Zahra Baloch" }),
  briefing: repeatable
    .optional()
    .describe("Briefing ids; comma list = any of.")
    .meta({ example: "9c1f0e4d2b3a5c6d" }),
  from: isoDate.optional().describe("First briefing date included (YYYY-MM-DD)."),
  to: isoDate
    .optional()
    .describe("Last briefing date included (YYYY-MM-DD).")
    .meta({ example: "2024-12-31" }),
  basis: z
    .enum(["any", "text"])
    .default("any")
    .describe(
      "`any` (default): tags of either basis; `text`: match (and count in facets) only tags evidenced in the " +
        "statement itself, not inherited from its question.",
    )
    .meta({ example: "text" }),
});

const facetList = z
  .string()
  .refine((v) => v.split(",").every((f) => (FACET_NAMES as readonly string[]).includes(f.trim())), {
    message: `must be a comma list of ${FACET_NAMES.join(", ")}`,
  })
  .describe(
    `Facets to count over the whole filtered set, comma-separated: ${FACET_NAMES.join(", ")}. ` +
      "Adds `facets` to the response.",
  )
  .meta({ example: "country,topic" });

export const statementPageQuerySchema = z.object({
  sort: z
    .enum(["-date", "date", "relevance"])
    .optional()
    .describe(
      "`-date`: newest first (default without `q`); `date`: oldest first; `relevance` (default with `q`, needs `q`): " +
        `the newest ${RELEVANCE_WINDOW} matches ranked by BM25, best first, then older matches newest first.`,
    )
    .meta({ example: "relevance" }),
  limit,
  cursor: cursor.optional(),
  include: z
    .enum(["count"])
    .optional()
    .describe("`count` adds `count`, the exact number of matching statements (costs a pass over them).")
    .meta({ example: "count" }),
  facets: facetList.optional(),
  highlight: z
    .enum(["true", "false"])
    .default("false")
    .describe(
      "`true` (with `q`) adds `highlight` to each statement: a snippet around the matches, as plain text with match " +
        "offsets and as HTML with the matches in `<mark>…</mark>`; `false` (default) leaves it out.",
    )
    .meta({ example: "true" }),
  format: formatParam,
});

export const statementListQuerySchema = statementFilterQuerySchema
  .extend(statementPageQuerySchema.shape)
  .strict();

export type StatementListQuery = z.infer<typeof statementListQuerySchema>;

import { z } from "zod";
import { facetsSchema } from "./facets.js";

/**
 * The one list envelope, the same for every list: a page of items, the cursor of the next page (null
 * on the last), and — when asked for — the exact total and facet counts of the whole filtered set.
 */
export function listEnvelope<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item).describe("The items of this page, in the list's order."),
      next: z
        .string()
        .nullable()
        .describe(
          'Cursor of the next page (pass it as `cursor`), or null on the last page. Also sent as a `Link: rel="next"` header.',
        )
        .meta({ example: "eyJraW5kIjoic3RhdGVtZW50czotZGF0ZSIsInBvc2l0aW9uIjp7ImsiOjF9fQ" }),
      count: z
        .int()
        .optional()
        .describe("Exact number of items in the whole filtered list; present with `include=count`.")
        .meta({ example: 1234 }),
      facets: facetsSchema.optional().describe("Facet counts; present on statement lists with `facets=`."),
    })
    .meta({ id, description: "A page of a list (the same envelope for every list)." });
}

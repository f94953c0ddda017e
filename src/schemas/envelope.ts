import { z } from "zod";

/** The one list envelope: a page of items and the cursor of the next page (null on the last). */
export function listEnvelope<T extends z.ZodType>(item: T, id: string) {
  return z
    .object({
      data: z.array(item),
      next: z
        .string()
        .nullable()
        .describe(
          'Cursor of the next page (pass it as `cursor`), or null on the last page. Also sent as a `Link: rel="next"` header.',
        ),
    })
    .meta({ id });
}

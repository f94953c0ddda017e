import { z } from "zod";

/**
 * The 200 response of a list in its three formats: a JSON page (the default), or the whole list as
 * CSV or NDJSON when asked for by `Accept` or `format=`.
 */
export function listContent<T extends z.ZodType>(json: T, csv: string, ndjson: string) {
  return {
    description: "A page of the list as JSON (default), or the whole list as CSV or NDJSON.",
    content: {
      "application/json": { schema: json },
      "text/csv": {
        schema: z.string().describe(csv).meta({ example: "id,date\r\n3f9a0c1d2e4b5a69,2024-04-05\r\n" }),
      },
      "application/x-ndjson": {
        schema: z.string().describe(ndjson).meta({ example: '{"id":"3f9a0c1d2e4b5a69"}\n' }),
      },
    },
  };
}

import { z } from "zod";

/** RFC 9457 problem details: the one shape of every error Podium returns. */
export const problemSchema = z
  .object({
    type: z
      .string()
      .describe("A URI naming the kind of problem; `about:blank` when the status says it all.")
      .meta({ example: "about:blank" }),
    title: z.string().describe("Short summary of the kind of problem.").meta({ example: "Bad Request" }),
    status: z.int().describe("The HTTP status code.").meta({ example: 400 }),
    detail: z
      .string()
      .describe("What was wrong with this request, naming the parameter or field.")
      .meta({ example: "country: unknown country 'XX'; use an ISO alpha-2/alpha-3 code or an English name" }),
    instance: z.string().describe("The request path.").meta({ example: "/statements?country=XX" }),
    errors: z
      .array(
        z.object({
          location: z
            .string()
            .describe("Where: `query.<name>`, `path.<name>`, `body.<field>` or `header.<name>`.")
            .meta({ example: "query.country" }),
          message: z.string().describe("What is wrong there.").meta({ example: "unknown country 'XX'" }),
        }),
      )
      .optional()
      .describe("Every problem found, when there is more than one place to fix.")
      .meta({ example: [{ location: "query.country", message: "unknown country 'XX'" }] }),
  })
  .meta({ id: "Problem", description: "An error (RFC 9457 problem details, `application/problem+json`)." });

export type Problem = z.infer<typeof problemSchema>;

import { z } from "zod";
import { isoDate } from "./query-values.js";

export const SUBMISSION_FIELDS = ["text", "date", "issuer", "source", "title"] as const;

const example = {
  text: "ISLAMABAD: The Foreign Office spokesperson said on Thursday that Pakistan welcomed the talks with Iran.",
  date: "2024-05-02",
  issuer: "PK",
  source: "https://example.org/briefings/2024-05-02",
};

/** The JSON form of POST /briefings. */
export const briefingSubmissionSchema = z
  .strictObject(
    {
      text: z
        .string({ error: "must be a string: the briefing's full text" })
        .describe(
          "The briefing's full text, UTF-8. When it starts with a `date YYYY-MM-DD ` header line, that is its date.",
        ),
      date: isoDate
        .optional()
        .describe(
          "The date of a text without a header line; it is stored with `date YYYY-MM-DD ` prepended so that " +
            "offsets index the stored text. Must equal the header's date when the text has one.",
        ),
      issuer: z
        .string()
        .optional()
        .describe("ISO alpha-2 code of the issuing country, overriding the detected one.")
        .meta({ example: "PK" }),
      source: z.string().min(1).max(2000).optional().describe("Where the text came from (default `api`)."),
      title: z.string().min(1).max(500).optional().describe("Replaces the detected title."),
    },
    {
      error: (issue) =>
        issue.code === "unrecognized_keys"
          ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `'${k}'`).join(", ")}; ` +
            `allowed: ${SUBMISSION_FIELDS.join(", ")}`
          : issue.code === "invalid_type"
            ? "must be a JSON object { text, date?, issuer?, source?, title? }"
            : undefined,
    },
  )
  .meta({
    id: "BriefingSubmission",
    description: "A briefing to store, as JSON. Send `text/plain` instead to post a briefing file as it is.",
    example,
  });

export type BriefingSubmission = z.infer<typeof briefingSubmissionSchema>;

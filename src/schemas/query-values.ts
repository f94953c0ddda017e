import { z } from "zod";
import { FIRST_DATE } from "../db/ordering-key.js";
import { isValidIsoDate } from "../extract/header.js";

/**
 * Query-string building blocks. A parameter may be repeated (`topic=a&topic=b`: all of) and each
 * value may be a comma list (`topic=a,b`: any of); `listGroups` keeps that structure.
 */
export const repeatable = z.union([z.string(), z.array(z.string())]);

export function listGroups(value: string | string[] | undefined): string[][] {
  if (value === undefined) return [];
  const all = Array.isArray(value) ? value : [value];
  return all
    .map((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    )
    .filter((g) => g.length > 0);
}

export const isoDate = z
  .string()
  .refine(isValidIsoDate, { message: "must be a calendar date written YYYY-MM-DD", abort: true })
  // Keys (ordering-key.ts) start in 1800: an earlier bound is a clear 400, not a failed key computation.
  .refine((date) => date >= FIRST_DATE, { message: `must be ${FIRST_DATE} or later` })
  .meta({ example: "2024-04-05" });

export const limit = z.coerce
  .number({ message: "must be a whole number from 1 to 100" })
  .int({ message: "must be a whole number from 1 to 100" })
  .min(1, { message: "must be a whole number from 1 to 100" })
  .max(100, { message: "must be a whole number from 1 to 100" })
  .default(20)
  .describe("Page size, 1–100 (JSON pages; CSV and NDJSON stream the whole list).")
  .meta({ example: 50 });

export const cursor = z
  .string()
  .max(200)
  .describe("Opaque cursor from a previous page's `next`; keeps the same filters and sort.")
  .meta({ example: "eyJraW5kIjoic3RhdGVtZW50czotZGF0ZSIsInBvc2l0aW9uIjp7ImsiOjF9fQ" });

/** Public ids are the first 16 hex digits of a sha-256. */
export const publicId = (what: string) =>
  z
    .string()
    .regex(/^[0-9a-f]{16}$/, { message: "must be 16 lower-case hexadecimal digits" })
    .describe(`${what} id (16 hexadecimal digits).`)
    .meta({ example: "3f9a0c1d2e4b5a69" });

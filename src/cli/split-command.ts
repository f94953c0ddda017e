import { readFileSync } from "node:fs";
import { extract } from "../extract/extract.js";
import { BriefingFormatError } from "../extract/split.js";
import type { Extraction } from "../extract/types.js";
import { BriefingInputError, decodeBriefingBytes, resolveIssuer } from "../ingest/briefing-input.js";
import { describeFsError } from "../ingest/fs-errors.js";
import { type CliContext, EXIT_FAILED, EXIT_OK, println, UsageError } from "./cli-context.js";
import { parseOptions } from "./parse-options.js";

export const splitUsage = `Usage: podium split <file> [--issuer XX]

Split and tag one briefing file and print the result as one JSON document on stdout (nothing is
stored). Offsets index the file's exact text, header line included, end exclusive.

Options:
  --issuer XX   ISO alpha-2 code of the issuing country, overriding the detected one
  -h, --help    show this help`;

/**
 * The document `podium split` prints, key for key as the extraction issue specifies it. Built
 * field by field so that additions to the engine's types do not silently change the CLI's output.
 */
export function splitDocument(x: Extraction) {
  const { date, issuer, speakers, title, format } = x.briefing;
  return {
    briefing: { date, issuer, speakers, title, format },
    statements: x.statements.map((s) => ({
      seq: s.seq,
      start: s.start,
      end: s.end,
      text: s.text,
      speaker: s.speaker,
      question: s.question && {
        start: s.question.start,
        end: s.question.end,
        text: s.question.text,
        asker: s.question.asker,
      },
      countries: s.countries.map((c) => ({
        code: c.code,
        name: c.name,
        basis: c.basis,
        evidence: c.evidence,
      })),
      regions: s.regions.map((r) => ({ id: r.id, basis: r.basis, evidence: r.evidence })),
      topics: s.topics.map((t) => ({ slug: t.slug, score: t.score, basis: t.basis, evidence: t.evidence })),
    })),
  };
}

export function runSplit(ctx: CliContext): number {
  const { values, positionals } = parseOptions(ctx.args, { issuer: { type: "string" } });
  if (values.help) {
    println(ctx.stdout, splitUsage);
    return EXIT_OK;
  }
  const [file, ...extra] = positionals;
  if (file === undefined) throw new UsageError("name the briefing file to split");
  if (extra.length > 0) throw new UsageError(`split takes one file, not ${positionals.length}`);
  let issuer: string | undefined;
  try {
    issuer = resolveIssuer(values.issuer);
  } catch (err) {
    throw new UsageError(`--issuer: ${(err as Error).message}`);
  }

  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    println(ctx.stderr, `podium split: cannot read ${file}: ${describeFsError(err)}`);
    return EXIT_FAILED;
  }
  try {
    const result = extract(decodeBriefingBytes(bytes), { issuer });
    ctx.stdout.write(`${JSON.stringify(splitDocument(result), null, 2)}\n`);
    return EXIT_OK;
  } catch (err) {
    if (err instanceof BriefingInputError || err instanceof BriefingFormatError) {
      println(ctx.stderr, `podium split: ${file}: ${err.message}`);
      return EXIT_FAILED;
    }
    throw err;
  }
}

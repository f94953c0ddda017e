import { createRetagStore } from "../db/retag-store.js";
import { retagStale } from "../ingest/retag-service.js";
import { TAGGER_VERSION } from "../tagging/version.js";
import {
  type CliContext,
  EXIT_FAILED,
  EXIT_OK,
  openConfiguredDatabase,
  println,
  UsageError,
} from "./cli-context.js";
import { parseOptions } from "./parse-options.js";

export const retagUsage = `Usage: podium retag

Re-derive the statements and tags of every stored briefing whose tagger version differs from this
podium's (${TAGGER_VERSION}), from its stored text. One transaction per briefing: a server on the same
database keeps answering, with each briefing's old statements until its new ones are written.
Statements with the same boundaries keep their ids. The issuer and title stored with a briefing are
kept. Exits 1 when any briefing failed (it keeps its old statements).

Options:
  -h, --help   show this help`;

export function runRetag(ctx: CliContext): number {
  const { values, positionals } = parseOptions(ctx.args, {});
  if (values.help) {
    println(ctx.stdout, retagUsage);
    return EXIT_OK;
  }
  if (positionals.length > 0) throw new UsageError(`retag takes no arguments, got '${positionals[0]}'`);
  const db = openConfiguredDatabase(ctx.env, { create: false });
  try {
    const store = createRetagStore(db);
    const started = performance.now();
    let retagged = 0;
    let failed = 0;
    let statements = 0;
    for (const outcome of retagStale(store)) {
      if (outcome.status === "retagged") {
        retagged += 1;
        statements += outcome.statements;
        println(
          ctx.stdout,
          `retagged  ${outcome.id}  ${outcome.from} → ${TAGGER_VERSION}  ${outcome.statements} statements`,
        );
      } else if (outcome.status === "failed") {
        failed += 1;
        println(ctx.stderr, `failed    ${outcome.id}: ${outcome.error}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    println(
      ctx.stdout,
      retagged + failed === 0
        ? `every briefing is already at tagger version ${TAGGER_VERSION}`
        : `${retagged} briefing${retagged === 1 ? "" : "s"} retagged to ${TAGGER_VERSION} (${statements} statements) in ${seconds.toFixed(1)} s` +
            (failed > 0 ? `, ${failed} failed` : ""),
    );
    return failed > 0 ? EXIT_FAILED : EXIT_OK;
  } finally {
    db.close();
  }
}

import type { RetagStore } from "../db/retag-store.js";
import { TAGGER_VERSION } from "../tagging/version.js";
import { prepareBriefing } from "./prepare-briefing.js";

export type RetagOutcome =
  | { id: string; status: "retagged"; from: string; statements: number }
  | { id: string; status: "skipped" }
  | { id: string; status: "failed"; error: string };

/**
 * Re-derive, from their stored text, every briefing stored by a tagger version other than the
 * running one (TAGGER_VERSION). What a caller may have set is kept — the issuer (when one is stored) and the title —
 * everything else (statements, tags, speakers, format, held-on day) comes from the new tagger.
 * Statement ids depend only on the text and the boundaries, so unchanged statements keep their ids.
 */
export function* retagStale(store: RetagStore): Generator<RetagOutcome> {
  for (const pk of store.staleKeys(TAGGER_VERSION)) {
    const stored = store.load(pk);
    if (!stored) continue;
    try {
      const prepared = prepareBriefing(stored.text, {
        source: stored.source,
        issuer: stored.issuer ?? undefined,
        title: stored.title,
      });
      const done = store.replace(pk, stored.taggerVersion, prepared);
      yield done
        ? {
            id: stored.id,
            status: "retagged",
            from: stored.taggerVersion,
            statements: prepared.statements.length,
          }
        : { id: stored.id, status: "skipped" };
    } catch (err) {
      yield { id: stored.id, status: "failed", error: err instanceof Error ? err.message : String(err) };
    }
  }
}

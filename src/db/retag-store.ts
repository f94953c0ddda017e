import type { PreparedBriefing } from "../ingest/prepare-briefing.js";
import { createStatementWriter } from "./briefing-store.js";
import type { PodiumDb } from "./open-database.js";

/** What retag needs of a stored briefing to derive it again. */
export interface StoredBriefing {
  pk: number;
  id: string;
  text: string;
  issuer: string | null;
  title: string;
  source: string;
  taggerVersion: string;
}

/**
 * Re-derives stored briefings in place. Each briefing is replaced in one short transaction, so a
 * server reading the same database (WAL) sees either the old statements or the new ones, never a mix,
 * and waits at most one briefing's write.
 */
export function createRetagStore(pdb: PodiumDb) {
  const { sqlite } = pdb;
  const staleKeys = sqlite.prepare<[string], { pk: number }>(
    "SELECT pk FROM briefing WHERE tagger_version <> ? ORDER BY pk",
  );
  const byPk = sqlite.prepare<[number], StoredBriefing>(
    `SELECT pk, id, text, issuer, title, source, tagger_version AS taggerVersion FROM briefing WHERE pk = ?`,
  );
  const versionOf = sqlite.prepare<[number], { tagger_version: string }>(
    "SELECT tagger_version FROM briefing WHERE pk = ?",
  );
  const block = sqlite.prepare<[number], { first: number | null; n: number }>(
    "SELECT min(pk) AS first, count(*) AS n FROM statement WHERE briefing_pk = ?",
  );
  const deleteStatements = sqlite.prepare<[number]>("DELETE FROM statement WHERE briefing_pk = ?");
  const updateBriefing = sqlite.prepare(
    `UPDATE briefing SET held_on = @heldOn, issuer = @issuer, speakers = @speakers, title = @title,
       format = @format, tagger_version = @taggerVersion, statement_count = @statementCount WHERE pk = @pk`,
  );
  const statements = createStatementWriter(sqlite);

  const replace = sqlite.transaction((pk: number, from: string, p: PreparedBriefing): boolean => {
    // Another retag (or a delete) may have got here first: then there is nothing to do.
    if (versionOf.get(pk)?.tagger_version !== from) return false;
    const old = block.get(pk);
    deleteStatements.run(pk);
    // Keep the briefing's key block when the new statements fit in it, so its place among the day's
    // briefings (and keys other readers hold in cursors) stay put; otherwise take a new block.
    const base =
      old?.first != null && p.statements.length <= old.n
        ? old.first
        : statements.freeKeyOfDay(p.briefing.date);
    statements.insert(pk, p, base);
    updateBriefing.run({
      pk,
      heldOn: p.briefing.heldOn,
      issuer: p.briefing.issuer,
      speakers: JSON.stringify(p.briefing.speakers),
      title: p.briefing.title,
      format: p.briefing.format,
      taggerVersion: p.taggerVersion,
      statementCount: p.statements.length,
    });
    return true;
  });

  return {
    /** Keys of briefings stored by another tagger version, oldest stored first. */
    staleKeys: (version: string): number[] => staleKeys.all(version).map((r) => r.pk),
    load: (pk: number): StoredBriefing | null => byPk.get(pk) ?? null,
    /**
     * Replace the statements and derived metadata of briefing `pk`, provided it is still at tagger
     * version `from`. False when it changed or vanished meanwhile (nothing written).
     */
    replace: (pk: number, from: string, p: PreparedBriefing): boolean => replace.immediate(pk, from, p),
  };
}

export type RetagStore = ReturnType<typeof createRetagStore>;

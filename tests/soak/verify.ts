import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { openDatabase } from "../../src/db/open-database.js";
import { decodeBriefingBytes } from "../../src/ingest/briefing-input.js";
import { checkStored } from "../cli/cli-support.js";
import type { CliTally, HttpTally } from "./writers.js";

export interface Verification {
  briefings: number;
  statements: number;
  problems: string[];
}

/**
 * At the end: every stored briefing is whole (its rows, tags and search entries are exactly what its
 * text gives, checkStored), every briefing posted is served back over HTTP with its text and
 * statements, and every file the command line ingested is stored.
 */
export async function verify(
  url: string,
  databasePath: string,
  http: HttpTally,
  cli: CliTally,
): Promise<Verification> {
  const problems: string[] = [];
  const stored = checkStored(databasePath);
  for (const id of stored.incomplete) problems.push(`briefing ${id} is not whole`);

  for (const [id, posted] of http.stored) {
    const res = await fetch(`${url}/briefings/${id}`);
    const body = (await res.json()) as { text?: string; statements?: unknown[] };
    if (res.status !== 200) problems.push(`GET /briefings/${id} answered ${res.status}`);
    else if (body.text !== posted.text) problems.push(`briefing ${id} is served with another text`);
    else if (body.statements?.length !== posted.statements) problems.push(`briefing ${id} lost statements`);
  }

  const db = openDatabase(databasePath);
  try {
    const present = db.sqlite.prepare<[string], { n: number }>(
      "SELECT count(*) AS n FROM briefing WHERE id = ?",
    );
    for (const file of cli.files) {
      const id = createHash("sha256")
        .update(decodeBriefingBytes(readFileSync(file)))
        .digest("hex")
        .slice(0, 16);
      if (present.get(id)?.n !== 1) problems.push(`${file} (briefing ${id}) is not stored`);
    }
  } finally {
    db.close();
  }
  return { briefings: stored.briefings, statements: stored.statements, problems };
}

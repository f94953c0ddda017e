import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { IngestResult, IngestService } from "./ingest-service.js";

/**
 * Load every `.txt` briefing of a directory that is not stored yet. Idempotent: a second start finds
 * every text already stored and writes nothing.
 */
export function loadSeeds(ingest: IngestService, dir: string): (IngestResult & { file: string })[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  return files.map((file) => ({
    file,
    ...ingest.ingest(readFileSync(join(dir, file), "utf8"), { source: file }),
  }));
}

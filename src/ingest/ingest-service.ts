import type { BriefingStore } from "../db/briefing-store.js";
import { type BriefingInput, normaliseBriefingInput } from "./briefing-input.js";
import { type PrepareOptions, prepareBriefing, sha256 } from "./prepare-briefing.js";

export interface IngestResult {
  briefingId: string;
  /** False when the same text was already stored: nothing new was written. */
  created: boolean;
  statements: number;
}

/** Text in, stored briefing out: prepare (pure) then store (one transaction). */
export function createIngestService(store: BriefingStore) {
  function ingest(text: string, options: PrepareOptions): IngestResult {
    // Skip the split and tag work for a text that is already stored.
    const hash = sha256(text);
    if (store.hasText(hash)) return { briefingId: hash.slice(0, 16), created: false, statements: 0 };
    const prepared = prepareBriefing(text, options);
    const result = store.store(prepared);
    return { ...result, statements: result.created ? prepared.statements.length : 0 };
  }

  return {
    ingest,
    /**
     * A briefing from outside (a file, a request): checked first (throws BriefingInputError before
     * anything is stored), then ingested. A text without a header gets the given date as its header.
     */
    submit(input: BriefingInput): IngestResult {
      const { text, issuer, source, title } = normaliseBriefingInput(input);
      return ingest(text, { source, issuer, title });
    },
  };
}

export type IngestService = ReturnType<typeof createIngestService>;

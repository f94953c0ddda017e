import type { BriefingStore } from "../db/briefing-store.js";
import { type BriefingInput, normaliseBriefingInput } from "./briefing-input.js";
import { type PreparedBriefing, type PrepareOptions, prepareBriefing, sha256 } from "./prepare-briefing.js";

export interface IngestResult {
  briefingId: string;
  /** False when the same text was already stored: nothing new was written. */
  created: boolean;
  statements: number;
}

type Prepare = (text: string, options: PrepareOptions) => Promise<PreparedBriefing>;

/** Text in, stored briefing out: prepare (pure) then store (one transaction). */
export function createIngestService(store: BriefingStore) {
  // Skip the split and tag work for a text that is already stored.
  const existing = (text: string): IngestResult | null => {
    const hash = sha256(text);
    return store.hasText(hash) ? { briefingId: hash.slice(0, 16), created: false, statements: 0 } : null;
  };
  const stored = (prepared: PreparedBriefing): IngestResult => {
    const result = store.store(prepared);
    return { ...result, statements: result.created ? prepared.statements.length : 0 };
  };

  function ingest(text: string, options: PrepareOptions): IngestResult {
    return existing(text) ?? stored(prepareBriefing(text, options));
  }

  return {
    ingest,
    /**
     * A briefing from outside (a file, a request): checked first (throws BriefingInputError before
     * anything is stored), then ingested. A text without a header gets the given date as its header.
     */
    submit(input: BriefingInput): IngestResult {
      const { text, ...options } = normaliseBriefingInput(input);
      return ingest(text, options);
    },
    /** As submit, with the split and tag work done by `prepare` (a worker pool), off the caller's thread. */
    async submitWith(prepare: Prepare, input: BriefingInput): Promise<IngestResult> {
      const { text, ...options } = normaliseBriefingInput(input);
      return existing(text) ?? stored(await prepare(text, options));
    },
  };
}

export type IngestService = ReturnType<typeof createIngestService>;

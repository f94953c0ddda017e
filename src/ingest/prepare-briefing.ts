import { createHash } from "node:crypto";
import { type ExtractOptions, extract } from "../extract/extract.js";
import type { Extraction, TaggedStatement } from "../extract/types.js";
import { TAGGER_VERSION } from "../tagging/version.js";

export interface PreparedStatement extends TaggedStatement {
  /** Stable public id: the same briefing text gives the same ids on every machine. */
  id: string;
}

/** Everything the store needs, computed without touching the database. */
export interface PreparedBriefing {
  id: string;
  contentHash: string;
  text: string;
  source: string;
  taggerVersion: string;
  briefing: Extraction["briefing"];
  statements: PreparedStatement[];
}

export interface PrepareOptions extends ExtractOptions {
  /** File name or URL the text came from. */
  source: string;
  /** Replaces the detected title. */
  title?: string;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Split, tag and identify a briefing. Pure apart from hashing: no I/O. */
export function prepareBriefing(text: string, options: PrepareOptions): PreparedBriefing {
  const contentHash = sha256(text);
  const extraction = extract(text, options);
  const briefing = options.title ? { ...extraction.briefing, title: options.title } : extraction.briefing;
  return {
    id: contentHash.slice(0, 16),
    contentHash,
    text,
    source: options.source,
    taggerVersion: TAGGER_VERSION,
    briefing,
    statements: extraction.statements.map((s) => ({
      ...s,
      id: sha256(`${contentHash}:${s.start}:${s.end}`).slice(0, 16),
    })),
  };
}

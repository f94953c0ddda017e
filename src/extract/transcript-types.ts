import type { SplitStatement } from "./types.js";

/** What a transcript splitter returns; the dispatcher (split.ts) adds date, issuer and format. */
export interface TranscriptSplit {
  statements: SplitStatement[];
  /** Officials who speak, full names where the text allows, in order of first statement. */
  speakers: string[];
  /** The text's own first line after the header, trimmed. */
  title: string;
}

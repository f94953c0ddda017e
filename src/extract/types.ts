/**
 * The extraction pipeline's data model. Pure data: nothing here knows of HTTP or SQL.
 * All offsets are JavaScript string indices into the briefing's exact text (header line
 * included), end exclusive, so `text === briefingText.slice(start, end)`.
 */

export type Basis = "text" | "question";
export type BriefingFormat = "report" | "transcript";

/** One matched span and the rule or gazetteer entry that produced it. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
  /** e.g. `country:AF:name`, `place:PK:besham`, `topic:terrorism:terror-attack`. */
  rule: string;
}

export interface CountryTag {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: string;
  /** `text` when any evidence lies in the statement, `question` when only in its question. */
  basis: Basis;
  evidence: Evidence[];
}

export interface RegionTag {
  /** Upper-case id such as KASHMIR or SOUTH_CHINA_SEA. */
  id: string;
  basis: Basis;
  evidence: Evidence[];
}

export interface TopicTag {
  slug: string;
  /** Sum of the weights of the rules that fired; a topic is kept at or above the threshold. */
  score: number;
  basis: Basis;
  evidence: Evidence[];
}

export interface Question {
  start: number;
  end: number;
  text: string;
  /** Asker or outlet when the transcript labels it ("Reuters"), else null. */
  asker: string | null;
}

export interface SplitStatement {
  /** 1-based position in the briefing. */
  seq: number;
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  question: Question | null;
}

export interface TaggedStatement extends SplitStatement {
  countries: CountryTag[];
  regions: RegionTag[];
  topics: TopicTag[];
}

export interface BriefingMeta {
  /** ISO date from the header line. */
  date: string;
  /**
   * The day the briefing was held, when the text tells it: a news report dated 5 April that says
   * "on Thursday" describes Thursday 4 April. Equals `date` for transcripts; null when unknown.
   */
  heldOn: string | null;
  /** ISO alpha-2 of the country whose spokesperson speaks, or null when it cannot be told. */
  issuer: string | null;
  speakers: string[];
  title: string;
  format: BriefingFormat;
}

export interface SplitResult {
  briefing: BriefingMeta;
  statements: SplitStatement[];
}

export interface Extraction {
  briefing: BriefingMeta;
  statements: TaggedStatement[];
}

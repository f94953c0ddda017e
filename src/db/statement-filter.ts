/** What a statement list can be narrowed by; every field is already validated and normalised. */
export interface StatementFilter {
  /** Tag conditions: each inner list is "any of", the outer list "all of". */
  countries: string[][];
  regions: string[][];
  topics: string[][];
  /** Only tags evidenced in the statement itself (not inherited from its question). */
  textBasisOnly: boolean;
  briefingIds: string[];
  issuers: string[];
  speakers: string[];
  /** Inclusive ISO dates. */
  from: string | null;
  to: string | null;
}

export const emptyFilter: StatementFilter = {
  countries: [],
  regions: [],
  topics: [],
  textBasisOnly: false,
  briefingIds: [],
  issuers: [],
  speakers: [],
  from: null,
  to: null,
};

/**
 * Stored with every briefing. Bump it whenever splitting or tagging output can change, so
 * `podium retag` knows which stored briefings to re-derive.
 */
export const TAGGER_VERSION = "2026.11.29-23";

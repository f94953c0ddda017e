import type { Config } from "../../../src/config.js";

/**
 * The configurations fuzzed: the defaults tests use (no rate limit) and a strict one, so the rate
 * limiter, the lowered caps and a CORS origin list meet hostile input too.
 */
export const FUZZ_CONFIGURATIONS: { name: string; share: number; config: Partial<Config> }[] = [
  { name: "default (rate limit off)", share: 0.9, config: {} },
  {
    name: "strict (RATE_LIMIT_MAX=1000, TRUST_PROXY=true, MAX_Q_LENGTH=100, MAX_LIMIT=10, CORS_ORIGINS=https://example.org)",
    share: 0.1,
    config: {
      rateLimitMax: 1000,
      trustProxy: true,
      maxQLength: 100,
      maxLimit: 10,
      corsOrigins: ["https://example.org"],
    },
  },
];

import { z } from "zod";

/**
 * The whole configuration, parsed once at start-up from the environment by an entry point.
 * Everything else receives the parsed `Config`; nothing else reads `process.env`.
 */
const envSchema = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATABASE_PATH: z.string().min(1).default("./data/podium.db"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SEEDS_DIR: z.string().min(1).optional(),
  PODIUM_API_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024, "must be at least 1024 bytes")
    .default(2 * 1024 * 1024),
});

export interface Config {
  host: string;
  port: number;
  /** A file path, or `:memory:` for a private in-memory database (tests). */
  databasePath: string;
  logLevel: z.infer<typeof envSchema>["LOG_LEVEL"];
  /** Directory whose briefings are loaded at start when not yet stored; null disables seeding. */
  seedsDir: string | null;
  /** Bearer key for write operations; null disables writes. */
  apiKey: string | null;
  /** Largest request body accepted by POST /briefings, in bytes. */
  bodyLimit: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parse the environment, listing every problem at once rather than the first. */
export function parseConfig(env: Record<string, string | undefined>, defaults: { seedsDir: string }): Config {
  // Treat empty strings like unset variables: `PORT= npm start` should mean "default", not "invalid".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    logLevel: e.LOG_LEVEL,
    seedsDir: e.SEEDS_DIR === "none" ? null : (e.SEEDS_DIR ?? defaults.seedsDir),
    apiKey: e.PODIUM_API_KEY ?? null,
    bodyLimit: e.BODY_LIMIT,
  };
}

/** A configuration for tests and tools: in-memory database, no seeds, quiet logs. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    host: "127.0.0.1",
    port: 0,
    databasePath: ":memory:",
    logLevel: "silent",
    seedsDir: null,
    apiKey: null,
    bodyLimit: 2 * 1024 * 1024,
    ...overrides,
  };
}

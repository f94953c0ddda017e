import { isIP } from "node:net";
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
  RATE_LIMIT_MAX: z.coerce.number().int().min(0, "must be 0 (off) or more").default(600),
  RATE_LIMIT_WINDOW: z.coerce.number().int().min(1).max(86_400, "must be at most 86400 seconds").default(60),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(0, "must be 0 (off) or more").default(30_000),
  MAX_Q_LENGTH: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000, "must be at most 1000 (the search syntax's own cap)")
    .default(1000),
  MAX_LIMIT: z.coerce.number().int().min(1).max(100, "must be at most 100 (the API's own cap)").default(100),
  CORS_ORIGINS: z.string().transform(corsOrigins).default("*"),
  TRUST_PROXY: z.string().transform(trustProxy).default(false),
});

/** `*` (any origin), `none`, or a comma list of origins such as `https://example.org`. */
function corsOrigins(value: string, ctx: z.RefinementCtx): "*" | string[] {
  const v = value.trim();
  if (v === "*") return "*";
  if (v.toLowerCase() === "none") return [];
  const origins = v.split(",").map((o) => o.trim());
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {}
    if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
      ctx.addIssue({ code: "custom", message: `'${origin}' is not an origin such as https://example.org` });
    }
  }
  return origins;
}

/** `true`, `false`, a number of proxy hops, or a comma list of proxy addresses (IPs or CIDR ranges). */
function trustProxy(value: string, ctx: z.RefinementCtx): boolean | number | string[] {
  const v = value.trim().toLowerCase();
  if (v === "true" || v === "false") return v === "true";
  if (/^\d+$/.test(v)) return Number(v);
  const addresses = v.split(",").map((a) => a.trim());
  for (const address of addresses) {
    const [ip, bits, extra] = address.split("/");
    const named = ["loopback", "linklocal", "uniquelocal"].includes(address);
    if (
      !named &&
      (isIP(ip ?? "") === 0 || extra !== undefined || (bits !== undefined && !/^\d{1,3}$/.test(bits)))
    ) {
      ctx.addIssue({
        code: "custom",
        message: `'${address}' is not true, false, a hop count or an IP/CIDR list`,
      });
    }
  }
  return addresses;
}

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
  /** Requests per client address and window; 0 turns rate limiting off. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /** Time a client has to send a whole request (headers and body); 0 means no limit. */
  requestTimeoutMs: number;
  /** Longest accepted `q` (search) value, in characters. */
  maxQLength: number;
  /** Largest accepted `limit` (page size). */
  maxLimit: number;
  /** Origins allowed to read cross-origin: `*` (any), a list, or none (empty list). */
  corsOrigins: "*" | string[];
  /** Fastify's `trustProxy`: whether (and which) X-Forwarded-For hops give the client address. */
  trustProxy: boolean | number | string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * JavaScript heap an ingest of a body of `bodyLimit` bytes needs: measured with POST /briefings on a
 * server limited to a 128 MB old generation, live heap after full collections was ~53 MB for a 2 MB
 * briefing and ~82 MB for 4 MB (text, statements, tags with evidence and the rows being stored), and
 * an 8 MB briefing ran out of heap and killed the server. 32 MB + 20 bytes per byte covers both with
 * room for the collector.
 */
export function heapNeededForBody(bodyLimit: number): number {
  return 32 * 1024 * 1024 + 20 * bodyLimit;
}

const MB = 1024 * 1024;

/** The problem with BODY_LIMIT on a heap of `heapLimitBytes`, or null when a body that size fits. */
function bodyLimitProblem(bodyLimit: number, heapLimitBytes: number | undefined): string | null {
  if (heapLimitBytes === undefined) return null;
  const needed = heapNeededForBody(bodyLimit);
  if (needed <= heapLimitBytes) return null;
  return (
    `BODY_LIMIT: ${bodyLimit} bytes needs about ${Math.ceil(needed / MB)} MB of JavaScript heap to ingest, ` +
    `but this process has ${Math.floor(heapLimitBytes / MB)} MB: lower BODY_LIMIT (largest here: ` +
    `${Math.floor((heapLimitBytes - heapNeededForBody(0)) / 20)}) or start node with a larger ` +
    `--max-old-space-size`
  );
}

/**
 * Parse the environment, listing every problem at once rather than the first. `heapLimitBytes` is
 * the process's V8 heap limit (the server runs with a small one, see package.json `start`), so a
 * BODY_LIMIT the heap cannot ingest is refused at start instead of crashing the server later.
 */
export function parseConfig(
  env: Record<string, string | undefined>,
  defaults: { seedsDir: string; heapLimitBytes?: number },
): Config {
  // Treat empty strings like unset variables: `PORT= npm start` should mean "default", not "invalid".
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ""));
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  const body = envSchema.shape.BODY_LIMIT.safeParse(present.BODY_LIMIT);
  const heapProblem = body.success ? bodyLimitProblem(body.data, defaults.heapLimitBytes) : null;
  if (heapProblem) problems.push(heapProblem);
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    host: e.HOST,
    port: e.PORT,
    databasePath: e.DATABASE_PATH,
    logLevel: e.LOG_LEVEL,
    seedsDir: e.SEEDS_DIR === "none" ? null : (e.SEEDS_DIR ?? defaults.seedsDir),
    apiKey: e.PODIUM_API_KEY ?? null,
    bodyLimit: e.BODY_LIMIT,
    rateLimitMax: e.RATE_LIMIT_MAX,
    rateLimitWindowMs: e.RATE_LIMIT_WINDOW * 1000,
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    maxQLength: e.MAX_Q_LENGTH,
    maxLimit: e.MAX_LIMIT,
    corsOrigins: e.CORS_ORIGINS,
    trustProxy: e.TRUST_PROXY,
  };
}

/** A configuration for tests and tools: in-memory database, no seeds, quiet logs, no rate limit. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    host: "127.0.0.1",
    port: 0,
    databasePath: ":memory:",
    logLevel: "silent",
    seedsDir: null,
    apiKey: null,
    bodyLimit: 2 * 1024 * 1024,
    rateLimitMax: 0,
    rateLimitWindowMs: 60_000,
    requestTimeoutMs: 30_000,
    maxQLength: 1000,
    maxLimit: 100,
    corsOrigins: "*",
    trustProxy: false,
    ...overrides,
  };
}

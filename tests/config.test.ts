import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.js";

const defaults = { seedsDir: "/pkg/seeds" };

describe("parseConfig", () => {
  it("defaults to 127.0.0.1:3000, ./data/podium.db, info logs, the package's seeds and no write key", () => {
    expect(parseConfig({}, defaults)).toEqual({
      host: "127.0.0.1",
      port: 3000,
      databasePath: "./data/podium.db",
      logLevel: "info",
      seedsDir: "/pkg/seeds",
      apiKey: null,
      bodyLimit: 2 * 1024 * 1024,
      rateLimitMax: 600,
      rateLimitWindowMs: 60_000,
      requestTimeoutMs: 30_000,
      maxQLength: 1000,
      maxLimit: 100,
      corsOrigins: "*",
      trustProxy: false,
    });
  });

  it("reads every variable, treating empty ones as unset and SEEDS_DIR=none as no seeding", () => {
    expect(
      parseConfig(
        {
          HOST: "0.0.0.0",
          PORT: "8080",
          DATABASE_PATH: "/data/p.db",
          LOG_LEVEL: "",
          SEEDS_DIR: "none",
          PODIUM_API_KEY: "k".repeat(16),
          BODY_LIMIT: "65536",
          RATE_LIMIT_MAX: "0",
          RATE_LIMIT_WINDOW: "3600",
          REQUEST_TIMEOUT_MS: "5000",
          MAX_Q_LENGTH: "200",
          MAX_LIMIT: "25",
          CORS_ORIGINS: "https://example.org, http://localhost:8080",
          TRUST_PROXY: "10.0.0.0/8,127.0.0.1",
        },
        defaults,
      ),
    ).toEqual({
      host: "0.0.0.0",
      port: 8080,
      databasePath: "/data/p.db",
      logLevel: "info",
      seedsDir: null,
      apiKey: "k".repeat(16),
      bodyLimit: 65_536,
      rateLimitMax: 0,
      rateLimitWindowMs: 3_600_000,
      requestTimeoutMs: 5000,
      maxQLength: 200,
      maxLimit: 25,
      corsOrigins: ["https://example.org", "http://localhost:8080"],
      trustProxy: ["10.0.0.0/8", "127.0.0.1"],
    });
  });

  it("reads CORS_ORIGINS=none as no cross-origin access, and TRUST_PROXY as a flag or a hop count", () => {
    const parse = (env: Record<string, string>) => parseConfig(env, defaults);
    expect(parse({ CORS_ORIGINS: "none" }).corsOrigins).toEqual([]);
    expect(parse({ CORS_ORIGINS: " * " }).corsOrigins).toBe("*");
    expect(parse({ TRUST_PROXY: "true" }).trustProxy).toBe(true);
    expect(parse({ TRUST_PROXY: "FALSE" }).trustProxy).toBe(false);
    expect(parse({ TRUST_PROXY: "2" }).trustProxy).toBe(2);
    expect(parse({ TRUST_PROXY: "loopback" }).trustProxy).toEqual(["loopback"]);
  });

  it("refuses limits above the API's own caps, negative limits and malformed origins or proxies", () => {
    try {
      parseConfig(
        {
          RATE_LIMIT_MAX: "-1",
          RATE_LIMIT_WINDOW: "0",
          REQUEST_TIMEOUT_MS: "soon",
          MAX_Q_LENGTH: "5000",
          MAX_LIMIT: "101",
          CORS_ORIGINS: "example.org,https://ok.org/path",
          TRUST_PROXY: "10.0.0.0/8/8,proxy",
        },
        defaults,
      );
      expect.unreachable("parseConfig accepted invalid limits");
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems).toEqual([
        expect.stringMatching(/^RATE_LIMIT_MAX: must be 0 \(off\) or more/),
        expect.stringMatching(/^RATE_LIMIT_WINDOW: /),
        expect.stringMatching(/^REQUEST_TIMEOUT_MS: /),
        expect.stringMatching(/^MAX_Q_LENGTH: must be at most 1000/),
        expect.stringMatching(/^MAX_LIMIT: must be at most 100/),
        "CORS_ORIGINS: 'example.org' is not an origin such as https://example.org",
        "CORS_ORIGINS: 'https://ok.org/path' is not an origin such as https://example.org",
        "TRUST_PROXY: '10.0.0.0/8/8' is not true, false, a hop count or an IP/CIDR list",
        "TRUST_PROXY: 'proxy' is not true, false, a hop count or an IP/CIDR list",
      ]);
    }
  });

  it("lists every problem at once", () => {
    try {
      parseConfig({ PORT: "70000", LOG_LEVEL: "loud", PODIUM_API_KEY: "short", BODY_LIMIT: "12" }, defaults);
      expect.unreachable("parseConfig accepted invalid values");
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as ConfigError).problems.map((p) => p.split(":")[0])).toEqual([
        "PORT",
        "LOG_LEVEL",
        "PODIUM_API_KEY",
        "BODY_LIMIT",
      ]);
    }
  });

  it("refuses a BODY_LIMIT the process's heap could not ingest, with the largest that fits", () => {
    const heap = { ...defaults, heapLimitBytes: 140 * 1024 * 1024 };
    expect(parseConfig({ BODY_LIMIT: String(4 * 1024 * 1024) }, heap).bodyLimit).toBe(4 * 1024 * 1024);
    try {
      parseConfig({ BODY_LIMIT: String(8 * 1024 * 1024), PORT: "x" }, heap);
      expect.unreachable("parseConfig accepted a body the heap cannot hold");
    } catch (err) {
      expect((err as ConfigError).problems).toEqual([
        expect.stringMatching(/^PORT: /),
        "BODY_LIMIT: 8388608 bytes needs about 192 MB of JavaScript heap to ingest, but this process has " +
          "140 MB: lower BODY_LIMIT (largest here: 5662310) or start node with a larger --max-old-space-size",
      ]);
    }
  });

  it("checks BODY_LIMIT against the heap only when the heap limit is given", () => {
    expect(parseConfig({ BODY_LIMIT: String(64 * 1024 * 1024) }, defaults).bodyLimit).toBe(64 * 1024 * 1024);
  });
});

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
    });
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
});

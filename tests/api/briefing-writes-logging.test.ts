import { spawn } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-paths.js";
import { tempDir } from "../cli/cli-support.js";

const KEY = "never-log-me-7d41c0a9e3";

describe("the server's logs", () => {
  it("never contain the API key, whether a request sends it right or wrong", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: packageRoot,
      env: {
        ...process.env,
        PORT: "0",
        LOG_LEVEL: "trace",
        SEEDS_DIR: "none",
        PODIUM_API_KEY: KEY,
        DATABASE_PATH: join(tempDir("log"), "p.db"),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (d: Buffer) => {
        output += d;
        const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (m?.[1]) resolve(m[1]);
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    });
    const send = (key: string) =>
      fetch(`${url}/briefings`, {
        method: "POST",
        headers: { authorization: `Bearer ${key}`, "content-type": "text/plain" },
        body: "date 2024-05-01 ISLAMABAD: The spokesperson said Pakistan welcomed the talks.",
      });
    expect((await send(KEY)).status).toBe(201);
    expect((await send(`${KEY}-wrong`)).status).toBe(401);
    const exited = new Promise((resolve) => child.on("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    expect(output).toContain('"statusCode":201');
    expect(output).toContain('"statusCode":401');
    expect(output).not.toContain(KEY);
  });
});

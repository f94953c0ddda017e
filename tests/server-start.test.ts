import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { packageRoot } from "../src/package-paths.js";

const dir = mkdtempSync(join(tmpdir(), "podium-start-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Started {
  child: ChildProcess;
  url: string;
  lines: Record<string, unknown>[];
}

/** Start the real server entry point on a free port and wait until it listens. */
function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
    cwd: packageRoot,
    env: { ...process.env, PORT: "0", LOG_LEVEL: "info", DATABASE_PATH: join(dir, "podium.db"), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: Record<string, unknown>[] = [];
  let stderr = "";
  child.stderr?.on("data", (d) => {
    stderr += d;
  });
  return new Promise((resolve, reject) => {
    let buffer = "";
    child.stdout?.on("data", (chunk) => {
      buffer += chunk;
      for (let i = buffer.indexOf("\n"); i >= 0; i = buffer.indexOf("\n")) {
        const line = JSON.parse(buffer.slice(0, i)) as Record<string, unknown>;
        buffer = buffer.slice(i + 1);
        lines.push(line);
        const m = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(String(line.msg));
        if (m?.[1]) resolve({ child, url: m[1], lines });
      }
    });
    child.on("exit", (code) => reject(new Error(`server exited with ${code}: ${stderr}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    child.on("exit", (code) => resolve(code));
    child.kill("SIGTERM");
  });
}

describe("npm start's entry point", () => {
  it("loads the seed into an empty database, serves it, and stores nothing twice on a second start", async () => {
    const first = await start({});
    const seeded = first.lines.find((l) => l.msg === "seed briefings loaded");
    expect(seeded).toMatchObject({ files: 1, stored: 1, statements: 11 });
    const res = await fetch(`${first.url}/statements?country=AF`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { data: unknown[] }).data).toHaveLength(3);
    expect(await stop(first.child)).toBe(0);

    const second = await start({});
    expect(second.lines.find((l) => l.msg === "seed briefings loaded")).toMatchObject({
      files: 1,
      stored: 0,
    });
    const health = (await (await fetch(`${second.url}/health`)).json()) as {
      database: { briefings: number };
    };
    expect(health.database.briefings).toBe(1);
    expect(await stop(second.child)).toBe(0);
  });

  it("refuses to start with every configuration problem listed", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/server.ts"], {
      cwd: packageRoot,
      env: { ...process.env, PORT: "99999", LOG_LEVEL: "loud" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (d) => {
      stderr += d;
    });
    const code = await new Promise((resolve) => child.on("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toContain("PORT:");
    expect(stderr).toContain("LOG_LEVEL:");
  });
});

import { existsSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.js";
import { testConfig } from "../../src/config.js";
import { openDatabase } from "../../src/db/open-database.js";
import { syntheticBriefing, tempDir } from "../cli/cli-support.js";
import { startServer } from "./support/server-process.js";

const KEY = "shutdown-key-0123456789ab";
const TIMEOUT = 60_000;

/** A database file with `count` stored briefings (the WAL checkpointed by closing it). */
async function databaseWith(count: number): Promise<string> {
  const path = join(tempDir("shutdown"), "podium.db");
  const app = await buildApp(testConfig({ databasePath: path }));
  for (let n = 0; n < count; n++) app.podium.ingest.ingest(syntheticBriefing(n, 20), { source: `s${n}` });
  await app.close();
  return path;
}

/** Resolves when a new connection to `url` is refused. */
async function refused(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/health`);
    return false;
  } catch (err) {
    return (err as { cause?: { code?: string } }).cause?.code === "ECONNREFUSED";
  }
}

describe("SIGTERM", () => {
  it(
    "stops accepting, finishes a request still being sent, closes the database and exits 0",
    async () => {
      const path = await databaseWith(3);
      const server = await startServer({ DATABASE_PATH: path, PODIUM_API_KEY: KEY });
      const port = Number(new URL(server.url).port);
      const text = syntheticBriefing(500, 6);
      // A POST whose headers have arrived but whose body has not: in flight when the signal comes.
      const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = request(
          {
            port,
            host: "127.0.0.1",
            method: "POST",
            path: "/briefings",
            headers: {
              authorization: `Bearer ${KEY}`,
              "content-type": "text/plain",
              "content-length": Buffer.byteLength(text),
            },
          },
          (res) => {
            let body = "";
            res.on("data", (d) => {
              body += d;
            });
            res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
          },
        );
        req.on("error", reject);
        req.write(text.slice(0, 100));
        setTimeout(() => {
          server.child.kill("SIGTERM");
          setTimeout(async () => {
            try {
              expect(await refused(server.url)).toBe(true);
              req.end(text.slice(100));
            } catch (err) {
              reject(err);
            }
          }, 500);
        }, 300);
      });

      const { status, body } = await answer;
      expect(status).toBe(201);
      expect(await server.exited).toBe(0);
      const messages = server.lines.map((l) => l.msg);
      expect(messages).toContain("shutting down");
      const posted = server.lines.findIndex(
        (l) => l.msg === "request completed" && (l.res as { statusCode?: number }).statusCode === 201,
      );
      expect(posted).toBeGreaterThan(messages.indexOf("shutting down"));
      expect(messages.indexOf("database closed")).toBeGreaterThan(posted);
      // A cleanly closed WAL database leaves no -wal file behind, and holds the briefing just posted.
      expect(existsSync(`${path}-wal`)).toBe(false);
      const db = openDatabase(path);
      const id = (JSON.parse(body) as { id: string }).id;
      expect(db.sqlite.prepare("SELECT count(*) AS n FROM briefing WHERE id = ?").get(id)).toEqual({ n: 1 });
      expect(db.sqlite.prepare("SELECT count(*) AS n FROM briefing").get()).toEqual({ n: 4 });
      db.close();
    },
    TIMEOUT,
  );

  it(
    "lets a CSV export that is being read finish whole before the process exits",
    async () => {
      const path = await databaseWith(40);
      const server = await startServer({ DATABASE_PATH: path });
      const db = openDatabase(path);
      const statements = (db.sqlite.prepare("SELECT count(*) AS n FROM statement").get() as { n: number }).n;
      db.close();
      const res = await fetch(`${server.url}/statements?format=csv`);
      expect(res.status).toBe(200);
      const reader = res.body?.getReader();
      const first = await reader?.read();
      server.child.kill("SIGTERM");
      await new Promise((r) => setTimeout(r, 300));
      let csv = Buffer.from(first?.value ?? []).toString("utf8");
      const decoder = new TextDecoder();
      for (let chunk = await reader?.read(); chunk && !chunk.done; chunk = await reader?.read()) {
        csv += decoder.decode(chunk.value, { stream: true });
      }
      expect(await server.exited).toBe(0);
      // One header line and one line per statement (texts are one line each in these briefings).
      expect(csv.trimEnd().split("\r\n")).toHaveLength(statements + 1);
      expect(server.lines.map((l) => l.msg)).toContain("database closed");
    },
    TIMEOUT,
  );
});

import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The Node flags the server is started with, read from package.json's `start` script (the one place
 * they are written; the Dockerfile's CMD repeats them and a test keeps the two equal). The benchmark
 * starts the server with these, so it measures the server as `npm start` and the image run it.
 */
export function serverNodeFlags(repoRoot: string): string[] {
  const pkg = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  };
  return nodeFlagsOfStart(pkg.scripts.start ?? "");
}

/** The flags between `node` and `dist/server.js` in a start command. */
export function nodeFlagsOfStart(start: string): string[] {
  const match = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+dist\/server\.js\b/.exec(start);
  if (!match) throw new Error(`package.json start does not run node dist/server.js: ${start}`);
  return (match[1] ?? "").trim().split(/\s+/).filter(Boolean);
}

/** The exec-form CMD of the Dockerfile's final stage, as an argument list. */
export function dockerfileCmd(dockerfile: string): string[] {
  const lines = dockerfile.split("\n").filter((l) => l.startsWith("CMD "));
  const last = lines.at(-1);
  if (!last) throw new Error("the Dockerfile has no CMD");
  return JSON.parse(last.slice(4)) as string[];
}

import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dockerfileCmd, nodeFlagsOfStart, serverNodeFlags } from "./support/server-node-flags.js";

const root = fileURLToPath(new URL("..", import.meta.url));

describe("the server's Node flags", () => {
  it("are the heap limits the memory target was measured with", () => {
    expect(serverNodeFlags(root)).toEqual(["--max-old-space-size=128", "--max-semi-space-size=4"]);
  });

  it("are the same in the Docker image as in npm start", () => {
    const cmd = dockerfileCmd(readFileSync(`${root}/Dockerfile`, "utf8"));
    expect(cmd).toEqual(["node", ...serverNodeFlags(root), "dist/server.js"]);
  });

  it("are read from a start command with or without flags, and refused when it runs no server", () => {
    expect(nodeFlagsOfStart("npm run build && X=1 node --a=1 --b dist/server.js")).toEqual(["--a=1", "--b"]);
    expect(nodeFlagsOfStart("node dist/server.js")).toEqual([]);
    expect(() => nodeFlagsOfStart("tsx src/server.ts")).toThrow(/does not run node dist\/server.js/);
  });
});

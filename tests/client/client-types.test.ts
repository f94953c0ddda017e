import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderClientTypes } from "podium-openapi-codegen";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-paths.js";

const read = (name: string) => readFileSync(join(packageRoot, "openapi", name), "utf8");

describe("openapi/podium-api.d.ts", () => {
  it("is what openapi-typescript generates from openapi/openapi.json (run `npm run openapi:client`)", async () => {
    expect(read("podium-api.d.ts")).toBe(await renderClientTypes(read("openapi.json")));
  });
});

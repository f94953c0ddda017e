import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildApp } from "../../src/app.js";
import { testConfig } from "../../src/config.js";
import { loadFixture } from "../fixtures/api/briefings.js";

/**
 * On a database file the facet snapshot is built on a worker, started by the first request that
 * asks for it. A request that needs aggregates waits for it (facets.ready) instead of counting by SQL,
 * so once its answer arrives the snapshot is there; a plain list does not wait, and then it is not yet.
 */
async function snapshotAfter(
  url: (briefingId: string) => string,
): Promise<{ status: number; ready: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), "podium-wait-"));
  const app = await buildApp(testConfig({ databasePath: join(dir, "p.db") }));
  try {
    const [first] = loadFixture(app.podium.db);
    const res = await app.inject(url(first?.briefingId ?? ""));
    return { status: res.statusCode, ready: app.podium.statements.facets.snapshot() !== null };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("requests for aggregates on a database file", () => {
  it.each([
    ["/statements?facets=country,topic"],
    ["/statements?include=count"],
    ["/briefings/{id}/statements?facets=topic"],
    ["/timeline?interval=month"],
    ["/countries"],
    ["/countries/PK"],
    ["/topics"],
    ["/regions"],
  ])("GET %s is answered once the facet snapshot is built", async (path) => {
    expect(await snapshotAfter((id) => path.replace("{id}", id))).toEqual({ status: 200, ready: true });
  });

  it("a plain list does not wait for it", async () => {
    expect(await snapshotAfter(() => "/statements?country=PK")).toEqual({ status: 200, ready: false });
  });
});

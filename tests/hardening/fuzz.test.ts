import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUZZ_CONFIGURATIONS } from "./fuzz/configurations.js";
import { send } from "./fuzz/drive.js";
import { violations } from "./fuzz/oracle.js";
import { anyRequest } from "./fuzz/requests.js";
import { buildFuzzTarget } from "./fuzz/target.js";

/**
 * The fast fuzz run of `npm test` (`npm run fuzz` sends 100,000): generated requests to every route
 * the OpenAPI document lists (and the hidden ones), valid and hostile, are answered with a 2xx, a 3xx
 * or a 4xx problem+json; never a 5xx, never a stack trace or a SQLite message. A failure is shrunk to
 * a smallest request that still breaks the contract.
 */
describe("fuzzed requests", () => {
  for (const { name, share, config } of FUZZ_CONFIGURATIONS) {
    it(`never get a 5xx or a leaking error, in the ${name.split(" (")[0]} configuration`, async () => {
      const target = await buildFuzzTarget(config);
      const seen = new Set<string>();
      try {
        await fc.assert(
          fc.asyncProperty(anyRequest(target.operations, target.pools), async ({ operation, request }) => {
            seen.add(operation);
            expect(violations(request, await send(target.app, request))).toEqual([]);
          }),
          { numRuns: Math.round(400 * share) + 200, endOnFailure: false },
        );
      } finally {
        await target.app.close();
      }
      expect([...seen].sort()).toEqual(target.operations.map((op) => `${op.method} ${op.path}`).sort());
    }, 120_000);
  }

  it("take their routes from the app's OpenAPI document, so a route added later is fuzzed too", async () => {
    const target = await buildFuzzTarget();
    await target.app.close();
    const names = target.operations.map((op) => `${op.method} ${op.path}`);
    expect(names).toEqual(
      expect.arrayContaining(["GET /statements", "POST /briefings", "DELETE /briefings/{id}", "GET /health"]),
    );
    expect(names.length).toBeGreaterThanOrEqual(19);
  });
});

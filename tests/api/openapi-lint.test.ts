import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-paths.js";

const run = promisify(execFile);
const cli = createRequire(import.meta.url).resolve("@redocly/cli/bin/cli.js");

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; message: string; location: { pointer: string }[] }[];
}

describe("openapi/openapi.json under Redocly's linter (openapi/redocly.yaml)", () => {
  it("has no errors and no warnings; the one ignored finding is /health's lack of a 4xx", async () => {
    const { stdout } = await run(
      process.execPath,
      [cli, "lint", "--config", "openapi/redocly.yaml", "--format=json", "openapi/openapi.json"],
      {
        cwd: packageRoot,
        env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      },
    ).catch((err: { stdout?: string }) => ({ stdout: err.stdout ?? "" }));
    const report = JSON.parse(stdout) as LintReport;
    const found = report.problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}: ${p.message}`);
    expect(found).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 1 });
  });
});

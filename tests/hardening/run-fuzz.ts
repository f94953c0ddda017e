import { parseArgs } from "node:util";
import { FUZZ_CONFIGURATIONS } from "./fuzz/configurations.js";
import { drive, type FuzzStats } from "./fuzz/drive.js";
import { anyRequest } from "./fuzz/requests.js";
import { buildFuzzTarget } from "./fuzz/target.js";
import { captureLogs } from "./support/logs.js";

/**
 * `npm run fuzz [-- --requests N --seed S]`: the long fuzz run (100,000 requests by default), in-process
 * with `inject`, over every route the OpenAPI document lists plus the hidden ones. Prints the answers'
 * counts by status and by operation, the slowest request, and every request that broke the contract
 * (a 5xx, an error that is not problem+json, a leaked stack or SQLite message); exits 1 if any did.
 */
const { values } = parseArgs({
  options: { requests: { type: "string", default: "100000" }, seed: { type: "string" } },
});
const total = Number(values.requests);
const seed = values.seed === undefined ? Date.now() % 1_000_000 : Number(values.seed);
if (!Number.isInteger(total) || total < 1 || !Number.isInteger(seed)) {
  console.error("usage: npm run fuzz -- [--requests N] [--seed S]");
  process.exit(2);
}

const n = (x: number) => x.toLocaleString("en-US");
const table = (rows: [string, number][]) =>
  rows.map(([k, v]) => `  ${k.padEnd(44)} ${n(v).padStart(8)}`).join("\n");

let failures = 0;
const byStatus = new Map<number, number>();
console.log(`fuzz: ${n(total)} requests, seed ${seed} (repeat with --seed ${seed})`);
for (const [i, { name, share, config }] of FUZZ_CONFIGURATIONS.entries()) {
  const count =
    i === FUZZ_CONFIGURATIONS.length - 1
      ? total - [...byStatus.values()].reduce((a, b) => a + b, 0)
      : Math.round(total * share);
  if (count <= 0) continue;
  // Errors the server logs (5xx), to print with the request that caused them.
  const logs = captureLogs();
  const target = await buildFuzzTarget({ logLevel: "error", ...config }, logs.stream);
  const t0 = performance.now();
  let stats: FuzzStats;
  try {
    stats = await drive(target.app, anyRequest(target.operations, target.pools), {
      count,
      seed: seed + i * 1_000_003,
      onProgress: (done) => process.stderr.write(`\r  ${name.split(" ")[0]}: ${n(done)} / ${n(count)}`),
    });
  } finally {
    await target.app.close();
  }
  process.stderr.write("\n");
  const seconds = (performance.now() - t0) / 1000;
  console.log(
    `\nconfiguration ${name}: ${n(stats.requests)} requests over ${target.operations.length} operations in ${seconds.toFixed(1)} s (${n(Math.round(stats.requests / seconds))}/s)`,
  );
  console.log("by status:");
  console.log(table([...stats.byStatus].sort((a, b) => a[0] - b[0]).map(([s, c]) => [String(s), c])));
  console.log("by operation:");
  console.log(table([...stats.byOperation].sort((a, b) => a[0].localeCompare(b[0]))));
  console.log(`slowest: ${stats.slowest.ms.toFixed(1)} ms, ${stats.slowest.operation}: ${stats.slowest.url}`);
  for (const [s, c] of stats.byStatus) byStatus.set(s, (byStatus.get(s) ?? 0) + c);
  for (const f of stats.failures.slice(0, 20)) {
    const { method, url, headers, payload } = f.request;
    console.log(`VIOLATION ${f.operation}: ${f.problems.join("; ")}`);
    console.log(`  ${method} ${url.slice(0, 500)}`);
    console.log(`  headers ${JSON.stringify(headers).slice(0, 500)}`);
    if (payload !== undefined) console.log(`  body ${JSON.stringify(String(payload)).slice(0, 500)}`);
    for (const line of logs.lines.filter((l) => l.reqId === f.requestId)) {
      const err = line.err as { stack?: string } | undefined;
      console.log(`  logged: ${err?.stack?.split("\n").slice(0, 4).join(" | ") ?? line.msg}`);
    }
  }
  failures += stats.failures.length;
}

const all = [...byStatus.values()].reduce((a, b) => a + b, 0);
const fivexx = [...byStatus].filter(([s]) => s >= 500).reduce((a, [, c]) => a + c, 0);
console.log(
  `\ntotal: ${n(all)} requests; ${[...byStatus]
    .sort((a, b) => a[0] - b[0])
    .map(([s, c]) => `${s}: ${n(c)}`)
    .join(", ")}`,
);
console.log(`5xx: ${n(fivexx)}; contract violations: ${n(failures)}`);
process.exit(failures > 0 ? 1 : 0);

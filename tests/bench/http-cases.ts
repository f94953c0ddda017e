import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { type CaseResult, MISSING } from "./bench-result.js";
import type { BenchCase } from "./cases.js";
import { completion, spawnTs } from "./child.js";
import { deepPagePath, sample } from "./http-probe.js";
import { runLoad } from "./load.js";
import type { LoadRequest } from "./load-result.js";
import type { BenchOptions } from "./options.js";
import { cacheDir, childScripts } from "./paths.js";
import { freePort, memoryOf, rssSampler, stopProcess, waitForOk } from "./processes.js";
import { describeTarget, judgeCase } from "./targets.js";

const DEEP_PAGES = 500;

type Load = Pick<LoadRequest, "connections" | "duration" | "warmup">;

const empty = { rps: null, p50_ms: null, p99_ms: null, errors: null, ratio: null };

/** The ceiling: a bare Fastify process serving case 2's response bytes. */
async function measureCeiling(body: string, load: Load): Promise<CaseResult> {
  const bodyFile = join(cacheDir, "ceiling-body.json");
  writeFileSync(bodyFile, body);
  const port = await freePort();
  const child = spawnTs(childScripts.ceilingServer, ["--body", bodyFile, "--port", String(port)]);
  const done = completion(child, "ceiling server").catch(() => undefined);
  const url = `http://127.0.0.1:${port}/ceiling`;
  try {
    await waitForOk(url, performance.now(), child);
    const load1m = loadavg()[0] ?? 0;
    const r = await runLoad({ ...load, url, headers: {}, distinctToFrom: null });
    const { rps, p50_ms, p99_ms, errors } = r;
    return {
      name: "ceiling",
      ...{ rps, p50_ms, p99_ms, errors },
      ratio: 1,
      status: "ok",
      url,
      response_bytes: Buffer.byteLength(body),
      load_avg_1m: load1m,
    };
  } finally {
    await stopProcess(child);
    await done;
  }
}

/** Load one path (already probed) and judge it against the ceiling. */
async function measurePath(
  c: BenchCase,
  name: string,
  path: string,
  newest: string | null,
  ctx: { baseUrl: string; serverPid: number; load: Load; ceilingRps: number; responseBytes: number },
): Promise<CaseResult> {
  process.stderr.write(`case ${name}…\n`);
  const load1m = loadavg()[0] ?? 0;
  const rss = rssSampler(ctx.serverPid);
  const connections = c.connections ?? ctx.load.connections;
  const r = await runLoad({
    ...ctx.load,
    connections,
    url: ctx.baseUrl + path,
    headers: c.headers,
    distinctToFrom: newest,
  });
  const ratio = r.rps / ctx.ceilingRps;
  const target = describeTarget(c.target) || undefined;
  const verdict = target ? judgeCase(c.target, ratio, r.p99_ms, r.errors) : null;
  return {
    name,
    rps: r.rps,
    p50_ms: r.p50_ms,
    p99_ms: r.p99_ms,
    errors: r.errors,
    ratio,
    status: "ok",
    url: newest ? `${path}&to=<a distinct date up to ten years before ${newest}>` : path,
    target,
    met: verdict ? verdict.met : null,
    ...(verdict && !verdict.met ? { miss: verdict.miss } : {}),
    response_bytes: ctx.responseBytes,
    rss_mb: rss.stop(),
    hwm_mb: memoryOf(ctx.serverPid)?.hwmMb,
    load_avg_1m: load1m,
    ...(c.name === "csv" ? { mb_per_s: r.bytes_per_s / 1e6 } : {}),
    ...(c.connections === undefined ? {} : { connections }),
  };
}

/**
 * Every HTTP case, the ceiling first (its body is case 2's answer), then the rest in order, each also
 * with a distinct cache key per request when the product memoizes its work. Ratios are against the
 * ceiling measured in this same run.
 */
export async function runHttpCases(
  cases: BenchCase[],
  baseUrl: string,
  serverPid: number,
  o: BenchOptions,
  newest: string,
): Promise<CaseResult[]> {
  const load: Load = { connections: o.connections, duration: o.duration, warmup: o.warmup };
  const wanted = (name: string) => o.only.length === 0 || o.only.includes(name);
  const case2 = cases.find((c) => c.name === "country");
  if (!case2) throw new Error("case 2 (country) is not defined");
  const body = (await sample(baseUrl + case2.path, case2.headers)).body;

  process.stderr.write("case ceiling…\n");
  const ceiling = await measureCeiling(body, load);
  const results: CaseResult[] = [ceiling];
  for (const c of cases) {
    if (!wanted(c.name)) continue;
    const target = describeTarget(c.target) || undefined;
    try {
      const first = await sample(baseUrl + c.path, c.headers);
      const missing = c.missing(first);
      if (missing) {
        results.push({ name: c.name, ...empty, status: MISSING, note: missing, url: c.path, target });
        continue;
      }
      let path = c.path;
      if (c.name === "deep-page") {
        process.stderr.write(`  following ${DEEP_PAGES} cursors…\n`);
        path = await deepPagePath(baseUrl, c.path, DEEP_PAGES);
      }
      const ctx = {
        baseUrl,
        serverPid,
        load,
        ceilingRps: ceiling.rps ?? Number.NaN,
        responseBytes: first.body.length,
      };
      results.push(await measurePath(c, c.name, path, null, ctx));
      if (c.uncachedToo) results.push(await measurePath(c, `${c.name}/uncached`, path, newest, ctx));
    } catch (err) {
      results.push({ name: c.name, ...empty, status: "failed", note: (err as Error).message, target });
    }
  }
  return results;
}

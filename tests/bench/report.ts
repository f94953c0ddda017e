import type { BenchResult, CaseResult } from "./bench-result.js";

const num = (v: number | null | undefined, digits: number) =>
  v === null || v === undefined || Number.isNaN(v)
    ? "–"
    : v.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function pad(cells: string[], widths: number[]): string {
  return cells
    .map((c, i) =>
      i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0),
    )
    .join("  ");
}

function caseRow(c: CaseResult): string[] {
  if (c.status !== "ok")
    return [
      c.name,
      "–",
      "–",
      "–",
      "–",
      "–",
      "–",
      c.target ?? "",
      c.status === "failed" ? `FAILED: ${c.note}` : c.status,
    ];
  const verdict = c.met === null || c.met === undefined ? "" : c.met ? "met" : `MISSED (${c.miss})`;
  const extra =
    (c.mb_per_s === undefined ? "" : ` ${num(c.mb_per_s, 1)} MB/s`) +
    (c.connections === undefined ? "" : ` (${c.connections} connection)`);
  return [
    c.name,
    num(c.rps, 0),
    num(c.p50_ms, 2),
    num(c.p99_ms, 2),
    String(c.errors ?? "–"),
    c.ratio === null ? "–" : `${(c.ratio * 100).toFixed(0)}%`,
    num(c.rss_mb, 0),
    c.target ?? "",
    `${verdict}${extra}`.trim(),
  ];
}

/** The human-readable table (stdout). */
export function formatReport(r: BenchResult): string {
  const header = ["case", "req/s", "p50 ms", "p99 ms", "errors", "ratio", "rss MB", "target", "verdict"];
  const rows = [header, ...r.cases.map(caseRow)];
  const widths = header.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? "").length)));
  const lines = [
    `Podium benchmark: ${r.statements.toLocaleString("en")} statements, ${r.settings.connections} connections, ` +
      `${r.settings.duration_s} s per case after ${r.settings.warmup_s} s warm-up (git ${r.git_head}, ` +
      `load average at start ${r.machine.load_avg_at_start.map((l) => l.toFixed(2)).join(" ")} on ${r.machine.cpus} CPUs; ` +
      `server: node ${r.settings.server_node_flags.join(" ")})`,
    "",
    ...rows.map((row) => pad(row, widths).trimEnd()),
    "",
  ];
  const v = r.verdicts;
  const mark = (key: string) => {
    const x = v[key];
    return x ? `${x.target}: ${x.met ? "met" : `MISSED (${x.miss})`}` : "";
  };
  const b = r.build;
  lines.push(
    `ingest (split+tag+store): ${num(r.ingest_mb_per_s, 2)} MB/s (${num(b.bytes / 1e6, 0)} MB in ${num(b.seconds, 0)} s: ` +
      `${b.jobs ?? 0} preparing thread(s), main thread storing ${num(b.storeSeconds, 0)} s and waiting for them ${num(b.prepareWaitSeconds, 0)} s; ${b.cached ? `built earlier, ${b.builtAt}` : "built now"}, tagger ${b.taggerVersion}) — ${mark("ingest")}`,
    `ingest per CPU second: ${num(b.ingestMbPerCpuS, 2)} MB (builder CPU ${num(b.cpuSeconds, 0)} s, whole process)`,
    `ingest peak RSS: ${num(r.ingest_peak_rss_mb, 0)} MB`,
    `server peak RSS (VmHWM, whole run): ${num(r.rss_mb, 0)} MB — ${mark("rss")}`,
    `cold start: ${num(r.cold_start_ms, 0)} ms (median of ${r.cold_start_runs_ms.map((x) => x.toFixed(0)).join(", ")}) — ${mark("coldStart")}`,
    `server warm (facet snapshot ready) ${num(r.server_warm_ms, 0)} ms after spawn; RSS then ${num(r.server_idle_rss_mb, 0)} MB, peak so far ${num(r.server_warm_hwm_mb, 0)} MB`,
    `database: ${num(r.db_mb, 0)} MB`,
    "",
    `in-process, repositories called directly (µs per call; facet snapshot ready after ${num(r.snapshot_ms, 0)} ms)${r.in_process_error ? `: FAILED ${r.in_process_error}` : ":"}`,
    ...r.in_process.map(
      (t) =>
        `  ${t.name.padEnd(14)} hot mean ${num(t.hot.mean_us, 0).padStart(9)} p99 ${num(t.hot.p99_us, 0).padStart(9)}` +
        `   uncached mean ${num(t.uncached.mean_us, 0).padStart(9)} p99 ${num(t.uncached.p99_us, 0).padStart(9)}` +
        `  (${t.hot.runs}/${t.uncached.runs} runs)`,
    ),
  );
  const p = r.params;
  lines.push(
    "",
    `values: country ${p.country.code} (${p.country.statements} statements), topic ${p.topic.slug} ` +
      `(${p.topic.statementsWithCountry} with it), words rare '${p.words.rare.term}' (${p.words.rare.docs} docs), ` +
      `medium '${p.words.medium.term}' (${p.words.medium.docs}), common '${p.words.common.term}' (${p.words.common.docs}), ` +
      `csv ${p.csv.from}..${p.csv.to} (${p.csv.statements} statements)`,
  );
  return lines.join("\n");
}

/** The query plans collected with --explain. */
export function formatPlans(r: BenchResult): string {
  return r.in_process
    .filter((t) => t.plans && t.plans.length > 0)
    .map((t) => `-- ${t.name}\n${(t.plans ?? []).join("\n\n")}`)
    .join("\n\n");
}

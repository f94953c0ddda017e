import { Readable } from "node:stream";
import type { FastifyReply, FastifyRequest } from "fastify";

/**
 * Content negotiation and streaming for lists. JSON pages are the default; `Accept: text/csv` or
 * `application/x-ndjson` (or `format=`) stream the whole list instead. Rows are produced a batch at
 * a time by a generator that reads the next batch only when the client has taken the previous one
 * (stream backpressure), so an export of any size holds one batch in memory.
 */
export type Format = "json" | "csv" | "ndjson";

const MEDIA: Record<string, Format> = {
  "application/json": "json",
  "application/*": "json",
  "*/*": "json",
  "text/csv": "csv",
  "application/x-ndjson": "ndjson",
  "application/ndjson": "ndjson",
  "application/jsonl": "ndjson",
};

export const CONTENT_TYPES: Record<Exclude<Format, "json">, string> = {
  csv: "text/csv; charset=utf-8; header=present",
  ndjson: "application/x-ndjson; charset=utf-8",
};

/** `format=` wins; else the Accept entry with the highest q among the formats offered; else JSON. */
export function chooseFormat(accept: string | undefined, format: Format | undefined): Format {
  if (format) return format;
  if (!accept) return "json";
  let best: { format: Format; q: number } | null = null;
  for (const entry of accept.split(",")) {
    const [type = "", ...params] = entry.split(";").map((s) => s.trim().toLowerCase());
    // Own keys only: `Accept: __proto__` or `constructor` must not find Object's members (a 500).
    const f = Object.hasOwn(MEDIA, type) ? MEDIA[type] : undefined;
    if (!f) continue;
    const qParam = params.find((p) => p.startsWith("q="));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!(q > 0)) continue;
    // Wildcards rank below an explicit type of the same q.
    const rank = type.includes("*") ? q - 1e-6 : q;
    if (!best || rank > best.q) best = { format: f, q: rank };
  }
  return best?.format ?? "json";
}

export function formatOf(request: FastifyRequest, format: Format | undefined): Format {
  return chooseFormat(request.headers.accept, format);
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export function csvRow(values: (string | number | null | undefined)[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** A column of a CSV export: its header name and how to read it from a row. */
export interface CsvColumn<T> {
  name: string;
  get: (row: T) => string | number | null | undefined;
}

/**
 * Characters per chunk of an export. A chunk this size is an ordinary young object that dies at the
 * next scavenge; a whole batch joined (~1.5 MB for 500 statements) went to V8's large-object space,
 * where it stayed until a full collection: at 4 exports a second the server's heap grew by ~150 MB.
 */
const CHUNK_CHARS = 32 * 1024;

/** Serialise batches of rows as CSV (with a header line) or NDJSON, in chunks of about CHUNK_CHARS. */
export function* exportChunks<T>(
  format: Exclude<Format, "json">,
  batches: Iterable<T[]>,
  columns: CsvColumn<T>[],
  toJson: (row: T) => unknown,
): Generator<string> {
  let chunk = format === "csv" ? csvRow(columns.map((c) => c.name)) : "";
  for (const batch of batches) {
    for (const row of batch) {
      chunk += format === "csv" ? csvRow(columns.map((c) => c.get(row))) : `${JSON.stringify(toJson(row))}\n`;
      if (chunk.length >= CHUNK_CHARS) {
        yield chunk;
        chunk = "";
      }
    }
  }
  if (chunk !== "") yield chunk;
}

/** Send a streamed export; `name` becomes the suggested file name. */
export function sendExport(
  reply: FastifyReply,
  format: Exclude<Format, "json">,
  name: string,
  chunks: Iterable<string>,
): FastifyReply {
  return reply
    .type(CONTENT_TYPES[format])
    .header("content-disposition", `attachment; filename="${name}.${format === "csv" ? "csv" : "ndjson"}"`)
    .send(Readable.from(chunks, { objectMode: false }));
}

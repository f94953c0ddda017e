import fc from "fast-check";
import type { FuzzOperation, FuzzParameter } from "./operations.js";
import { briefingText, encodeAny, headerText, hostileValue, RAW_ESCAPES, urlValue } from "./values.js";

/** One request as `inject` takes it. */
export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Real values read from the fuzzed app (ids, codes, cursors), so hostile requests reach deep code too. */
export interface Pools {
  /** By parameter name: valid values of that name (country codes, topic slugs, cursors, …). */
  byName: Record<string, string[]>;
  /** Valid path values by parameter name (`id` of statements and briefings, `code`). */
  pathIds: Record<string, string[]>;
  apiKey: string;
  /** A small valid briefing text to post. */
  briefing: string;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
const NAMES_NOBODY_DOCUMENTS = [
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "q[]",
  "a[b]",
  "",
  "%00",
  "LIMIT",
];

function queryName(op: FuzzOperation): fc.Arbitrary<string> {
  const names = op.parameters.filter((p) => p.in === "query").map((p) => p.name);
  return names.length > 0
    ? fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...names) },
        { weight: 1, arbitrary: fc.constantFrom(...NAMES_NOBODY_DOCUMENTS) },
      )
    : fc.constantFrom(...NAMES_NOBODY_DOCUMENTS);
}

function domainOf(p: FuzzParameter | undefined, pools: Pools): string[] {
  if (!p) return [];
  return [...p.known, ...(pools.byName[p.name] ?? [])];
}

/** Pairs of documented names with values of their domain: requests that pass validation and reach the database. */
function plausibleQuery(op: FuzzOperation, pools: Pools): fc.Arbitrary<string> {
  const params = op.parameters.filter((p) => p.in === "query" && domainOf(p, pools).length > 0);
  if (params.length === 0) return fc.constant("");
  const pair = fc
    .constantFrom(...params)
    .chain((p) => fc.constantFrom(...domainOf(p, pools)).map((v) => `${p.name}=${encodeAny(v)}`));
  return fc.array(pair, { maxLength: 4 }).map((pairs) => pairs.join("&"));
}

/** `name=value` pairs: documented names mostly, repeated sometimes, values valid or hostile. */
function hostileQuery(op: FuzzOperation, pools: Pools): fc.Arbitrary<string> {
  const pair = queryName(op).chain((name) => {
    const param = op.parameters.find((p) => p.in === "query" && p.name === name);
    const domain = domainOf(param, pools);
    const value = fc.oneof(
      {
        weight: domain.length > 0 ? 5 : 0,
        arbitrary: domain.length > 0 ? fc.constantFrom(...domain).map(encodeAny) : fc.constant(""),
      },
      { weight: 5, arbitrary: urlValue(domain) },
    );
    return fc.oneof(
      { weight: 12, arbitrary: value.map((v) => `${encodeAny(name)}=${v}`) },
      { weight: 1, arbitrary: fc.constant(encodeAny(name)) },
      { weight: 1, arbitrary: fc.constantFrom(...RAW_ESCAPES).map((e) => `${e}=${e}`) },
    );
  });
  return fc.array(pair, { maxLength: 6 }).map((pairs) => pairs.join("&"));
}

/** Half plausible (deep paths), half hostile (the edges of every parser). */
const queryString = (op: FuzzOperation, pools: Pools) =>
  fc.oneof(plausibleQuery(op, pools), hostileQuery(op, pools));

function pathValue(name: string, pools: Pools): fc.Arbitrary<string> {
  const valid = pools.pathIds[name] ?? [];
  return fc.oneof(
    {
      weight: valid.length > 0 ? 4 : 0,
      arbitrary: valid.length > 0 ? fc.constantFrom(...valid) : fc.constant("x"),
    },
    { weight: 5, arbitrary: urlValue(valid) },
    { weight: 1, arbitrary: fc.constantFrom("", "..", "../..", ".%2e", "%2F", "a/b", "//", "x".repeat(101)) },
  );
}

function path(op: FuzzOperation, pools: Pools): fc.Arbitrary<string> {
  const slots = [...op.path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1] ?? "*");
  return fc.tuple(...slots.map((name) => pathValue(name, pools))).map((values) => {
    let i = 0;
    return op.path.replace(/\{[^}]+\}/g, () => values[i++] ?? "");
  });
}

const ACCEPT = [
  "application/json",
  "text/csv",
  "application/x-ndjson",
  "*/*",
  "text/html",
  "application/xml",
  "text/csv;q=0, application/json",
  "application/json;q=abc",
  "application/problem+json",
  "__proto__",
  "constructor, text/csv",
  "",
];
const CONTENT_TYPES = [
  "text/plain",
  "text/plain; charset=utf-8",
  "text/plain; charset=latin1",
  "application/json",
  "application/json; charset=utf-16",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/octet-stream",
  "text/csv",
  "",
  ";",
  "text/plain;;;",
];

function headers(pools: Pools): fc.Arbitrary<Record<string, string>> {
  const key = pools.apiKey;
  return fc.record(
    {
      accept: fc.oneof(fc.constantFrom(...ACCEPT), headerText),
      "if-none-match": fc.oneof(fc.constantFrom("*", 'W/"x"', '"x"', "W/", ",,,"), headerText),
      authorization: fc.oneof(
        { weight: 3, arbitrary: fc.constant(`Bearer ${key}`) },
        {
          weight: 2,
          arbitrary: fc.constantFrom(
            "Bearer",
            "Bearer ",
            `Bearer ${key}x`,
            `bearer ${key}`,
            `Basic ${key}`,
            `Bearer  ${key} `,
            `Bearer ${key.slice(1)}`,
          ),
        },
        { weight: 1, arbitrary: headerText },
      ),
      "x-request-id": fc.oneof(fc.uuid(), headerText),
      origin: fc.oneof(fc.constantFrom("https://example.org", "null", "http://localhost:3000"), headerText),
      "access-control-request-method": fc.constantFrom(...METHODS, "get", "X"),
      "accept-encoding": fc.oneof(fc.constantFrom("gzip", "br", "*", "identity;q=0"), headerText),
      "accept-language": headerText,
      range: fc.constantFrom("bytes=0-10", "bytes=-1", "bytes=x"),
      cookie: headerText,
      "user-agent": headerText,
      "x-forwarded-for": fc.constantFrom("1.2.3.4", "::1", "garbage", "1.2.3.4, 5.6.7.8"),
    },
    { requiredKeys: [] },
  );
}

function body(pools: Pools): fc.Arbitrary<{ type?: string; payload?: string | Buffer }> {
  const text = fc.oneof(
    { weight: 3, arbitrary: fc.constant(pools.briefing) },
    { weight: 3, arbitrary: briefingText },
    { weight: 2, arbitrary: hostileValue() },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)) },
  );
  const field = fc.oneof(
    hostileValue(),
    fc.integer(),
    fc.constant(null),
    fc.boolean(),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.object({ maxDepth: 1 }),
  );
  const submission = fc
    .record(
      {
        text: fc.oneof(fc.constant(pools.briefing), field),
        date: fc.oneof(fc.constant("2024-05-01"), field),
        issuer: fc.oneof(fc.constantFrom("PK", "CN", "pakistan", "XX"), field),
        source: field,
        title: field,
        extra: field,
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o));
  const json = fc.oneof(
    { weight: 4, arbitrary: submission },
    { weight: 2, arbitrary: fc.json({ maxDepth: 3 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        "{",
        "[1,",
        '{"text":',
        "[".repeat(5_000),
        '{"__proto__":{"x":1},"text":"a"}',
        '{"constructor":{"prototype":{}}}',
        "null",
        '""',
        "",
      ),
    },
  );
  return fc.oneof(
    fc.constant({}),
    fc.record({ type: fc.constantFrom("text/plain", "text/plain; charset=utf-8"), payload: text }),
    fc.record({ type: fc.constant("application/json"), payload: json }),
    fc.record({ type: fc.constantFrom(...CONTENT_TYPES), payload: fc.oneof(text, json) }),
  );
}

/** A request for one operation: usually its own method, sometimes another one on the same path. */
export function requestFor(op: FuzzOperation, pools: Pools): fc.Arbitrary<FuzzRequest> {
  const method = fc.oneof(
    { weight: 9, arbitrary: fc.constant(op.method) },
    { weight: 1, arbitrary: fc.constantFrom(...METHODS) },
  );
  return fc
    .record({
      method,
      path: path(op, pools),
      query: queryString(op, pools),
      headers: headers(pools),
      body: body(pools),
    })
    .map(({ method, path, query, headers, body }) => {
      const request: FuzzRequest = {
        method,
        url: query ? `${path}?${query}` : path,
        headers: { ...headers },
      };
      if (method !== "GET" && method !== "HEAD" && body.payload !== undefined) {
        request.payload = body.payload;
        if (body.type !== undefined) request.headers["content-type"] = body.type;
      }
      return request;
    });
}

/** A request and the operation it was made for (`GET /statements/{id}`). */
export interface FuzzCase {
  operation: string;
  request: FuzzRequest;
}

/** Requests over every operation, each as likely as the others. */
export function anyRequest(operations: FuzzOperation[], pools: Pools): fc.Arbitrary<FuzzCase> {
  return fc.oneof(
    ...operations.map((op) =>
      requestFor(op, pools).map((request) => ({ operation: `${op.method} ${op.path}`, request })),
    ),
  );
}

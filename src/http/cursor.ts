import { invalidParameter } from "./http-problem.js";

/**
 * Cursors are opaque to clients: base64url JSON of a keyset position plus a kind tag, so a cursor
 * of one list is refused by another instead of silently paging the wrong thing.
 */
export function encodeCursor(kind: string, position: unknown): string {
  return Buffer.from(JSON.stringify({ kind, position }), "utf8").toString("base64url");
}

export function decodeCursor<T>(kind: string, cursor: string, isPosition: (p: unknown) => p is T): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    parsed = undefined;
  }
  const c = parsed as { kind?: unknown; position?: unknown } | undefined;
  if (!c || c.kind !== kind || !isPosition(c.position)) {
    throw invalidParameter("query.cursor", "is not a cursor returned by this list; start again without it");
  }
  return c.position;
}

/** Absolute URL of the next page: the same query with the new cursor (for the `Link` header). */
export function nextLink(url: string, next: string): string {
  const u = new URL(url, "http://podium.invalid");
  u.searchParams.set("cursor", next);
  return `<${u.pathname}${u.search}>; rel="next"`;
}

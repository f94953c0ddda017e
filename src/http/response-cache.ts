/**
 * Serialized 200 responses to GETs, keyed by their ETag. The ETag names the URL, the Accept header,
 * the process and the data generation (see etag.ts), so an entry is exactly the response the route
 * would build again, and entries of older generations are dropped when the data changes. Bounded by
 * bytes; least recently used entries go first. Serving a hit costs a hash and a map look-up, instead
 * of the queries, tag look-ups and JSON encoding of a list page.
 */
export interface CachedResponse {
  /** Encoded once, so a hit is written out without converting a string again. */
  body: Buffer;
  headers: Record<string, string>;
}

export function createResponseCache(maxBytes = 32 * 1024 * 1024, maxEntryBytes = 1024 * 1024) {
  const entries = new Map<string, CachedResponse>();
  let bytes = 0;
  let generation = "";

  const evictTo = (limit: number) => {
    for (const [key, e] of entries) {
      if (bytes <= limit) break;
      entries.delete(key);
      bytes -= e.body.length;
    }
  };

  return {
    get(tag: string, gen: string): CachedResponse | undefined {
      if (gen !== generation) {
        entries.clear();
        bytes = 0;
        generation = gen;
        return undefined;
      }
      const hit = entries.get(tag);
      if (hit) {
        entries.delete(tag);
        entries.set(tag, hit);
      }
      return hit;
    },
    set(tag: string, gen: string, response: CachedResponse): void {
      if (gen !== generation || response.body.length > maxEntryBytes || entries.has(tag)) return;
      evictTo(maxBytes - response.body.length);
      entries.set(tag, response);
      bytes += response.body.length;
    },
    get size() {
      return entries.size;
    },
  };
}

export type ResponseCache = ReturnType<typeof createResponseCache>;

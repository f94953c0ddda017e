/**
 * Serialized 200 responses to GETs, keyed by their ETag. The ETag names the URL, the Accept header,
 * the process and the data generation (see etag.ts), so an entry is exactly the response the route
 * would build again, and entries of older generations are dropped when the data changes. Bounded by
 * bytes; least recently used entries go first. Serving a hit costs a hash and a map look-up, instead
 * of the queries, tag look-ups and JSON encoding of a list page.
 *
 * A response is stored the second time it is built, not the first: most URLs are asked once (a
 * client walking dates, a crawler), and storing every one would push out the pages asked again and
 * again while turning each one-off body into long-lived garbage for the collector. Which tags were
 * built once is remembered, by tag only, for the last SEEN of them.
 */
export interface CachedResponse {
  /** Encoded once, so a hit is written out without converting a string again. */
  body: Buffer;
  headers: Record<string, string>;
}

export interface ResponseCacheOptions {
  maxBytes?: number;
  maxEntryBytes?: number;
  /** How many times a response is built before it is stored (1: the first time). */
  admitAfter?: 1 | 2;
}

const SEEN = 8192;

export function createResponseCache(options: ResponseCacheOptions = {}) {
  // 16 MB holds ~400 list pages of 40 KB: the pages asked again and again. It was 32 MB, resident
  // under any load, a seventh of the server's 250 MB budget at 1M statements.
  const { maxBytes = 16 * 1024 * 1024, maxEntryBytes = 1024 * 1024, admitAfter = 2 } = options;
  const entries = new Map<string, CachedResponse>();
  const seen = new Set<string>();
  let bytes = 0;
  let generation = "";

  const evictTo = (limit: number) => {
    for (const [key, e] of entries) {
      if (bytes <= limit) break;
      entries.delete(key);
      bytes -= e.body.length;
    }
  };

  /** True when `tag` was built before (and forget it: it is about to be stored). */
  const builtBefore = (tag: string): boolean => {
    if (seen.delete(tag)) return true;
    if (seen.size >= SEEN) seen.delete(seen.values().next().value as string);
    seen.add(tag);
    return false;
  };

  return {
    get(tag: string, gen: string): CachedResponse | undefined {
      if (gen !== generation) {
        entries.clear();
        seen.clear();
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
      if (admitAfter === 2 && !builtBefore(tag)) return;
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

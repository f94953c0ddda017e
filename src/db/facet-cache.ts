/**
 * A memo of derived results (counts, facets, rankings) that empties itself when the data generation
 * changes: a result is reused only while nothing has been written since it was computed, so it is
 * always exactly what recomputing would give. Bounded by an estimate of the bytes its values hold
 * (`sizeOf`), least recently used first out, so no mix of requests can grow it past `maxBytes`.
 */
export function createGenerationCache<T>(
  generation: () => string,
  options: { maxBytes?: number; sizeOf?: (value: T) => number } = {},
) {
  const { maxBytes = 4 * 1024 * 1024, sizeOf = () => 64 } = options;
  const entries = new Map<string, { value: T; bytes: number }>();
  let bytes = 0;
  let cachedFor = "";
  return (key: string, compute: () => T): T => {
    const gen = generation();
    if (gen !== cachedFor) {
      entries.clear();
      bytes = 0;
      cachedFor = gen;
    }
    const hit = entries.get(key);
    if (hit !== undefined) {
      // Refresh recency: Map keeps insertion order, so the oldest entry is evicted first.
      entries.delete(key);
      entries.set(key, hit);
      return hit.value;
    }
    const value = compute();
    const size = sizeOf(value) + key.length * 2;
    if (size > maxBytes) return value;
    for (const [k, e] of entries) {
      if (bytes + size <= maxBytes) break;
      entries.delete(k);
      bytes -= e.bytes;
    }
    entries.set(key, { value, bytes: size });
    bytes += size;
    return value;
  };
}

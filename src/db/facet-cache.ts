/**
 * A bounded memo of derived results (counts, facets, timelines, rankings) that empties itself when
 * the data generation changes: a result is reused only while nothing has been written since it was
 * computed, so it is always exactly what recomputing would give.
 */
export function createGenerationCache<T>(generation: () => string, max = 256) {
  const entries = new Map<string, T>();
  let cachedFor = "";
  return (key: string, compute: () => T): T => {
    const gen = generation();
    if (gen !== cachedFor) {
      entries.clear();
      cachedFor = gen;
    }
    const hit = entries.get(key);
    if (hit !== undefined) {
      // Refresh recency: Map keeps insertion order, so the oldest entry is evicted first.
      entries.delete(key);
      entries.set(key, hit);
      return hit;
    }
    const value = compute();
    if (entries.size >= max) entries.delete(entries.keys().next().value as string);
    entries.set(key, value);
    return value;
  };
}

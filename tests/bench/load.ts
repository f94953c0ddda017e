import { completion, spawnTs } from "./child.js";
import type { LoadRequest, LoadResult } from "./load-result.js";
import { childScripts } from "./paths.js";

/** Run autocannon against one URL from a separate process. */
export async function runLoad(req: LoadRequest): Promise<LoadResult> {
  const out = await completion(spawnTs(childScripts.loadWorker, [JSON.stringify(req)]), `load on ${req.url}`);
  return JSON.parse(out) as LoadResult;
}

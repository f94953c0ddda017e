import { parentPort } from "node:worker_threads";
import { type PrepareOptions, prepareBriefing } from "./prepare-briefing.js";
import { serializeError } from "./prepare-pool.js";

/** Worker thread entry: prepares (splits, tags, identifies) briefings sent by a PreparePool. */
export interface PrepareRequest {
  id: number;
  text: string;
  options: PrepareOptions;
}

parentPort?.on("message", ({ id, text, options }: PrepareRequest) => {
  try {
    parentPort?.postMessage({ id, prepared: prepareBriefing(text, options) });
  } catch (err) {
    parentPort?.postMessage({ id, error: serializeError(err) });
  }
});

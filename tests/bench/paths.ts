import { fileURLToPath } from "node:url";

/** Every path the benchmark uses, resolved from this file so any cwd works. */
export const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
/** The shared corpus sits next to the repository, never inside it. */
export const corpusDir = fileURLToPath(new URL("../../../shared/corpus", import.meta.url));
/** Built databases and the private server build live here (gitignored). */
export const cacheDir = fileURLToPath(new URL("./.cache/", import.meta.url));
export const benchDir = fileURLToPath(new URL("./", import.meta.url));

/** Scripts run as separate processes (so their CPU and memory stay out of the measured process). */
export const childScripts = {
  buildDb: fileURLToPath(new URL("./build-db.ts", import.meta.url)),
  ceilingServer: fileURLToPath(new URL("./ceiling-server.ts", import.meta.url)),
  loadWorker: fileURLToPath(new URL("./load-worker.ts", import.meta.url)),
};

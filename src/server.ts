import { getHeapStatistics } from "node:v8";
import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.js";
import { ConfigError, parseConfig } from "./config.js";
import { loadSeeds } from "./ingest/load-seeds.js";
import { defaultSeedsDir } from "./package-paths.js";

/** Entry point: read the environment once, load seeds not yet stored, listen, and stop cleanly. */
async function main(): Promise<void> {
  let config: ReturnType<typeof parseConfig>;
  try {
    config = parseConfig(process.env, {
      seedsDir: defaultSeedsDir,
      heapLimitBytes: getHeapStatistics().heap_size_limit,
    });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(2);
    }
    throw err;
  }
  const app = await buildApp(config);
  if (config.seedsDir) {
    const loaded = loadSeeds(app.podium.ingest, config.seedsDir);
    const created = loaded.filter((r) => r.created);
    app.log.info(
      {
        dir: config.seedsDir,
        files: loaded.length,
        stored: created.length,
        statements: created.reduce((n, r) => n + r.statements, 0),
      },
      "seed briefings loaded",
    );
  }
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, "shutting down after an error");
    else app.log.info({ signal }, "shutting down");
    await app.close();
  });
  await app.listen({ host: config.host, port: config.port });
}

await main();

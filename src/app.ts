import Fastify, { type FastifyInstance } from "fastify";
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { Config } from "./config.js";
import { createBriefingRepository } from "./db/briefing-repository.js";
import { createBriefingStore } from "./db/briefing-store.js";
import { createHealthRepository } from "./db/health-repository.js";
import { openDatabase, type PodiumDb } from "./db/open-database.js";
import { createReferenceRepository } from "./db/reference-repository.js";
import { createStatementRepository, type StatementRepository } from "./db/statement-repository.js";
import { frameworkErrors, registerErrorHandlers } from "./http/error-handler.js";
import { registerEtags } from "./http/etag.js";
import { createIngestService, type IngestService } from "./ingest/ingest-service.js";
import { registerHardening } from "./plugins/hardening.js";
import { loggerOptions } from "./plugins/logger.js";
import { registerOpenApi } from "./plugins/openapi.js";
import { serverOptions } from "./plugins/server-options.js";
import { briefingWriteRoutes } from "./routes/briefing-writes.js";
import { briefingRoutes } from "./routes/briefings.js";
import { healthRoutes } from "./routes/health.js";
import { referenceRoutes } from "./routes/reference.js";
import { statementRoutes } from "./routes/statements.js";
import { timelineRoutes } from "./routes/timeline.js";

declare module "fastify" {
  interface FastifyInstance {
    podium: { db: PodiumDb; ingest: IngestService; statements: StatementRepository };
  }
}

/**
 * Build the whole application on the configured database. Never listens: server.ts does, and
 * tests use `inject` or supertest on `app.server`. Closing the app closes the database.
 * `logStream` receives the JSON log lines instead of stdout (tests read them).
 */
export async function buildApp(
  config: Config,
  options: { logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config, options.logStream),
    ...serverOptions(config),
    frameworkErrors,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandlers(app);
  await registerHardening(app, config);

  const db = openDatabase(config.databasePath);
  // onClose hooks run once the server has finished every in-flight request (Fastify closes it first).
  app.addHook("onClose", async () => {
    db.close();
    app.log.info("database closed");
  });
  const statements = createStatementRepository(db);
  // Build the facet snapshot (a worker thread) once the server answers, not while it starts up.
  app.addHook("onListen", async () => {
    statements.facets.snapshot();
  });
  registerEtags(app, statements.generation);
  const store = createBriefingStore(db);
  const ingest = createIngestService(store);
  app.decorate("podium", { db, ingest, statements });

  await registerOpenApi(app);
  await app.register(statementRoutes(statements));
  const briefings = createBriefingRepository(db);
  await app.register(briefingRoutes(briefings, statements));
  await app.register(
    briefingWriteRoutes({
      ingest,
      store,
      briefings,
      statements,
      apiKey: config.apiKey,
      bodyLimit: config.bodyLimit,
    }),
  );
  await app.register(referenceRoutes(createReferenceRepository(), statements));
  await app.register(timelineRoutes(statements));
  await app.register(healthRoutes(createHealthRepository(db)));
  return app;
}

import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { SECURITY_SCHEMES } from "../http/auth.js";
import { polishOpenApi } from "./openapi-polish.js";
import { withoutUpgradeInsecureRequests } from "./security-headers.js";

export const API_VERSION = "1.0.0";

/**
 * OpenAPI 3.1 generated from the routes' zod schemas (the one source of validation, types and
 * docs), served at /openapi.json, with a Swagger UI at /docs whose assets are all served locally.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Podium API",
        version: API_VERSION,
        description:
          "Statements from government press briefings, split from briefing texts and tagged with the " +
          "countries, regions and topics they concern — every tag with the evidence that produced it. " +
          "Every error is `application/problem+json` (RFC 9457). Every GET answers with a weak `ETag` (it " +
          "changes with any write) and `Cache-Control: no-cache`: send the tag back as `If-None-Match` to get " +
          "`304 Not Modified`. Lists share one envelope, `{ data, next, count?, facets? }`; list pages carry a " +
          '`Link: <…>; rel="next"` header, and `Accept: text/csv` or `application/x-ndjson` streams a whole list.',
        license: {
          name: "Topic codes: IPTC Media Topics, CC BY 4.0",
          url: "https://iptc.org/standards/media-topics/",
        },
      },
      tags: [
        {
          name: "statements",
          description: "What spokespeople said, filtered by country, region, topic and date.",
        },
        { name: "briefings", description: "The briefings statements come from, with their full text." },
        {
          name: "reference data",
          description: "Countries, regions and topics that statements are tagged with, and how often.",
        },
        {
          name: "ingest",
          description:
            "Store and delete briefings. Needs the server's API key: press **Authorize** and enter it as the " +
            "bearer token.",
        },
        { name: "health", description: "Liveness and database state." },
      ],
      // Relative: the document describes whichever host serves it (Try it out calls that same server).
      servers: [{ url: "/", description: "This server" }],
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: jsonSchemaTransform,
    transformObject: polishOpenApi,
  });
  await app.register(swaggerUi, {
    routePrefix: "/docs",
    uiConfig: { docExpansion: "list", deepLinking: true, tryItOutEnabled: false },
    staticCSP: true,
    transformStaticCSP: withoutUpgradeInsecureRequests,
  });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}

import helmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/**
 * Helmet's security headers on every answer (nosniff, frame-ancestors, referrer policy, HSTS, a CSP),
 * with two changes for a public read API that also serves its docs page over plain HTTP:
 * - no `upgrade-insecure-requests`: behind no TLS (a container on a LAN address) it would send the
 *   docs page's own scripts to an https:// port that does not exist;
 * - `Cross-Origin-Resource-Policy: cross-origin`: other sites may load the data (CORS decides reads).
 * The docs page (/docs) answers with Swagger UI's own CSP, which hashes its inline scripts; it loses
 * its `upgrade-insecure-requests` the same way (withoutUpgradeInsecureRequests).
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: { directives: { "upgrade-insecure-requests": null } },
    crossOriginResourcePolicy: { policy: "cross-origin" },
  });
}

/** Swagger UI's CSP without `upgrade-insecure-requests` (see above), for its `transformStaticCSP`. */
export function withoutUpgradeInsecureRequests(csp: string): string {
  return csp
    .split(";")
    .map((directive) => directive.trim())
    .filter((directive) => directive !== "" && directive !== "upgrade-insecure-requests")
    .join("; ");
}

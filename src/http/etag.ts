import { createHash, randomBytes } from "node:crypto";
import type { FastifyInstance, FastifyReply } from "fastify";
import { createResponseCache } from "./response-cache.js";

/**
 * ETags and conditional GETs for every GET (and HEAD). A response is a function of the URL, the
 * Accept header, the code and the data; the ETag names all four without building the response:
 * a per-process id (new code gets new tags), the data generation (see data-generation.ts; it
 * changes on every write, in this process or another) and a hash of URL and Accept. A request whose
 * If-None-Match holds the current tag is answered 304 before any query runs.
 *
 * `Cache-Control: no-cache` lets any cache store a response but makes it revalidate each time, so a
 * client never shows data older than the last write and pays only a 304 when nothing changed. The
 * server keeps recent serialized responses by the same tag (response-cache.ts), so a repeated GET
 * is answered without running its queries either.
 */
export const CACHE_CONTROL = "no-cache";

declare module "fastify" {
  interface FastifyRequest {
    etag?: string;
    /** The data generation the ETag was made from. */
    generation?: string;
  }
}

/** Response headers a cached response replays (the ETag and caching headers are set anew). */
const REPLAYED = ["content-type", "link", "content-disposition"];

const hash = (s: string) => createHash("sha1").update(s).digest("base64url").slice(0, 16);

/** True when an If-None-Match header lists `tag` (weak comparison, RFC 9110 §13.1.2). */
export function matchesEtag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = tag.replace(/^W\//, "");
  return ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === opaque);
}

/** Add Accept to Vary, keeping what is there (CORS's Origin when CORS_ORIGINS lists origins). */
function varyOnAccept(reply: FastifyReply): FastifyReply {
  const vary = String(reply.getHeader("vary") ?? "");
  if (!/(?:^|,)\s*accept\s*(?:,|$)/i.test(vary)) reply.header("vary", vary ? `${vary}, Accept` : "Accept");
  return reply;
}

export function registerEtags(
  app: FastifyInstance,
  generation: () => string,
  cache = createResponseCache(),
): void {
  const boot = randomBytes(4).toString("hex");
  app.decorateRequest("etag", undefined);
  app.decorateRequest("generation", undefined);
  const caching = (tag: string) => ({ etag: tag, "cache-control": CACHE_CONTROL });

  app.addHook("onRequest", async (request, reply) => {
    if (request.method !== "GET" && request.method !== "HEAD") return;
    let gen: string;
    try {
      gen = generation();
    } catch {
      return; // The database cannot be read: let the route answer (health says 503).
    }
    const tag = `W/"${boot}.${gen}.${hash(`${request.url}\n${request.headers.accept ?? ""}`)}"`;
    request.etag = tag;
    request.generation = gen;
    if (matchesEtag(request.headers["if-none-match"], tag))
      return varyOnAccept(reply).code(304).headers(caching(tag)).send();
    const hit = request.method === "GET" ? cache.get(tag, gen) : undefined;
    if (hit)
      return varyOnAccept(reply)
        .code(200)
        .headers({ ...hit.headers, ...caching(tag) })
        .send(hit.body);
  });

  app.addHook("onSend", async (request, reply, payload) => {
    const tag = request.etag;
    if (tag && reply.statusCode === 200 && !reply.hasHeader("etag")) {
      reply.header("etag", tag);
      if (!reply.hasHeader("cache-control")) reply.header("cache-control", CACHE_CONTROL);
      varyOnAccept(reply);
      // Keep serialized bodies (JSON pages, small lists); streamed exports are not kept.
      const body = typeof payload === "string" || Buffer.isBuffer(payload) ? payload : null;
      if (request.method === "GET" && body !== null && request.generation) {
        const headers: Record<string, string> = {};
        for (const name of REPLAYED) {
          const value = reply.getHeader(name);
          if (typeof value === "string") headers[name] = value;
        }
        cache.set(tag, request.generation, {
          body: typeof body === "string" ? Buffer.from(body) : body,
          headers,
        });
      }
    }
    return payload;
  });
}

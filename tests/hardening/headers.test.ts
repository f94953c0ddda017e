import { createHash } from "node:crypto";
import type { AddressInfo } from "node:net";
import { networkInterfaces } from "node:os";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, launchChromium } from "../browser/chromium.js";
import { buildTestApp } from "../support/app.js";

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: true });
});
afterAll(() => app.close());

const SECURITY_HEADERS = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "SAMEORIGIN",
  "referrer-policy": "no-referrer",
  "strict-transport-security": "max-age=31536000; includeSubDomains",
  "cross-origin-resource-policy": "cross-origin",
  "cross-origin-opener-policy": "same-origin",
};

describe("security headers", () => {
  it("are on every kind of answer: pages, problems, 304s, cached answers, exports and the spec", async () => {
    const page = await app.inject({ url: "/statements?country=AF" });
    const answers = [
      page,
      await app.inject({ url: "/statements?country=AF" }),
      await app.inject({
        url: "/statements?country=AF",
        headers: { "if-none-match": String(page.headers.etag) },
      }),
      await app.inject({ url: "/statements?country=XX" }),
      await app.inject({ url: "/nowhere" }),
      await app.inject({ url: "/statements?format=csv" }),
      await app.inject({ url: "/openapi.json" }),
      await app.inject({
        method: "POST",
        url: "/briefings",
        headers: { "content-type": "text/plain" },
        payload: "x",
      }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 304, 400, 404, 200, 200, 403]);
    for (const answer of answers) {
      expect(answer.headers).toMatchObject(SECURITY_HEADERS);
      expect(answer.headers["content-security-policy"]).toMatch(/default-src 'self'/);
      expect(answer.headers["content-security-policy"]).not.toMatch(/upgrade-insecure-requests/);
    }
  });
});

describe("the docs page under its Content Security Policy", () => {
  it("loads only its own scripts and styles, each allowed by the CSP and served", async () => {
    const res = await app.inject({ url: "/docs/" });
    expect(res.statusCode).toBe(200);
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/upgrade-insecure-requests/);
    const html = res.body;
    const assets = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+)"/g)].map(
      (m) => m[1] ?? "",
    );
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const asset of assets) {
      expect(asset).not.toMatch(/^(?:https?:)?\/\//);
      const loaded = await app.inject({ url: new URL(asset, "http://podium.invalid/docs/").pathname });
      expect(loaded.statusCode, asset).toBe(200);
      expect(String(loaded.headers["content-type"])).toMatch(/javascript|css|image/);
    }
    // An inline script runs only when the CSP lists its hash.
    for (const [, inline] of html.matchAll(/<script(?![^>]*\ssrc)[^>]*>([\s\S]*?)<\/script>/g)) {
      const hash = createHash("sha256")
        .update(inline ?? "")
        .digest("base64");
      expect(csp).toContain(`'sha256-${hash}'`);
    }
  });

  const lanAddress = Object.values(networkInterfaces())
    .flat()
    .find((a) => a && a.family === "IPv4" && !a.internal)?.address;

  describe.skipIf(!hasChromium || !lanAddress)(
    "in headless Chromium on a plain-HTTP address other than localhost (a container on a LAN)",
    () => {
      it("renders every operation with no request failed or blocked", async () => {
        const served = await buildTestApp({ seed: false });
        await served.listen({ host: lanAddress, port: 0 });
        const browser = await launchChromium();
        try {
          const page = await browser.newPage();
          const failed: string[] = [];
          page.on("requestfailed", (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
          await page.goto(`http://${lanAddress}:${(served.server.address() as AddressInfo).port}/docs/`);
          await page.locator(".opblock").first().waitFor({ timeout: 15_000 });
          expect(await page.locator(".opblock").count()).toBeGreaterThanOrEqual(14);
          expect(failed).toEqual([]);
        } finally {
          await browser.close();
          await served.close();
        }
      }, 60_000);
    },
  );
});

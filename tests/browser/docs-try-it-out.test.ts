import { mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { packageRoot } from "../../src/package-paths.js";
import { buildTestApp } from "../support/app.js";
import { hasChromium, launchChromium, NO_CHROMIUM } from "./chromium.js";

const ARTIFACTS = join(packageRoot, "tests", "artifacts");
const KEY = "browser-test-key-0123456789";

if (!hasChromium) console.warn(`tests/browser: ${NO_CHROMIUM}`);

describe.skipIf(!hasChromium)(
  `the docs page in headless Chromium${hasChromium ? "" : ` (${NO_CHROMIUM})`}`,
  () => {
    let app: FastifyInstance;
    let base: string;
    let browser: Browser;
    let page: Page;
    // What the page's Content Security Policy blocked: a blocked script or fetch breaks Try it out. (One
    // blocked style is expected: the inline <style> of Swagger UI's own logo, which only colours the logo.)
    const blocked: string[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      app = await buildTestApp({ seed: true, config: { apiKey: KEY } });
      await app.listen({ host: "127.0.0.1", port: 0 });
      base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      page.setDefaultTimeout(10_000);
      // Runs in the page (a string: this project's TypeScript has no DOM library).
      await page.addInitScript(
        "document.addEventListener('securitypolicyviolation', (e) => " +
          "console.warn('csp-violation ' + e.effectiveDirective + ' ' + e.blockedURI));",
      );
      page.on("console", (m) => {
        if (m.text().startsWith("csp-violation")) blocked.push(m.text());
      });
      page.on("pageerror", (err) => pageErrors.push(err.message));
      await page.goto(`${base}/docs/`);
    });

    /** The parameters of `url` other than `typed`, each paired with its documented default. */
    async function defaultsSentBesides(url: URL, typed: string): Promise<[string, string][]> {
      const doc = (await (await fetch(`${base}/openapi.json`)).json()) as {
        paths: Record<string, { get: { parameters: { name: string; schema: { default?: unknown } }[] } }>;
      };
      const defaults = new Map(
        (doc.paths[url.pathname]?.get.parameters ?? []).map((p) => [p.name, String(p.schema.default)]),
      );
      return [...url.searchParams.keys()]
        .filter((k) => k !== typed)
        .map((k) => [k, defaults.get(k) ?? "(none)"]);
    }

    afterAll(async () => {
      await browser?.close();
      await app?.close();
    });

    it("tries GET /statements with country=AF: the response panel shows 200 and statements tagged AF", async () => {
      const op = page.locator("#operations-statements-listStatements");
      await op.waitFor().catch((err: Error) => {
        const why = { blocked, pageErrors };
        throw new Error(`/docs did not show GET /statements (${JSON.stringify(why)}): ${err.message}`);
      });
      await op.locator(".opblock-summary").first().click();
      await op.getByRole("button", { name: "Try it out" }).click();
      await op.locator('tr[data-param-name="country"] input').fill("AF");
      await op.getByRole("button", { name: "Execute" }).click();

      const response = op.locator(".live-responses-table .response").first();
      await response.waitFor();
      // Only what was typed, and the defaults Swagger UI fills in (the same values the server assumes).
      const sent = new URL((await op.locator(".request-url pre").textContent()) ?? "");
      expect(sent.pathname).toBe("/statements");
      expect([...sent.searchParams]).toEqual([
        ["country", "AF"],
        ...(await defaultsSentBesides(sent, "country")),
      ]);
      expect((await response.locator(".response-col_status").textContent())?.trim()).toBe("200");
      const body = JSON.parse(
        (await response.locator(".response-col_description pre").first().textContent()) ?? "",
      );
      const countries = (body.data as { countries: { code: string }[] }[]).map((s) =>
        s.countries.map((c) => c.code),
      );
      expect(countries.length).toBeGreaterThan(0);
      for (const codes of countries) expect(codes).toContain("AF");

      mkdirSync(ARTIFACTS, { recursive: true });
      await op.screenshot({ path: join(ARTIFACTS, "docs-try-it-out.png") });
      expect({
        blocked: blocked.filter((b) => !b.startsWith("csp-violation style-src")),
        pageErrors,
      }).toEqual({
        blocked: [],
        pageErrors: [],
      });
    });

    it("authorizes with the bearer key and stores a briefing with POST /briefings: 201", async () => {
      await page.locator(".auth-wrapper .authorize").click();
      const dialog = page.locator(".modal-ux");
      await dialog.locator("input").fill(KEY);
      await dialog.locator(".modal-btn.authorize").click();
      await dialog.locator(".modal-btn.btn-done").click();

      const op = page.locator("#operations-ingest-ingestBriefing");
      await op.locator(".opblock-summary").first().click();
      await op.getByRole("button", { name: "Try it out" }).click();
      await op.getByRole("button", { name: "Execute" }).click();

      const response = op.locator(".live-responses-table .response").first();
      await response.waitFor();
      expect((await response.locator(".response-col_status").textContent())?.trim()).toBe("201");
      const curl = (await op.locator(".curl-command").textContent()) ?? "";
      expect(curl).toContain(`Authorization: Bearer ${KEY}`);
      await op.screenshot({ path: join(ARTIFACTS, "docs-authorize-post.png") });
    });
  },
);

import { buildApp } from "./app.js";
import { testConfig } from "./config.js";

/** The OpenAPI document exactly as the running service serves it at /openapi.json, as committed text. */
export async function renderOpenApiDocument(): Promise<string> {
  const app = await buildApp(testConfig());
  try {
    await app.ready();
    return `${JSON.stringify(app.swagger(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

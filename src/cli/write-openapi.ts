import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderOpenApiDocument } from "../openapi-document.js";
import { packageRoot } from "../package-paths.js";

// `npm run openapi`: regenerate the committed openapi/openapi.json (a test fails when it drifts).
const path = join(packageRoot, "openapi", "openapi.json");
writeFileSync(path, await renderOpenApiDocument());
console.log(`wrote ${path}`);

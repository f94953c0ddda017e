import { readFileSync, writeFileSync } from "node:fs";
import { renderClientTypes } from "./index.js";

// `npm run openapi:client`: regenerate the committed openapi/podium-api.d.ts from openapi/openapi.json
// (tests/client/client-types.test.ts fails when it is stale).
const document = new URL("../openapi.json", import.meta.url);
const types = new URL("../podium-api.d.ts", import.meta.url);
writeFileSync(types, await renderClientTypes(readFileSync(document, "utf8")));
console.log(`wrote ${types.pathname}`);

import openapiTS, { astToString, COMMENT_HEADER } from "openapi-typescript";

/**
 * The client types of an OpenAPI document, as openapi-typescript prints them. Runs here, inside this
 * package, because openapi-typescript builds its output with the TypeScript 5 compiler API, which the
 * project's own TypeScript 7 (native, no JS API) does not have: this package's dependencies give it its own.
 */
export async function renderClientTypes(documentText) {
  const ast = await openapiTS(documentText, { silent: true });
  return COMMENT_HEADER + astToString(ast);
}

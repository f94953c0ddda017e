/** The client types of an OpenAPI document (its JSON text), as openapi-typescript prints them. */
export function renderClientTypes(documentText: string): Promise<string>;

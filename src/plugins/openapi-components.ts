const PREFIX = "#/components/schemas/";

/** Every `$ref` string below `node`, passed to `visit`, which may return a replacement. */
function eachRef(node: unknown, visit: (ref: string) => string | undefined): void {
  if (Array.isArray(node)) {
    for (const item of node) eachRef(item, visit);
  } else if (node && typeof node === "object") {
    const record = node as Record<string, unknown>;
    for (const [key, value] of Object.entries(record)) {
      if (key === "$ref" && typeof value === "string") record[key] = visit(value) ?? value;
      else eachRef(value, visit);
    }
  }
}

/** Names of the component schemas the operations reach, directly or through other schemas. */
function reachable(paths: unknown, schemas: Record<string, unknown>): Set<string> {
  const seen = new Set<string>();
  const queue: unknown[] = [paths];
  while (queue.length > 0) {
    eachRef(queue.pop(), (ref) => {
      const name = ref.startsWith(PREFIX) ? ref.slice(PREFIX.length) : "";
      if (name && !seen.has(name) && schemas[name] !== undefined) {
        seen.add(name);
        queue.push(schemas[name]);
      }
      return undefined;
    });
  }
  return seen;
}

/**
 * zod registers an input and an output variant of a schema that a request uses ("X" and "XInput").
 * Where only the input variant is used (a request body), it takes the plain name, so clients see
 * `BriefingSubmission`, not `BriefingSubmissionInput`; components no operation reaches are dropped, so
 * the document lists what exists.
 */
export function renameInputTwins(doc: {
  paths?: unknown;
  components?: { schemas?: Record<string, unknown> };
}) {
  const schemas = doc.components?.schemas;
  if (!schemas) return;
  const used = reachable(doc.paths, schemas);
  const renames = new Map<string, string>();
  for (const name of used) {
    const plain = name.endsWith("Input") ? name.slice(0, -"Input".length) : "";
    if (plain && !used.has(plain)) renames.set(name, plain);
  }
  for (const name of Object.keys(schemas)) {
    if (!used.has(name)) delete schemas[name];
  }
  for (const [from, to] of renames) {
    schemas[to] = schemas[from];
    delete schemas[from];
  }
  if (renames.size === 0) return;
  const rewrite = (ref: string) => {
    const to = renames.get(ref.slice(PREFIX.length));
    return ref.startsWith(PREFIX) && to ? PREFIX + to : undefined;
  };
  eachRef(doc.paths, rewrite);
  eachRef(schemas, rewrite);
}

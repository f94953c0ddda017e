import { Writable } from "node:stream";

/** A log destination for `buildApp(config, { logStream })` that keeps every JSON line, parsed. */
export function captureLogs(): { stream: Writable; lines: Record<string, unknown>[]; text: () => string } {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) {
        raw.push(line);
        lines.push(JSON.parse(line) as Record<string, unknown>);
      }
      done();
    },
  });
  return { stream, lines, text: () => raw.join("\n") };
}

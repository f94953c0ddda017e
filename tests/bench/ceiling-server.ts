/**
 * Child process: the ceiling. A bare Fastify server answering one route with a precomputed body (the
 * bytes of case 2's response), so the gap to it is what Podium spends on validation, SQL and serialising.
 * Usage: tsx tests/bench/ceiling-server.ts --body FILE --port N   (prints "listening" when ready)
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import Fastify from "fastify";

const { values } = parseArgs({ options: { body: { type: "string" }, port: { type: "string" } } });
if (!values.body || !values.port) {
  console.error("usage: ceiling-server.ts --body FILE --port N");
  process.exit(2);
}
const body = readFileSync(values.body);
const app = Fastify({ logger: false });
app.get("/ceiling", async (_request, reply) => reply.type("application/json; charset=utf-8").send(body));
await app.listen({ host: "127.0.0.1", port: Number(values.port) });
console.log("listening");
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}

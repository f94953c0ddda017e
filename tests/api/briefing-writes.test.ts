import { request as httpRequest, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareBriefing, sha256 } from "../../src/ingest/prepare-briefing.js";
import { problemSchema } from "../../src/schemas/problem.js";
import { syntheticBriefing } from "../cli/cli-support.js";
import { buildTestApp, seedText } from "../support/app.js";

const KEY = "test-key-0123456789abcdef";
const bearer = `Bearer ${KEY}`;
const text = (n: number) =>
  `date 2024-05-0${n} ISLAMABAD: The Foreign Office spokesperson said on Thursday that Pakistan welcomed talks with Iran (${n}).`;

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ seed: false, config: { apiKey: KEY, bodyLimit: 64 * 1024 } });
});
afterAll(() => app.close());

const counts = () =>
  app.podium.db.sqlite
    .prepare(
      "SELECT (SELECT count(*) FROM briefing) AS b, (SELECT count(*) FROM statement) AS s, (SELECT count(*) FROM statement_tag) AS t",
    )
    .get() as { b: number; s: number; t: number };

const post = () => request(app.server).post("/briefings");

/** A 4xx answer that is a problem naming what was wrong, with nothing stored. */
async function expectRefused(res: request.Response, status: number, detail: string, before = counts()) {
  expect(res.status).toBe(status);
  expect(res.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
  expect(problemSchema.strict().parse(res.body)).toMatchObject({ status, detail });
  expect(counts()).toEqual(before);
}

describe("POST /briefings", () => {
  it("stores a text/plain briefing file: 201 with the briefing and its statements, as GET returns it", async () => {
    const res = await post().set("authorization", bearer).type("text/plain").send(seedText).expect(201);
    const id = sha256(seedText).slice(0, 16);
    expect(res.headers.location).toBe(`/briefings/${id}`);
    const get = await request(app.server).get(`/briefings/${id}`).expect(200);
    expect(res.body).toEqual(get.body);
    expect(res.body).toMatchObject({ id, text: seedText, source: "api" });
    expect(res.body.statements.map((s: { id: string }) => s.id)).toEqual(
      prepareBriefing(seedText, { source: "api" }).statements.map((s) => s.id),
    );
  });

  it("answers 200 with the stored briefing when the same text comes again, storing nothing", async () => {
    const before = counts();
    const first = await request(app.server).get(`/briefings/${sha256(seedText).slice(0, 16)}`);
    const again = await post().set("authorization", bearer).type("text/plain").send(seedText).expect(200);
    expect(again.headers.location).toBeUndefined();
    expect(again.body).toEqual(first.body);
    expect(counts()).toEqual(before);
    const asJson = await post()
      .set("authorization", bearer)
      .send({ text: seedText, source: "elsewhere" })
      .expect(200);
    expect(asJson.body.source).toBe("api");
  });

  it("stores JSON with a date for a text without header (prepended), an issuer, source and title", async () => {
    const body = "ISLAMABAD: The spokesperson said Pakistan and China would continue their consultations.";
    const res = await post()
      .set("authorization", bearer)
      .send({
        text: body,
        date: "2024-06-01",
        issuer: "cn",
        source: "https://example.org/b",
        title: "My title",
      })
      .expect(201);
    expect(res.body).toMatchObject({
      text: `date 2024-06-01 ${body}`,
      date: "2024-06-01",
      issuer: "CN",
      source: "https://example.org/b",
      title: "My title",
      contentHash: sha256(`date 2024-06-01 ${body}`),
    });
    for (const s of res.body.statements) expect(s.text).toBe(res.body.text.slice(s.start, s.end));
    // The same text and date again is the same briefing.
    await post().set("authorization", bearer).send({ text: body, date: "2024-06-01" }).expect(200);
  });

  it("accepts text/plain with a UTF-8 charset", async () => {
    await post()
      .set("authorization", bearer)
      .set("content-type", "text/plain; charset=UTF-8")
      .send(text(1))
      .expect(201);
  });
});

describe("POST /briefings refuses bad input with a problem naming it, storing nothing", () => {
  const binary = Buffer.from([0x64, 0x61, 0x74, 0x65, 0x00, 0xff]);
  const latin1 = Buffer.from("date 2024-05-01 Islamabad caf\xe9", "latin1");
  const cases: [string, (r: request.Test) => request.Test, number, string][] = [
    ["an empty text/plain body", (r) => r.type("text/plain").send(""), 400, "body: is empty"],
    ["an empty JSON text", (r) => r.send({ text: " \n" }), 400, "body.text: is empty"],
    [
      "an empty JSON body",
      (r) => r.type("application/json").send(""),
      400,
      "body: is empty; send a JSON object { text, … }",
    ],
    [
      "a text/plain text without date header",
      (r) => r.type("text/plain").send("ISLAMABAD: the spokesperson said."),
      400,
      "body: the text does not start with a 'date YYYY-MM-DD' header line and no date was given",
    ],
    [
      "a JSON text without date header or date",
      (r) => r.send({ text: "ISLAMABAD: the spokesperson said." }),
      400,
      "body.date: the text does not start with a 'date YYYY-MM-DD' header line and no date was given",
    ],
    [
      "a date contradicting the header",
      (r) => r.send({ text: text(2), date: "2024-01-01" }),
      400,
      "body.date: 2024-01-01 contradicts the text's header date 2024-05-02",
    ],
    [
      "a malformed date",
      (r) => r.send({ text: "x", date: "2024-02-30" }),
      400,
      "body.date: must be a calendar date written YYYY-MM-DD",
    ],
    [
      "binary data (NUL bytes)",
      (r) => r.type("text/plain").send(binary),
      400,
      "body: contains a NUL byte at offset 4: binary data is not a briefing",
    ],
    [
      "invalid UTF-8",
      (r) => r.type("text/plain").send(latin1),
      400,
      "body: is not valid UTF-8 text; convert it to UTF-8 first",
    ],
    [
      "a NUL character escaped in JSON",
      (r) => r.send({ text: "date 2024-05-01 a\u0000b" }),
      400,
      "body.text: contains a NUL character at index 17: binary data is not a briefing",
    ],
    ["malformed JSON", (r) => r.type("application/json").send("{text:"), 400, "body: is not valid JSON"],
    [
      "a JSON array",
      (r) => r.type("application/json").send("[]"),
      400,
      "body: must be a JSON object { text, date?, issuer?, source?, title? }",
    ],
    [
      "a missing text field",
      (r) => r.send({ date: "2024-05-01" }),
      400,
      "body.text: must be a string: the briefing's full text",
    ],
    [
      "a text of the wrong type",
      (r) => r.send({ text: 42 }),
      400,
      "body.text: must be a string: the briefing's full text",
    ],
    [
      "unknown fields",
      (r) => r.send({ text: text(3), speaker: "x", lang: "en" }),
      400,
      "body: unknown fields 'speaker', 'lang'; allowed: text, date, issuer, source, title",
    ],
    [
      "an unknown issuer code",
      (r) => r.send({ text: text(3), issuer: "XX" }),
      400,
      "body.issuer: unknown country code 'XX'; use an ISO alpha-2 code such as PK",
    ],
    [
      "a body over the limit",
      (r) => r.type("text/plain").send(`date 2024-05-01 ${"x".repeat(64 * 1024)}`),
      413,
      "body: larger than the limit of 65536 bytes (BODY_LIMIT); nothing was stored",
    ],
    [
      "an unsupported media type",
      (r) => r.type("application/xml").send("<briefing/>"),
      415,
      "body: media type 'application/xml' is not accepted; send text/plain (a briefing file's content) or application/json ({ text, date?, issuer?, source?, title? })",
    ],
    [
      "form data",
      (r) => r.type("form").send("text=hello"),
      415,
      "body: media type 'application/x-www-form-urlencoded' is not accepted; send text/plain (a briefing file's content) or application/json ({ text, date?, issuer?, source?, title? })",
    ],
    [
      "a non-UTF-8 charset",
      (r) => r.set("content-type", "text/plain; charset=iso-8859-1").send("date 2024-05-01 x"),
      415,
      "body: charset 'iso-8859-1' is not accepted; send the text as UTF-8",
    ],
  ];

  it.each(cases)("%s", async (_what, send, status, detail) => {
    const before = counts();
    await expectRefused(await send(post().set("authorization", bearer)), status, detail, before);
  });

  it("refuses invalid UTF-8 inside a JSON body (raw bytes checked before parsing)", async () => {
    const before = counts();
    const payload = Buffer.concat([
      Buffer.from('{"text":"date 2024-05-01 caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}'),
    ]);
    const res = await app.inject({
      method: "POST",
      url: "/briefings",
      headers: { authorization: bearer, "content-type": "application/json" },
      payload,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ detail: "body: is not valid UTF-8 text; convert it to UTF-8 first" });
    expect(counts()).toEqual(before);
  });

  it("answers 413 also for a chunked body without Content-Length", async () => {
    const before = counts();
    const res = await new Promise<{ status: number | undefined; body: string }>((resolve, reject) => {
      const server = app.server.listening ? app.server : app.server.listen(0, "127.0.0.1");
      server.once("error", reject);
      const send = () => {
        const { port } = server.address() as AddressInfo;
        const req = httpRequest(
          {
            port,
            method: "POST",
            path: "/briefings",
            headers: { authorization: bearer, "content-type": "text/plain" },
          },
          (r) => {
            let body = "";
            r.on("data", (d) => {
              body += d;
            });
            r.on("end", () => resolve({ status: r.statusCode, body }));
          },
        );
        req.on("error", reject);
        // Written in chunks: Node sends Transfer-Encoding: chunked and no Content-Length.
        for (let i = 0; i < 80; i++) req.write("x".repeat(1024));
        req.end();
      };
      if (server.listening) send();
      else server.once("listening", send);
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body).detail).toBe(
      "body: larger than the limit of 65536 bytes (BODY_LIMIT); nothing was stored",
    );
    expect(counts()).toEqual(before);
  });
});

describe("authentication of writes", () => {
  const unauthorized =
    "a valid API key is required: send 'Authorization: Bearer <key>' with the server's PODIUM_API_KEY";
  it.each([
    ["no Authorization header", undefined],
    ["a wrong key", `Bearer ${KEY}x`],
    ["a key of another length", "Bearer short"],
    ["another scheme", `Basic ${KEY}`],
    ["an empty bearer", "Bearer "],
  ])(
    "answers %s with the same 401 and WWW-Authenticate: Bearer, before reading the body",
    async (_what, header) => {
      for (const r of [
        post().type("application/xml").send("<not-even-accepted/>"),
        request(app.server).delete("/briefings/0123456789abcdef"),
      ]) {
        const res = await (header === undefined ? r : r.set("authorization", header));
        await expectRefused(res, 401, unauthorized);
        expect(res.headers["www-authenticate"]).toBe('Bearer realm="podium"');
      }
    },
  );

  it("answers 403 to every write when no key is configured, whatever is sent", async () => {
    const closed = await buildTestApp({ seed: false });
    for (const r of [
      request(closed.server).post("/briefings").set("authorization", bearer).type("text/plain").send(text(4)),
      request(closed.server).delete("/briefings/0123456789abcdef").set("authorization", bearer),
    ]) {
      const res = await r;
      expect(res.status).toBe(403);
      expect(res.body.detail).toBe("writes are disabled: this server has no PODIUM_API_KEY configured");
    }
    expect(
      (closed.podium.db.sqlite.prepare("SELECT count(*) AS n FROM briefing").get() as { n: number }).n,
    ).toBe(0);
    await closed.close();
  });

  it("accepts the scheme name in any case", async () => {
    await post().set("authorization", `bearer ${KEY}`).type("text/plain").send(text(5)).expect(201);
  });
});

describe("a large write", () => {
  it("is split and tagged off the event loop: a read arriving meanwhile is served before the write answers", async () => {
    const big = await buildTestApp({ seed: false, config: { apiKey: KEY, bodyLimit: 4 * 1024 * 1024 } });
    const text = syntheticBriefing(7, 3000);
    expect(text.length).toBeGreaterThan(1_000_000);
    // Watch the server: once the whole POST body is in, send a GET; note whether the POST had
    // answered by the time the GET was received (it cannot have, unless its work blocked the loop).
    let postResponse: ServerResponse | undefined;
    let postAnsweredBeforeGet: boolean | undefined;
    const bodyIn = new Promise<void>((resolve) => {
      big.server.on("request", (req: IncomingMessage, res: ServerResponse) => {
        if (req.method === "POST") {
          postResponse = res;
          req.on("end", () => resolve());
        } else postAnsweredBeforeGet = postResponse?.headersSent;
      });
    });
    const posting = request(big.server)
      .post("/briefings")
      .set("authorization", bearer)
      .type("text/plain")
      .send(text)
      .then((res) => res.status);
    // supertest sends on then(): the POST is under way now.
    await bodyIn;
    const health = await request(big.server).get("/health");
    expect(health.status).toBe(200);
    expect(await posting).toBe(201);
    expect(postAnsweredBeforeGet).toBe(false);
    await big.close();
  }, 60_000);
});

describe("DELETE /briefings/:id", () => {
  it("removes the briefing with its statements, tags and search rows: 204, then 404", async () => {
    const created = await post().set("authorization", bearer).type("text/plain").send(text(6)).expect(201);
    const id = created.body.id as string;
    const before = counts();
    const res = await request(app.server).delete(`/briefings/${id}`).set("authorization", bearer).expect(204);
    expect(res.text).toBe("");
    const statementCount = created.body.statements.length;
    const tagCount = created.body.statements.reduce(
      (n: number, s: { countries: unknown[]; regions: unknown[]; topics: unknown[] }) =>
        n + s.countries.length + s.regions.length + s.topics.length,
      0,
    );
    expect(counts()).toEqual({ b: before.b - 1, s: before.s - statementCount, t: before.t - tagCount });
    app.podium.db.sqlite.exec("INSERT INTO statement_fts(statement_fts) VALUES('integrity-check')");
    await request(app.server).get(`/briefings/${id}`).expect(404);
    for (const s of created.body.statements) await request(app.server).get(`/statements/${s.id}`).expect(404);
    await expectRefused(
      await request(app.server).delete(`/briefings/${id}`).set("authorization", bearer),
      404,
      `No briefing with id '${id}'`,
    );
    // Stored again, it is the same briefing with the same ids.
    const again = await post().set("authorization", bearer).type("text/plain").send(text(6)).expect(201);
    expect(again.body.statements.map((s: { id: string }) => s.id)).toEqual(
      created.body.statements.map((s: { id: string }) => s.id),
    );
  });

  it("answers 400 for a malformed id", async () => {
    await expectRefused(
      await request(app.server).delete("/briefings/NOPE").set("authorization", bearer),
      400,
      "path.id: must be 16 lower-case hexadecimal digits",
    );
  });
});

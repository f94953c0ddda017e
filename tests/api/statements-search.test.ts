import type { FastifyInstance } from "fastify";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFixtureApp, getJson } from "../fixtures/api/app.js";
import type { ExpectedStatement } from "../fixtures/api/briefings.js";

let app: FastifyInstance;
let all: ExpectedStatement[];
beforeAll(async () => {
  ({ app, expected: all } = await buildFixtureApp());
});
afterAll(() => app.close());

interface Hit {
  id: string;
  text: string;
  highlight?: { text: string; marks: { start: number; end: number }[]; html: string };
}

const search = async (query: string) =>
  (await getJson<{ data: Hit[]; next: string | null }>(app, `/statements?limit=100&${query}`)).data;
const ids = async (query: string) => (await search(query)).map((s) => s.id);
const where = (re: RegExp) => all.filter((s) => re.test(s.text)).map((s) => s.id);
const sameSet = (a: string[], b: string[]) => expect([...a].sort()).toEqual([...b].sort());

describe("GET /statements?q= finds statements by their text", () => {
  it.each([
    ["q=terrorism", /\bterrorism\b/i],
    ["q=TERRORISM", /\bterrorism\b/i],
    ["q=terror*", /\bterror/i],
    ["q=china%20pakistan", /^(?=.*\bchina\b)(?=.*\bpakistan\b)/i],
    ["q=%22belt%20and%20road%22", /belt and road/i],
    ["q=%22road%20and%20belt%22", /road and belt/i],
    ["q=taiwan%20OR%20kashmir", /\b(taiwan|kashmir)\b/i],
    ["q=china%20-pakistan", /^(?!.*\bpakistan\b).*\bchina\b/i],
    ["q=china%20NOT%20(pakistan%20OR%20welcomes)", /^(?!.*\b(pakistan|welcomes)\b).*\bchina\b/i],
    ["q=NEAR(china%20terrorism%2C%202)", /china \w+ terrorism/i],
    ["q=turkiye", /türkiye/i],
    ["q=T%C3%BCrkiye", /türkiye/i],
    ["q=R%26D", /R&D/],
  ])("%s", async (query, re) => {
    const expected = where(re);
    expect(expected.length).toBeGreaterThanOrEqual(query.includes("road%20and") ? 0 : 1);
    sameSet(await ids(query), expected);
    expect(await ids(`${query}&sort=-date`)).toEqual(expected);
  });

  it("orders by relevance by default when searching, and by date when asked", async () => {
    const relevance = await ids("q=terrorism");
    const byDate = await ids("q=terrorism&sort=-date");
    const oldest = await ids("q=terrorism&sort=date");
    sameSet(relevance, byDate);
    expect(oldest).toEqual([...byDate].reverse());
    // The one statement saying "terrorism" twice ranks first although it is not the newest.
    const twice = all.find((s) => (s.text.match(/terrorism/g) ?? []).length === 2)?.id;
    expect(relevance[0]).toBe(twice);
    expect(byDate[0]).not.toBe(twice);
  });

  it("combines q with filters", async () => {
    const expected = all.filter((s) => /\bterrorism\b/i.test(s.text) && s.issuer === "PK").map((s) => s.id);
    expect(await ids("q=terrorism&issuer=PK&sort=-date")).toEqual(expected);
    const withTag = all
      .filter((s) => /\bchina\b/i.test(s.text) && s.countries.some((c) => c.code === "PK"))
      .map((s) => s.id);
    expect(await ids("q=china&country=PK&sort=-date")).toEqual(withTag);
  });

  it("adds a highlighted snippet with highlight=true, HTML-escaped around <mark>", async () => {
    const [hit] = await search("q=%22belt%20and%20road%22&highlight=true&sort=-date");
    expect(hit?.highlight?.marks.map((m) => hit.highlight?.text.slice(m.start, m.end))).toEqual([
      "Belt and Road",
    ]);
    expect(hit?.highlight?.html).toContain("<mark>Belt and Road</mark>");
    const [summit] = await search("q=hiroshima&highlight=true");
    expect(summit?.highlight).toEqual({
      text: summit?.text,
      marks: [{ start: 29, end: 38 }],
      html: "The President will travel to <mark>Hiroshima</mark> for the G7 summit, where &lt;AI&gt; &amp; R&amp;D are on the agenda.",
    });
    expect((await search("q=hiroshima"))[0]?.highlight).toBeUndefined();
  });

  it("highlights each statement of a page in its own text", async () => {
    const hits = await search("q=china&highlight=true&sort=-date");
    expect(hits.length).toBeGreaterThan(2);
    const outside = hits.filter((h) => !h.text.includes((h.highlight?.text ?? "").replace(/^…|…$/g, "")));
    expect(outside.map((h) => h.id)).toEqual([]);
  });
});

describe("GET /statements?q= never fails on odd input", () => {
  const odd = [
    '"',
    '""',
    "(",
    ")",
    "*",
    "**",
    ":",
    "^",
    "-",
    "--",
    "NEAR",
    "NEAR(",
    "NEAR()",
    "OR",
    "AND AND",
    "a:b",
    "col:china",
    "^china",
    "china*",
    "*china",
    "c*h*i*n*a",
    "'",
    "\\",
    "%",
    "_",
    "🙂",
    "中国",
    "\u0000",
    "x".repeat(1000),
    `"${"china ".repeat(160)}"`,
    "(((((((((((china)))))))))))",
    "china OR",
    '"unterminated',
    "NEAR(china, 1e9)",
    "china NEAR/99999 pakistan",
  ];
  it.each(odd)("q=%j answers 200 or a 400 problem about query.q", async (q) => {
    const res = await request(app.server).get(`/statements?q=${encodeURIComponent(q)}`);
    expect([200, 400]).toContain(res.status);
    if (res.status === 400) {
      expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
      expect(res.body.detail).toMatch(/^query\.q: /);
      expect(res.body.detail).not.toMatch(/sqlite|fts5|syntax error/i);
    }
  });

  it("refuses more than 1,000 characters", async () => {
    const res = await request(app.server)
      .get(`/statements?q=${"x".repeat(1001)}`)
      .expect(400);
    expect(res.body.detail).toBe("query.q: must be at most 1000 characters");
  });

  it("says what is wrong", async () => {
    const res = await request(app.server)
      .get(`/statements?q=${encodeURIComponent('china "belt')}`)
      .expect(400);
    expect(res.body.detail).toBe(
      'query.q: unterminated quote: the phrase starting at character 7 has no closing "',
    );
  });
});

import Database from "better-sqlite3";
import { firstKeyOf } from "../../src/db/ordering-key.js";

/** The concrete values each case queries, chosen from the built database so they fit any N. */
export interface BenchParams {
  /** The most frequent country tag, and its statement count. */
  country: { code: string; statements: number };
  /** The topic most often tagged together with that country. */
  topic: { slug: string; statementsWithCountry: number };
  /** FTS terms with their document counts (fts5vocab). */
  words: {
    rare: { term: string; docs: number };
    medium: { term: string; docs: number };
    common: { term: string; docs: number };
  };
  /** A date range holding the newest ~10,000 statements, for the CSV export. */
  csv: { from: string; to: string; statements: number };
}

const CSV_ROWS = 10_000;
const WORD = /^[a-z]{4,}$/;

function closest(rows: { term: string; doc: number }[], target: number): { term: string; docs: number } {
  let best: { term: string; doc: number } | undefined;
  for (const r of rows) {
    if (!WORD.test(r.term)) continue;
    if (!best || Math.abs(r.doc - target) < Math.abs(best.doc - target)) best = r;
  }
  if (!best) throw new Error(`no FTS term near ${target} documents`);
  return { term: best.term, docs: best.doc };
}

export function chooseParams(databasePath: string): BenchParams {
  const db = new Database(databasePath, { readonly: true });
  try {
    const country = db
      .prepare<[], { code: string; statements: number }>(
        `SELECT value AS code, count(*) AS statements FROM statement_tag WHERE kind = 'country'
           GROUP BY value ORDER BY statements DESC, value LIMIT 1`,
      )
      .get();
    if (!country) throw new Error("the database has no country tags");
    const topic = db
      .prepare<[string], { slug: string; statementsWithCountry: number }>(
        `SELECT t2.value AS slug, count(*) AS statementsWithCountry
           FROM statement_tag t JOIN statement_tag t2 ON t2.statement_pk = t.statement_pk AND t2.kind = 'topic'
           WHERE t.kind = 'country' AND t.value = ? GROUP BY t2.value ORDER BY statementsWithCountry DESC, t2.value LIMIT 1`,
      )
      .get(country.code);
    if (!topic) throw new Error(`no topic is tagged together with ${country.code}`);

    // A temp table: reading the vocabulary writes nothing to the benchmark database.
    db.exec("CREATE VIRTUAL TABLE temp.bench_vocab USING fts5vocab(main, 'statement_fts', 'row')");
    const vocab = db
      .prepare<[], { term: string; doc: number }>("SELECT term, doc FROM temp.bench_vocab")
      .all();
    const total = db.prepare<[], { n: number }>("SELECT count(*) AS n FROM statement").get()?.n ?? 0;
    const common = vocab.reduce((a, b) => (b.doc > a.doc ? b : a));

    const fromDate = db
      .prepare<[number], { date: string }>("SELECT date FROM statement ORDER BY pk DESC LIMIT 1 OFFSET ?")
      .get(CSV_ROWS - 1);
    const lastDate = db
      .prepare<[], { date: string }>("SELECT date FROM statement ORDER BY pk DESC LIMIT 1")
      .get();
    const from = fromDate?.date ?? lastDate?.date ?? "1800-01-01";
    const csvCount =
      db
        .prepare<[number], { n: number }>("SELECT count(*) AS n FROM statement WHERE pk >= ?")
        .get(firstKeyOf(from))?.n ?? 0;

    return {
      country,
      topic,
      words: {
        rare: closest(vocab, 40),
        medium: closest(vocab, total * 0.04),
        common: { term: common.term, docs: common.doc },
      },
      csv: { from, to: lastDate?.date ?? from, statements: csvCount },
    };
  } finally {
    db.close();
  }
}

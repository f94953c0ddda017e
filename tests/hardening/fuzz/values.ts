import fc from "fast-check";

/**
 * Hostile and ordinary strings for query values, path segments, headers and bodies: what scripts on
 * the public internet send, on purpose or by mistake.
 */

const FTS_TOKENS = [
  "pakistan",
  "Afghanistan",
  "the",
  "terror*",
  "a*",
  "*",
  '"',
  '""',
  '"belt and road"',
  "(",
  ")",
  "()",
  "-",
  "--",
  "-the",
  "NOT",
  "AND",
  "OR",
  "NEAR",
  "NEAR/5",
  "NEAR/0",
  "NEAR/99999999999",
  "NEAR(",
  "NEAR(a b, 3)",
  "NEAR(a b c,",
  "^",
  ":",
  "text:",
  "statement_fts:",
  "rank:",
  "rowid:",
  "{text}",
  "+",
  "'",
  "`",
  ",",
  ".",
  "U.S.",
  "%",
  "_",
  "\\",
  "MATCH",
  "*pak",
  "p*k",
  "\u0000",
  "talks\u0000",
  "\u0001*",
];

const SQL = [
  "' OR 1=1 --",
  '"; DROP TABLE statement; --',
  "1; SELECT * FROM sqlite_master",
  "' UNION SELECT sql FROM sqlite_master --",
  "x' AND randomblob(1000000000) --",
  "1) OR (1=1",
  "/*",
  "*/",
  "%' --",
  "'||(SELECT load_extension('x'))||'",
  "$1",
  "?",
  ":name",
  "@x",
  "NULL",
  "\\x00",
];

const NUMBERS = [
  "0",
  "1",
  "-1",
  "2",
  "20",
  "100",
  "101",
  "-0",
  "1.5",
  "1e3",
  "1e308",
  "1e309",
  "-1e309",
  "0x10",
  "0b11",
  "NaN",
  "Infinity",
  "-Infinity",
  "9007199254740991",
  "9007199254740993",
  "18446744073709551616",
  "1".repeat(400),
  " 5",
  "5 ",
  "+5",
  "5e-324",
  "",
];

export const DATES = [
  "2024-04-05",
  "2024-02-29",
  "2023-02-29",
  "2024-13-01",
  "0000-01-01",
  "0001-01-01",
  "9999-12-31",
  "10000-01-01",
  "-2024-01-01",
  "2024-04-05T00:00:00Z",
  "2024-4-5",
  "20240405",
  "1970-01-01",
  "1799-12-31",
  "1800-01-01",
  "2024-04-05 ",
];

const UNICODE = [
  "Türkiye",
  "Côte d'Ivoire",
  "中国",
  "日本国",
  "پاکستان",
  "עברית",
  "\u202eevil\u202c",
  "a\u0301",
  "\u200b",
  "\ufeff",
  "ﬁ",
  "İstanbul",
  "straße",
  "ＰＡＫＩＳＴＡＮ",
  "😀",
  "👩‍👩‍👧‍👦",
  "\ud83d",
  "\ude00",
  "\u{10ffff}",
  "\ufffd",
];

/** Names of Object's members: a lookup in a plain object by user input finds them (`MEDIA["constructor"]`). */
const OBJECT_MEMBERS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"];

const CONTROL = ["\u0000", "\n", "\r\n", "\t", "\u001b[31m", "\u007f", "\u2028", "\u0085", "\u0008"];

/** Long values: 10 KB and more of one pattern. */
const HUGE = [
  "a".repeat(10_240),
  "(".repeat(5_000),
  '"'.repeat(10_000),
  "a OR ".repeat(2_000),
  "x* ".repeat(3_000),
  "AF,".repeat(3_000),
  "NOT ".repeat(2_500),
  "NEAR(".repeat(2_000),
  "-".repeat(10_000),
  ",".repeat(10_000),
  "é".repeat(6_000),
  "😀".repeat(3_000),
];

/** Percent-escapes inserted as they are, several of them malformed or not UTF-8. */
export const RAW_ESCAPES = [
  "%",
  "%Z",
  "%ZZ",
  "%E0%A4%A",
  "%ED%A0%80",
  "%C0%AF",
  "%C0%80",
  "%FF%FE",
  "%F4%90%80%80",
  "%00",
  "%0A",
  "+",
  "a+b",
  "%2B",
  "%26",
  "%3D",
  "%25",
  "%2F",
  "%2e%2e",
  "..",
  "[]",
  "%5B0%5D",
  ";",
];

/** Percent-encode any string, lone surrogates included (as the invalid UTF-8 a sloppy client sends). */
export function encodeAny(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && /[\udc00-\udfff]/.test(value[i + 1] ?? "");
    if (pair) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out +=
        `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(value[i] ?? "");
    }
  }
  return out;
}

const pick = (list: readonly string[]) => fc.constantFrom(...list);

/** A search-like string assembled from FTS5 operators, words and punctuation. */
export const ftsQuery = fc
  .array(pick(FTS_TOKENS), { minLength: 1, maxLength: 8 })
  .chain((tokens) => fc.constantFrom(tokens.join(" "), tokens.join(""), tokens.join(",")));

/** Any hostile value, not yet encoded. */
export function hostileValue(domain: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: domain.length > 0 ? pick(domain) : pick(NUMBERS) },
    { weight: 3, arbitrary: ftsQuery },
    { weight: 1, arbitrary: pick(SQL) },
    { weight: 2, arbitrary: pick(NUMBERS) },
    { weight: 1, arbitrary: pick(DATES) },
    { weight: 2, arbitrary: pick(UNICODE) },
    { weight: 1, arbitrary: pick(CONTROL) },
    { weight: 1, arbitrary: pick(OBJECT_MEMBERS) },
    { weight: 1, arbitrary: pick(HUGE) },
    { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(pick(domain.length > 0 ? domain : FTS_TOKENS), pick([...CONTROL, ...UNICODE, ...SQL]))
        .map(([a, b]) => a + b),
    },
  );
}

/** A briefing file's text: a date header (valid, impossible or out of range) and anything after it. */
export const briefingText = fc
  .tuple(pick(DATES), hostileValue())
  .map(([date, body]) => `date ${date} ${body}`);

/** A value as it appears in a URL: encoded, or with raw and malformed escapes spliced in. */
export function urlValue(domain: readonly string[] = []): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 8, arbitrary: hostileValue(domain).map(encodeAny) },
    { weight: 1, arbitrary: pick(RAW_ESCAPES) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(hostileValue(domain).map(encodeAny), pick(RAW_ESCAPES))
        .map(([value, raw]) => value + raw),
    },
  );
}

/** Header values a client can put on the wire: visible ASCII, tabs, Latin-1. */
export const headerText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 60 }),
  fc.constant("x".repeat(8_000)),
);

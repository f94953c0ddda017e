import { describe, expect, it } from "vitest";
import {
  BriefingInputError,
  checkBriefingText,
  decodeBriefingBytes,
  normaliseBriefingInput,
  resolveIssuer,
  withDateHeader,
} from "../../src/ingest/briefing-input.js";

function failure(fn: () => unknown): { field: string; message: string } {
  try {
    fn();
  } catch (err) {
    if (err instanceof BriefingInputError) return { field: err.field, message: err.message };
    throw err;
  }
  throw new Error("expected a BriefingInputError");
}

describe("decodeBriefingBytes", () => {
  it("decodes UTF-8 exactly, keeping a byte order mark so the text hashes like the file", () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from("date 2024-04-05 Baloch’s briefing"),
    ]);
    expect(decodeBriefingBytes(bytes)).toBe("\ufeffdate 2024-04-05 Baloch’s briefing");
  });

  it("refuses invalid UTF-8 instead of replacing it", () => {
    expect(failure(() => decodeBriefingBytes(Buffer.from([0x64, 0x61, 0xe9, 0x74, 0x65])))).toEqual({
      field: "text",
      message: "is not valid UTF-8 text; convert it to UTF-8 first",
    });
  });

  it("refuses binary data (a NUL byte), naming its offset", () => {
    expect(failure(() => decodeBriefingBytes(Buffer.from("date 2024-04-05 a\0b")))).toEqual({
      field: "text",
      message: "contains a NUL byte at offset 17: binary data is not a briefing",
    });
  });
});

describe("checkBriefingText", () => {
  it("accepts ordinary text, astral characters included", () => {
    expect(() => checkBriefingText("date 2024-04-05 Spokesperson 🙂 said")).not.toThrow();
  });

  it.each([
    ["", "is empty"],
    [" \n\t ", "is empty"],
    ["date 2024-04-05 a\u0000b", "contains a NUL character at index 17: binary data is not a briefing"],
    ["date 2024-04-05 \ud800 lone", "contains a lone UTF-16 surrogate: not valid Unicode text"],
  ])("refuses %j: %s", (text, message) => {
    expect(failure(() => checkBriefingText(text))).toEqual({ field: "text", message });
  });
});

describe("withDateHeader", () => {
  it("keeps a text with a header exactly as it is, with or without a matching date", () => {
    const text = " date 2024-04-05 ISLAMABAD: the spokesperson said";
    expect(withDateHeader(text, undefined)).toBe(text);
    expect(withDateHeader(text, "2024-04-05")).toBe(text);
  });

  it("prepends the given date as a header line in the corpus format when the text has none", () => {
    expect(withDateHeader("ISLAMABAD: the spokesperson said", "2024-04-05")).toBe(
      "date 2024-04-05 ISLAMABAD: the spokesperson said",
    );
  });

  it.each([
    [
      "ISLAMABAD: the spokesperson said",
      undefined,
      "date",
      "the text does not start with a 'date YYYY-MM-DD' header line and no date was given",
    ],
    ["ISLAMABAD: said", "2024-02-30", "date", "'2024-02-30' is not a calendar date written YYYY-MM-DD"],
    [
      "date 2024-04-05 said",
      "2024-04-06",
      "date",
      "2024-04-06 contradicts the text's header date 2024-04-05",
    ],
    ["date 2024-04-05 \n  ", undefined, "text", "has nothing after its date header"],
  ])("refuses %j with date %s", (text, date, field, message) => {
    expect(failure(() => withDateHeader(text, date))).toEqual({ field, message });
  });
});

describe("resolveIssuer", () => {
  it("normalises codes and names to alpha-2 and passes through no issuer", () => {
    expect([
      resolveIssuer("pk"),
      resolveIssuer("PAK"),
      resolveIssuer("Pakistan"),
      resolveIssuer(undefined),
    ]).toEqual(["PK", "PK", "PK", undefined]);
  });

  it("refuses an unknown code", () => {
    expect(failure(() => resolveIssuer("XX"))).toEqual({
      field: "issuer",
      message: "unknown country code 'XX'; use an ISO alpha-2 code such as PK",
    });
  });
});

describe("normaliseBriefingInput", () => {
  it("checks the text before the date, so empty text is reported as empty", () => {
    expect(failure(() => normaliseBriefingInput({ text: "", source: "x" })).message).toBe("is empty");
  });

  it("returns the text to store with the resolved issuer", () => {
    expect(
      normaliseBriefingInput({ text: "said", date: "2024-04-05", issuer: "cn", source: "s", title: "T" }),
    ).toEqual({
      text: "date 2024-04-05 said",
      issuer: "CN",
      source: "s",
      title: "T",
    });
  });
});

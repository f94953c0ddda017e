import { FIRST_DATE } from "../db/ordering-key.js";
import { isValidIsoDate, parseHeader } from "../extract/header.js";
import { resolveCountry } from "../tagging/lookup.js";

/**
 * Checks every briefing goes through before it is split, whether it came from a file (CLI) or a
 * request (HTTP). Messages say what is wrong without saying where; the caller names the place
 * (a file path, `body`, `body.text`).
 */

/** Which part of the input is wrong: the text itself, the date, or the issuer. */
export type InputField = "text" | "date" | "issuer";

export class BriefingInputError extends Error {
  constructor(
    readonly field: InputField,
    message: string,
  ) {
    super(message);
    this.name = "BriefingInputError";
  }
}

// fatal: invalid UTF-8 is an error, not U+FFFD; ignoreBOM: keep a BOM so the stored text (and its
// sha-256) is exactly the file's bytes.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Decode raw bytes as UTF-8, refusing binary data and invalid byte sequences. */
export function decodeBriefingBytes(bytes: Uint8Array): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    throw new BriefingInputError(
      "text",
      `contains a NUL byte at offset ${nul}: binary data is not a briefing`,
    );
  try {
    return utf8.decode(bytes);
  } catch {
    throw new BriefingInputError("text", "is not valid UTF-8 text; convert it to UTF-8 first");
  }
}

// In a `u` regex a well-formed surrogate pair is one code point, so this only finds lone halves,
// which a JSON string can carry ("\ud800") but no UTF-8 file can.
const LONE_SURROGATE = /\p{Cs}/u;

/** Refuse text no briefing file could contain, and text with nothing in it. */
export function checkBriefingText(text: string): void {
  if (text.trim() === "") throw new BriefingInputError("text", "is empty");
  const nul = text.indexOf("\0");
  if (nul >= 0)
    throw new BriefingInputError(
      "text",
      `contains a NUL character at index ${nul}: binary data is not a briefing`,
    );
  if (LONE_SURROGATE.test(text))
    throw new BriefingInputError("text", "contains a lone UTF-16 surrogate: not valid Unicode text");
}

/**
 * The text to store. A text with a `date YYYY-MM-DD ` header is stored as it is; a text without one
 * gets the given date as a header line prepended in the corpus' own format (`date 2024-04-05 ` then
 * the text's first line), so stored offsets index the stored text exactly and the same text with the
 * same date is recognised again.
 */
export function withDateHeader(text: string, date: string | undefined): string {
  if (date !== undefined && !isValidIsoDate(date)) {
    throw new BriefingInputError("date", `'${date}' is not a calendar date written YYYY-MM-DD`);
  }
  const header = parseHeader(text);
  const stored = header?.date ?? date;
  if (stored !== undefined && stored < FIRST_DATE) {
    throw new BriefingInputError(
      "date",
      `${stored} is before ${FIRST_DATE}, the earliest date a briefing can have`,
    );
  }
  if (header) {
    if (date !== undefined && date !== header.date) {
      throw new BriefingInputError("date", `${date} contradicts the text's header date ${header.date}`);
    }
    if (text.slice(header.bodyStart).trim() === "")
      throw new BriefingInputError("text", "has nothing after its date header");
    return text;
  }
  if (date === undefined) {
    throw new BriefingInputError(
      "date",
      "the text does not start with a 'date YYYY-MM-DD' header line and no date was given",
    );
  }
  return `date ${date} ${text}`;
}

/** An issuer given by the caller (code or English name) as ISO alpha-2. */
export function resolveIssuer(input: string | undefined): string | undefined {
  if (input === undefined) return undefined;
  const country = resolveCountry(input);
  if (!country)
    throw new BriefingInputError(
      "issuer",
      `unknown country code '${input}'; use an ISO alpha-2 code such as PK`,
    );
  return country.code;
}

export interface BriefingInput {
  text: string;
  date?: string;
  issuer?: string;
  source: string;
  title?: string;
}

/** Check everything about a briefing before any work is done on it; returns what to prepare. */
export function normaliseBriefingInput(input: BriefingInput) {
  checkBriefingText(input.text);
  return {
    text: withDateHeader(input.text, input.date),
    issuer: resolveIssuer(input.issuer),
    source: input.source,
    title: input.title,
  };
}

import type Database from "better-sqlite3";

/** A short passage of a statement around its matches, with the matches located. */
export interface Snippet {
  /** Plain text; an ellipsis (…) marks where the statement was cut. */
  text: string;
  /** Matched spans as JavaScript string offsets into `text`, end exclusive. */
  marks: { start: number; end: number }[];
  /** `text` HTML-escaped, each match wrapped in <mark>…</mark>: safe to insert as HTML. */
  html: string;
}

// Private-use characters as FTS5 markers: they cannot be confused with the text's own characters.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const SNIPPET_TOKENS = 32;
const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] as string);

export function parseMarked(marked: string): Snippet {
  let text = "";
  let html = "";
  let open: number | null = null;
  const marks: Snippet["marks"] = [];
  for (const piece of marked.split(/([\uE000\uE001])/)) {
    if (piece === OPEN) {
      open = text.length;
      html += "<mark>";
    } else if (piece === CLOSE) {
      if (open !== null) {
        marks.push({ start: open, end: text.length });
        html += "</mark>";
      }
      open = null;
    } else {
      text += piece;
      html += escapeHtml(piece);
    }
  }
  return { text, marks, html };
}

/**
 * Snippets of the given statements for an FTS5 expression they all match. The key is cast: the
 * driver binds JavaScript numbers as REAL, and FTS5 ignores a `rowid = ?` constraint whose value is
 * not an INTEGER, which answered every statement with the first match's snippet.
 */
export function createSnippets(sqlite: Database.Database) {
  const one = sqlite.prepare<[string, number], { s: string }>(
    `SELECT snippet(statement_fts, 0, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS}) AS s
       FROM statement_fts WHERE statement_fts MATCH ? AND rowid = CAST(? AS INTEGER)`,
  );
  return (match: string, keys: number[]): Map<number, Snippet> => {
    const out = new Map<number, Snippet>();
    for (const key of keys) {
      const row = one.get(match, key);
      if (row) out.set(key, parseMarked(row.s));
    }
    return out;
  };
}

import { type Dirent, readdirSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { BulkFile } from "../ingest/bulk-ingest.js";
import { describeFsError } from "../ingest/fs-errors.js";

/** A briefing file to ingest, or a path that could not be used (reported as a failed file). */
export type Collected = BulkFile;

const isBriefingFile = (name: string) => /\.txt$/i.test(name) && !name.startsWith(".");
// Code-unit order, not locale order: the same sequence on every machine.
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

function walk(dir: string, root: string, out: Collected[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort(byName)) {
    if (entry.name.startsWith(".")) continue;
    const path = join(dir, entry.name);
    // Directories are followed only when real (no symlink loops); symlinked files are read.
    if (entry.isDirectory()) walk(path, root, out);
    else if (isBriefingFile(entry.name) && (entry.isFile() || (entry.isSymbolicLink() && isFile(path)))) {
      out.push({ path, source: relative(root, path).split(sep).join("/") });
    }
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Expand the command line's paths: a file is taken as given (any name), a directory contributes
 * its `.txt` files, recursively, in sorted order. A file's source is its path relative to the
 * directory named on the command line, or its base name when named itself.
 */
export function collectFiles(paths: string[]): Collected[] {
  const out: Collected[] = [];
  for (const path of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(path).isDirectory();
    } catch (err) {
      out.push({ path, source: basename(path), error: describeFsError(err) });
      continue;
    }
    if (isDir) walk(path, path, out);
    else out.push({ path, source: basename(path) });
  }
  return out;
}

/** A file system error as a short phrase ("no such file or directory") rather than a stack trace. */
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  const known: Record<string, string> = {
    ENOENT: "no such file or directory",
    EACCES: "permission denied",
    EISDIR: "is a directory",
    ENOTDIR: "a parent is not a directory",
    ELOOP: "too many symbolic links",
  };
  return (code && known[code]) ?? (err instanceof Error ? err.message : String(err));
}

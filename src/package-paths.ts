import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's root directory, found by walking up from this module to package.json. Resolving
 * migrations and seeds from here works the same from src/ (tsx), dist/ (compiled) and any cwd.
 */
function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("podium: cannot find package.json above the running module");
    dir = parent;
  }
  return dir;
}

export const packageRoot = findPackageRoot();
export const migrationsDir = join(packageRoot, "migrations");
export const defaultSeedsDir = join(packageRoot, "seeds");

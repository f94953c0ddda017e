import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "./cli-context.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * node:util parseArgs in strict mode, with its errors (unknown option, missing value) turned into
 * usage errors that name the problem.
 */
export function parseOptions<O extends Options>(args: string[], options: O) {
  try {
    return parseArgs({
      args,
      options: { ...options, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    });
  } catch (err) {
    if (err instanceof TypeError && "code" in err && String(err.code).startsWith("ERR_PARSE_ARGS")) {
      throw new UsageError(err.message);
    }
    throw err;
  }
}

import { type ChildProcess, spawn } from "node:child_process";

/** Spawn a TypeScript script of the benchmark in its own Node process (through tsx). */
export function spawnTs(script: string, args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", script, ...args], {
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
}

/** Resolve with the child's stdout when it exits 0; reject with its exit code otherwise. */
export function completion(child: ChildProcess, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      out += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve(out);
      else reject(new Error(`${what} failed (exit ${code ?? signal})`));
    });
  });
}

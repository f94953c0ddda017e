import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (`apt-get install -y chromium`, as .ci/run does); never a downloaded browser. */
export const CHROMIUM = "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
export const NO_CHROMIUM =
  `SKIPPED: no browser at ${CHROMIUM}. Install Debian's chromium (\`apt-get install -y chromium\`, ` +
  "as .ci/run does) to run the browser tests.";

/**
 * Headless Chromium as root on a closed network: no sandbox (root), no GPU, and none of the background
 * connections (updates, sync, field trials) that the network would refuse at every start.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-default-apps",
      "--disable-extensions",
    ],
  });
}

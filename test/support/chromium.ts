// The browser the dashboard test drives. A fresh machine may have none: where Debian's package
// manager is there, the suite installs Debian's chromium once, before any test runs; elsewhere
// it fails with what to install. The test is never skipped.
import { readdirSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { aptInstall, executable } from "./apt.js";

/** Where Chrome and Chromium live on Linux and macOS, in the order they are tried. */
const USUAL = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/opt/google/chrome/chrome",
  "/snap/bin/chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** Chromium builds Playwright downloaded (`npx playwright install chromium`), newest first. */
function playwrightBrowsers(env: NodeJS.ProcessEnv): string[] {
  const root = env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), ".cache", "ms-playwright");
  try {
    return readdirSync(root)
      .filter((d) => d.startsWith("chromium"))
      .sort()
      .reverse()
      .flatMap((d) => [join(root, d, "chrome-linux", "chrome"), join(root, d, "chrome-linux64", "chrome")]);
  } catch {
    return [];
  }
}

/** The browser to use: `CHROMIUM_PATH`, the usual install paths, or Playwright's; undefined if none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CHROMIUM_PATH) return env.CHROMIUM_PATH;
  return [...USUAL, ...playwrightBrowsers(env)].find(executable);
}

/** What to tell a user whose machine has no browser the suite can use or install. */
export const NO_BROWSER =
  "the changelog dashboard test needs Chrome or Chromium and none was found: install Debian's or " +
  "Ubuntu's chromium (apt-get install chromium), Google Chrome, or `npx playwright install chromium`, " +
  "or set CHROMIUM_PATH to the browser's executable";

/**
 * Finds a browser, installing Debian's chromium with apt-get when none is found and the machine
 * has apt-get (as root, or through sudo without a password). Throws NO_BROWSER otherwise.
 */
export function ensureChromium(env: NodeJS.ProcessEnv = process.env): string {
  const found = findChromium(env);
  if (found) return found;
  if (aptInstall("chromium", env)) {
    const installed = findChromium(env);
    if (installed) return installed;
    throw new Error(`${NO_BROWSER} (apt-get installed chromium, yet no browser was found)`);
  }
  throw new Error(NO_BROWSER);
}

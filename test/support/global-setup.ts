// Runs once before any test file: extracts the real helm and kubectl, and makes sure a browser is
// there for the dashboard test (installing Debian's chromium when it can), so test files running
// in parallel find both ready.
import { ensureChromium } from "./chromium.js";
import { testBinaries } from "./binaries.js";

export default async function setup(): Promise<void> {
  await testBinaries();
  // Test workers inherit the environment: the dashboard test reads CHROMIUM_PATH.
  process.env.CHROMIUM_PATH = ensureChromium();
}

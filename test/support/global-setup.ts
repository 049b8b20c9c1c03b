// Runs once before any test file: extracts the real helm and kubectl, and makes sure a browser is
// there for the dashboard test and pre-commit for the hook tests (installing Debian's packages
// when it can), so test files running in parallel find them ready.
import { ensureChromium } from "./chromium.js";
import { ensurePreCommit } from "./pre-commit.js";
import { testBinaries } from "./binaries.js";

export default async function setup(): Promise<void> {
  await testBinaries();
  // Test workers inherit the environment: the dashboard test reads CHROMIUM_PATH.
  process.env.CHROMIUM_PATH = ensureChromium();
  process.env.PRE_COMMIT_BIN = ensurePreCommit();
}

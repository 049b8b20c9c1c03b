// Runs once before any test file: extracts the real helm and kubectl so test
// files running in parallel find them ready.
import { testBinaries } from "./binaries.js";

export default async function setup(): Promise<void> {
  await testBinaries();
}

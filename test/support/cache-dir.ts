// Runs before each test file: the CLI caches renders by default under ~/.cache. Each test file
// gets a cache folder of its own, so no test writes to HOME and no file warms another's cache
// (a test that studies the cache sets its own GITOPS_CACHE_DIR).
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

process.env.GITOPS_CACHE_DIR = mkdtempSync(join(tmpdir(), "gitops-test-cache-"));

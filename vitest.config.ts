import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    setupFiles: ["test/support/cache-dir.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default leaves one CPU free, which is one worker on a 2-core runner: the suite then
    // takes about 9 minutes there, and about 6 with two (the tests wait on git, kustomize and helm
    // much of the time).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // GitHub's workflow parser imports its JSON schemas without import attributes,
    // which Node refuses; let vite transform it instead.
    server: { deps: { inline: ["@actions/workflow-parser", "@actions/expressions"] } },
  },
});

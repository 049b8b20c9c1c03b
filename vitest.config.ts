import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
    // GitHub's workflow parser imports its JSON schemas without import attributes,
    // which Node refuses; let vite transform it instead.
    server: { deps: { inline: ["@actions/workflow-parser", "@actions/expressions"] } },
  },
});

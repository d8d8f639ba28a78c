import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The compiled command line the tests spawn, rebuilt if its sources changed.
    globalSetup: ["test/global-setup.ts"],
    // One fast-check seed for properties that name none (FC_SEED overrides it).
    setupFiles: ["test/fast-check-seed.ts"],
    // Generation runs prettier and the TypeScript printer over whole snapshots: seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

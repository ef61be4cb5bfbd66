import { defineConfig } from "vitest/config";

// The browser suite: Debian chromium (/usr/bin/chromium) driven by playwright-core. It fails, loudly,
// when chromium is missing; .ci/run installs it with apt.
export default defineConfig({
  test: {
    include: ["test/browser/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One browser at a time: two cores are shared with the other suites.
    fileParallelism: false,
  },
});

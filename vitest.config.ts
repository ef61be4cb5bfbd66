import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Runtimes and the browser have configs of their own (vitest.runtimes.config.ts, vitest.browser.config.ts).
    exclude: ["test/conformance/**", "test/browser/**", "node_modules/**"],
    testTimeout: 30_000,
  },
});

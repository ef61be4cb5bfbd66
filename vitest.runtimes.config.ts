import { defineConfig } from "vitest/config";

// The runtime matrix and the framework examples: Node, Bun, Deno, workerd (miniflare), @edge-runtime/vm.
// They load dist/ (npm test builds first) and fail, loudly, when it is missing or stale.
export default defineConfig({
  test: {
    include: ["test/conformance/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    // Each file starts servers of its own; two at a time fit two cores.
    maxWorkers: 2,
  },
});

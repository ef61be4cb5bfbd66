// `npm test`: every check the project promises, in order, each timed; stops at the first failure.
import { spawnSync } from "node:child_process";

const steps = [
  ["generated media types are current", "node scripts/generate-media-types.mjs --check"],
  ["typecheck (src strict + tests)", "npm run --silent typecheck"],
  ["unit tests (vitest)", "npm run --silent test:unit"],
  ["build (tsup: ESM, CJS, .d.ts, .d.cts)", "npm run --silent build"],
  ["demo type-checks against the built types", "tsc -p tsconfig.demo.json"],
  ["type tests (tsd, TypeScript 5.9)", "npm run --silent test:tsd"],
  ["type tests (tsc 5.9, 6.0, 7.0)", "npm run --silent test:types"],
  ["package (publint, attw)", "npm run --silent test:package"],
  ["budgets (instantiations, size)", "npm run --silent bench:check"],
  ["runtimes (Node, Bun, Deno, workerd, edge-runtime)", "npm run --silent test:runtimes"],
  ["browser (Debian chromium)", "npm run --silent test:browser"],
  ["demo smoke run", "node demo/server.mjs --once"],
];

const started = performance.now();
let passed = 0;
for (const [name, command] of steps) {
  const begin = performance.now();
  console.log(`\n▶ ${name}: ${command}`);
  const run = spawnSync(command, { shell: true, stdio: "inherit" });
  const seconds = ((performance.now() - begin) / 1000).toFixed(1);
  if (run.status !== 0) {
    console.error(`\n✗ ${name} failed (${seconds} s)`);
    console.log(`\nsteps: ${passed} passed, 1 failed`);
    process.exit(1);
  }
  passed++;
  console.log(`✓ ${name} (${seconds} s)`);
}
console.log(`\nall checks passed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`steps: ${passed} passed, 0 failed`);

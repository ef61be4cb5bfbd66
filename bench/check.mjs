// `npm run bench:check` (a step of `npm test`): the deterministic budgets, and nothing that depends on
// the machine's speed. Fails (exit code 1) when
//   - the type-check cost of a validated builder call, averaged over the 500-handler fixture, is over
//     INSTANTIATIONS_PER_CALL on TypeScript 7 (instantiations are deterministic for a given compiler
//     and source; time is not, so time never fails this check);
//   - a size in .size-limit.cjs (min+gzip of the built ESM) is over its limit.
// Runs in a few seconds; `npm run bench` measures everything else.

import { spawnSync } from "node:child_process";
import path from "node:path";
import { root } from "./lib.mjs";
import { generateTypeFixtures } from "./gen-types.mjs";
import { measureTypes } from "./types.mjs";
import { INSTANTIATIONS_PER_CALL, TARGET_INSTANTIATIONS_PER_CALL, TARGET_SIZE_BYTES } from "./budgets.mjs";
const HANDLERS = 500;

const failures = [];
const started = performance.now();

// 1. Type-check cost per validated call, TypeScript 7.
const fixture = generateTypeFixtures(HANDLERS);
// A fixture that takes over a minute has a type that explodes: that fails the check as well.
const typed = measureTypes("7.0", "typed", [], { timeoutSeconds: 60 });
const empty = measureTypes("7.0", "empty", [], { timeoutSeconds: 60 });
const perCall = (typed.instantiations - empty.instantiations) / fixture.calls;
const line = `instantiations per validated call (TypeScript 7, ${fixture.handlers} handlers × 8 calls): ${perCall.toFixed(1)} (budget ${INSTANTIATIONS_PER_CALL}, target ${TARGET_INSTANTIATIONS_PER_CALL}${perCall > TARGET_INSTANTIATIONS_PER_CALL ? " not met" : " met"}; ${typed.instantiations} with the handlers, ${empty.instantiations} without)`;
if (perCall > INSTANTIATIONS_PER_CALL) failures.push(line);
console.log(`${perCall > INSTANTIATIONS_PER_CALL ? "✗" : "✓"} ${line}`);

// 2. Size budgets, with size-limit over the built ESM (src/index.ts when dist/ has not been built).
const sizeLimit = spawnSync(process.execPath, [path.join(root, "node_modules", "size-limit", "bin.js"), "--json"], {
  cwd: root,
  encoding: "utf8",
});
let sizes;
try {
  sizes = JSON.parse(sizeLimit.stdout);
} catch {
  failures.push(`size-limit did not run:\n${sizeLimit.stdout}${sizeLimit.stderr}`);
  sizes = [];
}
for (const { name, size, sizeLimit: limit, passed } of sizes) {
  const sizeLine = `${name}: ${size} B min+gzip (budget ${limit} B, target ${TARGET_SIZE_BYTES} B${size > TARGET_SIZE_BYTES ? " not met" : " met"})`;
  if (!passed) failures.push(sizeLine);
  console.log(`${passed ? "✓" : "✗"} ${sizeLine}`);
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (failures.length > 0) {
  console.error(`\nbench:check: ${failures.length} budget(s) exceeded (${seconds} s):\n- ${failures.join("\n- ")}`);
  console.error("The hot types and sizes by module: npm run bench (see BENCHMARKS.md).");
  process.exit(1);
}
console.log(`bench:check: all budgets met (${seconds} s)`);

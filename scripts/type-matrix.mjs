// Type tests on every TypeScript users run: 5.9 (also tsd's), 6.0 (the project's) and 7.0 (the native
// compiler, today's latest). Each compiler is called by its path: the aliases share the `tsc` bin name.
import { spawnSync } from "node:child_process";

const compilers = [
  ["5.9", "node_modules/typescript-5.9/bin/tsc"],
  ["6.0", "node_modules/typescript/bin/tsc"],
  ["7.0", "node_modules/typescript-7/bin/tsc"],
];
let failed = 0;
for (const [version, bin] of compilers) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [bin, "-p", "tsconfig.test-d.json"], { encoding: "utf8" });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (run.status === 0) {
    console.log(`type tests pass on TypeScript ${version} (${seconds} s)`);
  } else {
    failed++;
    console.error(`type tests FAIL on TypeScript ${version}:\n${run.stdout}${run.stderr}`);
  }
}
process.exit(failed === 0 ? 0 : 1);

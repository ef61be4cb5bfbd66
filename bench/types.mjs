// Type-check cost: runs a compiler with --extendedDiagnostics over a fixture project and reads its
// figures. Instantiations are deterministic for a given compiler and source (the figure budgets track);
// check time and memory are measured too, and never fail a check.

import { spawnSync } from "node:child_process";
import path from "node:path";
import { root } from "./lib.mjs";
import { typesDir } from "./gen-types.mjs";

export const COMPILERS = {
  "7.0": path.join(root, "node_modules", "typescript-7", "bin", "tsc"),
  "6.0": path.join(root, "node_modules", "typescript", "bin", "tsc"),
  "5.9": path.join(root, "node_modules", "typescript-5.9", "bin", "tsc"),
};

/**
 * Spawns a compiler with guards, so that a type that explodes cannot take the shared machine down:
 * a time limit, a 4 GB heap for the JavaScript compilers and a soft memory limit for the Go one.
 */
export function spawnCompiler(version, args, { timeoutSeconds = 300 } = {}) {
  const node = version === "7.0" ? [] : ["--max-old-space-size=4096"];
  const run = spawnSync(process.execPath, [...node, COMPILERS[version], ...args], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutSeconds * 1000,
    killSignal: "SIGKILL",
    env: { ...process.env, GOMEMLIMIT: "3GiB" },
  });
  if (run.error !== undefined || run.signal !== null) {
    throw new Error(`TypeScript ${version} ${args.join(" ")}: stopped after ${timeoutSeconds} s or out of memory (${run.error?.message ?? run.signal})`);
  }
  return run;
}

function figure(text, label) {
  const match = text.match(new RegExp(`^${label}:\\s+([0-9.]+)(K|s)?\\s*$`, "mu"));
  return match === null ? undefined : Number(match[1]);
}

/**
 * Compiles `bench/fixtures/types/tsconfig.<name>.json` and returns its figures; throws on a compile
 * error (a fixture that does not compile measures nothing).
 */
export function measureTypes(version, name, extraArgs = [], options = {}) {
  const project = path.join(typesDir, `tsconfig.${name}.json`);
  const started = performance.now();
  const run = spawnCompiler(version, ["-p", project, "--extendedDiagnostics", ...extraArgs], options);
  const wall = (performance.now() - started) / 1000;
  const out = run.stdout + run.stderr;
  if (run.status !== 0) {
    const errors = out.split("\n").filter((line) => line.includes("error TS")).slice(0, 5);
    throw new Error(`TypeScript ${version} failed on ${name}.ts:\n${errors.join("\n")}`);
  }
  return {
    version,
    name,
    instantiations: figure(out, "Instantiations"),
    types: figure(out, "Types"),
    memoryKB: figure(out, "Memory used"),
    checkSeconds: figure(out, "Check time"),
    totalSeconds: figure(out, "Total time"),
    wallSeconds: wall,
  };
}

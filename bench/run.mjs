// `npm run bench`: every measurement of issue 8 in one run, printed as Markdown with ratios.
//
//   node bench/run.mjs [--rounds=3] [--time=400] [--skip=bun,deno,profile,ts6,completions] [--trace]
//
// --trace also runs `tsc --generateTrace` (TypeScript 6) on the 500-handler fixture and
// `npx @typescript/analyze-trace` over it (fetched by npx, not a dependency of the project).
//
// 1. Run time: the typical response (status, Content-Type, Cache-Control, two cookies, a custom header,
//    HSTS, a text body) with respond(), by hand, with @remix-run/headers and as a Hono route; a reused
//    template; each validator alone. On Node, Bun and Deno, each in its own process.
// 2. Type-check cost: 500 handlers × 8 validated calls against the same handlers on plain Headers, with
//    TypeScript 7 and 6 (--extendedDiagnostics); the cost of each call of the chain; the longest literal
//    each validator accepts before TS2589; completion latency in the TS 6 language service.
// 3. Size: min+gzip of the library and its peers, bundled the same way; bytes by module.
// The figures also go to bench/fixtures/results.json.

import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildLibrary, fixtures, root } from "./lib.mjs";
import { formatRuntime } from "./runtime.mjs";
import { CALLS_PER_HANDLER, generateSlotFixtures, generateTypeFixtures } from "./gen-types.mjs";
import { measureTypes } from "./types.mjs";
import { formatLimits, longestLiterals } from "./limits.mjs";
import { completionLatency, formatCompletions } from "./completions.mjs";
import { formatSizes, measureSizes } from "./size.mjs";
import { INSTANTIATIONS_PER_CALL } from "./budgets.mjs";
import { formatTypeLines, measureTypeLines } from "./type-lines.mjs";

const args = process.argv.slice(2);
const value = (name, fallback) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const skip = new Set(value("skip", "").split(",").filter(Boolean));
const rounds = value("rounds", "3");
const time = value("time", "400");

const results = { date: new Date().toISOString() };
const print = (text = "") => console.log(text);
const section = (title) => print(`\n## ${title}\n`);

function version(command, args) {
  const run = spawnSync(command, args, { encoding: "utf8" });
  return (run.stdout || run.stderr).trim().split("\n")[0];
}

results.machine = {
  cpu: os.cpus()[0]?.model ?? "unknown",
  cores: os.cpus().length,
  memoryGB: Math.round(os.totalmem() / 1e9),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  load: os.loadavg().map((n) => n.toFixed(2)).join(" "),
};
print(`# typed-headers benchmarks (${results.date})\n`);
print(`machine: ${results.machine.cpu}, ${results.machine.cores} cores, ${results.machine.memoryGB} GB, ${results.machine.os}; load average at start ${results.machine.load}`);
print(
  `versions: node ${process.version}, ${version(path.join(root, "node_modules/.bin/bun"), ["--version"]).replace(/^/u, "bun ")}, ${version(path.join(root, "node_modules/.bin/deno"), ["--version"])}, ` +
    `TypeScript ${["7.0", "6.0"].map((v) => version(process.execPath, [path.join(root, v === "7.0" ? "node_modules/typescript-7/bin/tsc" : "node_modules/typescript/bin/tsc"), "--version"])).join(" / ")}`,
);

// ---------------------------------------------------------------------------------------------------
section("1. Run time: the typical response");
const bundlePath = await buildLibrary();
const bundleArg = path.relative(root, bundlePath);
const runtimes = [
  ["node", process.execPath, ["bench/runtime.mjs"]],
  ["bun", path.join(root, "node_modules/.bin/bun"), ["bench/runtime.mjs"]],
  ["deno", path.join(root, "node_modules/.bin/deno"), ["run", "-A", "bench/runtime.mjs"]],
];
results.runtime = {};
for (const [name, command, head] of runtimes) {
  if (skip.has(name)) continue;
  const run = spawnSync(command, [...head, bundleArg, "--json", `--rounds=${rounds}`, `--time=${time}`], { cwd: root, encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) {
    print(`${name}: failed\n\`\`\`\n${run.stderr.slice(0, 2000)}\n\`\`\``);
    continue;
  }
  const report = JSON.parse(run.stdout.trim().split("\n").at(-1));
  results.runtime[name] = report;
  print(formatRuntime(report));
  const ratio = (prefix) => report.results.find((row) => row.name.startsWith(prefix))?.paired;
  const ours = ratio("respond() builder");
  print(`\n${name} (paired ratios): respond() is ${ours.toFixed(2)}× hand-written (target ≤ 1.10×, ${ours <= 1.1 ? "met" : "missed"}); remix ${ratio("@remix-run").toFixed(2)}×, Hono ${ratio("Hono").toFixed(2)}×${ours < ratio("@remix-run") && ours < ratio("Hono") ? " (ahead of both)" : ""}\n`);
}
if (!skip.has("profile")) {
  print("\nWhere the builder's time goes (Node; each call alone on a fresh builder, paired batches, median ns):\n");
  const run = spawnSync(process.execPath, ["bench/profile.mjs", bundleArg, "--json"], { cwd: root, encoding: "utf8" });
  if (run.status === 0) {
    const { formatProfile } = await import("./profile.mjs");
    results.profile = JSON.parse(run.stdout.trim().split("\n").at(-1));
    print(formatProfile(results.profile));
  } else {
    print(`profile failed:\n${run.stderr.slice(0, 1000)}`);
  }
}
if (results.runtime.node !== undefined) {
  print(`header lines of the typical response (all variants checked equal before timing):\n\`\`\`\n${results.runtime.node.headerLines.join("\n")}\n\`\`\``);
}

// ---------------------------------------------------------------------------------------------------
section("2. Type-check cost");
const fixture = generateTypeFixtures(500);
print(`fixture: ${fixture.handlers} handlers × ${CALLS_PER_HANDLER} validated calls (+ a text() body), and the same handlers on plain Headers; family methods landed: ${fixture.landed.length}`);
results.types = {};
print("\n| TypeScript | fixture | instantiations | types | check time | memory |", "");
print("|---|---|---:|---:|---:|---:|");
for (const version of ["7.0", "6.0"]) {
  if (version === "6.0" && skip.has("ts6")) continue;
  const typed = measureTypes(version, "typed");
  const plain = measureTypes(version, "plain");
  const empty = measureTypes(version, "empty");
  const perCall = (typed.instantiations - empty.instantiations) / fixture.calls;
  results.types[version] = {
    typed,
    plain,
    empty,
    perCall,
    addedCheckSeconds: typed.checkSeconds - plain.checkSeconds,
    handlersCheckSeconds: typed.checkSeconds - empty.checkSeconds,
  };
  for (const row of [typed, plain, empty]) {
    print(`| ${version} | ${row.name} | ${row.instantiations.toLocaleString("en-US")} | ${row.types.toLocaleString("en-US")} | ${row.checkSeconds.toFixed(2)} s | ${(row.memoryKB / 1024).toFixed(0)} MB |`);
  }
}
print("");
for (const [version, r] of Object.entries(results.types)) {
  print(
    `TypeScript ${version}: ${r.perCall.toFixed(1)} instantiations per validated call (budget ${INSTANTIATIONS_PER_CALL}, ${r.perCall <= INSTANTIATIONS_PER_CALL ? "met" : "missed"}); ` +
      `+${r.addedCheckSeconds.toFixed(2)} s check time vs the same handlers on plain Headers (${(r.typed.checkSeconds / r.plain.checkSeconds).toFixed(1)}×), ` +
      `of which ${r.handlersCheckSeconds.toFixed(2)} s for the 500 handlers and the rest for checking src/ itself (the empty fixture)` +
      `${version === "7.0" ? ` (target < 0.5 s added, ${r.addedCheckSeconds < 0.5 ? "met" : "missed"})` : ""}; ` +
      `memory ${(r.typed.memoryKB / 1024).toFixed(0)} MB vs ${(r.plain.memoryKB / 1024).toFixed(0)} MB`,
  );
}

print("\nThe cost of each call of the chain (TypeScript 7; 500 handlers making only that call, minus the empty fixture):\n");
const slots = generateSlotFixtures(500);
const slotBase = measureTypes("7.0", "empty").instantiations;
results.slots = [];
print("| call | instantiations per call | check time (500 calls) |", "");
print("|---|---:|---:|");
slots.forEach((call, slot) => {
  const m = measureTypes("7.0", `slot${slot}`);
  const perCall = (m.instantiations - slotBase) / 500;
  results.slots.push({ call, perCall, checkSeconds: m.checkSeconds });
  print(`| ${call} | ${perCall.toFixed(1)} | ${m.checkSeconds.toFixed(2)} s |`);
});

print("\nEach checking type on its own (TypeScript 7; 500 type aliases, each over its own literal):\n");
results.typeLines = measureTypeLines("7.0");
print(formatTypeLines(results.typeLines));

print("\nThe longest literal each validator accepts (target: 500+ characters for Cache-Control and CSP):\n");
results.limits = longestLiterals(skip.has("ts6") ? ["7.0"] : ["7.0", "6.0"]);
print(formatLimits(results.limits));

if (!skip.has("completions")) {
  print("\nCompletion latency, TypeScript 6 language service, project = the 500-handler fixture + the edited file (target < 50 ms):\n");
  results.completions = completionLatency({ edits: 15 });
  print(formatCompletions(results.completions));
  const base = results.completions[0].medianMs;
  for (const row of results.completions.slice(1)) print(`- \`${row.probe}\`: ${(row.medianMs - base).toFixed(1)} ms over the lib.dom baseline`);
}

if (args.includes("--trace")) {
  const traceDir = path.join(fixtures, "trace");
  print("\n`tsc --generateTrace` (TypeScript 6) + `npx @typescript/analyze-trace`, expressions over 30 ms:\n");
  const trace = spawnSync(process.execPath, ["--max-old-space-size=4096", path.join(root, "node_modules/typescript/bin/tsc"), "-p", path.join(fixtures, "types", "tsconfig.typed.json"), "--generateTrace", traceDir], { encoding: "utf8", timeout: 600_000 });
  const analyze = trace.status === 0
    ? spawnSync("npx", ["-y", "@typescript/analyze-trace", traceDir, "--forceMillis=30", "--skipMillis=15"], { encoding: "utf8", timeout: 600_000 })
    : trace;
  const top = (analyze.stdout ?? "").split("\n").filter((line) => /^(├|└|│  ├|│  └)/u.test(line)).slice(0, 20);
  print(`\`\`\`\n${top.join("\n") || (analyze.stderr ?? "").slice(0, 1000)}\n\`\`\``);
}

// ---------------------------------------------------------------------------------------------------
section("3. Size");
results.size = await measureSizes();
print(formatSizes(results.size));

writeFileSync(path.join(fixtures, "results.json"), JSON.stringify(results, null, 2));
print(`\n(figures written to ${path.relative(root, path.join(fixtures, "results.json"))})`);

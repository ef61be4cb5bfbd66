// Measures a proposal for src/builder.ts and src/methods/caching.ts: remember the values each string
// check accepted (core's memoize(), as Content-Type already does), so that a literal written in a
// handler is parsed once, not on every response. The script copies src/ to
// bench/fixtures/proposal-src/, applies the change there, bundles both, checks they send the same
// headers, and times the typical response of each against the hand-written one in the same paired
// batches. Run: node bench/proposals/memo.mjs

import { cpSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { bundle, buildLibrary, fixtures, root } from "../lib.mjs";
import { checkSameHeaders, variants } from "../responses.mjs";

const copy = path.join(fixtures, "proposal-src");
rmSync(copy, { recursive: true, force: true });
cpSync(path.join(root, "src"), copy, { recursive: true });

// src/internal/core.ts has memoize() (a Set of accepted values, at most 64, cleared when full), and
// builder.ts uses it for Content-Type. The proposal uses it for Cache-Control and for every typed
// header()'s check as well. [file, [from, to], …]: each edit must match, or the script says which not.
const edits = [
  [
    "builder.ts",
    [/const check = VALUE_CHECKS\[name\];/u, "const raw = VALUE_CHECKS[name];\n  const check = raw === undefined ? undefined : (MEMO_CHECKS[name] ??= memoize(raw));"],
    [/const VALUE_CHECKS: ValueChecks = \{/u, "const MEMO_CHECKS: Record<string, (value: string) => string> = {};\nconst VALUE_CHECKS: ValueChecks = {"],
  ],
  [
    "methods/caching.ts",
    [/import \{ NULL_BODY_STATUSES, type Core, type ValueChecks \} from "\.\.\/internal\/core\.js";/u, 'import { memoize, NULL_BODY_STATUSES, type Core, type ValueChecks } from "../internal/core.js";\nconst memoCacheControl = memoize(checkCacheControl);'],
    [/typeof value === "string" \? checkCacheControl\(value\)/u, 'typeof value === "string" ? memoCacheControl(value)'],
  ],
];
for (const [file, ...changes] of edits) {
  const full = path.join(copy, file);
  let text = readFileSync(full, "utf8");
  for (const [from, to] of changes) {
    if (!from.test(text)) throw new Error(`the proposal no longer applies: ${file} has no ${from}`);
    text = text.replace(from, to);
  }
  writeFileSync(full, text);
}

const current = await import(pathToFileURL(await buildLibrary()).href);
const proposalFile = path.join(fixtures, "proposal.mjs");
await bundle({ entry: path.join(copy, "index.ts"), outfile: proposalFile });
const proposal = await import(pathToFileURL(proposalFile).href);

const today = variants(current);
const next = variants(proposal);
await checkSameHeaders({ hand: today.hand, builder: next.builder });
const tasks = [
  ["hand-written", today.hand],
  ["respond() today", today.builder],
  ["respond() with remembered checks", next.builder],
  ["template today", today.template],
  ["template with remembered checks", next.template],
];
export let sink;
const ratios = tasks.map(() => []);
const times = [];
for (let i = 0; i < 200; i++) for (const [, fn] of tasks) sink = fn();
for (let round = 0; round < 300; round++) {
  for (let k = 0; k < tasks.length; k++) {
    const index = (k + round) % tasks.length;
    const started = performance.now();
    for (let i = 0; i < 64; i++) sink = tasks[index][1]();
    times[index] = performance.now() - started;
  }
  tasks.forEach((_, index) => ratios[index].push(times[index] / times[0]));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`${globalThis.Bun ? `bun ${Bun.version}` : `node ${process.version}`}: × hand-written, median of 300 paired rounds`);
tasks.forEach(([name], index) => console.log(`${name.padEnd(36)} ${median(ratios[index]).toFixed(3)}`));

// The run-time benchmark: the typical response built each way, side by side in one process, and each
// validator on its own. Runs unchanged under Node, Bun and Deno:
//
//   node bench/runtime.mjs [bundle.mjs] [--json] [--rounds=3] [--time=400] [--paired=200]
//
// The bundle is the library built by bench/lib.mjs (esbuild, ESM, minified, like dist). Rounds run
// the tasks in a rotated order and the report keeps each task's median, so a burst of load on a shared
// machine moves one round, not the result.

import { Bench } from "tinybench";
import { pathToFileURL } from "node:url";
import path from "node:path";
import { checkSameHeaders, landed, variants } from "./responses.mjs";

const args = (globalThis.Deno?.args ?? globalThis.process?.argv.slice(2) ?? []);
const option = (name, fallback) => {
  const hit = args.find((arg) => arg.startsWith(`--${name}=`));
  return hit === undefined ? fallback : Number(hit.slice(name.length + 3));
};
const bundle = args.find((arg) => !arg.startsWith("--")) ?? "bench/fixtures/typed-headers.mjs";
const asJson = args.includes("--json");
const rounds = option("rounds", 3);
const time = option("time", 400);
const pairedRounds = option("paired", 200);

// Validators by the names DESIGN.md gives them, each with a typical input; those not exported yet are skipped.
const VALIDATOR_SAMPLES = [
  ["mediaType", ["text/plain; charset=utf-8"]],
  ["headerName", ["X-Request-Id"]],
  ["headerValue", ["7f3a9c"]],
  ["cacheControl", ["public, max-age=60, stale-while-revalidate=30"]],
  ["cdnCacheControl", ["max-age=600"]],
  ["entityTag", ['"33a64df551425fcc55e4d42a148795d9f25f89d4"']],
  ["varyValue", ["Accept-Encoding, Origin"]],
  ["cookieValue", ["abc123"]],
  ["strictTransportSecurity", ["max-age=63072000; includeSubDomains; preload"]],
  ["contentSecurityPolicy", ["default-src 'self'; img-src 'self' https://cdn.example; object-src 'none'"]],
  ["cspSource", ["https://cdn.example"]],
  ["permissionsPolicyValue", ['camera=(), geolocation=(self "https://maps.example")']],
  ["corsOrigin", ["https://app.example"]],
  ["contentDisposition", ['attachment; filename="report.pdf"']],
  ["location", ["/login?next=%2F"]],
  ["link", ['</style.css>; rel="preload"; as="style"']],
  ["retryAfter", ["120"]],
  ["contentLanguage", ["en-US, de"]],
  ["allow", ["GET, HEAD, POST"]],
  ["contentEncoding", ["gzip"]],
  ["serverTiming", ["db;dur=53, app;dur=47.2"]],
  ["clearSiteData", ['"cache", "cookies"']],
  ["acceptRanges", ["bytes"]],
];

// Load on a shared machine comes and goes in bursts longer than a tinybench task, which makes ratios of
// tasks timed seconds apart wander by ±30 %. The ratio column therefore comes from paired, interleaved
// batches: every round times a batch of each task back to back (rotating the order), and a task's
// ratio is the median over rounds of its batch time over the hand-written batch time of that round.
export let sink; // results go here, so that the JIT cannot drop a call whose result is unused
async function pairedRatios(tasks, { rounds = 200, batch = 64 } = {}) {
  const ratios = new Map(tasks.map(([name]) => [name, []]));
  const times = new Array(tasks.length);
  for (let i = 0; i < 3 * batch; i++) for (const [, fn] of tasks) await fn(); // warm up every task first
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < tasks.length; k++) {
      const index = (k + round) % tasks.length;
      const fn = tasks[index][1];
      const started = performance.now();
      for (let i = 0; i < batch; i++) sink = await fn();
      times[index] = performance.now() - started;
    }
    tasks.forEach(([name], index) => ratios.get(name).push(times[index] / times[0]));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return new Map([...ratios].map(([name, values]) => [name, median(values)]));
}

export async function runRuntimeBench(lib, { rounds = 3, time = 400, pairedRounds = 200 } = {}) {
  const all = variants(lib);
  const lines = await checkSameHeaders(all);
  // Hono's fetch may return a promise; the others are synchronous. Await only what is a promise.
  const hono = all.hono();
  const honoAsync = typeof hono?.then === "function";

  const tasks = [
    ["hand-written (new Headers + new Response)", all.hand],
    ["respond() builder", all.builder],
    ["@remix-run/headers SuperHeaders", all.remix],
    [honoAsync ? "Hono route (app.fetch, awaited)" : "Hono route (app.fetch)", honoAsync ? async () => all.hono() : all.hono],
    ["hand-written template (new Headers(base))", all.handTemplate],
    ["respond() template reused", all.template],
    ["hand-written into the Response's own headers", all.handInto],
  ];
  const refused = []; // samples a validator refuses: the table below must be fixed, so the report says so
  for (const [name, sample] of VALIDATOR_SAMPLES) {
    const fn = lib[name];
    if (typeof fn !== "function") continue;
    try {
      fn(...sample);
    } catch (error) {
      refused.push(`${name}(${JSON.stringify(sample[0])}): ${error.message}`);
      continue;
    }
    tasks.push([`validator ${name}(${JSON.stringify(sample[0]).slice(0, 40)})`, () => fn(...sample)]);
  }

  const paired = await pairedRatios(tasks, { rounds: pairedRounds });
  const samples = new Map(tasks.map(([name]) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const bench = new Bench({ time, warmup: true, throws: true });
    const order = tasks.slice(round % tasks.length).concat(tasks.slice(0, round % tasks.length));
    for (const [name, fn] of order) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) samples.get(task.name).push(task.result.latency.mean);
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const hand = median(samples.get(tasks[0][0]));
  const results = tasks.map(([name]) => {
    const meanMs = median(samples.get(name));
    return { name, opsPerSec: Math.round(1000 / meanMs), nsPerOp: Math.round(meanMs * 1e6), ratio: meanMs / hand, paired: paired.get(name) };
  });
  const runtime = globalThis.Deno ? `deno ${Deno.version.deno}` : globalThis.Bun ? `bun ${Bun.version}` : `node ${process.version}`;
  return { runtime, rounds, time, landed: landed(lib), headerLines: lines, results, refused };
}

export function formatRuntime(report) {
  const out = [`${report.runtime}: ${report.rounds} rounds × ${report.time} ms per task, median of rounds`];
  out.push("| task | ops/s | ns/op | × hand-written (tinybench) | × hand-written (paired batches) |", "|---|---:|---:|---:|---:|");
  for (const row of report.results) {
    out.push(`| ${row.name} | ${row.opsPerSec.toLocaleString("en-US")} | ${row.nsPerOp.toLocaleString("en-US")} | ${row.ratio.toFixed(2)} | ${row.paired.toFixed(3)} |`);
  }
  for (const line of report.refused ?? []) out.push(`\n(validator sample refused, not timed: ${line})`);
  return out.join("\n");
}

const isMain = (() => {
  if (globalThis.Deno) return import.meta.main;
  const entry = globalThis.process?.argv[1];
  return entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href;
})();

if (isMain) {
  const lib = await import(pathToFileURL(path.resolve(bundle)).href);
  const report = await runRuntimeBench(lib, { rounds, time, pairedRounds });
  console.log(asJson ? JSON.stringify(report) : formatRuntime(report));
}

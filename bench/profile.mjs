// Where the builder's time goes: each call of the typical chain timed alone on a fresh builder (minus
// respond() itself), then fields() and the Response. Paired, interleaved batches as in runtime.mjs, so
// the figures of one run can be compared with each other even on a loaded machine.
//
//   node bench/profile.mjs [bundle.mjs] [--json]

import { pathToFileURL } from "node:url";
import path from "node:path";

const SESSION = { path: "/", httpOnly: true, secure: true, sameSite: "Lax" };
const THEME = { path: "/", maxAge: 31536000, sameSite: "Lax" };
const BODY = "Hello, world!";
// Results go to a module-level sink, so that the JIT cannot drop a call whose result is unused.
export let sink;

export function profileBuilder(lib, { rounds = 300, batch = 64 } = {}) {
  const { respond } = lib;
  const full = () =>
    respond()
      .status(200)
      .contentType("text/plain; charset=utf-8")
      .cacheControl("private, max-age=60")
      .cookie("session", "abc123", SESSION)
      .cookie("theme", "dark", THEME)
      .header("X-Request-Id", "7f3a9c")
      .hsts({ maxAge: 63072000, includeSubDomains: true, preload: true });
  const built = full();
  const lines = built.entries();
  const steps = [
    ["respond()", () => respond()],
    ["status(200)", () => respond().status(200)],
    ["contentType(\"text/plain; charset=utf-8\")", () => respond().contentType("text/plain; charset=utf-8")],
    ["cacheControl(\"private, max-age=60\")", () => respond().cacheControl("private, max-age=60")],
    ["cookie(\"session\", …, { path, httpOnly, secure, sameSite })", () => respond().cookie("session", "abc123", SESSION)],
    ["cookie(\"theme\", …, { path, maxAge, sameSite })", () => respond().cookie("theme", "dark", THEME)],
    ["header(\"X-Request-Id\", …)", () => respond().header("X-Request-Id", "7f3a9c")],
    ["hsts({ maxAge, includeSubDomains, preload })", () => respond().hsts({ maxAge: 63072000, includeSubDomains: true, preload: true })],
    ["the whole chain, no Response", full],
    ["fields() of the chain", () => built.fields()],
    ["text() of a built chain (remembered lines + new Response)", () => built.text(BODY)],
    ["new Response(body, { headers: [[name, value], …] })", () => new Response(BODY, { status: 200, headers: lines })],
    ["new Response(body, { headers: a Headers filled by append })", () => {
      const headers = new Headers();
      for (const [name, value] of lines) headers.append(name, value);
      return new Response(BODY, { status: 200, headers });
    }],
    ["new Response(body), then its own headers filled (what build() does)", () => {
      const response = new Response(BODY, { status: 200 });
      const headers = response.headers;
      for (const [name, value] of lines) {
        if (name === "content-type") headers.set(name, value);
        else headers.append(name, value);
      }
      return response;
    }],
    ["new Response(body) with no headers", () => new Response(BODY, { status: 200 })],
    ["for reference: the hand-written typical response", () => {
      const headers = new Headers();
      for (const [name, value] of lines) headers.append(name, value);
      return new Response(BODY, { status: 200, headers });
    }],
    ["for reference: respond() typical response (chain + text())", () => full().text(BODY)],
  ];
  const usable = steps.filter(([name, fn]) => {
    try {
      fn();
      return true;
    } catch {
      return false; // a family method that has not landed
    }
  });
  const samples = usable.map(() => []);
  for (let i = 0; i < 2 * batch; i++) for (const [, fn] of usable) fn();
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < usable.length; k++) {
      const index = (k + round) % usable.length;
      const fn = usable[index][1];
      const started = performance.now();
      for (let i = 0; i < batch; i++) sink = fn();
      samples[index].push(((performance.now() - started) / batch) * 1e6);
    }
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const base = median(samples[0]);
  return usable.map(([name], index) => {
    const ns = median(samples[index]);
    return { name, ns: Math.round(ns), ownNs: index > 0 && index < 8 ? Math.round(ns - base) : undefined };
  });
}

export function formatProfile(rows) {
  const out = ["| step | ns (median) | minus respond() |", "|---|---:|---:|"];
  for (const row of rows) out.push(`| ${row.name} | ${row.ns.toLocaleString("en-US")} | ${row.ownNs === undefined ? "" : row.ownNs.toLocaleString("en-US")} |`);
  return out.join("\n");
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(path.resolve(entry)).href) {
  const args = process.argv.slice(2);
  const bundle = args.find((arg) => !arg.startsWith("--")) ?? "bench/fixtures/typed-headers.mjs";
  const lib = await import(pathToFileURL(path.resolve(bundle)).href);
  const rows = profileBuilder(lib);
  console.log(args.includes("--json") ? JSON.stringify(rows) : formatProfile(rows));
}

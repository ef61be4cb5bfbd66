// The longest literal each validator accepts before the compiler gives up (TS2589, "Type instantiation
// is excessively deep and possibly infinite"). One fixture holds every validator at every length, one
// statement each, so one compile per compiler answers all of them: a length passes when its statement
// has no error. A literal refused for another reason (an error that is not TS2589) is reported as such:
// the generator below must write only valid literals.

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { landedMethods, typesDir } from "./gen-types.mjs";
import { spawnCompiler } from "./types.mjs";

export const LENGTHS = [50, 100, 200, 300, 400, 500, 750, 1000, 1500, 2000, 3000, 4000];

// Grows `head` by `part(i)` until the text is exactly `length` characters (the last part is cut to fit
// by `pad`, which must keep it valid).
function grow(head, part, length, pad) {
  let text = head;
  for (let i = 1; text.length < length; i++) text += part(i);
  return text.length === length ? text : pad(text, length);
}

/** Validators by call, each with a writer of a valid literal of about `n` characters. */
function cases(has) {
  const list = [
    ["contentType(…)", (lit) => `respond().contentType(${lit})`, (n) => grow("text/plain; charset=utf-8", (i) => `; p${i}=v`, n, (t) => t)],
    ["header(custom name, …)", (lit) => `respond().header(${lit}, "1")`, (n) => "X-" + "a".repeat(n - 2)],
    ["header(…, custom value)", (lit) => `respond().header("X-Trace", ${lit})`, (n) => grow("trace", (i) => ` span-${i}`, n, (t) => t)],
    ["header(\"Cache-Control\", …)", (lit) => `respond().header("Cache-Control", ${lit})`, (n) => cacheControl(n)],
    ["header(\"Content-Security-Policy\", …)", (lit) => `respond().header("Content-Security-Policy", ${lit})`, (n) => csp(n)],
  ];
  if (has.has("cacheControl")) list.push(["cacheControl(…)", (lit) => `respond().cacheControl(${lit})`, (n) => cacheControl(n)]);
  // csp() takes an object; its literal is the source list, and its length that of the policy it writes.
  if (has.has("csp")) list.push(["csp({ …sources })", (lit) => `respond().csp(${cspObject(JSON.parse(lit))})`, (n) => csp(n)]);
  if (has.has("cookie")) list.push(["cookie(name, value)", (lit) => `respond().cookie("sid", ${lit})`, (n) => "v".repeat(n)]);
  if (has.has("attachment")) list.push(["attachment(filename)", (lit) => `respond().attachment(${lit})`, (n) => `${"r".repeat(Math.max(1, n - 4))}.pdf`]);
  if (has.has("link")) list.push(["link(url, { rel })", (lit) => `respond().link(${lit}, { rel: "preload", as: "style" })`, (n) => `/assets/${"a".repeat(Math.max(1, n - 12))}.css`]);
  return list;
}

// A long Cache-Control: known directives, then a no-cache field list (RFC 9111 §5.2.2.4) that grows.
function cacheControl(n) {
  return grow('public, max-age=60, s-maxage=120, stale-while-revalidate=30, no-cache="Set-Cookie', (i) => `, X-H${i}`, n - 1, (t) => t) + '"';
}
// A long CSP: a few directives, then an img-src source list that grows, as sites with many CDNs have.
function csp(n) {
  return grow("default-src 'self'; object-src 'none'; img-src 'self'", (i) => ` https://cdn${i}.example`, n, (t) => t);
}

function cspObject(policy) {
  const entries = policy.split(";").map((part) => part.trim().split(" "));
  return `{ ${entries.map(([name, ...sources]) => `${JSON.stringify(name)}: ${JSON.stringify(sources)}`).join(", ")} }`;
}

export function longestLiterals(versions = ["7.0", "6.0"]) {
  mkdirSync(typesDir, { recursive: true });
  const list = cases(landedMethods());
  const lines = ['import { respond } from "../../../src/index.js";', ""];
  const where = new Map(); // line number → [case index, length]
  list.forEach(([, call, write], index) => {
    for (const length of LENGTHS) {
      where.set(lines.length + 1, [index, length, write(length).length]);
      lines.push(`${call(JSON.stringify(write(length)))};`);
    }
  });
  writeFileSync(path.join(typesDir, "limits.ts"), lines.join("\n"));
  writeFileSync(
    path.join(typesDir, "tsconfig.limits.json"),
    JSON.stringify({ extends: "../../../tsconfig.json", compilerOptions: { isolatedDeclarations: false, declaration: false, noEmit: true }, include: [], files: ["limits.ts"] }, null, 2),
  );
  const results = list.map(([name]) => ({ name, byVersion: {} }));
  for (const version of versions) {
    const run = spawnCompiler(version, ["-p", path.join(typesDir, "tsconfig.limits.json"), "--pretty", "false"]);
    const failed = new Map(); // line → error code
    for (const match of (run.stdout + run.stderr).matchAll(/limits\.ts\((\d+),\d+\): error (TS\d+)/gu)) {
      const line = Number(match[1]);
      if (!failed.has(line)) failed.set(line, match[2]);
    }
    list.forEach((_, index) => {
      let longest = 0;
      let stop;
      for (const [line, [caseIndex, , actual]] of where) {
        if (caseIndex !== index) continue;
        const code = failed.get(line);
        if (code === undefined && stop === undefined) longest = actual;
        else if (code !== undefined && stop === undefined) stop = { length: actual, code };
      }
      results[index].byVersion[version] = { longest, stop: stop ?? null };
    });
  }
  return results;
}

export function formatLimits(results) {
  const versions = Object.keys(results[0]?.byVersion ?? {});
  const out = [`| validator | ${versions.map((v) => `TS ${v}: longest accepted (first failure)`).join(" | ")} |`, `|---|${versions.map(() => "---|").join("")}`];
  for (const { name, byVersion } of results) {
    const cells = versions.map((v) => {
      const { longest, stop } = byVersion[v];
      return `${longest === 0 ? "none" : longest} chars${stop === null ? ` (all up to ${LENGTHS.at(-1)} pass)` : ` (${stop.length}: ${stop.code})`}`;
    });
    out.push(`| ${name} | ${cells.join(" | ")} |`);
  }
  return out.join("\n");
}

// Writes the type-check fixtures: N request handlers, each a realistic 8-call chain over every header
// family ending in a body, and the same handlers written against plain `Headers` + `new Response`.
// Every handler uses its own literals (max-age, cookie names, ids, file names), as real code does, so
// that the compiler's caches do not make handler 2…N free.
//
// A family has landed when its method appears in src/methods/<group>.ts; until then its call falls back
// to header(name, value) with the same field value, so the chain stays 8 validated calls either way.
//
//   node bench/gen-types.mjs [handlers]      → bench/fixtures/types/{typed,plain,empty}.ts + tsconfigs

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { fixtures, root } from "./lib.mjs";

export const typesDir = path.join(fixtures, "types");

/** Builder methods declared in src/methods/*.ts (interface members), by name. */
export function landedMethods() {
  const dir = path.join(root, "src", "methods");
  const names = new Set();
  for (const file of readdirSync(dir)) {
    if (!file.endsWith(".ts")) continue;
    const text = readFileSync(path.join(dir, file), "utf8");
    const body = text.match(/export interface \w+Methods<[^>]*>[^{]*\{([\s\S]*?)\n\}/u)?.[1] ?? "";
    for (const match of body.matchAll(/^ {2}(\w+)\s*[<(]/gmu)) names.add(match[1]);
  }
  return names;
}

const TYPES = [
  "text/plain; charset=utf-8",
  "text/html; charset=utf-8",
  "application/json",
  "text/csv; charset=utf-8",
  "application/problem+json",
  "image/svg+xml",
  "application/pdf",
  "text/calendar",
];
const STATUSES = [200, 200, 201, 200, 202, 404, 200, 409];

/** The 8 calls of handler `i`: [typed builder call, hand-written statement], each setting the same field. */
function calls(i, has) {
  const age = 60 + i;
  const cache = i % 3 === 0 ? `private, max-age=${age}` : i % 3 === 1 ? `public, max-age=${age}, stale-while-revalidate=30` : "no-store";
  const type = TYPES[i % TYPES.length];
  const cookie = `sid${i}=v${i}; Path=/; Secure; HttpOnly; SameSite=Lax`;
  const csp = `default-src 'self'; img-src 'self' https://cdn${i}.example; object-src 'none'`;
  const file = `report-${i}.pdf`;
  const sec = i % 2 === 0 ? "DENY" : "SAMEORIGIN";
  const hstsAge = 31536000 + i;
  const set = (name, value) => `headers.set(${JSON.stringify(name)}, ${JSON.stringify(value)});`;
  const header = (name, value) => `.header(${JSON.stringify(name)}, ${JSON.stringify(value)})`;
  return [
    [`.status(${STATUSES[i % STATUSES.length]})`, null],
    [`.contentType(${JSON.stringify(type)})`, set("Content-Type", type)],
    [has.has("cacheControl") ? `.cacheControl(${JSON.stringify(cache)})` : header("Cache-Control", cache), set("Cache-Control", cache)],
    [
      has.has("cookie") ? `.cookie("sid${i}", "v${i}", { path: "/", secure: true, httpOnly: true, sameSite: "Lax" })` : header(`X-Session-${i}`, `v${i}`),
      has.has("cookie") ? `headers.append("Set-Cookie", ${JSON.stringify(cookie)});` : set(`X-Session-${i}`, `v${i}`),
    ],
    [header("X-Request-Id", `req-${i}-7f3a9c`), set("X-Request-Id", `req-${i}-7f3a9c`)],
    [
      has.has("hsts") ? `.hsts({ maxAge: ${hstsAge}, includeSubDomains: true, preload: true })` : header("Strict-Transport-Security", `max-age=${hstsAge}; includeSubDomains; preload`),
      set("Strict-Transport-Security", `max-age=${hstsAge}; includeSubDomains; preload`),
    ],
    i % 2 === 0
      ? [
          has.has("csp")
            ? `.csp({ "default-src": ["'self'"], "img-src": ["'self'", "https://cdn${i}.example"], "object-src": ["'none'"] })`
            : header("Content-Security-Policy", csp),
          set("Content-Security-Policy", csp),
        ]
      : [has.has("frameOptions") ? `.frameOptions(${JSON.stringify(sec)})` : header("X-Frame-Options", sec), set("X-Frame-Options", sec)],
    [
      has.has("attachment") ? `.attachment(${JSON.stringify(file)})` : header("Content-Disposition", `attachment; filename="${file}"`),
      set("Content-Disposition", `attachment; filename="${file}"`),
    ],
  ];
}

/** The number of validated calls per handler. */
export const CALLS_PER_HANDLER = 8;

export function generateTypeFixtures(handlers = 500) {
  mkdirSync(typesDir, { recursive: true });
  const has = landedMethods();
  const typed = ['import { respond } from "../../../src/index.js";', ""];
  const plain = [""];
  for (let i = 0; i < handlers; i++) {
    const chain = calls(i, has);
    const status = STATUSES[i % STATUSES.length];
    typed.push(`export function handler${i}(): Response {`, `  return respond()`);
    for (const [call] of chain) typed.push(`    ${call}`);
    typed.push(`    .text("ok ${i}");`, "}", "");
    plain.push(`export function handler${i}(): Response {`, "  const headers = new Headers();");
    for (const [, statement] of chain) if (statement !== null) plain.push(`  ${statement}`);
    plain.push(`  return new Response("ok ${i}", { status: ${status}, headers });`, "}", "");
  }
  const empty = ['import { respond } from "../../../src/index.js";', "export const unused: typeof respond = respond;", ""];
  const write = (name, lines) => {
    writeFileSync(path.join(typesDir, `${name}.ts`), lines.join("\n"));
    writeFileSync(
      path.join(typesDir, `tsconfig.${name}.json`),
      JSON.stringify({ extends: "../../../tsconfig.json", compilerOptions: { isolatedDeclarations: false, declaration: false, noEmit: true }, include: [], files: [`${name}.ts`] }, null, 2),
    );
  };
  write("typed", typed);
  write("plain", plain);
  write("empty", empty);
  // The same handlers, with no library in the program at all: the cost of the plain baseline alone.
  return { handlers, calls: handlers * CALLS_PER_HANDLER, landed: [...has].sort() };
}

/**
 * One fixture per call of the chain (`slot0.ts` … `slot7.ts`): N handlers that each make only that call,
 * so that the type cost of the chain can be split by method.
 */
export function generateSlotFixtures(handlers = 500) {
  mkdirSync(typesDir, { recursive: true });
  const has = landedMethods();
  const names = [];
  for (let slot = 0; slot < CALLS_PER_HANDLER; slot++) {
    const lines = ['import { respond } from "../../../src/index.js";', ""];
    for (let i = 0; i < handlers; i++) {
      lines.push(`export function handler${i}(): Response {`, `  return respond()${calls(i, has)[slot][0]}.text("ok");`, "}", "");
    }
    const name = `slot${slot}`;
    writeFileSync(path.join(typesDir, `${name}.ts`), lines.join("\n"));
    writeFileSync(
      path.join(typesDir, `tsconfig.${name}.json`),
      JSON.stringify({ extends: "../../../tsconfig.json", compilerOptions: { isolatedDeclarations: false, declaration: false, noEmit: true }, include: [], files: [`${name}.ts`] }, null, 2),
    );
    // What the slot calls, for the report: the method name, or header(<name>) while the family is pending.
    const call = calls(0, has)[slot][0];
    names.push(call.startsWith(".header(") ? `header(${call.slice(8).split(",")[0]})` : call.slice(1, call.indexOf("(")));
  }
  return names;
}

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? "")).href) {
  const result = generateTypeFixtures(Number(process.argv[2] ?? 500));
  console.log(`wrote ${path.relative(root, typesDir)}: ${result.handlers} handlers, ${result.calls} validated calls; landed methods: ${result.landed.join(", ")}`);
}

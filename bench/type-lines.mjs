// "Every type trick gets a line in the type-check benchmark" (STYLE.md): the instantiations each
// checking type costs on its own. For each line, a fixture of 500 type aliases, each the type applied to
// its own realistic literal, compiled by TypeScript 7; the figure is (instantiations − those of an
// empty fixture) / 500. A type not exported (yet) by its module is skipped.

import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { root } from "./lib.mjs";
import { typesDir } from "./gen-types.mjs";
import { measureTypes } from "./types.mjs";

const N = 500;

/** [label, module (from src/), type name, type expression for literal number i] */
export const TYPE_LINES = [
  ["status(200)", "builder", "StatusArg", (i) => `StatusArg<${[200, 201, 202, 404, 409][i % 5]}>`],
  ["contentType: a registered type", "headers/content-type", "ContentTypeArg", (i) => `ContentTypeArg<"${["text/plain", "text/html", "application/json", "text/csv", "image/png"][i % 5]}; charset=utf-8">`],
  ["contentType: a vnd. type with a +json suffix", "headers/content-type", "ContentTypeArg", (i) => `ContentTypeArg<"application/vnd.app${i}+json">`],
  ["header name: custom token", "header-name", "HeaderNameArg", (i) => `HeaderNameArg<"X-Request-Id-${i}">`],
  ["header name: known name", "header-name", "HeaderNameArg", (i) => `HeaderNameArg<"${["Cache-Control", "Content-Type", "X-Frame-Options", "Location", "Vary"][i % 5]}">`],
  ["header value: custom header", "header-name", "HeaderValueArg", (i) => `HeaderValueArg<"X-Request-Id", "req-${i}-7f3a9c">`],
  ["FieldValueArg (the custom-value check alone)", "header-name", "FieldValueArg", (i) => `FieldValueArg<"X-Request-Id", "req-${i}-7f3a9c">`],
  ["IsToken (grammar, 16 chars)", "internal/grammar", "IsToken", (i) => `IsToken<"X-Request-Id-${String(i).padStart(4, "0")}">`],
  ["FieldValueProblem (grammar, 16 chars)", "internal/grammar", "FieldValueProblem", (i) => `FieldValueProblem<"req-${String(i).padStart(4, "0")}-7f3a9c">`],
  ["SkipAllowed (grammar's walk, 16 chars)", "internal/grammar", "SkipAllowed", (i) => `SkipAllowed<"req-${String(i).padStart(4, "0")}-7f3a9c", "-" | "r" | "e" | "q" | "f" | "a" | "c" | "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9">`],
  ["OnlyChars (grammar's yes/no walk, 16 chars)", "internal/grammar", "OnlyChars", (i) => `OnlyChars<"req-${String(i).padStart(4, "0")}-7f3a9c", "-" | "r" | "e" | "q" | "f" | "a" | "c" | "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9">`],
  ["IsDigits (grammar, 8 digits)", "internal/grammar", "IsDigits", (i) => `IsDigits<"${31536000 + i}">`],
  ["cacheControl(\"public, max-age=N\")", "headers/cache-control", "CacheControlArg", (i) => `CacheControlArg<"public, max-age=${i}">`],
  ["cacheControl(\"private, max-age=N, must-revalidate\")", "headers/cache-control", "CacheControlArg", (i) => `CacheControlArg<"private, max-age=${i}, must-revalidate">`],
  ["cookie name (no prefix)", "headers/set-cookie", "CookieNameArg", (i) => `CookieNameArg<"sid${i}", { path: "/"; secure: true }>`],
  ["cookie name (__Host- prefix)", "headers/set-cookie", "CookieNameArg", (i) => `CookieNameArg<"__Host-sid${i}", { path: "/"; secure: true }>`],
  ["cookie value", "headers/set-cookie", "CookieValueArg", (i) => `CookieValueArg<"v${i}-abc123">`],
  ["cookie options check", "headers/set-cookie", "CookieOptionsCheck", (i) => `CookieOptionsCheck<{ path: "/p${i}"; secure: true; httpOnly: true; sameSite: "Lax"; maxAge: ${3600 + i} }>`],
  ["hsts options check", "headers/security", "HstsCheck", (i) => `HstsCheck<{ maxAge: ${31536000 + i}; includeSubDomains: true; preload: true }>`],
  ["Strict-Transport-Security text", "headers/security", "HstsArg", (i) => `HstsArg<"max-age=${31536000 + i}; includeSubDomains; preload">`],
  ["CSP: 3 directives", "headers/content-security-policy", "CspArg", (i) => `CspArg<"default-src 'self'; img-src 'self' https://cdn${i}.example; object-src 'none'">`],
  ["csp({ … }) object check: 3 directives", "headers/content-security-policy", "CspCheck", (i) => `CspCheck<{ "default-src": ["'self'"]; "img-src": ["'self'", "https://cdn${i}.example"]; "object-src": ["'none'"] }>`],
  ["attachment filename", "headers/content-disposition", "FilenameArg", (i) => `FilenameArg<"report-${i}.pdf">`],
  ["Content-Disposition text", "headers/content-disposition", "ContentDispositionArg", (i) => `ContentDispositionArg<"attachment; filename=\\"report-${i}.pdf\\"">`],
];

function exportsType(module, name) {
  const file = path.join(root, "src", `${module}.ts`);
  return existsSync(file) && new RegExp(`export (type|interface) ${name}\\b`, "u").test(readFileSync(file, "utf8"));
}

export function measureTypeLines(version = "7.0") {
  mkdirSync(typesDir, { recursive: true });
  const project = (name) =>
    writeFileSync(
      path.join(typesDir, `tsconfig.${name}.json`),
      JSON.stringify({ extends: "../../../tsconfig.json", compilerOptions: { isolatedDeclarations: false, declaration: false, noEmit: true }, include: [], files: [`${name}.ts`] }, null, 2),
    );
  const rows = [];
  TYPE_LINES.forEach(([label, module, name, write], index) => {
    if (!exportsType(module, name)) {
      rows.push({ label, type: name, skipped: true });
      return;
    }
    const head = `import type { ${name} } from "../../../src/${module}.js";\n`;
    writeFileSync(path.join(typesDir, `line${index}-empty.ts`), `${head}export type { ${name} };\n`);
    const lines = [head];
    for (let i = 0; i < N; i++) lines.push(`export type T${i} = ${write(i)};`);
    writeFileSync(path.join(typesDir, `line${index}.ts`), lines.join("\n"));
    project(`line${index}`);
    project(`line${index}-empty`);
    try {
      const full = measureTypes(version, `line${index}`, [], { timeoutSeconds: 120 });
      const empty = measureTypes(version, `line${index}-empty`, [], { timeoutSeconds: 120 });
      rows.push({ label, type: name, perUse: (full.instantiations - empty.instantiations) / N });
    } catch (error) {
      rows.push({ label, type: name, error: String(error.message).split("\n").slice(0, 2).join(" ") });
    }
  });
  return rows;
}

export function formatTypeLines(rows) {
  const out = ["| check | type | instantiations per use |", "|---|---|---:|"];
  for (const row of [...rows].sort((a, b) => (b.perUse ?? -1) - (a.perUse ?? -1))) {
    const figure = row.skipped ? "not exported yet" : row.error !== undefined ? `error: ${row.error.slice(0, 120)}` : row.perUse.toFixed(1);
    out.push(`| ${row.label} | \`${row.type}\` | ${figure} |`);
  }
  return out.join("\n");
}

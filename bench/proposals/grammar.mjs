// Measures bench/proposals/grammar-fast.ts against src/internal/grammar.ts: instantiations per use on
// 500 literals (TypeScript 7), and the same answer as today's types on a set of cases (a compile error
// otherwise). Run: node bench/proposals/grammar.mjs

import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { typesDir } from "../gen-types.mjs";
import { measureTypes } from "../types.mjs";

mkdirSync(typesDir, { recursive: true });
const head = [
  'import type { IsToken, FieldValueProblem } from "../../../src/internal/grammar.js";',
  'import type { IsTokenFast, FieldValueProblemFast } from "../../proposals/grammar-fast.js";',
  "export type { IsToken, FieldValueProblem, IsTokenFast, FieldValueProblemFast };",
  "",
];
const project = (name) =>
  writeFileSync(
    path.join(typesDir, `tsconfig.${name}.json`),
    JSON.stringify({ extends: "../../../tsconfig.json", compilerOptions: { isolatedDeclarations: false, declaration: false, noEmit: true }, include: [], files: [`${name}.ts`] }, null, 2),
  );
const write = (name, lines) => {
  writeFileSync(path.join(typesDir, `${name}.ts`), [...head, ...lines].join("\n"));
  project(name);
};

// Same answers: tokens (ASCII) and field values (ASCII and obs-text), valid and not; beyond that the
// proposal leaves the answer to the run time on purpose.
const tokens = ["X-Request-Id", "a", "!#$%&'*+-.^_`|~09AZaz", "", "X Request", "X:Id", "X-Id\r", "X(1)", "a\"b", "a\x7fb", "tab\there", "a/b", "a{b}"];
const values = ["abc", "a b", "", " lead", "trail ", "tab\tin", "cr\rlf", "lf\nx", "nul\0x", "bell\x07", "del\x7f", "obs\xe9", "quote\"s;=,"];
const same = ["type Same<TLeft, TRight> = [TLeft] extends [TRight] ? ([TRight] extends [TLeft] ? true : false) : false;"];
tokens.forEach((text, i) => same.push(`export const token${i}: Same<IsTokenFast<${JSON.stringify(text)}>, IsToken<${JSON.stringify(text)}>> = true;`));
values.forEach((text, i) => same.push(`export const value${i}: Same<FieldValueProblemFast<${JSON.stringify(text)}>, FieldValueProblem<${JSON.stringify(text)}>> = true;`));
// And a check that can fail: a different answer must be a compile error.
same.push("// @ts-expect-error IsTokenFast and IsToken differ beyond ASCII on purpose: the run time refuses it", 'export const beyond: Same<IsTokenFast<"naïve">, IsToken<"naïve">> = true;');
write("proposal-same", same);
measureTypes("7.0", "proposal-same"); // throws on a compile error, i.e. a different answer

const uses = (type, literal) => Array.from({ length: 500 }, (_, i) => `export type T${i} = ${type}<${JSON.stringify(literal(i))}>;`);
const cases = [
  ["IsToken", "IsTokenFast", (i) => `X-Request-Id-${String(i).padStart(4, "0")}`, "16-character header name"],
  ["FieldValueProblem", "FieldValueProblemFast", (i) => `req-${String(i).padStart(4, "0")}-7f3a9c`, "16-character field value"],
  ["FieldValueProblem", "FieldValueProblemFast", (i) => `${"trace ".repeat(16)}${i}`, "100-character field value"],
];
write("proposal-empty", []);
const base = measureTypes("7.0", "proposal-empty").instantiations;
console.log("| type | literal | today | proposal |\n|---|---|---:|---:|");
cases.forEach(([today, proposal, literal, label], index) => {
  write(`proposal-${index}-today`, uses(today, literal));
  write(`proposal-${index}-new`, uses(proposal, literal));
  const a = (measureTypes("7.0", `proposal-${index}-today`).instantiations - base) / 500;
  const b = (measureTypes("7.0", `proposal-${index}-new`).instantiations - base) / 500;
  console.log(`| ${today} | ${label} | ${a.toFixed(1)} | ${b.toFixed(1)} |`);
});
console.log(`\nsame answers as today on ${tokens.length} ASCII tokens and ${values.length} field values (ASCII and obs-text); "naïve" is a token for the proposal's types (the run time refuses it)`);

// Every example a user reads compiles: the README's ```ts blocks and every JSDoc @example in src/.
// A refused line in the README carries `// @ts-expect-error`, so a rule that stops refusing fails here.
// One in-memory program with the TypeScript 6 API; each example is a module of its own, placed beside
// the file it documents so that its imports resolve as written.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compilerOptions } from "./helpers/type-check.js";

const root = path.resolve(import.meta.dirname, "..");

interface Example {
  readonly where: string;
  readonly file: string;
  readonly code: string;
}

function examples(): Example[] {
  const found: Example[] = [];
  const readme = readFileSync(path.join(root, "README.md"), "utf8");
  let index = 0;
  for (const match of readme.matchAll(/```ts\n([\s\S]*?)```/gu)) {
    found.push({ where: `README.md, ts block ${index + 1}`, file: path.join(root, `__readme_example_${index}__.ts`), code: match[1] ?? "" });
    index++;
  }
  const src = path.join(root, "src");
  for (const name of readdirSync(src, { recursive: true, encoding: "utf8" })) {
    if (!name.endsWith(".ts")) continue;
    const text = readFileSync(path.join(src, name), "utf8");
    let count = 0;
    for (const match of text.matchAll(/@example\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/gu)) {
      const code = (match[1] ?? "").split("\n").map((line) => line.replace(/^\s*\* ?/u, "")).join("\n");
      const file = path.join(src, path.dirname(name), `__example_${path.basename(name, ".ts")}_${count}__.ts`);
      found.push({ where: `src/${name}, example ${count + 1}`, file, code });
      count++;
    }
  }
  return found;
}

describe("documentation examples", () => {
  const all = examples();

  it("there are examples to check (README blocks and one per documented export)", () => {
    expect(all.filter((example) => example.where.startsWith("README")).length).toBeGreaterThanOrEqual(6);
    expect(all.length).toBeGreaterThan(250);
  });

  it("every example compiles", () => {
    const files = new Map(all.map((example) => [example.file, `${example.code}\nexport {};\n`]));
    const options: ts.CompilerOptions = { ...compilerOptions, types: ["node"] };
    const host = ts.createCompilerHost(options, true);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, language, onError, shouldCreate) => {
      const code = files.get(path.resolve(fileName));
      return code === undefined ? getSourceFile(fileName, language, onError, shouldCreate) : ts.createSourceFile(fileName, code, language, true);
    };
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (fileName) => files.has(path.resolve(fileName)) || fileExists(fileName);
    const readFile = host.readFile.bind(host);
    host.readFile = (fileName) => files.get(path.resolve(fileName)) ?? readFile(fileName);
    const program = ts.createProgram({ rootNames: [...files.keys()], options, host });
    const failures: string[] = [];
    for (const example of all) {
      const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(example.file));
      if (diagnostics.length > 0) {
        failures.push(`${example.where}: ${diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")).join(" | ")}`);
      }
    }
    expect(failures).toEqual([]);
  });
});

// Compiles TypeScript snippets in memory with the TypeScript 6 API and returns their diagnostics, so that
// tests can assert on the text of compile errors (what a user reads in the editor), not only that one
// happens. Snippets import the library as "typed-headers"; they are compiled as test/__snippet__.ts.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import ts from "typescript";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const snippetPath = path.join(root, "test", "__snippet__.ts");
const configPath = path.join(root, "tsconfig.json");
const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, {
  ...ts.sys,
  onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
    throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"));
  },
});
if (config === undefined) throw new Error("tsconfig.json could not be read");

/** Compiler options of the project, with `typed-headers` mapped to src/index.ts. */
export const compilerOptions: ts.CompilerOptions = {
  ...config.options,
  noEmit: true,
  isolatedDeclarations: false,
  declaration: false,
  paths: { "typed-headers": [path.join(root, "src/index.ts")], "typed-headers/node": [path.join(root, "src/node.ts")] },
};

const cache = new Map<string, ts.SourceFile>();
let oldProgram: ts.Program | undefined;

function hostFor(snippet: string): ts.CompilerHost {
  const host = ts.createCompilerHost(compilerOptions, true);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (path.resolve(fileName) === snippetPath) return ts.createSourceFile(fileName, snippet, languageVersion, true);
    const cached = cache.get(fileName);
    if (cached !== undefined) return cached;
    const file = getSourceFile(fileName, languageVersion, onError, shouldCreate);
    if (file !== undefined) cache.set(fileName, file);
    return file;
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (fileName) => path.resolve(fileName) === snippetPath || fileExists(fileName);
  const readFile = host.readFile.bind(host);
  host.readFile = (fileName) => (path.resolve(fileName) === snippetPath ? snippet : readFile(fileName));
  return host;
}

/** The diagnostics (message text, chained messages joined by newlines) of one snippet. */
export function typeErrors(snippet: string): string[] {
  const options: ts.CreateProgramOptions = { rootNames: [snippetPath], options: compilerOptions, host: hostFor(snippet) };
  if (oldProgram !== undefined) options.oldProgram = oldProgram;
  const program = ts.createProgram(options);
  oldProgram = program;
  const file = program.getSourceFile(snippetPath);
  return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((diagnostic) =>
    ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n"),
  );
}

/**
 * The string-literal completions the TypeScript language service offers at the `|` in `snippet`
 * (the marker is removed before compiling).
 */
export function completionsAt(snippet: string): string[] {
  const at = snippet.indexOf("|");
  if (at < 0) throw new Error("completionsAt needs a | marker");
  const text = snippet.slice(0, at) + snippet.slice(at + 1);
  const files = new Map<string, string>([[snippetPath, text]]);
  const service = ts.createLanguageService({
    getScriptFileNames: () => [snippetPath],
    getScriptVersion: () => "1",
    getScriptSnapshot: (fileName) => {
      const content = files.get(path.resolve(fileName)) ?? (ts.sys.fileExists(fileName) ? readFileSync(fileName, "utf8") : undefined);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => root,
    getCompilationSettings: () => compilerOptions,
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: (fileName) => files.has(path.resolve(fileName)) || ts.sys.fileExists(fileName),
    readFile: (fileName) => files.get(path.resolve(fileName)) ?? ts.sys.readFile(fileName),
  });
  const completions = service.getCompletionsAtPosition(snippetPath, at, {});
  return completions?.entries.map((entry) => entry.name) ?? [];
}

// The editor's latency: completions at `contentType("` right after an edit, from the TypeScript 6
// language service (what VS Code's tsserver runs), in a project that also holds the 500-handler
// fixture. The first request pays for loading and checking the library; the figure is the median of
// requests each made after an edit to the file (a new version, so nothing is reused blindly).

import ts from "typescript";
import { readFileSync } from "node:fs";
import path from "node:path";
import { root } from "./lib.mjs";
import { typesDir } from "./gen-types.mjs";

const EDITED = path.join(typesDir, "edited.ts");

/** Median completion latency (ms) at each `|` probe, after `edits` edits; plus the cold first request. */
export function completionLatency({ edits = 15 } = {}) {
  const config = ts.getParsedCommandLineOfConfigFile(path.join(root, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const options = { ...config.options, noEmit: true, isolatedDeclarations: false, declaration: false };
  const probes = [
    // The floor: a union from lib.dom in the same project, no typed-headers type involved.
    ["baseline: RequestMode \"", 'new Request("/", { mode: "|" })'],
    ["contentType(\"", 'respond().status(200).contentType("|")'],
    ["contentType(\"text/", 'respond().status(200).contentType("text/|")'],
    ["header(\"", 'respond().header("|", "1")'],
  ];
  const results = [];
  for (const [label, probe] of probes) {
    const at = probe.indexOf("|");
    const head = `import { respond } from "../../../src/index.js";\n`;
    let version = 0;
    let text = "";
    const setText = (n) => {
      // Each edit changes an unrelated line above the probe, as typing elsewhere in the file does.
      text = `${head}export const edit${n} = ${n};\nexport const res = ${probe.slice(0, at)}${probe.slice(at + 1)};\n`;
      version++;
    };
    setText(0);
    const files = [path.join(typesDir, "typed.ts"), EDITED];
    const service = ts.createLanguageService(
      {
        getScriptFileNames: () => files,
        getScriptVersion: (file) => (path.resolve(file) === EDITED ? String(version) : "1"),
        getScriptSnapshot: (file) => {
          if (path.resolve(file) === EDITED) return ts.ScriptSnapshot.fromString(text);
          return ts.sys.fileExists(file) ? ts.ScriptSnapshot.fromString(readFileSync(file, "utf8")) : undefined;
        },
        getCurrentDirectory: () => root,
        getCompilationSettings: () => options,
        getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
        fileExists: (file) => path.resolve(file) === EDITED || ts.sys.fileExists(file),
        readFile: (file) => (path.resolve(file) === EDITED ? text : ts.sys.readFile(file)),
      },
      ts.createDocumentRegistry(),
    );
    const position = () => text.indexOf("export const res = ") + "export const res = ".length + at;
    const ask = () => service.getCompletionsAtPosition(EDITED, position(), { triggerCharacter: '"', includeCompletionsWithInsertText: true });
    let started = performance.now();
    const first = ask();
    const cold = performance.now() - started;
    const times = [];
    for (let n = 1; n <= edits; n++) {
      setText(n);
      started = performance.now();
      ask();
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    const names = (first?.entries ?? []).map((entry) => entry.name);
    results.push({
      probe: label,
      coldMs: cold,
      medianMs: times[Math.floor(times.length / 2)],
      maxMs: times.at(-1),
      entries: names.length,
      sample: names.slice(0, 4),
      errorTexts: names.filter((name) => name.includes("typed-headers error") || name.startsWith("Invalid")).length,
    });
    service.dispose();
  }
  return results;
}

export function formatCompletions(results) {
  const out = ["| probe | after an edit (median) | max | cold (first request) | completions | error texts offered |", "|---|---:|---:|---:|---:|---:|"];
  for (const row of results) {
    out.push(`| \`${row.probe}\` | ${row.medianMs.toFixed(1)} ms | ${row.maxMs.toFixed(1)} ms | ${row.coldMs.toFixed(0)} ms | ${row.entries} (${row.sample.join(", ")}, …) | ${row.errorTexts} |`);
  }
  return out.join("\n");
}

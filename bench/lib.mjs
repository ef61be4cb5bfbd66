// Shared helpers of the benchmarks: building the library the way it ships, and sizes.

import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const fixtures = path.join(root, "bench", "fixtures");

/**
 * Bundles an entry (a file, or an inline module given as `contents`) with esbuild: ESM, minified, tree
 * shaken, for the browser platform (no Node built-ins). Returns the code and its sizes in bytes.
 */
export async function bundle({ entry, contents, outfile, minify = true, loader = "js" }) {
  mkdirSync(fixtures, { recursive: true });
  const result = await build({
    ...(contents === undefined
      ? { entryPoints: [entry] }
      : { stdin: { contents, resolveDir: root, sourcefile: "entry.mjs", loader } }),
    bundle: true,
    format: "esm",
    minify,
    treeShaking: true,
    platform: "browser",
    target: "es2022",
    write: outfile !== undefined,
    ...(outfile === undefined ? {} : { outfile }),
    metafile: true,
    logLevel: "silent",
  });
  const code =
    outfile === undefined
      ? result.outputFiles[0].text
      : (await import("node:fs")).readFileSync(outfile, "utf8");
  const bytes = Buffer.byteLength(code);
  return { code, bytes, gzip: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

/**
 * Builds src/index.ts to bench/fixtures/typed-headers.mjs and returns its path. The bundle also exports
 * every family's string validator (`export function name(value: string): …Value`), so that the run-time
 * benchmark can time each one before src/index.ts re-exports it.
 */
export async function buildLibrary() {
  const outfile = path.join(fixtures, "typed-headers.mjs");
  const { readdirSync, readFileSync } = await import("node:fs");
  const seen = new Set();
  const lines = ['export * from "./src/index.ts";'];
  const index = readFileSync(path.join(root, "src", "index.ts"), "utf8");
  const dir = path.join(root, "src", "headers");
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith(".ts")) continue;
    const text = readFileSync(path.join(dir, file), "utf8");
    for (const match of text.matchAll(/^export function (\w+)\(value: string\): \w+Value\b/gmu)) {
      const name = match[1];
      if (seen.has(name) || new RegExp(`\\b${name}\\b`, "u").test(index)) continue;
      seen.add(name);
      lines.push(`export { ${name} } from "./src/headers/${file}";`);
    }
  }
  await bundle({ contents: lines.join("\n"), outfile, loader: "ts" });
  return outfile;
}

/** Formats bytes as KB with one decimal (1 KB = 1,000 bytes, as size-limit prints). */
export function kb(bytes) {
  return `${(bytes / 1000).toFixed(2)} kB`;
}

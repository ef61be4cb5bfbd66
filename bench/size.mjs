// Size: the library and its peers bundled the same way (esbuild: ESM, minified, tree-shaken, one
// entry that imports and uses the exports), then gzip level 9, as size-limit measures. Also what each
// source module contributes to the whole library, so that a size regression points at its module.

import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { bundle, root } from "./lib.mjs";

const entry = (what, from) =>
  what === "*" ? `import * as all from ${JSON.stringify(from)};\nconsole.log(all);\n` : `import ${what} from ${JSON.stringify(from)};\nconsole.log(${what.replace(/[{}]/gu, "")});\n`;

export async function measureSizes() {
  const src = "./src/index.ts";
  const rows = [];
  const add = async (label, what, from, note = "") => {
    const result = await bundle({ contents: entry(what, from) });
    rows.push({ label, bytes: result.bytes, gzip: result.gzip, note, metafile: result.metafile });
    return result;
  };
  const whole = await add("typed-headers: whole library", "*", src);
  await add("typed-headers: import { respond }", "{ respond }", src);
  await add("typed-headers: import { mediaType }", "{ mediaType }", src, "a validator alone");
  await add("@remix-run/headers 0.21.1: whole", "*", "@remix-run/headers");
  await add("@remix-run/headers 0.21.1: import { SuperHeaders }", "{ SuperHeaders }", "@remix-run/headers");
  await add("hono 4.13.19: whole (router, context, no helpers)", "*", "hono");

  const output = Object.values(whole.metafile.outputs)[0];
  const modules = Object.entries(output.inputs)
    .map(([file, { bytesInOutput }]) => ({ file, bytes: bytesInOutput }))
    .filter((row) => row.file !== "entry.mjs")
    .sort((a, b) => b.bytes - a.bytes);

  // What dist holds (tsup's output as built by `npm run build`), when it has been built.
  const distFile = path.join(root, "dist", "index.js");
  const dist = existsSync(distFile)
    ? (() => {
        const code = readFileSync(distFile, "utf8");
        return { bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length, minified: !/\n {2,}\S/u.test(code) };
      })()
    : null;
  return { rows: rows.map(({ metafile, ...row }) => row), modules, dist, strings: await stringShare(whole.code) };
}

// How much of the minified library is the text of string literals and templates (error messages,
// names, tables), measured on its syntax tree. acorn comes with the dev tools (not a dependency of
// the project); without it the figure is left out.
async function stringShare(code) {
  let acorn;
  try {
    acorn = await import("acorn");
  } catch {
    return null;
  }
  const parts = [];
  const visit = (node) => {
    if (node === null || typeof node !== "object" || typeof node.type !== "string") return;
    if ((node.type === "Literal" && typeof node.value === "string") || node.type === "TemplateElement") parts.push(code.slice(node.start, node.end));
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else visit(value);
    }
  };
  visit(acorn.parse(code, { ecmaVersion: "latest", sourceType: "module" }));
  const text = parts.join("\n");
  return { bytes: Buffer.byteLength(text), share: Buffer.byteLength(text) / Buffer.byteLength(code), gzip: gzipSync(text, { level: 9 }).length };
}

export function formatSizes({ rows, modules, dist, strings }) {
  const out = ["| bundle | min | min+gzip | |", "|---|---:|---:|---|"];
  for (const row of rows) out.push(`| ${row.label} | ${row.bytes.toLocaleString("en-US")} B | ${row.gzip.toLocaleString("en-US")} B | ${row.note} |`);
  const remix = rows.find((row) => row.label.startsWith("@remix-run/headers 0.21.1: whole"));
  const ours = rows[0];
  out.push("", `whole library vs whole @remix-run/headers: ${(ours.gzip / remix.gzip).toFixed(2)}× (${ours.gzip} B / ${remix.gzip} B min+gzip)`);
  if (dist !== null) {
    out.push(`dist/index.js as built: ${dist.bytes.toLocaleString("en-US")} B (${dist.minified ? "minified" : "not minified"}), ${dist.gzip.toLocaleString("en-US")} B gzip`);
  }
  if (strings !== null && strings !== undefined) {
    out.push(`string literals and template text: ${strings.bytes.toLocaleString("en-US")} B of the minified whole library (${(strings.share * 100).toFixed(0)} %); gzipped alone ${strings.gzip.toLocaleString("en-US")} B`);
  }
  out.push("", "| module (whole library, minified bytes in the bundle) | bytes |", "|---|---:|");
  for (const { file, bytes } of modules) out.push(`| ${file} | ${bytes.toLocaleString("en-US")} |`);
  return out.join("\n");
}

// `node bench/size.mjs`: the size table alone (a few seconds), for work on the size budget.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.join(root, "bench", "size.mjs")) {
  console.log(formatSizes(await measureSizes()));
}

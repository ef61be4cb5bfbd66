// Bundles a small entry (given as source text) with dist/index.js and the shared cases into one
// JavaScript file that any runtime can load: Bun and Deno run it, workerd loads it as its module, the
// edge runtime evaluates it. esbuild is tsup's own bundler, so nothing new is installed.
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** The project root. */
export const root: string = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** Where bundles and servers' scratch files go (git-ignored). */
export const scratch: string = path.join(root, ".tmp", "conformance");

/** The built library that the runtimes load, as `npm run build` (tsup) writes it. */
export const distEntry: string = path.join(root, "dist", "index.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Throws, loudly, when dist/index.js is missing or older than src/: the runtimes must test the code as
 * it is, and `npm test` builds before it runs this suite.
 */
export function assertFreshBuild(): void {
  if (!existsSync(distEntry)) throw new Error(`${distEntry} is missing: run \`npm run build\` before the runtime suite`);
  const built = statSync(distEntry).mtimeMs;
  // While several people edit src/ at once, a build is stale within seconds; this lets a developer run
  // the suite anyway. CI never sets it.
  if (process.env["TYPED_HEADERS_STALE_DIST_OK"] === "1") return;
  if (newestSource(path.join(root, "src")) > built) {
    throw new Error("dist/index.js is older than src/: run `npm run build` before the runtime suite");
  }
}

/**
 * Writes `.tmp/conformance/<name>` from `contents` (an ES module that may import "./dist/index.js" and
 * "./test/conformance/cases.js" relative to the root), bundled into one file, and returns its path.
 */
export async function bundle(name: string, contents: string, format: "esm" | "iife" = "esm"): Promise<string> {
  mkdirSync(scratch, { recursive: true });
  const result = await build({
    stdin: { contents, resolveDir: root, loader: "ts", sourcefile: name },
    bundle: true,
    format,
    platform: "neutral",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  const file = path.join(scratch, name);
  writeFileSync(file, result.outputFiles[0]?.text ?? "");
  return file;
}

/**
 * Bundles an example file as a user's build would, with "typed-headers" and "typed-headers/node" resolved
 * to dist/, into `.tmp/conformance/<name>`. For Node, npm packages stay external (found in node_modules).
 */
export async function bundleExample(example: string, name: string, platform: "node" | "neutral"): Promise<string> {
  mkdirSync(scratch, { recursive: true });
  const file = path.join(scratch, name);
  await build({
    entryPoints: [path.join(root, "examples", example)],
    outfile: file,
    bundle: true,
    format: "esm",
    platform,
    target: "es2022",
    packages: platform === "node" ? "external" : "bundle",
    mainFields: ["module", "main"],
    logLevel: "silent",
    plugins: [
      {
        name: "typed-headers-from-dist",
        setup(context) {
          // esbuild reads the filter as a Go regular expression, which has no `u` flag.
          context.onResolve({ filter: /^typed-headers(?:\/node)?$/ }, (args) => ({
            path: path.join(root, "dist", args.path === "typed-headers" ? "index.js" : "node.js"),
          }));
        },
      },
    ],
  });
  return file;
}

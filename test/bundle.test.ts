// A validator called only for its check (its result unused) must survive a minifying, tree-shaking
// bundler: a `@__NO_SIDE_EFFECTS__` mark once let esbuild drop such calls. Bundles the source the way an
// application would and runs the bundle.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const calls = [
  `mediaType("textplain")`,
  `headerName("X Bad")`,
  `headerValue("a\\nb")`,
  `cacheControl("no-store, max-age=60")`,
  `entityTag("a\\"b")`,
  `varyValue("*, Accept")`,
  `cookieValue("a;b")`,
  `contentSecurityPolicy("script-src self")`,
  `permissionsPolicyValue("camera=(self")`,
  `corsOrigin("https://a.example/")`,
  `contentDisposition("attachment; filename=\\"../x\\"")`,
  `location("/a\\r\\nb")`,
  `link("nope")`,
  `retryAfter("soon")`,
  `contentLanguage("en_US")`,
  `serverTiming("a b")`,
  `allow("get")`,
];

describe("validators survive bundling when their result is unused", () => {
  it("every refusal still throws after esbuild --bundle --minify", async () => {
    const names = calls.map((call) => call.slice(0, call.indexOf("(")));
    const contents = [
      `import { ${names.join(", ")} } from ${JSON.stringify(path.join(root, "src/index.ts"))};`,
      "let thrown = 0;",
      // Each call is a statement in a function body, as in application code.
      ...calls.map((call, index) => `function check${index}() { ${call}; }\ntry { check${index}(); } catch { thrown++; }`),
      "export { thrown };",
    ].join("\n");
    const result = await build({
      stdin: { contents, resolveDir: root, loader: "ts" },
      bundle: true,
      minify: true,
      treeShaking: true,
      format: "esm",
      write: false,
      platform: "neutral",
    });
    const code = result.outputFiles[0]?.text ?? "";
    const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as { thrown: number };
    expect(module.thrown).toBe(calls.length);
  });
});

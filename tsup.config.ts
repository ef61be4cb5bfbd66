import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", node: "src/node.ts" },
  format: ["esm", "cjs"],
  // tsup passes baseUrl, which TypeScript 6 deprecates; the option is set here, not in tsconfig.json,
  // because TypeScript 5.9 and 7 (the type-test matrix) do not accept "6.0".
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  target: "es2022",
  platform: "neutral",
  treeshake: true,
  external: ["node:stream"],
});

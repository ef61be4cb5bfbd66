// Compile errors and completions users meet with the caching family.
import { describe, expect, it } from "vitest";
import { completionsAt, typeErrors } from "./helpers/type-check.js";

const header = [
  `import { respond } from "typed-headers";`,
  `import { cacheControl } from "../src/headers/cache-control.js";`,
  `declare const dynamic: string;`,
  `declare const request: Request;`,
  ``,
].join("\n");

const rows: Array<[string, string]> = [
  // contradictions
  [`respond().cacheControl("no-store, max-age=60");`, "Invalid Cache-Control 'no-store, max-age=60': 'no-store' contradicts 'max-age'"],
  [`respond().cacheControl("public, private");`, "Invalid Cache-Control 'public, private': 'public' contradicts 'private'"],
  [`respond().cacheControl("public, max-age=60, immutable, private");`, "'public' contradicts 'private'"],
  [`respond().cacheControl("immutable");`, "'immutable' needs 'max-age' or 's-maxage'"],
  [`respond().cacheControl("private, s-maxage=60");`, "'private' contradicts 's-maxage'"],
  [`respond().cacheControl("max-age=60, max-age=60");`, "'max-age' appears twice"],
  [`respond().header("Cache-Control", "no-store, public");`, "'no-store' contradicts 'public'"],
  [`respond().cacheControl({ noStore: true, maxAge: 60 });`, "Invalid Cache-Control options: 'no-store' contradicts 'max-age'"],
  // typos
  [`respond().cacheControl("must-revalidat");`, "unknown directive 'must-revalidat'; did you mean 'must-revalidate'?"],
  [`respond().cacheControl("public, max_age=60");`, "unknown directive 'max_age'; did you mean 'max-age'?"],
  [`respond().cacheControl("no-stroe");`, "did you mean 'no-store'?"],
  [`respond().cacheControl("stale-while-revalidated=30");`, "did you mean 'stale-while-revalidate'?"],
  [`respond().cacheControl("max-stale=60");`, "'max-stale' is a request directive"],
  // non-numeric ages
  [`respond().cacheControl("max-age=1h");`, "'max-age' takes delta-seconds (digits only), got '1h'"],
  [`respond().cacheControl("public, s-maxage=ten");`, "'s-maxage' takes delta-seconds (digits only), got 'ten'"],
  [`respond().cacheControl("max-age");`, "'max-age' needs a number of seconds, e.g. max-age=60"],
  [`respond().cacheControl({ maxAge: 1.5 });`, "maxAge takes whole seconds"],
  [`respond().cacheControl({ private: ["Set Cookie"] });`, "private takes true or a non-empty list of field names"],
  [`respond().cacheControl({ maxage: 60 });`, "'maxage' does not exist"],
  // dynamic values
  [`respond().cacheControl(dynamic);`, "pass cacheControl(value)"],
  [`respond().header("Cache-Control", dynamic);`, "pass cacheControl(value)"],
  ["declare const ttl: number; respond().cacheControl(`max-age=${ttl}`);", "A dynamic Cache-Control must be checked first: pass cacheControl(value)"],
  // the rest of the family
  [`respond().etag('"abc"');`, "it contains a double quote, which an entity tag cannot escape; etag() adds the quotes for you"],
  [`respond().header("ETag", "abc");`, "an entity tag is in double quotes"],
  [`respond().header("Expires", "0");`, "Invalid HTTP date '0': expected an IMF-fixdate"],
  [`respond().vary("*", "Accept");`, "Vary '*' stands alone"],
  [`respond().vary("Accept, Origin");`, "pass one name per argument"],
  [`respond().age(-1);`, "Age takes whole seconds"],
  [`respond().status(204).conditional(request, "x");`, "Status 204 has no body"],
];

describe("compile errors", () => {
  it.each(rows)("%s", (snippet, fragment) => {
    expect(typeErrors(header + snippet).join("\n")).toContain(fragment);
  });

  it("valid code compiles", () => {
    const snippet = [
      `respond().cacheControl("no-store, max-age=0").build();`,
      `respond().cacheControl("public, max-age=31536000, immutable").etag("v1", { weak: true }).vary("Accept-Encoding").text("x");`,
      `respond().cacheControl(cacheControl(dynamic)).lastModified(new Date()).conditional(request, "x");`,
      `respond().cacheControl({ private: true, maxAge: 0, mustRevalidate: true }).cdnCacheControl({ maxAge: 600 }).build();`,
    ].join("\n");
    expect(typeErrors(header + snippet)).toEqual([]);
  });
});

describe("completions", () => {
  const noErrorText = (entries: string[]): boolean => entries.some((entry) => /invalid|typed-headers error|contradicts| needs /iu.test(entry));

  it('cacheControl(" offers common values and no error text', () => {
    const entries = completionsAt(header + `respond().cacheControl("|");`);
    expect(entries).toEqual(expect.arrayContaining(["no-store", "no-cache", "public, max-age=31536000, immutable", "no-store, max-age=0"]));
    expect(noErrorText(entries)).toBe(false);
  });

  it('header("Cache-Control", " offers the same values', () => {
    const entries = completionsAt(header + `respond().header("Cache-Control", "|");`);
    expect(entries).toContain("public, max-age=31536000, immutable");
    expect(noErrorText(entries)).toBe(false);
  });

  it("after a comma, offers the next directive", () => {
    const entries = completionsAt(header + `respond().cacheControl("public, max-age=60, s|");`);
    expect(entries).toEqual(expect.arrayContaining(["public, max-age=60, s-maxage=3600", "public, max-age=60, stale-while-revalidate=60", "public, max-age=60, stale-if-error=86400"]));
    expect(noErrorText(entries)).toBe(false);
  });

  it('vary(" offers request header names', () => {
    const entries = completionsAt(header + `respond().vary("|");`);
    expect(entries).toEqual(expect.arrayContaining(["Accept-Encoding", "Origin", "Cookie"]));
    expect(noErrorText(entries)).toBe(false);
  });
});

describe("TypeScript 7 shows the same messages", () => {
  // TypeScript 7 reports only one error per failing call; this checks it is the literal's own message.
  it("for a contradiction, a typo and a non-numeric age", async () => {
    const { execFileSync } = await import("node:child_process");
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const path = await import("node:path");
    const root = path.resolve(import.meta.dirname, "..");
    const dir = mkdtempSync(path.join(tmpdir(), "caching-ts7-"));
    try {
      writeFileSync(
        path.join(dir, "snippet.ts"),
        [
          `import { respond } from ${JSON.stringify(path.join(root, "src/index.js"))};`,
          `respond().cacheControl("no-store, max-age=60");`,
          `respond().cacheControl("must-revalidat");`,
          `respond().cacheControl("max-age=1h");`,
          `respond().cacheControl({ noStore: true, maxAge: 60 });`,
        ].join("\n"),
      );
      writeFileSync(
        path.join(dir, "tsconfig.json"),
        JSON.stringify({
          extends: path.join(root, "tsconfig.json"),
          compilerOptions: { isolatedDeclarations: false, declaration: false },
          include: [],
          files: [path.join(dir, "snippet.ts")],
        }),
      );
      let output = "";
      try {
        execFileSync(process.execPath, [path.join(root, "node_modules/typescript-7/bin/tsc"), "-p", path.join(dir, "tsconfig.json")], { encoding: "utf8" });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout);
      }
      expect(output).toContain("'no-store' contradicts 'max-age'");
      expect(output).toContain("did you mean 'must-revalidate'?");
      expect(output).toContain("'max-age' takes delta-seconds (digits only), got '1h'");
      expect(output).toContain("Invalid Cache-Control options: 'no-store' contradicts 'max-age'");
      expect(output.match(/error TS/gu)?.length).toBe(4);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { parse as cdParse } from "content-disposition";
import { describe, expect, it } from "vitest";
import { HeaderError } from "../src/errors.js";
import { respond } from "../src/index.js";

describe("file()", () => {
  it("downloads with a Content-Type from the extension", async () => {
    const res = respond().file("id,name\n1,Ada\n", "users.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="users.csv"');
    expect(await res.text()).toBe("id,name\n1,Ada\n");
  });

  it("shows the file with { inline: true }", () => {
    const res = respond().file(new Uint8Array([1, 2, 3]), "photo.png", { inline: true });
    expect(res.headers.get("content-disposition")).toBe('inline; filename="photo.png"');
    expect(res.headers.get("content-type")).toBe("image/png");
  });

  it("keeps a Content-Type set before", () => {
    const res = respond().contentType("application/x-custom-thing").file("x", "a.pdf");
    expect(res.headers.get("content-type")).toBe("application/x-custom-thing");
  });

  it("falls back to application/octet-stream", () => {
    expect(respond().file("x", "LICENSE").headers.get("content-type")).toBe("application/octet-stream");
  });

  it("encodes a non-ASCII name that parsers read back", () => {
    const res = respond().file("x", "résumé 2024.pdf");
    expect(cdParse(res.headers.get("content-disposition") as string).parameters["filename"]).toBe("résumé 2024.pdf");
    expect(res.headers.get("content-type")).toBe("application/pdf");
  });

  it("keeps the status, status text and other headers", () => {
    const res = respond({ status: 201, statusText: "Created" }).header("X-Id", "7").file("x", "a.txt");
    expect(res.status).toBe(201);
    expect(res.statusText).toBe("Created");
    expect(res.headers.get("x-id")).toBe("7");
  });

  it("replaces an earlier Content-Disposition", () => {
    const res = respond().inline("old.txt").file("x", "new.txt");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="new.txt"');
  });

  it("refuses a body for 204, 205 and 304", () => {
    for (const status of [204, 205, 304] as const) {
      expect(() => (respond().status(status) as any).file("x", "a.txt")).toThrow(/has no body/u);
    }
  });

  it("refuses bad names and options at run time", () => {
    const builder = respond() as any;
    expect(() => builder.file("x", "../a.txt")).toThrow(HeaderError);
    expect(() => builder.file("x", "dir/a.txt")).toThrow(/path separator/u);
    expect(() => builder.file("x", undefined)).toThrow(HeaderError);
    expect(() => builder.file("x", "a.txt", { inline: "yes" })).toThrow(/inline must be true/u);
    expect(() => builder.file("x", "a.txt", "inline")).toThrow(/expected options/u);
  });

  it("does not change the builder it was called on", () => {
    const base = respond().header("X-A", "1");
    base.file("x", "a.txt");
    expect(base.headers().get("content-disposition")).toBeNull();
    expect(base.headers().get("content-type")).toBeNull();
  });
});

describe("after bundling", () => {
  // The validators are marked /* @__NO_SIDE_EFFECTS__ */; a call whose result is discarded is dropped by
  // the bundler, so every internal check must use its result. Bundle the library as an application would
  // (minified, tree-shaken) and check that the refusals survive.
  it("refusals survive a minified, tree-shaken bundle", async () => {
    const { build } = await import("esbuild");
    const out = await build({
      stdin: {
        contents: `import { respond } from "./src/index.ts";
          const refused = (run) => { try { run(); return false; } catch (error) { return error.name === "HeaderError"; } };
          export const results = [
            refused(() => respond().attachment("../etc/passwd")),
            refused(() => respond().inline("a\\nb")),
            refused(() => respond().contentDisposition("attachment", { filename: ".." })),
            refused(() => respond().file("x", "a/b.txt")),
            refused(() => respond().location("/a\\r\\nb")),
            refused(() => respond().link("/a", { rel: "preload" })),
            refused(() => respond().retryAfter(-1)),
            refused(() => respond().contentLanguage("en_US")),
            refused(() => respond().allow("get")),
            refused(() => respond().contentEncoding("identity")),
            refused(() => respond().clearSiteData("everything")),
            refused(() => respond().serverTiming("a b")),
            refused(() => respond().header("Content-Disposition", "attachment; filename=\\"../a\\"")),
          ];`,
        resolveDir: process.cwd(),
        loader: "ts",
      },
      bundle: true,
      minify: true,
      treeShaking: true,
      format: "esm",
      platform: "neutral",
      write: false,
    });
    const code = out.outputFiles[0]?.text ?? "";
    const module = (await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`)) as { results: boolean[] };
    expect(module.results).toEqual(Array(13).fill(true));
  });
});

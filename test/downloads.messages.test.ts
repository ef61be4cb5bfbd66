// Compile errors and completions users meet in the downloads and long-tail family.
import { describe, expect, it } from "vitest";
import { completionsAt, typeErrors } from "./helpers/type-check.js";

const header = `import { respond } from "typed-headers";
import { contentDisposition } from "../src/headers/content-disposition.js";
declare const dynamic: string;
`;

const rows: Array<[string, string]> = [
  [`respond().attachment("../etc/passwd");`, "Invalid file name '../etc/passwd': it contains a path separator (slash or backslash): pass the base name only"],
  [`respond().inline("..");`, "Invalid file name '..': '..' names a directory, not a file"],
  [`respond().file("x", "a\\nb.txt");`, "it contains a control character: remove it"],
  [`respond().contentDisposition("attachment", { filename: "a/b" });`, "Invalid file name 'a/b': it contains a path separator"],
  [`respond().header("Content-Disposition", dynamic);`, "pass contentDisposition(value), or call attachment(filename)"],
  [`respond().header("Content-Disposition", 'attachment; filename="../a.txt"');`, "filename: it contains a path separator"],
  [`respond().header("Content-Disposition", "attachment; filename*=UTF-8''..%2Fa.txt");`, "filename*: it contains a path separator"],
  [`respond().location("/a b");`, "Invalid URL '/a b': it contains whitespace: percent-encode it as %20"],
  [`respond().location("/café");`, "it contains a non-ASCII character: percent-encode it"],
  [`respond().header("Location", dynamic);`, "pass location(value), or call .location(url)"],
  [`respond().link("/app.css", { rel: "preload" });`, "rel 'preload' needs as (style, script, font, image, fetch, …)"],
  [`respond().link("/f.woff2", { rel: "preload", as: "font" });`, "as 'font' needs crossorigin: 'anonymous'"],
  [`respond().link("/a", { rel: "canonical", as: "document" });`, "as applies only to rel 'preload', 'modulepreload' or 'prefetch'"],
  [`respond().header("Link", "</a>; as=style");`, "Invalid Link '</a>; as=style': link </a> needs a rel parameter"],
  [`respond().retryAfter(-1);`, "Invalid Retry-After -1: expected whole seconds from 0 up"],
  [`respond().header("Retry-After", "2 minutes");`, "expected whole seconds such as '120' or an IMF-fixdate"],
  [`respond().contentLanguage("en_US");`, "Invalid language tag 'en_US': BCP 47 separates subtags with '-', not '_'"],
  [`respond().allow("GET", "post");`, "Invalid method 'post': methods are case-sensitive: write 'POST'"],
  [`respond().contentEncoding("identity");`, "'identity' means no encoding: omit Content-Encoding instead"],
  [`respond().clearSiteData('"cache"');`, "pass it without quotes, e.g. 'cache'"],
  [`respond().header("Clear-Site-Data", "cookies");`, "directives are quoted strings"],
  [`respond().serverTiming("db query");`, "Invalid Server-Timing metric name 'db query'"],
  [`respond().serverTiming("db", { dur: -5 });`, "Invalid Server-Timing dur -5"],
];

describe("compile errors", () => {
  it.each(rows)("%s", (snippet, fragment) => {
    const errors = typeErrors(header + snippet);
    expect(errors.join("\n")).toContain(fragment);
  });

  it("valid code compiles", () => {
    expect(
      typeErrors(
        header +
          `respond()
            .attachment("résumé 2024.pdf")
            .location("/next")
            .link("/app.css", { rel: "preload", as: "style" })
            .retryAfter(120)
            .contentLanguage("en", "fr-CA")
            .allow("GET", "HEAD")
            .clearSiteData("cache")
            .serverTiming("db", { dur: 1.5, desc: "Postgres" })
            .header("Content-Disposition", contentDisposition(dynamic))
            .file("x", "a.txt");`,
      ),
    ).toEqual([]);
  });
});

const errorText = /invalid|error|must|expected|needs/iu;

describe("completions", () => {
  it.each([
    [`respond().contentDisposition("|");`, ["attachment", "inline"]],
    [`respond().header("Content-Disposition", "|");`, ["attachment", "inline"]],
    [`respond().link("/a", { rel: "|" });`, ["preload", "preconnect", "modulepreload", "canonical"]],
    [`respond().link("/a", { rel: "preload", as: "|" });`, ["style", "script", "font", "image", "fetch"]],
    [`respond().link("/a", { rel: "preconnect", crossorigin: "|" });`, ["anonymous", "use-credentials"]],
    [`respond().contentLanguage("|");`, ["en", "en-US", "fr-CA"]],
    [`respond().contentLanguage("en", "|");`, ["de", "zh-Hant"]],
    [`respond().allow("|");`, ["GET", "HEAD", "POST"]],
    [`respond().allow("GET", "|");`, ["OPTIONS"]],
    [`respond().contentEncoding("|");`, ["gzip", "br", "zstd"]],
    [`respond().acceptRanges("|");`, ["bytes", "none"]],
    [`respond().clearSiteData("|");`, ["cache", "cookies", "storage", "*"]],
    // inside a double-quoted string literal, the editor offers the quotes escaped
    [`respond().header("Clear-Site-Data", "|");`, ['\\"cache\\"', '\\"cookies\\"']],
    [`respond().header("Content-Encoding", "|");`, ["gzip", "br"]],
    [`respond().header("Accept-Ranges", "|");`, ["bytes", "none"]],
  ])("%s offers the right literals and no error text", (snippet, expected) => {
    const entries = completionsAt(header + snippet);
    for (const entry of expected) expect(entries).toContain(entry);
    expect(entries.some((entry) => errorText.test(entry))).toBe(false);
  });

  it("a file name offers no error text", () => {
    expect(completionsAt(header + `respond().attachment("|");`).some((entry) => errorText.test(entry))).toBe(false);
    expect(completionsAt(header + `respond().location("|");`).some((entry) => errorText.test(entry))).toBe(false);
  });
});

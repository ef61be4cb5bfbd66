// Compile errors users read: each row is a snippet and a fragment its diagnostic must contain.
import { describe, expect, it } from "vitest";
import { completionsAt, typeErrors } from "./helpers/type-check.js";

const header = `import { respond, mediaType, headerName } from "typed-headers";\ndeclare const dynamic: string;\n`;

const rows: Array<[string, string]> = [
  [`respond().contentType("text/plian");`, "Invalid media type 'text/plian': 'text/plian' is not registered with IANA"],
  [`respond().contentType("textplain");`, "Invalid media type 'textplain': expected type/subtype"],
  [`respond().contentType(dynamic);`, "pass mediaType(value)"],
  [`respond().contentType("multipart/form-data");`, "multipart types need a boundary parameter"],
  [`respond().contentType("text/plain; charset=a; Charset=b");`, "parameter 'charset' appears twice"],
  [`respond().contentType("application/vnd.a+jsn");`, "'+jsn' is not a registered structured syntax suffix"],
  [`respond().contentType("txt/plain");`, "'txt' is not a top-level media type"],
  [`respond().header("X Bad", "v");`, "Invalid header name 'X Bad': a name is a token"],
  [`respond().header(dynamic, "v");`, "pass headerName(name)"],
  [`respond().header("Set-Cookie", "a=b");`, "Set-Cookie must be set with cookie(name, value, options)"],
  [`respond().header("X-A", "a\\r\\nb");`, "Invalid value for X-A: it contains CR or LF, which would split the header"],
  [`respond().header("X-A", " a");`, "Invalid value for X-A: it starts with whitespace; trim it"],
  [`respond().header("X-A", "\u20ac");`, "it contains a control character or a character above U+00FF"],
  [`respond().status(700);`, "Invalid status 700: new Response() accepts only integers from 200 to 599"],
  [`respond().status(204).text("x");`, "Status 204 has no body: call build() with no argument, or choose another status"],
  [`respond().contentType("text/html").json({});`, "json() needs a JSON Content-Type"],
  [`respond().append("Content-Type", "text/plain");`, "Content-Type holds one value: set it with header(), not append()"],
];

describe("compile errors", () => {
  it.each(rows)("%s", (snippet, fragment) => {
    const errors = typeErrors(header + snippet);
    expect(errors.join("\n")).toContain(fragment);
  });

  it("valid code compiles", () => {
    expect(typeErrors(header + `respond().contentType("application/json").json({ ok: true });`)).toEqual([]);
  });
});

describe("completions", () => {
  it('contentType(" offers media types and no error text', () => {
    const entries = completionsAt(header + `respond().contentType("|");`);
    expect(entries).toContain("application/json");
    expect(entries).toContain("text/html; charset=utf-8");
    expect(entries).not.toContain("multipart/form-data");
    expect(entries.some((entry) => /invalid|error|must/iu.test(entry))).toBe(false);
  });

  it('contentType("text/ offers the text types only', () => {
    const entries = completionsAt(header + `respond().contentType("text/|");`);
    expect(entries).toContain("text/plain; charset=utf-8");
    expect(entries.every((entry) => entry.startsWith("text/"))).toBe(true);
  });

  it('header(" offers known header names and no error text', () => {
    const entries = completionsAt(header + `respond().header("|", "x");`);
    expect(entries).toContain("Cache-Control");
    expect(entries).toContain("Content-Type");
    expect(entries).not.toContain("Set-Cookie");
    expect(entries.some((entry) => /invalid|error|must/iu.test(entry))).toBe(false);
  });

  it('header("Content-Type", " offers media types', () => {
    const entries = completionsAt(header + `respond().header("Content-Type", "|");`);
    expect(entries).toContain("application/json");
  });
});

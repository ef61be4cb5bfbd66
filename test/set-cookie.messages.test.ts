// Compile errors users read for cookies, and what the editor completes: each row is a snippet and a
// fragment its diagnostic must contain.
import { describe, expect, it } from "vitest";
import { completionsAt, typeErrors } from "./helpers/type-check.js";

const header = `import { respond } from "typed-headers";
import { cookieValue, encodeCookieValue } from "../src/headers/set-cookie.js";
declare const dynamic: string;
`;

const rows: Array<[string, string]> = [
  [`respond().cookie("__Host-id", "1", { secure: true });`, "Invalid cookie '__Host-id': __Host- cookies need path: '/'"],
  [`respond().cookie("__Host-id", "1");`, "Invalid cookie '__Host-id': __Host- cookies need secure: true"],
  [`respond().cookie("__Host-id", "1", { secure: true, path: "/", domain: "example.com" });`, "__Host- cookies cannot have a domain: remove it"],
  [`respond().cookie("__Secure-id", "1");`, "__Secure- cookies need secure: true"],
  [`respond().cookie("__Http-id", "1", { secure: true });`, "__Http- cookies need httpOnly: true"],
  [`respond().cookie("__Host-Http-id", "1", { secure: true, path: "/" });`, "__Host-Http- cookies need httpOnly: true"],
  [`respond().cookie("id", "1", { sameSite: "None" });`, "sameSite: 'None' needs secure: true"],
  [`respond().cookie("id", "1", { partitioned: true });`, "partitioned cookies need secure: true"],
  [`respond().cookie("id", "1", { maxAge: 34560001 });`, "maxAge 34560001 is more than 400 days"],
  [`respond().cookie("id", "1", { maxAge: -1 });`, "maxAge -1 is negative: use clearCookie()"],
  [`respond().cookie("id", "1", { path: "app" });`, "path 'app' must start with '/'"],
  [`respond().cookie("id", "1", { domain: ".example.com" });`, "domain '.example.com' starts with '.': write 'example.com'"],
  [`respond().cookie("id", "1", { secure: true, httponly: true });`, "'httponly' is not a cookie option"],
  [`respond().cookie("my id", "1");`, "Invalid cookie name 'my id': ' ' is not allowed: a name is a token"],
  [`respond().cookie("id", "a b");`, "Invalid cookie value 'a b': a space is not allowed; percent-encode it with encodeCookieValue(value)"],
  [`respond().cookie("id", "a;b");`, "';' is not allowed: it would end the value"],
  [`respond().cookie("id", dynamic);`, "pass cookieValue(value) to validate it, or encodeCookieValue(value) to percent-encode it"],
  [`respond().cookie("id", \`v-\${dynamic}\`);`, "a part of it is a dynamic string"],
  [`respond().clearCookie("__Host-id");`, "__Host- cookies need secure: true"],
  [`respond().header("Set-Cookie", "a=b");`, "Set-Cookie must be set with cookie(name, value, options)"],
];

describe("cookie compile errors", () => {
  it.each(rows)("%s", (snippet, fragment) => {
    const errors = typeErrors(header + snippet);
    expect(errors.join("\n")).toContain(fragment);
  });

  it("valid code compiles", () => {
    const snippet = `respond()
  .cookie("__Host-session", cookieValue(dynamic), { secure: true, httpOnly: true, path: "/", sameSite: "Lax" })
  .cookie("prefs", encodeCookieValue(dynamic), { maxAge: 34560000, sameSite: "none", secure: true, partitioned: true })
  .clearCookie("old", { path: "/app" })
  .text("ok");`;
    expect(typeErrors(header + snippet)).toEqual([]);
  });
});

describe("cookie completions", () => {
  it('cookie(" offers the prefixes and no error text', () => {
    const entries = completionsAt(header + `respond().cookie("|");`);
    expect(entries).toEqual(expect.arrayContaining(["__Host-", "__Secure-", "__Host-Http-", "__Http-"]));
    expect(entries.some((entry) => /invalid|error|must|cannot/iu.test(entry))).toBe(false);
  });

  it('cookie("__H offers the __Host- prefixes', () => {
    const entries = completionsAt(header + `respond().cookie("__H|");`);
    expect(entries).toEqual(expect.arrayContaining(["__Host-", "__Host-Http-"]));
    expect(entries).not.toContain("__Secure-");
  });

  it("the options object offers the attribute names", () => {
    const entries = completionsAt(header + `respond().cookie("id", "1", { | });`);
    expect(entries).toEqual(expect.arrayContaining(["maxAge", "expires", "domain", "path", "secure", "httpOnly", "sameSite", "partitioned", "priority"]));
    const more = completionsAt(header + `respond().cookie("__Host-id", "1", { secure: true, | });`);
    expect(more).toEqual(expect.arrayContaining(["path", "httpOnly", "sameSite"]));
    const clearing = completionsAt(header + `respond().clearCookie("id", { | });`);
    expect(clearing).toEqual(expect.arrayContaining(["path", "domain", "secure"]));
    expect(clearing).not.toContain("maxAge");
  });

  it("sameSite offers the three values in both cases", () => {
    const entries = completionsAt(header + `respond().cookie("id", "1", { sameSite: "|" });`);
    expect(entries).toEqual(expect.arrayContaining(["Strict", "Lax", "None", "strict", "lax", "none"]));
  });

  it("a bad value offers no error text as a completion", () => {
    const entries = completionsAt(header + `respond().cookie("id", "a b|");`);
    expect(entries.some((entry) => /invalid|error|must|cannot/iu.test(entry))).toBe(false);
  });
});

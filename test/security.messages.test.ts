// Compile errors and completions users meet with the security headers.
import { describe, expect, it } from "vitest";
import { completionsAt, typeErrors } from "./helpers/type-check.js";

const header = `import { respond } from "typed-headers";\nimport { securityToken } from "../src/headers/security.js";\ndeclare const dynamic: string;\n`;

const rows: Array<[string, string]> = [
  [`respond().hsts({ maxAge: 63072000, preload: true });`, "HSTS preload needs includeSubDomains: true as well"],
  [`respond().hsts({ maxAge: 86400, includeSubDomains: true, preload: true });`, "HSTS preload needs maxAge >= 31536000 (one year), not 86400"],
  [`respond().hsts({ maxAge: -5 });`, "maxAge must be a whole number of seconds, 0 or more, not -5"],
  [`respond().header("Strict-Transport-Security", "max-age=600; includeSubDomains; preload");`, "Invalid Strict-Transport-Security 'max-age=600; includeSubDomains; preload': preload needs max-age=31536000 (one year) or more"],
  [`respond().header("Strict-Transport-Security", "includeSubDomains");`, "max-age is required"],
  [`respond().header("Strict-Transport-Security", "max-age=1; includeSubdomain");`, "unknown directive 'includesubdomain'"],
  [`respond().header("Strict-Transport-Security", dynamic);`, "pass strictTransportSecurity(value)"],
  [`respond().referrerPolicy("no-referer");`, "Invalid Referrer-Policy 'no-referer': expected 'no-referrer', "],
  [`respond().referrerPolicy(dynamic);`, "A dynamic Referrer-Policy must be checked first: pass securityToken('referrer-policy', value)"],
  [`respond().header("Referrer-Policy", "origin, never");`, "Invalid Referrer-Policy 'origin, never': 'never' is not a policy token"],
  [`respond().frameOptions("ALLOW-FROM https://a.example");`, "ALLOW-FROM is obsolete and ignored by browsers: use csp({ 'frame-ancestors': [...] })"],
  [`respond().xssProtection("1; mode=block");`, "send '0' and rely on CSP"],
  [`respond().crossOriginOpenerPolicy("require-corp");`, "Invalid Cross-Origin-Opener-Policy 'require-corp': expected"],
];

// A maxAge typed as a union: the message names the members that break the rule, and only those.
const unionRows: Array<[string, string, string]> = [
  [`respond().hsts({ maxAge: null! as 31536000 | 86400, includeSubDomains: true, preload: true });`, "not 86400 (hstspreload.org)", "not 31536000"],
  [`respond().hsts({ maxAge: null! as 0 | 1.5 });`, "0 or more, not 1.5", "not 0"],
];

describe("security compile errors", () => {
  it.each(rows)("%s", (snippet, fragment) => {
    expect(typeErrors(header + snippet).join("\n")).toContain(fragment);
  });

  it.each(unionRows)("%s", (snippet, fragment, fineMember) => {
    const errors = typeErrors(header + snippet).join("\n");
    expect(errors).toContain(fragment);
    expect(errors).not.toContain(fineMember);
  });

  it("valid code compiles", () => {
    const ok = `respond().hsts({ maxAge: 63072000, includeSubDomains: true, preload: true }).referrerPolicy(securityToken("referrer-policy", dynamic)).frameOptions("DENY").noSniff().build();`;
    expect(typeErrors(header + ok)).toEqual([]);
  });
});

describe("security completions", () => {
  const noErrorText = (entries: string[]): boolean => entries.some((entry) => /invalid|error|must|needs/iu.test(entry));

  it("referrerPolicy(\" offers the 8 tokens", () => {
    const entries = completionsAt(header + `respond().referrerPolicy("|");`);
    expect(entries).toHaveLength(8);
    expect(entries).toContain("strict-origin-when-cross-origin");
    expect(noErrorText(entries)).toBe(false);
  });

  it("a partial token narrows the list", () => {
    const entries = completionsAt(header + `respond().referrerPolicy("strict|");`);
    expect(entries).toContain("strict-origin-when-cross-origin");
    expect(noErrorText(entries)).toBe(false);
  });

  it("frameOptions, COOP and header('Strict-Transport-Security'", () => {
    expect(completionsAt(header + `respond().frameOptions("|");`).sort()).toEqual(["DENY", "SAMEORIGIN"]);
    expect(completionsAt(header + `respond().crossOriginOpenerPolicy("|");`)).toContain("same-origin-allow-popups");
    const hsts = completionsAt(header + `respond().header("Strict-Transport-Security", "|");`);
    expect(hsts).toContain("max-age=31536000; includeSubDomains");
    expect(noErrorText(hsts)).toBe(false);
  });
});

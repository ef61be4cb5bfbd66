// Run-time rules of Content-Security-Policy: csp(), header(), cspSource(), parse/serialize, nonce().
import { describe, expect, it } from "vitest";
import { HeaderError, respond } from "../src/index.js";
import { contentSecurityPolicy, cspSource, nonce, parseCsp, serializeCsp, type CspInit } from "../src/headers/content-security-policy.js";
import { headerError } from "./helpers/errors.js";

// Lets JavaScript-style wrong calls through the types, to test the run-time checks.
const loose = respond() as unknown as { csp(policy: unknown, options?: unknown): { build(): Response } };

const OWASP: CspInit = {
  "default-src": ["'self'"],
  "form-action": ["'self'"],
  "base-uri": ["'self'"],
  "object-src": ["'none'"],
  "frame-ancestors": ["'none'"],
  "upgrade-insecure-requests": true,
};

describe("csp()", () => {
  it("writes the directives in order, joined by '; '", () => {
    // OWASP is a widened CspInit, dynamic for the types (test-d covers that); the run time is tested here.
    const res = respond().csp(OWASP as never).build();
    expect(res.headers.get("content-security-policy")).toBe(
      "default-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; upgrade-insecure-requests",
    );
  });

  it("reportOnly writes Content-Security-Policy-Report-Only instead", () => {
    const headers = respond().csp({ "default-src": ["'self'"] }, { reportOnly: true }).build().headers;
    expect(headers.get("content-security-policy-report-only")).toBe("default-src 'self'");
    expect(headers.get("content-security-policy")).toBeNull();
    expect(headerError(() => loose.csp({ "default-src": ["'self'"] }, { reportOnly: "yes" })).reason).toMatch(/reportOnly must be true/u);
  });

  it("accepts nonces, hashes, hosts, schemes, sandbox tokens and the other directives", () => {
    const value = nonce();
    const policy = {
      "script-src": ["'self'", `'nonce-${value}'`, "'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC'", "'strict-dynamic'"],
      "img-src": ["data:", "https://*.example.com", "https://a.example:8443/img/"],
      sandbox: ["allow-scripts", "allow-forms"],
      "report-to": "csp-endpoint",
      "trusted-types": ["default", "'allow-duplicates'"],
      "require-trusted-types-for": ["'script'"],
    } as const;
    expect(respond().csp(policy).build().headers.get("content-security-policy")).toBe(
      `script-src 'self' 'nonce-${value}' ${policy["script-src"][2]} 'strict-dynamic'; img-src data: https://*.example.com https://a.example:8443/img/; sandbox allow-scripts allow-forms; report-to csp-endpoint; trusted-types default 'allow-duplicates'; require-trusted-types-for 'script'`,
    );
    expect(respond().csp({ sandbox: true }).build().headers.get("content-security-policy")).toBe("sandbox");
  });

  const refused: Array<[string, unknown, RegExp]> = [
    ["a bare keyword", { "default-src": ["self"] }, /keywords keep their single quotes: write 'self' \(a bare self is a host name\)/u],
    ["a bare keyword in any case", { "script-src": ["'self'", "Unsafe-Inline"] }, /write 'unsafe-inline'/u],
    ["an unknown keyword", { "script-src": ["'unsafe-everything'"] }, /'unsafe-everything' is not a CSP keyword/u],
    ["'none' with other sources", { "img-src": ["'none'", "'self'"] }, /'none' must stand alone/u],
    ["an empty list", { "img-src": [] }, /empty source list: use 'none' to allow nothing/u],
    ["';' in a source", { "default-src": ["'self'; script-src *"] }, /holds ';' or ','/u],
    ["',' in a source", { "default-src": ["'self',https:"] }, /holds ';' or ','/u],
    ["two sources in one entry", { "default-src": ["'self' https:"] }, /holds whitespace/u],
    ["CR LF in a source", { "default-src": ["a\r\nSet-Cookie: x=y"] }, /holds whitespace/u],
    ["a nonce that is not base64", { "script-src": ["'nonce-abc$'"] }, /a nonce is base64/u],
    ["a hash that is not base64", { "script-src": ["'sha256-a*b'"] }, /a hash is the base64 of the digest \(A-Za-z0-9\+\/_- and = padding\)$/u],
    ["a misspelt directive", { "scirpt-src": ["'self'"] }, /unknown directive 'scirpt-src': did you mean script-src, script-src-elem, script-src-attr\?/u],
    ["an upper-case directive", { "Default-Src": ["'self'"] }, /write 'default-src' \(names are lower case\)/u],
    ["a far-off directive", { "whatever-this-is": ["'self'"] }, /see the CSP3 directive list/u],
    // No name shares the first two letters: the name one typo away.
    ["a directive with a dropped letter", { "sript-src": ["'self'"] }, /unknown directive 'sript-src': did you mean script-src\?/u],
    ["a directive with a dropped letter at the start", { "dfault-src": ["'self'"] }, /unknown directive 'dfault-src': did you mean default-src\?/u],
    ["a directive with a changed letter", { "imq-src": ["'self'"] }, /did you mean img-src\?/u],
    ["a directive with two letters swapped", { "dfeault-src": ["'self'"] }, /did you mean default-src\?/u],
    ["a directive with an added letter", { "xdefault-src": ["'self'"] }, /did you mean default-src\?/u],
    // Names sharing the first two letters, in the order of the types' message.
    ["a directive that shares two letters", { "fram-ancestors": ["'self'"] }, /did you mean frame-src, frame-ancestors\?/u],
    ["a one-letter directive (no suggestion, as the types)", { s: ["'self'"] }, /unknown directive 's' \(see the CSP3 directive list\)/u],
    ["other keywords in frame-ancestors", { "frame-ancestors": ["'unsafe-inline'"] }, /only 'self', 'none', hosts and schemes/u],
    ["an unknown sandbox token", { sandbox: ["allow-everything"] }, /'allow-everything' is not a sandbox token/u],
    ["a sandbox string", { sandbox: "allow-scripts" }, /^sandbox: expected true or an array, each a sandbox token$/u],
    ["an empty report-uri", { "report-uri": [] }, /^report-uri: expected at least one report URL/u],
    ["an empty require-trusted-types-for", { "require-trusted-types-for": [] }, /^require-trusted-types-for: expected at least one sink group: write "'script'" with its quotes$/u],
    ["a report-uri string", { "report-uri": "https://r.example" }, /^report-uri: expected an array, each a report URL/u],
    ["a value for upgrade-insecure-requests", { "upgrade-insecure-requests": ["'self'"] }, /upgrade-insecure-requests: expected true/u],
    ["a report-to with a space", { "report-to": "a b" }, /report-to: expected one endpoint name/u],
    ["a non-array source list", { "default-src": "'self'" }, /expected an array of sources/u],
    ["a non-string source", { "default-src": [42] }, /expected a string source/u],
    ["an empty policy", {}, /^an empty policy: give at least one directive, e\.g\. \{ "default-src": \["'self'"\] \}$/u],
    ["not an object", "default-src 'self'", /expected an object keyed by directive name/u],
    ["a quote character in a host", { "img-src": ["https://a\"b.example"] }, /is not a scheme/u],
  ];

  it.each(refused)("refuses %s", (_, policy, reason) => {
    const error = headerError(() => loose.csp(policy));
    expect(error.header).toBe("Content-Security-Policy");
    expect(error.reason).toMatch(reason);
  });
});

describe("header('Content-Security-Policy') and contentSecurityPolicy()", () => {
  it("accepts valid text unchanged", () => {
    for (const value of [
      "default-src 'self'; frame-ancestors 'none'",
      "default-src 'self' https://a.example;upgrade-insecure-requests",
      "script-src  'self'   'strict-dynamic';",
      "sandbox",
    ]) {
      expect(respond().header("Content-Security-Policy", contentSecurityPolicy(value)).build().headers.get("content-security-policy")).toBe(value);
    }
  });

  const refused: Array<[string, RegExp]> = [
    ["default-src self", /write 'self'/u],
    ["default-src 'self'; scirpt-src 'self'", /unknown directive 'scirpt-src': did you mean script-src, script-src-elem, script-src-attr\?/u],
    ["sript-src 'self'", /unknown directive 'sript-src': did you mean script-src\?/u],
    ["default-src 'self'; default-src *", /directive 'default-src' appears twice: the browser ignores the second$/u],
    ["default-src 'self' 'none'", /'none' must stand alone/u],
    ["default-src 'self', img-src *", /a comma starts a second policy: append\(\)/u],
    ["default-src", /empty source list/u],
    ["default-src 'self'\r\nX-Evil: 1", /CR or LF/u],
  ];

  it.each(refused)("refuses %s", (value, reason) => {
    expect(headerError(() => contentSecurityPolicy(value)).reason).toMatch(reason);
    expect(headerError(() => respond().header("Content-Security-Policy", value as never)).reason).toMatch(reason);
    const reportOnly = headerError(() => respond().header("Content-Security-Policy-Report-Only", value as never));
    expect(reportOnly.header).toBe("Content-Security-Policy-Report-Only");
  });

  it("append() sends a second policy as its own field line", () => {
    const headers = respond().header("Content-Security-Policy", "default-src 'self'").append("Content-Security-Policy", "img-src 'none'").headers();
    expect(headers.get("content-security-policy")).toBe("default-src 'self', img-src 'none'");
  });
});

describe("cspSource()", () => {
  it("returns a valid source unchanged and refuses others", () => {
    expect(cspSource("https://cdn.example")).toBe("https://cdn.example");
    expect(cspSource("'self'")).toBe("'self'");
    expect(headerError(() => cspSource("self")).reason).toMatch(/write 'self'/u);
    expect(headerError(() => cspSource("https://a.example; script-src *")).reason).toMatch(/holds ';' or ','/u);
  });
});

describe("parseCsp and serializeCsp", () => {
  it("round-trip", () => {
    const policies: CspInit[] = [
      OWASP,
      { "script-src": ["'self'", "'nonce-abc123'"], "img-src": ["*"], sandbox: true },
      { sandbox: ["allow-scripts"], "report-to": "main", webrtc: "'block'", "require-trusted-types-for": ["'script'"] },
    ];
    for (const policy of policies) expect(parseCsp(serializeCsp(policy))).toEqual(policy);
  });

  it("parses as a browser does: lower-cases names, keeps the first duplicate, drops unknown directives", () => {
    expect(parseCsp("Default-Src 'self'; default-src *; x-unknown a;  img-src  data:  blob:")).toEqual({
      "default-src": ["'self'"],
      "img-src": ["data:", "blob:"],
    });
    expect(parseCsp("default-src 'self', img-src *")).toEqual({ "default-src": ["'self'"] });
  });
});

describe("nonce()", () => {
  it("makes fresh base64 nonces of 16 bytes that csp() accepts", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 100; i++) {
      const value = nonce();
      expect(value).toMatch(/^[A-Za-z0-9+/]{22}==$/u);
      expect(atob(value)).toHaveLength(16);
      seen.add(value);
    }
    expect(seen.size).toBe(100);
    const value = nonce();
    expect(respond().csp({ "script-src": [`'nonce-${value}'`] }).build().headers.get("content-security-policy")).toBe(`script-src 'nonce-${value}'`);
  });
});

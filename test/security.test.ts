// Run-time rules of Strict-Transport-Security and the single-token security headers, against real Headers.
import { describe, expect, it } from "vitest";
import { HeaderError, respond } from "../src/index.js";
import { parseHsts, securityToken, serializeHsts, strictTransportSecurity, type HstsInit } from "../src/headers/security.js";
import { headerError } from "./helpers/errors.js";

/** Runs `run` and returns the HeaderError it throws (fails the test when it throws nothing else). */
// Lets JavaScript-style wrong calls through the types, to test the run-time checks.
const loose = respond() as unknown as Record<string, (...args: unknown[]) => { build(): Response }>;

describe("hsts()", () => {
  it("writes max-age and the flags", () => {
    expect(respond().hsts({ maxAge: 31536000 }).build().headers.get("strict-transport-security")).toBe("max-age=31536000");
    expect(respond().hsts({ maxAge: 63072000, includeSubDomains: true, preload: true }).build().headers.get("strict-transport-security")).toBe(
      "max-age=63072000; includeSubDomains; preload",
    );
    expect(respond().hsts({ maxAge: 0 }).headers().get("strict-transport-security")).toBe("max-age=0");
  });

  it("refuses preload without includeSubDomains or with less than a year", () => {
    expect(headerError(() => loose.hsts!({ maxAge: 63072000, preload: true })).reason).toMatch(/preload needs includeSubDomains/u);
    const short = headerError(() => loose.hsts!({ maxAge: 31535999, includeSubDomains: true, preload: true }));
    expect(short.header).toBe("Strict-Transport-Security");
    expect(short.reason).toMatch(/preload needs max-age=31536000 or more, got 31535999/u);
  });

  it("refuses a max-age that is not a whole number of seconds, and flags that are not true", () => {
    for (const maxAge of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "60", undefined]) {
      expect(headerError(() => loose.hsts!({ maxAge })).reason).toMatch(/maxAge must be a whole number/u);
    }
    expect(headerError(() => loose.hsts!({ maxAge: 60, includeSubDomains: "yes" })).reason).toMatch(/includeSubDomains must be true/u);
    // The optional keys are marked as such; the unknown-key check reads the names without the mark.
    expect(headerError(() => loose.hsts!(null)).reason).toBe("expected an object { maxAge, includeSubDomains?, preload? }");
    expect(headerError(() => loose.hsts!({ maxAge: 60, preload: true, extra: 1 })).reason).toBe("unknown option 'extra' (known: maxAge, includeSubDomains, preload)");
  });

  it("round-trips through parseHsts", () => {
    const inits: HstsInit[] = [{ maxAge: 0 }, { maxAge: 86400, includeSubDomains: true }, { maxAge: 31536000, includeSubDomains: true, preload: true }];
    for (const init of inits) expect(parseHsts(serializeHsts(init))).toEqual(init);
  });

  it("parses like a browser: any case, quoted max-age, unknown directives ignored, duplicates invalid", () => {
    expect(parseHsts('MAX-AGE="600" ; INCLUDESUBDOMAINS; x-future')).toEqual({ maxAge: 600, includeSubDomains: true });
    expect(parseHsts("includeSubDomains")).toBeUndefined();
    expect(parseHsts("max-age=1; max-age=2")).toBeUndefined();
    expect(parseHsts("max-age=abc")).toBeUndefined();
  });
});

describe("header('Strict-Transport-Security') and strictTransportSecurity()", () => {
  it("accepts valid values unchanged", () => {
    for (const value of ["max-age=31536000", "max-age=63072000; includeSubDomains; preload", 'max-age="60"', "max-age=60;includesubdomains"]) {
      expect(respond().header("Strict-Transport-Security", strictTransportSecurity(value)).build().headers.get("strict-transport-security")).toBe(value);
    }
  });

  it("refuses what the types refuse", () => {
    const cases: Array<[string, RegExp]> = [
      ["includeSubDomains", /max-age is required/u],
      ["max-age=600; includeSubDomains; preload", /preload needs max-age=31536000/u],
      ["max-age=63072000; preload", /preload needs includeSubDomains/u],
      ["max-age=60; includeSubdomain", /unknown directive 'includeSubdomain'/u],
      ["max-age=60; max-age=70", /^"max-age=60; max-age=70": 'max-age' appears twice$/u],
      // Each directive's own form is checked before the duplicates: the message names the fault as written.
      ["max-age=5; includeSubDomains; includeSubDomains=1", /^"[^"]*": unknown directive 'includeSubDomains=1' \(expected max-age=<seconds>, includeSubDomains, preload\)$/u],
      ["max-age=5; includeSubDomains; IncludeSubDomains", /'IncludeSubDomains' appears twice$/u],
      ["max-age = 5", /^"max-age = 5": no spaces around '=' in 'max-age = 5'$/u],
      ["max-age=5; max-age = 6", /no spaces around '=' in 'max-age = 6'$/u],
      ["max-age=5s", /^"max-age=5s": max-age needs a whole number of seconds$/u],
      ["max-age=-1", /whole number of seconds/u],
      [" max-age=1", /whitespace/u],
      ["max-age=1\r\nSet-Cookie: a=b", /CR or LF/u],
    ];
    for (const [value, reason] of cases) {
      expect(headerError(() => strictTransportSecurity(value)).reason).toMatch(reason);
      expect(headerError(() => respond().header("Strict-Transport-Security", value as never)).reason).toMatch(reason);
    }
  });
});

describe("single-token headers", () => {
  const display: Record<string, string> = {
    "referrer-policy": "Referrer-Policy",
    "x-frame-options": "X-Frame-Options",
    "cross-origin-opener-policy": "Cross-Origin-Opener-Policy",
    "cross-origin-embedder-policy": "Cross-Origin-Embedder-Policy",
    "cross-origin-resource-policy": "Cross-Origin-Resource-Policy",
    "x-xss-protection": "X-XSS-Protection",
    "x-permitted-cross-domain-policies": "X-Permitted-Cross-Domain-Policies",
  };
  const methods: Array<[string, string, string]> = [
    ["referrerPolicy", "referrer-policy", "strict-origin-when-cross-origin"],
    ["frameOptions", "x-frame-options", "DENY"],
    ["frameOptions", "x-frame-options", "SAMEORIGIN"],
    ["crossOriginOpenerPolicy", "cross-origin-opener-policy", "same-origin"],
    ["crossOriginEmbedderPolicy", "cross-origin-embedder-policy", "require-corp"],
    ["crossOriginResourcePolicy", "cross-origin-resource-policy", "same-site"],
    ["xssProtection", "x-xss-protection", "0"],
    ["permittedCrossDomainPolicies", "x-permitted-cross-domain-policies", "none"],
  ];

  it.each(methods)("%s(%s) sets %s", (method, name, value) => {
    expect(loose[method]!(value).build().headers.get(name)).toBe(value);
    expect(respond().header(name as never, value as never).build().headers.get(name)).toBe(value);
  });

  it.each(methods)("%s refuses a wrong token", (method, name) => {
    const error = headerError(() => loose[method]!("bogus"));
    expect(error.header).toBe(display[name]);
    expect(error.reason).toMatch(/^"bogus": expected '/u);
    expect(error.message).toBe(`Invalid ${display[name]}: ${error.reason}`);
    expect(headerError(() => respond().header(name as never, "bogus" as never)).reason).toMatch(/expected '|'bogus' is not a policy token/u);
    expect(headerError(() => loose[method]!(42)).reason).toMatch(/expected '/u);
  });

  it("explains the obsolete values", () => {
    expect(headerError(() => loose.frameOptions!("ALLOW-FROM https://a.example")).reason).toMatch(/ALLOW-FROM is obsolete.*frame-ancestors/u);
    expect(headerError(() => loose.xssProtection!("1; mode=block")).reason).toMatch(/send '0'/u);
  });

  it("noSniff() and originAgentCluster()", () => {
    expect(respond().noSniff().build().headers.get("x-content-type-options")).toBe("nosniff");
    expect(respond().originAgentCluster().build().headers.get("origin-agent-cluster")).toBe("?1");
    expect(respond().originAgentCluster(false).build().headers.get("origin-agent-cluster")).toBe("?0");
    expect(headerError(() => loose.originAgentCluster!("yes")).reason).toMatch(/expected true, false or nothing/u);
    expect(headerError(() => respond().header("Origin-Agent-Cluster", "true" as never)).reason).toMatch(/expected '\?1', '\?0'/u);
  });

  it("Referrer-Policy through header() takes a fallback list", () => {
    const value = "no-referrer, strict-origin-when-cross-origin";
    expect(respond().header("Referrer-Policy", value).build().headers.get("referrer-policy")).toBe(value);
    expect(headerError(() => respond().header("Referrer-Policy", "no-referrer, never" as never)).reason).toMatch(/'never' is not a policy token/u);
    expect(headerError(() => respond().header("Referrer-Policy", "" as never)).reason).toMatch(/'' is not a policy token/u);
  });

  it("securityToken() returns a valid value unchanged and refuses others", () => {
    expect(securityToken("referrer-policy", "origin")).toBe("origin");
    expect(headerError(() => securityToken("cross-origin-resource-policy", "Same-Site")).reason).toMatch(/expected 'same-site', 'same-origin', 'cross-origin'/u);
    expect(headerError(() => securityToken("x-powered-by" as never, "x")).reason).toMatch(/not a single-token security header/u);
  });
});

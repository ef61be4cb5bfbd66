// Property tests: CSP and Permissions-Policy round trips (the latter read back by structured-headers),
// HSTS round trips, and that no validator of this family lets CR, LF or NUL through.
import { fc, test } from "@fast-check/vitest";
import { describe, expect } from "vitest";
import { parseDictionary, Token } from "structured-headers";
import { HeaderError } from "../src/index.js";
import { contentSecurityPolicy, cspSource, parseCsp, serializeCsp, type CspInit } from "../src/headers/content-security-policy.js";
import { parsePermissionsPolicy, permissionsPolicyValue, serializePermissionsPolicy } from "../src/headers/permissions-policy.js";
import { parseHsts, serializeHsts, strictTransportSecurity, type HstsInit } from "../src/headers/security.js";
import { corsOrigin } from "../src/headers/cors.js";

const FETCH = ["default-src", "script-src", "style-src", "img-src", "connect-src", "font-src", "object-src", "media-src", "worker-src", "base-uri", "form-action"];
const KEYWORDS = ["'self'", "'unsafe-inline'", "'unsafe-eval'", "'strict-dynamic'", "'report-sample'", "'wasm-unsafe-eval'"];
const base64 = fc.stringMatching(/^[A-Za-z0-9+/]{8,44}={0,2}$/u);
const host = fc.domain();
const origin = fc.tuple(fc.constantFrom("https", "http"), host, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined })).map(
  ([scheme, name, port]) => `${scheme}://${name}${port === undefined ? "" : `:${port}`}`,
);
const source = fc.oneof(
  fc.constantFrom(...KEYWORDS, "https:", "data:", "blob:", "*"),
  base64.map((value) => `'nonce-${value}'`),
  base64.map((value) => `'sha256-${value}'`),
  host,
  origin,
);
const policy: fc.Arbitrary<CspInit> = fc
  .dictionary(fc.constantFrom(...FETCH), fc.uniqueArray(source, { minLength: 1, maxLength: 5 }), { minKeys: 1 })
  .map((directives) => directives as CspInit);

// Strings that hold control characters, quotes, separators and non-ASCII as often as plain text.
const nasty = fc.string({ unit: fc.oneof(fc.constantFrom("\r", "\n", "\0", "\t", " ", ";", ",", "'", "\"", "\\", "é", "/"), fc.string({ unit: "binary-ascii", minLength: 1, maxLength: 1 })) });

function refusesOrKeepsClean(check: (value: string) => string, value: string): void {
  try {
    expect(check(value)).toBe(value);
    expect(value).not.toMatch(/[\r\n\0]/u);
  } catch (error) {
    if (!(error instanceof HeaderError)) throw error;
  }
}

describe("properties", () => {
  test.prop([policy])("CSP: serialize, parse and the text validator agree", (init) => {
    const value = serializeCsp(init);
    expect(parseCsp(value)).toEqual(init);
    expect(contentSecurityPolicy(value)).toBe(value);
  });

  test.prop([fc.dictionary(fc.constantFrom("camera", "geolocation", "fullscreen", "payment", "usb", "midi"), fc.oneof(
    fc.constant<string[]>([]),
    fc.constant(["*"]),
    fc.uniqueArray(fc.oneof(fc.constant("self"), origin), { minLength: 1, maxLength: 4 }),
  ), { minKeys: 1 })])("Permissions-Policy: structured-headers reads back what we write", (init) => {
    const value = serializePermissionsPolicy(init);
    const read: Record<string, string[]> = {};
    for (const [name, [item]] of parseDictionary(value)) {
      const items = Array.isArray(item) ? item.map(([bare]) => bare) : [item];
      read[name] = items.map((bare) => (bare instanceof Token ? bare.toString() : String(bare)));
    }
    expect(read).toEqual(init);
    expect(parsePermissionsPolicy(value)).toEqual(init);
    expect(permissionsPolicyValue(value)).toBe(value);
  });

  test.prop([fc.integer({ min: 0, max: 2 ** 40 }), fc.boolean(), fc.boolean()])("HSTS: serialize and parse agree", (maxAge, sub, preload) => {
    const init: HstsInit = { maxAge };
    if (sub || preload) init.includeSubDomains = true;
    if (preload) {
      init.preload = true;
      init.maxAge = Math.max(maxAge, 31536000);
    }
    const value = serializeHsts(init);
    expect(parseHsts(value)).toEqual(init);
    expect(strictTransportSecurity(value)).toBe(value);
  });

  test.prop([origin])("CORS: every serialized origin is accepted unchanged", (value) => {
    expect(corsOrigin(value)).toBe(value);
  });

  test.prop([nasty])("no validator lets CR, LF or NUL through, and none alters a value", (value) => {
    for (const check of [contentSecurityPolicy, cspSource, permissionsPolicyValue, strictTransportSecurity, corsOrigin]) {
      refusesOrKeepsClean(check as (value: string) => string, value);
    }
  });
});

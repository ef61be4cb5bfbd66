// Properties of serializeSetCookie() (what cookie() sends), read back by set-cookie-parser and cookie
// (both written by others) and by the platform's Headers.
import { fc, test } from "@fast-check/vitest";
import { parse as parseCookieHeader } from "cookie";
import { parseString as parseSetCookieString } from "set-cookie-parser";
import { describe, expect, it } from "vitest";
import { parseSetCookie, serializeSetCookie, type CookieOptions } from "../../src/headers/set-cookie.js";
import { alnum, assertSafeField, mutated, RUNS, Tally, text, token } from "./arbitraries.js";

const name = fc.oneof(token, alnum, fc.constantFrom("__Host-session", "__Secure-id", "__host-x", "a b", "a=b", "", "ü", "valueOf", "__proto__"));
const value = fc.oneof(alnum, mutated(alnum), text, fc.constantFrom("", "\"quoted\"", "a%20b", "x;y", "x,y", "x y"));
const options: fc.Arbitrary<CookieOptions> = fc.record(
  {
    maxAge: fc.oneof(fc.nat({ max: 40_000_000 }), fc.constantFrom(-1, 1.5, 34_560_000, 34_560_001)),
    domain: fc.constantFrom("example.com", "sub.example.com", ".example.com", "exa mple.com", "localhost"),
    path: fc.constantFrom("/", "/app", "/a;b", "app", "/ü"),
    secure: fc.constant(true as const),
    httpOnly: fc.constant(true as const),
    sameSite: fc.constantFrom("Strict" as const, "Lax" as const, "None" as const),
    partitioned: fc.constant(true as const),
  },
  { requiredKeys: [] },
);

describe("serializeSetCookie(name, value, options)", () => {
  const tally = new Tally();
  test.prop([name, value, options], { numRuns: RUNS })(
    "throws HeaderError or writes a field that set-cookie-parser and cookie read back to what was put in",
    (cookieName, cookieValue, cookieOptions) => {
      const field = tally.run(() => serializeSetCookie(cookieName, cookieValue, cookieOptions));
      if (field === undefined) return;
      assertSafeField("set-cookie", field);
      expect(parseSetCookie(field)).toMatchObject({ name: cookieName, value: cookieValue });
      // set-cookie-parser returns null for names of Object.prototype members (valueOf, __proto__, …).
      if (cookieName in Object.prototype) return;
      const theirs = parseSetCookieString(field, { decodeValues: false });
      expect(theirs).not.toBeNull();
      if (theirs === null) return;
      expect(theirs.name).toBe(cookieName);
      expect(theirs.value).toBe(cookieValue);
      if (cookieOptions.maxAge !== undefined) expect(theirs.maxAge).toBe(cookieOptions.maxAge);
      if (cookieOptions.domain !== undefined) expect(theirs.domain?.toLowerCase()).toBe(cookieOptions.domain.replace(/^\./u, "").toLowerCase());
      if (cookieOptions.path !== undefined) expect(theirs.path).toBe(cookieOptions.path);
      expect(theirs.secure === true).toBe(cookieOptions.secure === true);
      expect(theirs.httpOnly === true).toBe(cookieOptions.httpOnly === true);
      if (cookieOptions.sameSite !== undefined) expect(theirs.sameSite).toBe(cookieOptions.sameSite);
      expect(theirs.partitioned === true).toBe(cookieOptions.partitioned === true);
      // What the browser sends back, `name=value`, read by the cookie package.
      expect(parseCookieHeader(`${cookieName}=${cookieValue}`, { decode: (text) => text })[cookieName]).toBe(cookieValue);
    },
  );
  it("was exercised on both sides", () => tally.assertExercised());
});

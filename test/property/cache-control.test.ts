// Properties of serializeCacheControl() and cacheControl(), read back by http-cache-semantics (the
// cache logic many Node caches use, written by others) and by the platform's Headers.
import { fc, test } from "@fast-check/vitest";
import CachePolicy from "http-cache-semantics";
import { describe, expect, it } from "vitest";
import { cacheControl, parseCacheControl, serializeCacheControl, type CacheControlInit } from "../../src/headers/cache-control.js";
import { assertSafeField, joined, RUNS, Tally, token } from "./arbitraries.js";

/**
 * http-cache-semantics' reading of a Cache-Control value: directive → argument (or true). It splits the
 * value at every comma, even inside a quoted string (RFC 9111 §5.2 allows `private="a, b"`), so its
 * reading is compared only for values without a quoted comma; our own parser is compared always.
 */
const QUOTED_COMMA = /"[^"]*,[^"]*"/u;

function theirReading(value: string): Record<string, string | true> {
  const policy = new CachePolicy({ url: "/", method: "GET", headers: {} }, { status: 200, headers: { "cache-control": value } });
  return (policy as unknown as { _rescc: Record<string, string | true> })._rescc;
}

const DIRECTIVES_ORDER = {
  public: 0, private: 0, noCache: 0, noStore: 0, maxAge: 0, sMaxage: 0, mustRevalidate: 0, proxyRevalidate: 0,
  noTransform: 0, immutable: 0, staleWhileRevalidate: 0, staleIfError: 0,
};

const seconds = fc.oneof({ weight: 5, arbitrary: fc.nat({ max: 100_000_000 }) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1.5, Number.NaN, 2 ** 31, 2 ** 53) });
const fieldNames = fc.array(fc.oneof(token, fc.constantFrom("Set-Cookie", "Authorization", "bad name", "a,b")), { minLength: 1, maxLength: 3 });
const flag = fc.constant(true as const);

const everything = fc.record(
  {
    public: flag,
    private: fc.oneof(flag, fieldNames),
    noCache: fc.oneof(flag, fieldNames),
    noStore: flag,
    maxAge: seconds,
    sMaxage: seconds,
    mustRevalidate: flag,
    proxyRevalidate: flag,
    noTransform: flag,
    immutable: flag,
    staleWhileRevalidate: seconds,
    staleIfError: seconds,
  },
);

// Up to three directives at a time: with all twelve, nearly every draw holds a contradiction.
const init: fc.Arbitrary<CacheControlInit> = fc
  .tuple(everything, fc.subarray(Object.keys(DIRECTIVES_ORDER), { maxLength: 3 }))
  .map(([all, keys]) => Object.fromEntries(keys.map((key) => [key, all[key as keyof typeof all]])) as CacheControlInit);

const DIRECTIVES: Record<string, string> = {
  public: "public",
  private: "private",
  noCache: "no-cache",
  noStore: "no-store",
  maxAge: "max-age",
  sMaxage: "s-maxage",
  mustRevalidate: "must-revalidate",
  proxyRevalidate: "proxy-revalidate",
  noTransform: "no-transform",
  immutable: "immutable",
  staleWhileRevalidate: "stale-while-revalidate",
  staleIfError: "stale-if-error",
};

describe("serializeCacheControl(init)", () => {
  const tally = new Tally();
  test.prop([init], { numRuns: RUNS })("throws HeaderError or writes a value http-cache-semantics reads back to the init", (value) => {
    const written = tally.run(() => serializeCacheControl(value));
    if (written === undefined) return;
    assertSafeField("cache-control", written);
    expect(parseCacheControl(written)).toEqual(value);
    if (QUOTED_COMMA.test(written)) return;
    const theirs = theirReading(written);
    const expected: Record<string, string | true> = {};
    for (const [key, setting] of Object.entries(value)) {
      const directive = DIRECTIVES[key] as string;
      expected[directive] = setting === true ? true : Array.isArray(setting) ? setting.join(", ") : String(setting);
    }
    expect(theirs).toEqual(expected);
  });
  it("was exercised on both sides", () => tally.assertExercised());
});

const directiveText = fc.oneof(
  fc.constantFrom("no-store", "no-cache", "public", "private", "immutable", "must-revalidate", "no-transform", "nostore", "max_age=1"),
  fc.tuple(fc.constantFrom("max-age", "s-maxage", "stale-while-revalidate", "stale-if-error"), fc.oneof(fc.nat().map(String), fc.constantFrom("-1", "1.5", "", "\"60\"", "0x10"))).map(([name, arg]) => `${name}=${arg}`),
  fc.tuple(fc.constantFrom("private", "no-cache"), fieldNames).map(([name, names]) => `${name}="${names.join(", ")}"`),
);

describe("cacheControl(value)", () => {
  const tally = new Tally();
  test.prop([joined(directiveText, [", ", ",", " , ", "; ", " "], 4)], { numRuns: RUNS })(
    "throws HeaderError or returns the value unchanged, which http-cache-semantics reads as we do",
    (value) => {
      const checked = tally.run(() => cacheControl(value));
      if (checked === undefined) return;
      expect(checked).toBe(value);
      assertSafeField("cache-control", checked);
      if (QUOTED_COMMA.test(checked)) return;
      const theirs = theirReading(checked);
      const ours = parseCacheControl(checked);
      expect(Object.keys(theirs).sort()).toEqual(
        Object.keys(ours)
          .map((key) => DIRECTIVES[key] ?? key)
          .sort(),
      );
      if (ours.maxAge !== undefined) expect(Number(theirs["max-age"])).toBe(ours.maxAge);
    },
  );
  it("was exercised on both sides", () => tally.assertExercised());
});

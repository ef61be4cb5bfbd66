import { readFileSync } from "node:fs";
import CachePolicy from "http-cache-semantics";
import { describe, expect, it, vi } from "vitest";
import { fc, test } from "@fast-check/vitest";
import { HeaderError, respond } from "../src/index.js";
import {
  cacheControl,
  parseCacheControl,
  serializeCacheControl,
  type CacheControlInit,
} from "../src/headers/cache-control.js";
import { reasonOf } from "./helpers/errors.js";

/** The reason of the HeaderError `run` throws (fails the test when it throws nothing or something else). */
const accepted = [
  "max-age=60",
  "s-maxage=600",
  "no-cache",
  'no-cache="Set-Cookie"',
  "no-store",
  "no-transform",
  "must-revalidate",
  "proxy-revalidate",
  "no-store, must-understand",
  "private",
  'private="Set-Cookie, Authorization"',
  "public",
  "public, max-age=31536000, immutable",
  "stale-while-revalidate=30",
  "stale-if-error=86400",
  "no-store, max-age=0",
  "no-store, max-age=000",
  "no-cache, no-store, must-revalidate",
  "Public, MAX-AGE=60",
  "public,max-age=60",
  "public ,\tmax-age=60",
  "immutable, s-maxage=60",
  'private="Set-Cookie", max-age=60, must-revalidate',
  'public, max-age=60, s-maxage=600, stale-while-revalidate=30, stale-if-error=86400, must-revalidate, proxy-revalidate, no-transform, immutable, no-cache="Set-Cookie"',
];

// [value, a fragment of the reason]
const refused: Array<[string, string]> = [
  ["max-age=60, max-age=120", "'max-age' appears twice"],
  ["public, PUBLIC", "'public' appears twice"],
  ["public, private", "'public' contradicts 'private'"],
  ["no-store, max-age=60", "'no-store' contradicts 'max-age'"],
  ["no-store, s-maxage=60", "'no-store' contradicts 's-maxage'"],
  ["no-store, s-maxage=0", "'no-store' contradicts 's-maxage'"],
  ["public, no-store", "'no-store' contradicts 'public'"],
  ["no-store, immutable", "'no-store' contradicts 'immutable'"],
  ["no-store, stale-while-revalidate=30", "'no-store' contradicts 'stale-while-revalidate'"],
  ["no-store, stale-if-error=30", "'no-store' contradicts 'stale-if-error'"],
  ["must-understand, max-age=60", "'must-understand' needs 'no-store'"],
  ["private, s-maxage=60", "'private' contradicts 's-maxage'"],
  ["private, proxy-revalidate", "'private' contradicts 'proxy-revalidate'"],
  ["public, immutable", "'immutable' needs 'max-age' or 's-maxage'"],
  ["must-revalidat", "unknown directive 'must-revalidat'; did you mean 'must-revalidate'?"],
  ["publc, max-age=60", "did you mean 'public'?"],
  ["max_age=60", "did you mean 'max-age'?"],
  ["maxage=60", "did you mean 'max-age'?"],
  ["s-max-age=60", "did you mean 's-maxage'?"],
  ["nostore", "did you mean 'no-store'?"],
  ["cache-forever", "unknown directive 'cache-forever' (known: max-age, s-maxage, no-cache"],
  ["max-stale=60", "'max-stale' is a request directive"],
  ["only-if-cached", "'only-if-cached' is a request directive"],
  ["max-age=1h", "'max-age' takes delta-seconds (digits only), got '1h'"],
  ["max-age=-1", "got '-1'"],
  ["max-age=1.5", "got '1.5'"],
  ["max-age", "'max-age' needs a number of seconds"],
  ["max-age=", "'max-age' needs a number of seconds"],
  ['max-age="60"', "'max-age' takes delta-seconds without quotes"],
  ["max-age = 60", "no whitespace is allowed before '=' in 'max-age'"],
  ["max-age= 60", "no whitespace is allowed after '=' in 'max-age'"],
  ["no-store=true", "'no-store' takes no argument"],
  ['no-store="x"', "'no-store' takes no argument"],
  ["private=Set-Cookie", "'private' takes a quoted list of field names"],
  ['no-cache=""', "'no-cache' has an empty field-name list"],
  ['private="Set Cookie"', "'Set Cookie' in the list of 'private' is not a field name"],
  ['private="Set-Cookie', "'private' lacks a closing quote"],
  ['private="Set-Cookie" max-age=60', "expected ',' after the list of 'private'"],
  ["public, max-age=60,", "an empty directive between commas"],
  ["public,, max-age=60", "an empty directive between commas"],
  ["", "the value is empty"],
  ["public max-age=60", "'public max-age' is not a directive name"],
  ["max-age=60 public", "a comma is missing in 'max-age=60 public'"],
  ["public; max-age=60", "is not a directive name"],
  [" no-store", "it starts or ends with whitespace"],
  ["no-store\r\nSet-Cookie: a=b", "it contains CR or LF"],
];

describe("cacheControl() validator", () => {
  it.each(accepted)("accepts %s, unchanged", (value) => {
    expect(cacheControl(value)).toBe(value);
  });

  it.each(refused)("refuses %j", (value, fragment) => {
    expect(reasonOf(() => cacheControl(value))).toContain(fragment);
  });

  it("refuses a value that is not a string", () => {
    expect(reasonOf(() => cacheControl(60 as unknown as string))).toBe("expected a string, got number");
  });

  it("checks a valid value without splitting the lists of directives that are absent or lower-casing a name twice", () => {
    const split = vi.spyOn(String.prototype, "split");
    const lower = vi.spyOn(String.prototype, "toLowerCase");
    try {
      expect(cacheControl("public, max-age=60, stale-while-revalidate=30")).toBe("public, max-age=60, stale-while-revalidate=30");
      // 'public' is there, so its contradiction list is split; 'private' and 'no-store' are not (it was 2 and 9).
      expect([split.mock.calls.length, lower.mock.calls.length]).toEqual([1, 3]);
    } finally {
      split.mockRestore();
      lower.mockRestore();
    }
  });

  it("lists the known directives in the order and text of the compile-time message", () => {
    const source = readFileSync(new URL("../src/headers/cache-control.ts", import.meta.url), "utf8");
    const typeText = /\(known: ([^)]*)\)`/u.exec(source)?.[1];
    expect(typeText).toMatch(/^max-age, /u);
    expect(reasonOf(() => cacheControl("cache-forever"))).toBe(`"cache-forever": unknown directive 'cache-forever' (known: ${typeText})`);
  });

  it("names the header and the value in the message", () => {
    expect(() => cacheControl("no-store, max-age=60")).toThrow(
      "Invalid Cache-Control: \"no-store, max-age=60\": 'no-store' contradicts 'max-age'",
    );
  });
});

describe("builder", () => {
  it.each(accepted)("cacheControl(%j) sends it unchanged", (value) => {
    expect(respond().cacheControl(cacheControl(value)).build().headers.get("cache-control")).toBe(value);
  });

  it.each(refused)("cacheControl(%j) throws at run time", (value, fragment) => {
    expect(reasonOf(() => respond().cacheControl(value as never))).toContain(fragment);
  });

  it.each(refused)("header('Cache-Control', %j) throws at run time", (value, fragment) => {
    expect(reasonOf(() => respond().header("Cache-Control", value as never))).toContain(fragment);
  });

  it("header() and append() send a valid value unchanged", () => {
    const headers = respond().header("Cache-Control", "public, max-age=60").build().headers;
    expect(headers.get("cache-control")).toBe("public, max-age=60");
    expect(respond().append("cache-control", "no-store").build().headers.get("cache-control")).toBe("no-store");
  });

  it("a later cacheControl() replaces an earlier one", () => {
    const base = respond().cacheControl("public, max-age=60");
    expect(base.cacheControl("no-store").build().headers.get("cache-control")).toBe("no-store");
    expect(base.build().headers.get("cache-control")).toBe("public, max-age=60");
  });

  it("takes an options object", () => {
    const res = respond().cacheControl({ maxAge: 60, public: true, staleWhileRevalidate: 30 }).build();
    expect(res.headers.get("cache-control")).toBe("public, max-age=60, stale-while-revalidate=30");
  });

  it("names the bad entry of a private or noCache list, holes too", () => {
    const long = Array.from({ length: 50 }, (_, i) => `X-${i}`);
    expect(reasonOf(() => serializeCacheControl({ private: [...long, "b c", "X-Last"] }))).toBe('private: "b c" is not a field name');
    expect(reasonOf(() => serializeCacheControl({ noCache: ["a", 5] as never }))).toBe("noCache: 5 is not a field name");
    expect(reasonOf(() => serializeCacheControl({ private: ["a", , "b"] as never }))).toBe("private: undefined is not a field name");
    expect(reasonOf(() => respond().cdnCacheControl({ noCache: ["a", ""] } as never))).toBe('noCache: "" is not a field name');
  });

  it("refuses contradictory or malformed options at run time", () => {
    expect(reasonOf(() => respond().cacheControl({ noStore: true, maxAge: 60 } as never))).toContain("'no-store' contradicts 'max-age'");
    expect(reasonOf(() => respond().cacheControl({ maxAge: 1.5 } as never))).toBe("maxAge takes whole seconds (0 or more), got 1.5");
    expect(reasonOf(() => respond().cacheControl({ maxAge: -1 } as never))).toContain("got -1");
    expect(reasonOf(() => respond().cacheControl({ maxAge: "60" } as never))).toContain("got 60");
    expect(reasonOf(() => respond().cacheControl({ public: false } as never))).toContain("public takes true");
    expect(reasonOf(() => respond().cacheControl({ maxage: 60 } as never))).toContain("unknown option 'maxage'");
    expect(reasonOf(() => respond().cacheControl({} as never))).toContain("no directive set");
    expect(reasonOf(() => respond().cacheControl({ private: [] } as never))).toContain("non-empty list");
    expect(reasonOf(() => respond().cacheControl({ private: ["Set Cookie"] } as never))).toBe('private: "Set Cookie" is not a field name');
    expect(reasonOf(() => respond().cacheControl(null as never))).toContain("expected an options object");
    expect(reasonOf(() => serializeCacheControl([] as never))).toBe("expected an options object, got array");
  });
});

describe("parse and serialize", () => {
  const pairs: Array<[CacheControlInit, string]> = [
    [{ noStore: true }, "no-store"],
    [{ public: true, maxAge: 60 }, "public, max-age=60"],
    [{ maxAge: 31536000, public: true, immutable: true }, "public, max-age=31536000, immutable"],
    [{ private: ["Set-Cookie", "Authorization"], maxAge: 0, mustRevalidate: true }, 'private="Set-Cookie, Authorization", max-age=0, must-revalidate'],
    [{ noCache: ["Set-Cookie"] }, 'no-cache="Set-Cookie"'],
    [{ noStore: true, mustUnderstand: true }, "no-store, must-understand"],
    [{ noStore: true, maxAge: 0 }, "no-store, max-age=0"],
    [
      { public: true, noCache: true, maxAge: 1, sMaxage: 2, proxyRevalidate: true, noTransform: true, staleWhileRevalidate: 3, staleIfError: 4 },
      "public, no-cache, max-age=1, s-maxage=2, proxy-revalidate, no-transform, stale-while-revalidate=3, stale-if-error=4",
    ],
  ];

  it.each(pairs)("serializes %j", (init, text) => {
    expect(serializeCacheControl(init)).toBe(text);
    expect(parseCacheControl(text)).toEqual(init);
  });

  it("parses case-insensitively and with any whitespace", () => {
    expect(parseCacheControl("PUBLIC ,MAX-AGE=60,\tno-transform")).toEqual({ public: true, maxAge: 60, noTransform: true });
  });

  it("parses leniently: unknown directives, bad ages and repeats are skipped, the first wins", () => {
    expect(parseCacheControl("max-age=60, max-age=120, foo, max-stale=3, s-maxage=1h, no-store=1")).toEqual({ maxAge: 60 });
  });

  const init = fc.record(
    {
      public: fc.constant(true as const),
      noCache: fc.oneof(fc.constant(true as const), fc.array(fc.constantFrom("Set-Cookie", "Authorization", "X-Id"), { minLength: 1, maxLength: 3 })),
      maxAge: fc.nat(),
      sMaxage: fc.nat(),
      mustRevalidate: fc.constant(true as const),
      proxyRevalidate: fc.constant(true as const),
      noTransform: fc.constant(true as const),
      immutable: fc.constant(true as const),
      staleWhileRevalidate: fc.nat(),
      staleIfError: fc.nat(),
    },
    { requiredKeys: ["maxAge"] },
  );

  test.prop([init])("parse(serialize(init)) equals init", (value) => {
    expect(parseCacheControl(serializeCacheControl(value))).toEqual(value);
  });

  test.prop([init])("serialize(parse(text)) gives the text back", (value) => {
    const text = serializeCacheControl(value);
    expect(serializeCacheControl(parseCacheControl(text))).toBe(text);
  });
});

describe("what a real cache does with it (http-cache-semantics)", () => {
  const request = { url: "/a", method: "GET", headers: {} };
  function policy(value: string, shared: boolean): CachePolicy {
    const res = respond().cacheControl(cacheControl(value)).build("x");
    return new CachePolicy(request, { status: res.status, headers: Object.fromEntries(res.headers) }, { shared });
  }

  it("max-age=60, public is storable for 60 s", () => {
    const shared = policy("max-age=60, public", true);
    expect(shared.storable()).toBe(true);
    expect(shared.maxAge()).toBe(60);
    // timeToLive() counts from when the response was received, so a slow machine sees a little less.
    expect(shared.timeToLive()).toBeGreaterThan(55_000);
    expect(shared.timeToLive()).toBeLessThanOrEqual(60_000);
    expect(policy("max-age=60, public", false).maxAge()).toBe(60);
  });

  it("no-store is not storable", () => {
    expect(policy("no-store", true).storable()).toBe(false);
    expect(policy("no-store", false).storable()).toBe(false);
    expect(policy("no-store, max-age=0", false).storable()).toBe(false);
  });

  it("private is not storable by a shared cache, but is by the browser's", () => {
    expect(policy("private, max-age=60", true).storable()).toBe(false);
    expect(policy("private, max-age=60", false).storable()).toBe(true);
  });

  it("s-maxage sets the lifetime in shared caches only", () => {
    expect(policy("public, max-age=60, s-maxage=600", true).maxAge()).toBe(600);
    expect(policy("public, max-age=60, s-maxage=600", false).maxAge()).toBe(60);
  });

  it("no-cache is stored but must be revalidated", () => {
    const cached = policy("no-cache", false);
    expect(cached.storable()).toBe(true);
    expect(cached.satisfiesWithoutRevalidation({ url: "/a", method: "GET", headers: {} })).toBe(false);
  });

  it("the options object means the same as the literal", () => {
    const res = respond().cacheControl({ public: true, maxAge: 60 }).build("x");
    const fromInit = new CachePolicy(request, { status: 200, headers: Object.fromEntries(res.headers) }, { shared: true });
    expect(fromInit.maxAge()).toBe(60);
  });
});

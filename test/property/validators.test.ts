// The same property for the other validators, table-driven: arbitrary input either throws HeaderError
// or comes back unchanged, is kept unchanged by Headers, holds no CR/LF/NUL, and reads back — with a
// parser someone else wrote where one exists (structured-headers, @remix-run/headers), else our own.
import { Vary } from "@remix-run/headers";
import { fc, test } from "@fast-check/vitest";
import { parseDictionary, parseList } from "structured-headers";
import { describe, expect, it } from "vitest";
import { cdnCacheControl, parseCdnCacheControl } from "../../src/headers/cdn-cache-control.js";
import { contentLanguage, parseContentLanguage } from "../../src/headers/content-language.js";
import { entityTag, parseEntityTag, serializeEntityTag } from "../../src/headers/etag.js";
import { headerName, headerValue } from "../../src/header-name.js";
import { link, parseLink } from "../../src/headers/link.js";
import { clearSiteData, parseClearSiteData, parseTokenList, allow } from "../../src/headers/misc.js";
import { parseRetryAfter, retryAfter } from "../../src/headers/retry-after.js";
import { parseHsts, strictTransportSecurity } from "../../src/headers/security.js";
import { parseServerTiming, serverTiming } from "../../src/headers/server-timing.js";
import { parseVary, varyValue } from "../../src/headers/vary.js";
import { alnum, assertSafeField, joined, mutated, RUNS, Tally, text, token } from "./arbitraries.js";

interface Row {
  header: string;
  validate: (value: string) => string;
  input: fc.Arbitrary<string>;
  /** Reads an accepted value back; throws (via expect) when a reading disagrees. */
  readBack: (value: string) => void;
}

const seconds = fc.oneof(fc.nat({ max: 1_000_000 }).map(String), fc.constantFrom("-1", "1.5", "", "0x10", "1e3"));

const rows: Row[] = [
  {
    header: "X-Custom (headerValue)",
    validate: headerValue,
    input: fc.oneof(text, mutated(alnum)),
    readBack: (value) => expect(new Headers({ "x-custom": value }).get("x-custom")).toBe(value),
  },
  {
    header: "header names (headerName)",
    validate: headerName,
    input: fc.oneof(token, mutated(token), fc.constantFrom("Set-Cookie", "set-cookie", "X Y", "", "__proto__", "constructor")),
    readBack: (value) => expect(new Headers([[value, "1"]]).get(value)).toBe("1"),
  },
  {
    header: "CDN-Cache-Control",
    validate: cdnCacheControl,
    input: joined(
      fc.oneof(
        fc.constantFrom("public", "private", "no-store", "no-cache", "Public", "must-revalidate", "immutable"),
        fc.tuple(fc.constantFrom("max-age", "s-maxage", "stale-while-revalidate"), seconds).map(([name, arg]) => `${name}=${arg}`),
      ),
      [", ", ",", ";", " "],
      3,
    ),
    // structured-headers reads the same members, with the same integers.
    readBack: (value) => {
      const theirs = parseDictionary(value);
      const ours = parseCdnCacheControl(value);
      expect(ours).toBeDefined();
      if (ours?.maxAge !== undefined) expect(theirs.get("max-age")?.[0]).toBe(ours.maxAge);
      expect(theirs.size).toBeGreaterThan(0);
    },
  },
  {
    header: "Clear-Site-Data",
    validate: clearSiteData,
    input: joined(fc.constantFrom('"cookies"', '"storage"', '"cache"', '"*"', '"executionContexts"', "cookies", '"bogus"', '""'), [", ", ","], 3),
    // A structured list of strings: structured-headers reads the same strings.
    readBack: (value) => {
      const theirs = parseList(value).map(([item]) => item);
      expect(theirs).toEqual(parseClearSiteData(value));
    },
  },
  {
    header: "Vary",
    validate: varyValue,
    input: joined(fc.oneof(fc.constantFrom("Accept-Encoding", "Origin", "*", "Cookie", "bad name"), token), [", ", ",", " "], 3),
    readBack: (value) => {
      const ours = parseVary(value).map((name) => name.toLowerCase());
      expect([...new Vary(value)]).toEqual([...new Set(ours)]);
    },
  },
  {
    header: "ETag",
    validate: entityTag,
    input: fc.oneof(
      fc.tuple(fc.boolean(), fc.oneof(alnum, text)).map(([weak, tag]) => `${weak ? "W/" : ""}"${tag}"`),
      alnum,
      fc.constantFrom('w/"x"', '"a"b"', '""'),
    ),
    readBack: (value) => {
      const parsed = parseEntityTag(value);
      expect(parsed).toBeDefined();
      if (parsed !== undefined) expect(serializeEntityTag(parsed)).toBe(value);
    },
  },
  {
    header: "Strict-Transport-Security",
    validate: strictTransportSecurity,
    input: joined(
      fc.oneof(seconds.map((age) => `max-age=${age}`), fc.constantFrom("includeSubDomains", "preload", "includesubdomains", "max-age=\"60\"")),
      ["; ", ";", ", "],
      3,
    ),
    readBack: (value) => expect(parseHsts(value)?.maxAge).toBe(Number(/max-age="?(\d+)/iu.exec(value)?.[1])),
  },
  {
    header: "Retry-After",
    validate: retryAfter,
    input: fc.oneof(seconds, fc.constantFrom("Wed, 21 Oct 2015 07:28:00 GMT", "Wednesday, 21-Oct-15 07:28:00 GMT", "Wed, 21 Oct 2015 07:28:00 PST", "tomorrow")),
    readBack: (value) => expect(parseRetryAfter(value)).toBeDefined(),
  },
  {
    header: "Link",
    validate: link,
    input: joined(
      fc
        .tuple(fc.constantFrom("/app.css", "https://cdn.example", "/a b", "/x>y", ""), fc.constantFrom("preload", "preconnect", "next", "", "pre load"))
        .map(([href, rel]) => `<${href}>; rel=${rel === "" ? '""' : rel.includes(" ") ? `"${rel}"` : rel}`),
      [", ", ","],
      2,
    ),
    readBack: (value) => expect(parseLink(value).length).toBeGreaterThan(0),
  },
  {
    header: "Server-Timing",
    validate: serverTiming,
    input: joined(
      fc
        .tuple(fc.oneof(token, fc.constantFrom("db", "a b")), fc.oneof(fc.constant(""), fc.double({ min: -1, max: 1e6, noNaN: true }).map((dur) => `;dur=${dur}`)), fc.oneof(fc.constant(""), text.map((desc) => `;desc="${desc}"`)))
        .map(([name, dur, desc]) => name + dur + desc),
      [", ", ","],
      2,
    ),
    readBack: (value) => expect(parseServerTiming(value).length).toBeGreaterThan(0),
  },
  {
    header: "Allow",
    validate: allow,
    input: joined(fc.oneof(fc.constantFrom("GET", "HEAD", "POST", "get", "BAD METHOD"), token), [", ", ","], 3),
    readBack: (value) => expect(parseTokenList(value).length).toBeGreaterThan(0),
  },
  {
    header: "Content-Language",
    validate: contentLanguage,
    input: joined(fc.oneof(fc.constantFrom("de", "fr-CH", "en-US", "zh-Hant-TW", "x-klingon", "english", "e"), alnum), [", ", ","], 3),
    readBack: (value) => expect(parseContentLanguage(value)?.length).toBeGreaterThan(0),
  },
];

for (const row of rows) {
  describe(row.header, () => {
    const tally = new Tally();
    test.prop([row.input], { numRuns: RUNS })("throws HeaderError or returns the value unchanged, safe and readable", (value) => {
      const checked = tally.run(() => row.validate(value));
      if (checked === undefined) return;
      expect(checked).toBe(value);
      assertSafeField("x-checked", checked);
      row.readBack(checked);
    });
    it("was exercised on both sides", () => tally.assertExercised(0.02));
  });
}

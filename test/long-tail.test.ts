import { describe, expect, it } from "vitest";
import { HeaderError } from "../src/errors.js";
import { respond } from "../src/index.js";
import { contentLanguage, parseContentLanguage, serializeContentLanguage } from "../src/headers/content-language.js";
import { location } from "../src/headers/location.js";
import {
  acceptRanges,
  allow,
  clearSiteData,
  contentEncoding,
  parseClearSiteData,
  parseTokenList,
  serializeAllow,
  serializeClearSiteData,
  serializeContentEncoding,
} from "../src/headers/misc.js";
import { parseRetryAfter, retryAfter, serializeRetryAfter } from "../src/headers/retry-after.js";
import { parseServerTiming, serializeServerTiming, serverTiming } from "../src/headers/server-timing.js";
import { reasonOf } from "./helpers/errors.js";

const any = (): any => respond();

describe("Location", () => {
  it.each(["/login", "https://example.com/a?b=c#d", "../up", "?page=2", "//cdn.example/x", "/caf%C3%A9", "mailto:a@example.com"])(
    "location(%j) is sent unchanged",
    (url) => {
      expect(respond().location(url).build().headers.get("location")).toBe(url);
      expect(location(url)).toBe(url);
      expect(respond().header("Location", url as never).headers().get("location")).toBe(url);
    },
  );

  it("sends a URL as its href", () => {
    expect(respond().location(new URL("https://example.com/é a")).headers().get("location")).toBe("https://example.com/%C3%A9%20a");
  });

  it("redirect() uses the same check and accepts relative references", () => {
    const res = respond().redirect("/next?x=1", 303);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/next?x=1");
    expect(() => respond().redirect("/a\r\nSet-Cookie: x=1")).toThrow(HeaderError);
    expect(() => respond().redirect("/ü")).toThrow(/non-ASCII/u);
  });

  it.each([
    ["/a\r\nSet-Cookie: x=1", "CR or LF"],
    ["/a\nb", "CR or LF"],
    ["/a b", "whitespace"],
    ["/a\tb", "whitespace"],
    ["/a\0", "control character"],
    ["/a\x7f", "control character"],
    ["/café", "non-ASCII"],
    ["/\u{1f600}", "non-ASCII"],
    ["/\u0100", "non-ASCII"],
  ])("refuses %j", (url, fragment) => {
    expect(reasonOf(() => any().location(url))).toContain(fragment);
    expect(reasonOf(() => location(url))).toContain(fragment);
    expect(reasonOf(() => any().header("Location", url))).toContain(fragment);
  });

  it("refuses what is not a string or URL", () => {
    expect(reasonOf(() => any().location(42))).toContain("expected a string or a URL");
    expect(reasonOf(() => location(null as never))).toContain("expected a string");
  });
});

describe("Retry-After", () => {
  it("writes seconds and dates", () => {
    expect(respond().retryAfter(120).build().headers.get("retry-after")).toBe("120");
    expect(respond().retryAfter(0).build().headers.get("retry-after")).toBe("0");
    expect(respond().retryAfter(new Date(Date.UTC(2015, 9, 21, 7, 28))).build().headers.get("retry-after")).toBe(
      "Wed, 21 Oct 2015 07:28:00 GMT",
    );
  });

  it.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, "120", null])("refuses %j", (delay) => {
    expect(reasonOf(() => any().retryAfter(delay))).toContain("whole seconds");
  });

  it("refuses an invalid date", () => {
    expect(reasonOf(() => any().retryAfter(new Date("nope")))).toContain("Date is invalid");
  });

  it("checks header() values", () => {
    expect(retryAfter("120")).toBe("120");
    expect(retryAfter("Sun, 06 Nov 1994 08:49:37 GMT")).toBe("Sun, 06 Nov 1994 08:49:37 GMT");
    for (const bad of ["", "-1", "1.5", "2 minutes", "2015-10-21T07:28:00Z", "Sun, 06 Nov 1994 08:49:37 UTC"]) {
      expect(reasonOf(() => retryAfter(bad))).toContain("IMF-fixdate");
      expect(() => any().header("Retry-After", bad)).toThrow(HeaderError);
    }
  });

  it("round-trips", () => {
    expect(parseRetryAfter(serializeRetryAfter(120))).toBe(120);
    const date = new Date(Date.UTC(2030, 0, 1, 12, 0, 0));
    expect(parseRetryAfter(serializeRetryAfter(date))).toEqual(date);
    expect(parseRetryAfter("soon")).toBeUndefined();
  });
});

describe("Content-Language", () => {
  it("writes tags joined by a comma", () => {
    expect(respond().contentLanguage("en").build().headers.get("content-language")).toBe("en");
    expect(respond().contentLanguage("de-CH", "fr-CH", "zh-Hant-TW", "x-klingon").build().headers.get("content-language")).toBe(
      "de-CH, fr-CH, zh-Hant-TW, x-klingon",
    );
  });

  it.each([
    [["en_US"], "not '_'"],
    [["e"], "2 to 8 letters"],
    [["englishlanguage"], "2 to 8 letters"],
    [["12"], "2 to 8 letters"],
    [["en--US"], "subtag ''"],
    [["en-toolongsubtag"], "1 to 8 letters or digits"],
    [["en", "f r"], "subtag"],
    [[], "expected a non-empty array of language tags, e.g. ['en']"],
    [[42], "expected a string"],
  ])("refuses %j", (tags, fragment) => {
    expect(reasonOf(() => any().contentLanguage(...tags))).toContain(fragment);
  });

  it("checks header() values and round-trips", () => {
    expect(contentLanguage("en, de-AT")).toBe("en, de-AT");
    expect(reasonOf(() => contentLanguage("en,,de"))).toContain("empty list item");
    expect(reasonOf(() => contentLanguage("en_GB"))).toContain("not '_'");
    expect(() => any().header("Content-Language", "")).toThrow(HeaderError);
    expect(parseContentLanguage(serializeContentLanguage(["en", "fr-CA"]))).toEqual(["en", "fr-CA"]);
    expect(reasonOf(() => serializeContentLanguage("en" as never))).toBe("expected a non-empty array of language tags, e.g. ['en']");
    expect(parseContentLanguage("en, bad_tag")).toBeUndefined();
  });
});

describe("Allow", () => {
  it("writes methods, and none", () => {
    expect(respond().status(405).allow("GET", "HEAD").build().headers.get("allow")).toBe("GET, HEAD");
    expect(respond().allow("GET", "PROPFIND").build().headers.get("allow")).toBe("GET, PROPFIND");
    expect(respond().allow().build().headers.get("allow")).toBe("");
  });

  it("refuses lower-case standard methods and non-tokens", () => {
    expect(reasonOf(() => any().allow("get"))).toContain("write 'GET'");
    expect(reasonOf(() => any().allow("GET HEAD"))).toContain("token");
    expect(reasonOf(() => any().allow(1))).toContain("expected a method string");
  });

  it("checks header() values and round-trips", () => {
    expect(allow("GET, HEAD")).toBe("GET, HEAD");
    expect(allow("")).toBe("");
    expect(reasonOf(() => allow("GET, post"))).toContain("write 'POST'");
    expect(reasonOf(() => allow("GET,,HEAD"))).toContain("empty list item");
    expect(parseTokenList(serializeAllow(["GET", "OPTIONS"]))).toEqual(["GET", "OPTIONS"]);
  });
});

describe("Content-Encoding and Accept-Ranges", () => {
  it("writes codings in order", () => {
    expect(respond().contentEncoding("gzip").build().headers.get("content-encoding")).toBe("gzip");
    expect(respond().contentEncoding("gzip", "br").build().headers.get("content-encoding")).toBe("gzip, br");
    expect(parseTokenList(serializeContentEncoding(["zstd"]))).toEqual(["zstd"]);
  });

  it("refuses identity, non-tokens and nothing", () => {
    expect(reasonOf(() => any().contentEncoding("identity"))).toContain("omit Content-Encoding");
    expect(reasonOf(() => any().contentEncoding("IDENTITY"))).toContain("omit Content-Encoding");
    expect(reasonOf(() => any().contentEncoding("g zip"))).toContain("token");
    expect(reasonOf(() => any().contentEncoding())).toContain("expected a non-empty array of content codings, e.g. ['gzip']");
    expect(contentEncoding("gzip, br")).toBe("gzip, br");
    expect(reasonOf(() => contentEncoding("identity"))).toContain("omit");
  });

  it("accept-ranges", () => {
    expect(respond().acceptRanges("bytes").build().headers.get("accept-ranges")).toBe("bytes");
    expect(respond().acceptRanges("none").build().headers.get("accept-ranges")).toBe("none");
    expect(reasonOf(() => any().acceptRanges("pages"))).toContain("'bytes' or 'none'");
    expect(acceptRanges("bytes")).toBe("bytes");
    expect(reasonOf(() => acceptRanges("by tes"))).toContain("range unit");
    expect(reasonOf(() => acceptRanges(""))).toContain("empty list item");
  });
});

describe("Clear-Site-Data", () => {
  it("quotes directives", () => {
    expect(respond().clearSiteData("cache", "cookies", "storage").build().headers.get("clear-site-data")).toBe(
      '"cache", "cookies", "storage"',
    );
    expect(respond().clearSiteData("*").build().headers.get("clear-site-data")).toBe('"*"');
  });

  it("refuses unknown and pre-quoted directives, and nothing", () => {
    expect(reasonOf(() => any().clearSiteData("localStorage"))).toContain("not a Clear-Site-Data directive");
    expect(reasonOf(() => any().clearSiteData('"cache"'))).toContain("not a Clear-Site-Data directive");
    expect(reasonOf(() => any().clearSiteData())).toContain("expected a non-empty array of directives");
  });

  it("checks header() values and round-trips", () => {
    expect(clearSiteData('"cache", "cookies"')).toBe('"cache", "cookies"');
    expect(reasonOf(() => clearSiteData("cache"))).toContain("write '\"cache\"'");
    expect(reasonOf(() => clearSiteData('"everything"'))).toContain("not a Clear-Site-Data directive");
    expect(parseClearSiteData(serializeClearSiteData(["cache", "executionContexts"]))).toEqual(["cache", "executionContexts"]);
  });
});

describe("Server-Timing", () => {
  it("reads dur and desc from the options as given, getters and inherited properties too", () => {
    class Timing {
      get dur(): number {
        return 7;
      }
    }
    const inherited = Object.create({ dur: 5, desc: "x" }) as { dur: number; desc: string };
    expect(respond().serverTiming("db", new Timing()).entries()).toEqual([["server-timing", "db;dur=7"]]);
    expect(respond().serverTiming("db", inherited).entries()).toEqual([["server-timing", "db;dur=5;desc=x"]]);
  });

  it("appends metrics", () => {
    const builder = respond().serverTiming("db", { dur: 53.2, desc: "Postgres primary" }).serverTiming("cache", { desc: "hit" }).serverTiming("total");
    expect(builder.entries()).toEqual([
      ["server-timing", 'db;dur=53.2;desc="Postgres primary"'],
      ["server-timing", "cache;desc=hit"],
      ["server-timing", "total"],
    ]);
    expect(parseServerTiming(builder.build().headers.get("server-timing") as string)).toEqual([
      { name: "db", dur: 53.2, desc: "Postgres primary" },
      { name: "cache", desc: "hit" },
      { name: "total" },
    ]);
  });

  it("writes tiny durations without an exponent", () => {
    expect(serializeServerTiming({ name: "x", dur: 1e-7 })).toBe("x;dur=0");
    expect(serializeServerTiming({ name: "x", dur: 0.5 })).toBe("x;dur=0.5");
  });

  it.each([
    ["db query", {}, "not a token"],
    ["db", { dur: -1 }, "finite number of milliseconds from 0 to 1e21, got -1"],
    ["db", { dur: Number.NaN }, "got NaN"],
    ["db", { dur: Number.POSITIVE_INFINITY }, "finite number of milliseconds from 0 to 1e21, got Infinity"],
    ["db", { dur: "5" }, 'finite number of milliseconds from 0 to 1e21, got "5"'],
    ["db", { desc: "a\nb" }, "control character"],
    ["db", { desc: "日本" }, "above U+00FF"],
    ["db", "fast", "expected options"],
  ])("refuses %j %j", (name, options, fragment) => {
    expect(reasonOf(() => any().serverTiming(name, options))).toContain(fragment);
  });

  it("checks header() values", () => {
    expect(serverTiming('db;dur=53, app;dur=47.2;desc="App, total"')).toBe('db;dur=53, app;dur=47.2;desc="App, total"');
    expect(serverTiming("miss")).toBe("miss");
    for (const [bad, fragment] of [
      ["db dur=53", "expected ';'"],
      ["", "at least one metric"],
      ['db;desc="open', "no closing quote"],
      [";dur=1", "metric name"],
    ] as const) {
      expect(reasonOf(() => serverTiming(bad))).toContain(fragment);
      expect(() => any().append("Server-Timing", bad)).toThrow(HeaderError);
    }
  });
});

describe("immutability", () => {
  it("a builder used as a template is not changed by later calls", () => {
    const base = respond().link("/a.css", { rel: "preload", as: "style" });
    const one = base.link("/b.css", { rel: "preload", as: "style" }).serverTiming("db", { dur: 1 });
    expect(base.entries()).toEqual([["link", "</a.css>; rel=preload; as=style"]]);
    expect(one.entries()).toHaveLength(3);
  });
});

describe("header() and append() run the same checks", () => {
  it.each([
    ["Content-Encoding", "gzip, br", "identity"],
    ["Accept-Ranges", "bytes", "by tes"],
    ["Clear-Site-Data", '"cache", "storage"', "cache"],
    ["Allow", "GET, HEAD", "get"],
    ["Content-Language", "en, de-AT", "en_US"],
    ["Retry-After", "120", "soon"],
    ["Server-Timing", "db;dur=5", "db dur=5"],
    ["Link", "</a>; rel=next", "</a>"],
    ["Location", "/next", "/ne xt"],
  ])("%s: %j is sent unchanged, %j is refused", (name, good, bad) => {
    expect(any().header(name, good).headers().get(name)).toBe(good);
    if (["Retry-After", "Location"].includes(name)) {
      // They hold one value: append() is refused whatever the value (see SingleValueHeader).
      expect(() => any().append(name.toLowerCase(), good)).toThrow(HeaderError);
    } else {
      expect(any().append(name.toLowerCase(), good).headers().get(name)).toBe(good);
    }
    expect(() => any().header(name, bad)).toThrow(HeaderError);
    expect(() => any().append(name.toUpperCase(), bad)).toThrow(HeaderError);
  });
});

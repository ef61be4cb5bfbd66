// Run-time twins of the compile-time cookie rules, against real Response/Headers objects, and round trips
// through set-cookie-parser and cookie.
import { parse as parseCookieHeader, parseSetCookie as cookieParseSetCookie } from "cookie";
import setCookieParser from "set-cookie-parser";
import { describe, expect, it, vi } from "vitest";
import { HeaderError, respond } from "../src/index.js";
import {
  cookieValue,
  encodeCookieValue,
  parseSetCookie,
  serializeSetCookie,
  type CookieOptions,
  type SetCookieInit,
} from "../src/headers/set-cookie.js";

// JavaScript callers and `as any` reach the run time with anything; these helpers stand for them.
const cookie = (name: unknown, value: unknown, options?: unknown): Response =>
  (respond() as any).cookie(name, value, options).build();
const clear = (name: unknown, options?: unknown): Response => (respond() as any).clearCookie(name, options).build();

function reasonOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(HeaderError);
    expect((error as HeaderError).header).toBe("Set-Cookie");
    return (error as HeaderError).reason;
  }
  throw new Error("expected a HeaderError");
}

const DAY = 86_400;

describe("cookie() writes one field per cookie", () => {
  it("writes name=value with attributes in canonical case", () => {
    const res = respond()
      .cookie("id", "42", { httpOnly: true, secure: true, sameSite: "lax", path: "/", maxAge: 3600, priority: "high" })
      .build();
    expect(res.headers.getSetCookie()).toEqual(["id=42; Max-Age=3600; Path=/; Secure; HttpOnly; SameSite=Lax; Priority=High"]);
  });

  it("keeps several cookies as several fields (getSetCookie and entries)", () => {
    const builder = respond()
      .cookie("a", "1")
      .cookie("b", "2", { path: "/" })
      .header("X-Id", "7");
    expect(builder.build().headers.getSetCookie()).toEqual(["a=1", "b=2; Path=/"]);
    expect(builder.entries()).toEqual([
      ["set-cookie", "a=1"],
      ["set-cookie", "b=2; Path=/"],
      ["x-id", "7"],
    ]);
    expect([...builder.headers().entries()].filter(([name]) => name === "set-cookie")).toEqual([
      ["set-cookie", "a=1"],
      ["set-cookie", "b=2; Path=/"],
    ]);
  });

  it("keeps only the later of two cookies with the same name, path and domain", () => {
    const res = respond().cookie("a", "1").cookie("b", "x").cookie("a", "2").build();
    expect(res.headers.getSetCookie()).toEqual(["b=x", "a=2"]);
  });

  it("keeps both when path or domain differ", () => {
    const res = respond()
      .cookie("a", "1", { path: "/x" })
      .cookie("a", "2", { path: "/y" })
      .cookie("a", "3", { domain: "example.com" })
      .cookie("a", "4", { domain: "EXAMPLE.com" })
      .build();
    expect(res.headers.getSetCookie()).toEqual(["a=1; Path=/x", "a=2; Path=/y", "a=4; Domain=EXAMPLE.com"]);
  });

  it("leaves the builder it came from unchanged", () => {
    const base = respond().cookie("a", "1");
    const more = base.cookie("b", "2");
    expect(base.build().headers.getSetCookie()).toEqual(["a=1"]);
    expect(more.build().headers.getSetCookie()).toEqual(["a=1", "b=2"]);
  });

  it("writes Expires as an IMF-fixdate", () => {
    const expires = new Date(Date.now() + 10 * DAY * 1000);
    expires.setUTCMilliseconds(0);
    const [field] = respond().cookie("a", "1", { expires }).build().headers.getSetCookie();
    expect(field).toBe(`a=1; Expires=${expires.toUTCString()}`);
  });

  it("writes Domain and Partitioned", () => {
    const res = respond().cookie("a", "1", { domain: "example.com", secure: true, partitioned: true, sameSite: "None" }).build();
    expect(res.headers.getSetCookie()).toEqual(["a=1; Domain=example.com; Secure; SameSite=None; Partitioned"]);
  });

  it("accepts quoted values, empty values and every cookie-octet", () => {
    const octets = "!#$%&'()*+-./0123456789:<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~";
    expect(cookie("a", "\"quoted\"").headers.getSetCookie()).toEqual(["a=\"quoted\""]);
    expect(cookie("a", "").headers.getSetCookie()).toEqual(["a="]);
    expect(cookie("a", octets).headers.getSetCookie()).toEqual([`a=${octets}`]);
  });
});

describe("cookie() refuses at run time what the types refuse", () => {
  it.each([
    ["my id", "is not a token"],
    ["a=b", "is not a token"],
    ["a;b", "is not a token"],
    ["café", "is not a token"],
    ["", "cannot be empty"],
  ])("name %j", (name, fragment) => {
    expect(reasonOf(() => cookie(name, "1"))).toContain(fragment);
  });

  it.each([
    ["a b", "a space is not allowed"],
    ["a,b", "',' is not allowed"],
    ["a;b", "';' is not allowed"],
    ["a\\b", "'\\' is not allowed"],
    ["a\"b", "double quote"],
    ["\"ab", "double quote"],
    ["\"a b\"", "a space is not allowed"],
    ["a\r\nSet-Cookie: x=y", "CR or LF"],
    ["é", "is not allowed"],
    ["a\tb", "is not allowed"],
  ])("value %j", (value, fragment) => {
    const reason = reasonOf(() => cookie("id", value));
    expect(reason).toContain(fragment);
    expect(reason).toContain("encodeCookieValue");
  });

  it("refuses names and values that are not strings", () => {
    expect(reasonOf(() => cookie(1, "1"))).toContain("expected a string name");
    expect(reasonOf(() => cookie("a", 1))).toContain("expected a string value");
  });

  it.each<[string, CookieOptions | undefined, string]>([
    ["__Secure-id", undefined, "__Secure- cookies need secure: true"],
    ["__secure-id", { httpOnly: true }, "__Secure- cookies need secure: true"],
    ["__Host-id", { path: "/" }, "__Host- cookies need secure: true"],
    ["__Host-id", { secure: true }, "__Host- cookies need path: '/'"],
    ["__Host-id", { secure: true, path: "/app" }, "__Host- cookies need path: '/'"],
    ["__HOST-id", { secure: true, path: "/", domain: "example.com" }, "__Host- cookies cannot have a domain"],
    ["__Http-id", { secure: true }, "__Http- cookies need httpOnly: true"],
    ["__http-id", { httpOnly: true }, "__Http- cookies need secure: true"],
    ["__Host-Http-id", { secure: true, path: "/" }, "__Host-Http- cookies need httpOnly: true"],
    ["__host-http-id", { secure: true, httpOnly: true }, "__Host-Http- cookies need path: '/'"],
  ])("prefix %s with %j", (name, options, fragment) => {
    expect(reasonOf(() => cookie(name, "1", options))).toContain(fragment);
  });

  it("accepts each prefix when its rules are met", () => {
    const res = respond()
      .cookie("__Secure-a", "1", { secure: true, domain: "example.com" })
      .cookie("__Host-b", "1", { secure: true, path: "/" })
      .cookie("__Http-c", "1", { secure: true, httpOnly: true })
      .cookie("__Host-Http-d", "1", { secure: true, httpOnly: true, path: "/" })
      .build();
    expect(res.headers.getSetCookie()).toEqual([
      "__Secure-a=1; Domain=example.com; Secure",
      "__Host-b=1; Path=/; Secure",
      "__Http-c=1; Secure; HttpOnly",
      "__Host-Http-d=1; Path=/; Secure; HttpOnly",
    ]);
  });

  it.each<[unknown, string]>([
    [{ sameSite: "None" }, "sameSite: 'None' needs secure: true"],
    [{ sameSite: "none", httpOnly: true }, "sameSite: 'None' needs secure: true"],
    [{ partitioned: true }, "partitioned: true needs secure: true"],
    [{ sameSite: "Loose" }, "sameSite must be"],
    [{ priority: "Urgent" }, "priority must be"],
    [{ secure: "yes" }, "secure must be true or omitted"],
    [{ httpOnly: 1 }, "httpOnly must be true or omitted"],
    [{ maxAge: 34_560_001 }, "over 400 days (34560000 s)"],
    [{ maxAge: -1 }, "negative"],
    [{ maxAge: 1.5 }, "is not whole seconds"],
    [{ maxAge: Number.NaN }, "is not whole seconds"],
    [{ maxAge: "60" }, "is not whole seconds"],
    [{ expires: "tomorrow" }, "expires must be a Date"],
    [{ expires: new Date(Number.NaN) }, "not a date of the years 0 to 9999"],
    [{ expires: new Date(Date.now() + 401 * DAY * 1000) }, "over 400 days ahead"],
    [{ path: "app" }, "must start with '/'"],
    [{ path: "/a;b" }, "holds ';'"],
    [{ path: "/a\nb" }, "outside U+0020-U+007E"],
    [{ path: "/é" }, "outside U+0020-U+007E"],
    [{ path: "/a " }, "ends with a space"],
    [{ path: `/${"a".repeat(1024)}` }, "path is 1025 bytes, over 1024, which browsers ignore"],
    [{ domain: ".example.com" }, "starts with '.'"],
    [{ domain: "exa_mple.com" }, "invalid label"],
    [{ domain: "-example.com" }, "invalid label"],
    [{ domain: "example..com" }, "invalid label"],
    [{ domain: "example.com." }, "invalid label"],
    [{ domain: `${"a".repeat(64)}.com` }, "invalid label"],
    [{ domain: 5 }, "domain must be a string"],
    [{ httponly: true }, "unknown option 'httponly': did you mean 'httpOnly'?"],
    [{ secrue: true }, "unknown option 'secrue' (known: maxAge, expires, domain, path, secure, httpOnly, sameSite, partitioned, priority)"],
    [[], "options must be an object, got array"],
    [{ domain: `${"a.".repeat(130)}com` }, `domain "${"a.".repeat(20)}…" is longer than 253 characters`],
    ["secure", "options must be an object"],
    [null, "options must be an object"],
  ])("options %j", (options, fragment) => {
    expect(reasonOf(() => cookie("id", "1", options))).toContain(fragment);
  });

  it("accepts the limits themselves", () => {
    const expires = new Date(Date.now() + 399 * DAY * 1000);
    const res = respond()
      .cookie("a", "1", { maxAge: 34_560_000 })
      .cookie("b", "1", { maxAge: 0 })
      .cookie("c", "1", { expires })
      .cookie("d", "1", { expires: new Date(0) })
      .cookie("e", "1", { path: `/${"a".repeat(1023)}` })
      .cookie("f", "x".repeat(4095) as never)
      .build();
    expect(res.headers.getSetCookie()).toHaveLength(6);
  });

  it("treats false and undefined as an omitted flag or option (JavaScript callers)", () => {
    expect(cookie("a", "1", { secure: false, httpOnly: undefined, path: undefined }).headers.getSetCookie()).toEqual(["a=1"]);
  });

  it("refuses name and value over 4096 bytes", () => {
    expect(reasonOf(() => cookie("a", "x".repeat(4096)))).toContain("4097 bytes");
  });
});

describe("clearCookie()", () => {
  it("writes an expiring field with the same Path and Domain", () => {
    const res = respond().clearCookie("id", { path: "/app", domain: "example.com" }).build();
    expect(res.headers.getSetCookie()).toEqual([
      "id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Domain=example.com; Path=/app",
    ]);
  });

  it("replaces a cookie() of the same name, path and domain, and is replaced by a later one", () => {
    expect(respond().cookie("id", "1").clearCookie("id").build().headers.getSetCookie()).toEqual([
      "id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT",
    ]);
    expect(respond().clearCookie("id").cookie("id", "2").build().headers.getSetCookie()).toEqual(["id=2"]);
    expect(respond().cookie("id", "1", { path: "/a" }).clearCookie("id").build().headers.getSetCookie()).toHaveLength(2);
  });

  it("keeps the prefix rules, so that the browser accepts the deletion", () => {
    expect(reasonOf(() => clear("__Host-id"))).toContain("__Host- cookies need secure: true");
    expect(respond().clearCookie("__Host-id", { secure: true, path: "/" }).build().headers.getSetCookie()).toEqual([
      "__Host-id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure",
    ]);
  });

  it("refuses a lifetime and bad names", () => {
    expect(reasonOf(() => clear("id", { maxAge: 10 }))).toContain("is not a clearCookie() option: it sets the lifetime itself");
    expect(reasonOf(() => clear("id", { expires: new Date() }))).toContain("is not a clearCookie() option: it sets the lifetime itself");
    expect(reasonOf(() => clear("id", { maxage: 10 }))).toBe("unknown option 'maxage' (known: domain, path, secure, httpOnly, sameSite, partitioned, priority)");
    expect(reasonOf(() => clear("a b"))).toContain("is not a token");
  });

  it("reads a lifetime it is given another way (inherited, a getter, not enumerable) as given: checks it, then writes its own", () => {
    const field = "id=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT";
    expect(reasonOf(() => clear("id", Object.create({ maxAge: 1.5 })))).toBe("maxAge 1.5 is not whole seconds from 0 to 34560000");
    expect(reasonOf(() => clear("id", Object.defineProperty({}, "maxAge", { value: false })))).toContain("maxAge false is not whole seconds");
    expect(reasonOf(() => clear("id", Object.create(Object.defineProperty({}, "expires", { get: () => "soon" }))))).toBe("expires must be a Date, got string");
    expect(clear("id", Object.create({ maxAge: 60, expires: new Date() })).headers.getSetCookie()).toEqual([field]);
    class Options {
      get maxAge(): number {
        return 60;
      }
    }
    expect(clear("id", new Options()).headers.getSetCookie()).toEqual([field]);
  });
});

describe("Set-Cookie through header() and append()", () => {
  it("is refused by name, so cookies stay separate fields", () => {
    expect(() => (respond() as any).header("Set-Cookie", "a=b")).toThrow(HeaderError);
    expect(() => (respond() as any).append("set-cookie", "a=b")).toThrow(HeaderError);
  });
});

describe("cookieValue() and encodeCookieValue()", () => {
  it("cookieValue returns valid values unchanged and refuses others", () => {
    expect(cookieValue("abc-123")).toBe("abc-123");
    expect(cookieValue("\"q\"")).toBe("\"q\"");
    expect(reasonOf(() => cookieValue("a b"))).toContain("encodeCookieValue");
    expect(reasonOf(() => cookieValue(1 as unknown as string))).toContain("expected a string value");
  });

  it("encodeCookieValue percent-encodes anything, and decodeURIComponent reads it back", () => {
    const text = "hello, world; \"é\" \\ 🍪 %41";
    const encoded = encodeCookieValue(text);
    expect(encoded).toBe("hello%2C%20world%3B%20%22%C3%A9%22%20%5C%20%F0%9F%8D%AA%20%2541");
    expect(decodeURIComponent(encoded)).toBe(text);
    expect(respond().cookie("g", encoded).build().headers.getSetCookie()).toEqual([`g=${encoded}`]);
  });

  it("encodeCookieValue refuses a lone surrogate", () => {
    expect(reasonOf(() => encodeCookieValue("\ud800"))).toBe(
      "encodeCookieValue(): the text holds a lone surrogate, which UTF-8 cannot encode; make it well-formed with String.prototype.toWellFormed()",
    );
  });
});

describe("parseSetCookie and serializeSetCookie", () => {
  const expires = new Date("2026-12-24T18:30:00Z");

  it("round-trips every attribute", () => {
    const options: CookieOptions = {
      maxAge: 60,
      expires: new Date(Date.now() + 30 * DAY * 1000 - (Date.now() % 1000)),
      domain: "example.com",
      path: "/app",
      secure: true,
      httpOnly: true,
      sameSite: "None",
      partitioned: true,
      priority: "Low",
    };
    const field = serializeSetCookie("id", "\"42\"", options);
    expect(parseSetCookie(field)).toEqual({ name: "id", value: "\"42\"", ...options });
  });

  it("writes lower-case sameSite and priority in canonical case", () => {
    expect(serializeSetCookie("a", "1", { sameSite: "strict", priority: "medium" })).toBe("a=1; SameSite=Strict; Priority=Medium");
  });

  it("parses leniently, as browsers do", () => {
    expect(parseSetCookie(`  id = 42 ;path=/a; DOMAIN=.Example.com; max-age=-5; secure; HTTPONLY; samesite=LAX; expires=${expires.toUTCString()}; priority=HIGH; partitioned; foo=bar`)).toEqual({
      name: "id",
      value: "42",
      path: "/a",
      domain: "Example.com",
      maxAge: -5,
      secure: true,
      httpOnly: true,
      sameSite: "Lax",
      expires,
      priority: "High",
      partitioned: true,
    });
  });

  it("skips unreadable attributes and keeps the last of repeated ones", () => {
    expect(parseSetCookie("a=1; Max-Age=soon; Expires=never; Path=relative; SameSite=Loose; Priority=x; Domain=")).toEqual({ name: "a", value: "1" });
    expect(parseSetCookie("a=1; Path=/x; Path=/y; Max-Age=1; Max-Age=2")).toEqual({ name: "a", value: "1", path: "/y", maxAge: 2 });
  });

  it("reads cookies named like Object.prototype keys as plain cookies", () => {
    for (const name of ["__proto__", "constructor", "toString"]) {
      const field = respond().cookie(name, "1", { path: "/" }).build().headers.getSetCookie()[0] as string;
      const parsed = parseSetCookie(field);
      expect(parsed).toEqual({ name, value: "1", path: "/" });
      expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    }
  });

  it("lower-cases each attribute name once, not the nine known names again for every attribute", () => {
    const field = `a=1${"; Foo=1; SameSite=lax".repeat(500)}`;
    const lower = vi.spyOn(String.prototype, "toLowerCase");
    try {
      expect(parseSetCookie(field)).toEqual({ name: "a", value: "1", sameSite: "Lax" });
      // One per attribute name, one per SameSite value (the table rebuilt every name: 9 per attribute).
      expect(lower.mock.calls.length).toBeLessThanOrEqual(1_500);
    } finally {
      lower.mockRestore();
    }
  });

  it("returns undefined without a name=value pair", () => {
    expect(parseSetCookie("novalue; Path=/")).toBeUndefined();
    expect(parseSetCookie("=1")).toBeUndefined();
    expect(parseSetCookie(5 as unknown as string)).toBeUndefined();
  });

  it("serializeSetCookie checks like cookie()", () => {
    expect(reasonOf(() => serializeSetCookie("__Host-a", "1", { secure: true }))).toContain("need path: '/'");
  });
});

describe("round trips through other parsers", () => {
  const cases: Array<[string, string, CookieOptions]> = [
    ["id", "42", {}],
    ["__Host-session", "abc.DEF-123_~", { secure: true, httpOnly: true, path: "/", sameSite: "Strict" }],
    ["theme", "\"dark\"", { maxAge: 34_560_000, domain: "example.com", path: "/app/x", priority: "High" }],
    ["t", "a=b", { expires: new Date("2026-12-24T18:30:00Z"), sameSite: "Lax" }],
    ["chips", "1", { secure: true, partitioned: true, sameSite: "None" }],
    ["__Secure-x", "%22q%22", { secure: true, maxAge: 0 }],
    ["n", "", {}],
  ];

  it.each(cases)("set-cookie-parser reads %s as we wrote it", (name, value, options) => {
    const field = respond().cookie(name as "id", value as "1", options).build().headers.getSetCookie()[0] as string;
    const theirs = setCookieParser.parseString(field, { decodeValues: false });
    const ours = parseSetCookie(field) as SetCookieInit;
    expect(ours).toEqual({ name, value, ...canonical(options) });
    expect({ ...theirs }).toEqual(comparable(ours));
  });

  it.each(cases)("cookie reads %s as we wrote it", (name, value, options) => {
    const field = serializeSetCookie(name, value, options);
    const theirs = cookieParseSetCookie(field, { decode: (text) => text });
    const ours = parseSetCookie(field) as SetCookieInit;
    expect(ours).toEqual({ name, value, ...canonical(options) });
    expect(dropUndefined({ ...theirs })).toEqual(comparable(ours));
  });

  it("a Cookie header built from our fields reads back to the same pairs (cookie.parse)", () => {
    const fields = cases.map(([name, value, options]) => serializeSetCookie(name, value, options));
    const pairs = fields.map((field) => field.slice(0, field.indexOf(";") < 0 ? field.length : field.indexOf(";")));
    const parsed = parseCookieHeader(pairs.join("; "), { decode: (text) => text });
    // The Cookie header carries the value as sent, quotes included.
    for (const [name, value] of cases) expect(parsed[name]).toBe(value);
  });
});

// set-cookie-parser and cookie write SameSite and Priority as sent, in lower case when they lower-case them.
function comparable(cookie: SetCookieInit): Record<string, unknown> {
  const out: Record<string, unknown> = { ...cookie };
  if (cookie.sameSite !== undefined) out["sameSite"] = expect.stringMatching(new RegExp(`^${cookie.sameSite}$`, "iu"));
  if (cookie.priority !== undefined) out["priority"] = expect.stringMatching(new RegExp(`^${cookie.priority}$`, "iu"));
  return out;
}

function canonical(options: CookieOptions): Record<string, unknown> {
  const out: Record<string, unknown> = { ...options };
  if (options.sameSite !== undefined) out["sameSite"] = options.sameSite[0]?.toUpperCase() + options.sameSite.slice(1).toLowerCase();
  if (options.priority !== undefined) out["priority"] = options.priority[0]?.toUpperCase() + options.priority.slice(1).toLowerCase();
  return out;
}

function dropUndefined(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

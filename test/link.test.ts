import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HeaderError } from "../src/errors.js";
import { respond } from "../src/index.js";
import { link, parseLink, serializeLink } from "../src/headers/link.js";
import { reasonOf } from "./helpers/errors.js";

describe("link()", () => {
  it("writes a preload with its hints", () => {
    const res = respond()
      .link("/font.woff2", { rel: "preload", as: "font", type: "font/woff2", crossorigin: "anonymous", fetchpriority: "high" })
      .build();
    expect(res.headers.get("link")).toBe("</font.woff2>; rel=preload; as=font; type=\"font/woff2\"; crossorigin=anonymous; fetchpriority=high");
  });

  it("appends: several links become one combined Link field", () => {
    const builder = respond()
      .link("/app.css", { rel: "preload", as: "style" })
      .link("https://cdn.example", { rel: "preconnect" })
      .link(new URL("https://example.com/a b"), { rel: "canonical" });
    expect(builder.entries()).toEqual([
      ["link", "</app.css>; rel=preload; as=style"],
      ["link", "<https://cdn.example>; rel=preconnect"],
      ["link", "<https://example.com/a%20b>; rel=canonical"],
    ]);
    const combined = builder.build().headers.get("link") as string;
    expect(parseLink(combined)).toEqual([
      { href: "/app.css", rel: "preload", as: "style" },
      { href: "https://cdn.example", rel: "preconnect" },
      { href: "https://example.com/a%20b", rel: "canonical" },
    ]);
  });

  it("quotes a relation list and an extension relation", () => {
    expect(serializeLink({ href: "/a", rel: "preload prefetch", as: "image" })).toBe('</a>; rel="preload prefetch"; as=image');
    expect(serializeLink({ href: "/a", rel: "https://example.com/rel" })).toBe('</a>; rel="https://example.com/rel"');
  });

  it("writes other parameters", () => {
    expect(serializeLink({ href: "/2", rel: "next", params: { title: "Page 2", hreflang: "en" } })).toBe(
      '</2>; rel=next; title="Page 2"; hreflang=en',
    );
  });

  it.each([
    [{ rel: "preload" }, "needs as"],
    [{ rel: "preload", as: "font" }, "needs crossorigin"],
    [{ rel: "preload", as: "fetch" }, "needs crossorigin"],
    [{ rel: "canonical", as: "document" }, "applies only to rel"],
    [{ rel: "preload", as: "stylesheet" }, "as must be one of audio, "],
    [{ rel: "preconnect", crossorigin: "true" }, "crossorigin must be"],
    [{ rel: "preconnect", fetchpriority: "urgent" }, "fetchpriority must be"],
    [{ rel: "alternate", type: "textplain" }, "type/subtype"],
    [{ rel: "" }, "rel is empty"],
    [{ rel: "a,b" }, "not a relation name"],
    [{ rel: 42 }, "expected a string"],
  ])("refuses %j", (options, fragment) => {
    expect(reasonOf(() => (respond() as any).link("/a", options))).toContain(fragment);
  });

  it("refuses a bad target", () => {
    const builder = respond() as any;
    expect(reasonOf(() => builder.link("/a\r\nX: y", { rel: "next" }))).toContain("CR or LF");
    expect(reasonOf(() => builder.link("/a>b", { rel: "next" }))).toContain("target \"/a>b\": it contains '<' or '>'");
    expect(reasonOf(() => builder.link("/a b", { rel: "next" }))).toContain('target "/a b": it contains whitespace: percent-encode it as %20');
    expect(reasonOf(() => builder.link("/é", { rel: "next" }))).toContain("non-ASCII");
    expect(reasonOf(() => builder.link(42, { rel: "next" }))).toContain("expected a string or a URL");
    expect(reasonOf(() => builder.link("/a"))).toContain("expected options");
  });
});

describe("serializeLink's href", () => {
  it("is a string: a URL object is refused there, and link() turns one into its href", () => {
    expect(reasonOf(() => serializeLink({ href: new URL("https://a.example/") as never, rel: "next" }))).toContain("expected a string or a URL target, got object");
    expect(respond().link(new URL("https://a.example/x"), { rel: "next" }).entries()).toEqual([["link", "<https://a.example/x>; rel=next"]]);
  });
});

describe("link (validator), parseLink and header()", () => {
  it.each([
    "</app.css>; rel=preload; as=style",
    '</a>; rel="preload"; as=image, <https://cdn.example>; rel=preconnect; crossorigin',
    '<https://example.com/page/2>; rel=next; title="Page, two"',
    "</>;rel=canonical",
  ])("accepts %j unchanged", (value) => {
    expect(link(value)).toBe(value);
    expect(respond().header("Link", value as never).headers().get("link")).toBe(value);
  });

  it.each([
    ["", "at least one link"],
    ["/a; rel=next", "expected '<url>'"],
    ["</a>; as=style", "needs a rel"],
    ["</a>; rel=next, </b>", "needs a rel"],
    ["</a>; rel=next; rel=prev", "rel twice"],
    ["</a b>; rel=next", "whitespace"],
    ["</a; rel=next", "no closing '>'"],
    ['</a>; rel="next', "no closing quote"],
    ["</a>; rel=next x", "expected ';'"],
  ])("refuses %j", (value, fragment) => {
    expect(reasonOf(() => link(value))).toContain(fragment);
    expect(() => respond().append("Link", value as never)).toThrow(HeaderError);
  });

  it("parses leniently: skips links without rel, reads bare crossorigin as anonymous", () => {
    expect(parseLink("</a>; title=x, </b>; rel=next; crossorigin; as=script; fetchpriority=LOW; type=\"text/javascript\"")).toEqual([
      { href: "/b", rel: "next", crossorigin: "anonymous", as: "script", fetchpriority: "low", type: "text/javascript" },
    ]);
    expect(parseLink("garbage")).toEqual([]);
  });

  it("round-trips what it writes", () => {
    const inits = [
      { href: "/app.css", rel: "preload", as: "style" as const },
      { href: "/font.woff2", rel: "preload", as: "font" as const, type: "font/woff2", crossorigin: "use-credentials" as const },
      { href: "https://example.com/x?y=1,2", rel: "alternate", params: { hreflang: "de" } },
    ];
    for (const init of inits) expect(parseLink(serializeLink(init))).toEqual([init]);
  });
});

describe("properties", () => {
  const uriChar = fc.constantFrom(..."abcXYZ019-._~:/?#[]@!$&'()*+,;=%".split(""));
  const href = fc.string({ unit: uriChar, maxLength: 40 });
  const plainRel = fc.constantFrom("canonical", "alternate", "next", "prev", "preconnect", "dns-prefetch", "author", "https://example.com/rel");

  it("what serializeLink writes, link() accepts and parseLink reads back", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ href, rel: plainRel }),
            fc.record({
              href,
              rel: fc.constant("preload"),
              as: fc.constantFrom("style", "script", "image", "font", "fetch" as const),
              crossorigin: fc.constantFrom("anonymous", "use-credentials" as const),
              fetchpriority: fc.constantFrom("high", "low", "auto" as const),
            }),
          ),
          { minLength: 1, maxLength: 4 },
        ),
        (inits) => {
          const value = inits.map((init) => serializeLink(init)).join(", ");
          expect(link(value)).toBe(value);
          expect(parseLink(value)).toEqual(inits);
        },
      ),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { cors, respond } from "../src/index.js";
import { reasonOf } from "./helpers/errors.js";
import { typeErrors } from "./helpers/type-check.js";

const loose = (value: unknown): never => value as never;

describe("unknown options are refused, never dropped", () => {
  it("hsts()", () => {
    expect(reasonOf(() => respond().hsts(loose({ maxAge: 31536000, includeSubdomains: true })))).toBe(
      "unknown option 'includeSubdomains': did you mean 'includeSubDomains'?",
    );
  });

  it("cors()", () => {
    expect(reasonOf(() => respond().use(cors(loose({ origin: "https://a.example", credential: true }))))).toContain(
      "unknown option 'credential'",
    );
    expect(reasonOf(() => cors(loose({ origin: "https://a.example", maxAge: 600 })))).toContain("unknown option 'maxAge'");
  });

  it("preflight()", () => {
    const request = new Request("https://api.example/", { method: "OPTIONS", headers: { Origin: "https://a.example" } });
    expect(reasonOf(() => respond().preflight(request, loose({ origin: "https://a.example", maxage: 600 })))).toBe(
      "unknown option 'maxage': did you mean 'maxAge'?",
    );
  });

  it("link()", () => {
    expect(reasonOf(() => respond().link("/de", loose({ rel: "alternate", hreflang: "de" })))).toContain(
      "unknown option 'hreflang'",
    );
  });

  it("the compile error names the key and the fix", () => {
    const errors = typeErrors(
      `import { respond } from "typed-headers";\nrespond().hsts({ maxAge: 31536000, includeSubdomains: true });`,
    ).join("\n");
    expect(errors).toContain("Unknown option 'includeSubdomains': did you mean 'includeSubDomains'?");
  });
});

describe("exported helpers called from JavaScript", () => {
  it("strongMatch/weakMatch refuse header text instead of matching any two strings", async () => {
    const { parseEntityTag, strongMatch, weakMatch } = await import("../src/index.js");
    expect(() => strongMatch(loose('"v1"'), loose('"v2"'))).toThrow(TypeError);
    expect(() => weakMatch(loose('W/"v1"'), loose('"v2"'))).toThrow(TypeError);
    const v1 = parseEntityTag('"v1"');
    const v2 = parseEntityTag('"v2"');
    if (v1 === undefined || v2 === undefined) throw new Error("parseEntityTag failed");
    expect(strongMatch(v1, v2)).toBe(false);
    expect(strongMatch(v1, v1)).toBe(true);
  });

  it("encodeExtValue refuses a lone surrogate with HeaderError, not URIError", async () => {
    const { encodeExtValue, HeaderError } = await import("../src/index.js");
    expect(() => encodeExtValue("\ud800")).toThrow(HeaderError);
    expect(encodeExtValue("résumé")).toBe("UTF-8''r%C3%A9sum%C3%A9");
  });

  it("csp({ sandbox: [] }) writes the directive name alone", () => {
    const value = respond().csp({ sandbox: [] }).entries()[0]?.[1];
    expect(value).toBe("sandbox");
  });
});

describe("CSP sources", () => {
  it("a bare base64 string is refused with a hint to write 'nonce-…'", () => {
    expect(reasonOf(() => respond().csp(loose({ "script-src": ["RRbFHTE6msgN3xyCqhH5Zw=="] })))).toContain("'nonce-…'");
    expect(respond().csp({ "script-src": ["https://a.example/p?x=1"] }).entries()[0]?.[1]).toBe(
      "script-src https://a.example/p?x=1",
    );
  });
});

describe("a list that changes between check and write", () => {
  // A Proxy whose elements change after the first read: the check must see what is written.
  function shifty(first: string, later: string): string[] {
    let reads = 0;
    return new Proxy([first], {
      get(target, key, receiver) {
        if (key === "0") return reads++ === 0 ? first : later;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  }

  it("csp() writes the list it checked", () => {
    const value = respond().csp(loose({ "default-src": shifty("'self'", "x\r\nInjected: 1") })).entries()[0]?.[1];
    expect(value).toBe("default-src 'self'");
  });

  it("permissionsPolicy() writes the list it checked", () => {
    const value = respond().permissionsPolicy(loose({ camera: shifty("self", "x\r\nInjected: 1") })).entries()[0]?.[1];
    expect(value).toBe("camera=(self)");
  });
});

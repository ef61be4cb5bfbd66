// Run-time rules of cors(), preflight() and the CORS headers through header(), against real Request/Response.
import { describe, expect, it } from "vitest";
import { HeaderError, respond } from "../src/index.js";
import { corsOrigin, preflightFields, serializeCors, type PreflightInit } from "../src/headers/cors.js";
import { cors } from "../src/presets/cors.js";
import { secure } from "../src/presets/secure.js";
import { headerError } from "./helpers/errors.js";

const looseCors = cors as unknown as (options: unknown) => never;
const loose = respond() as unknown as { preflight(request: unknown, options: unknown): Response };

function preflightRequest(origin: string | undefined, extra: Record<string, string> = {}): Request {
  const headers: Record<string, string> = { "Access-Control-Request-Method": "PUT", ...extra };
  if (origin !== undefined) headers.Origin = origin;
  return new Request("https://api.example/items", { method: "OPTIONS", headers });
}

describe("cors()", () => {
  it("allows one origin, with credentials and exposed headers, and varies by Origin", () => {
    const res = respond()
      .use(cors({ origin: "https://app.example", credentials: true, exposeHeaders: ["X-Request-Id", "ETag"] }))
      .json({ ok: true });
    expect(res.headers.get("access-control-allow-origin")).toBe("https://app.example");
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
    expect(res.headers.get("access-control-expose-headers")).toBe("X-Request-Id, ETag");
    expect(res.headers.get("vary")).toBe("Origin");
  });

  it("'*' sends no Vary and no credentials", () => {
    const headers = respond().use(cors({ origin: "*" })).build().headers;
    expect(headers.get("access-control-allow-origin")).toBe("*");
    expect(headers.get("vary")).toBeNull();
    expect(headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("keeps an earlier Vary and composes with secure()", () => {
    const headers = respond().header("Vary", "Accept-Encoding").use(secure()).use(cors({ origin: "null" })).build().headers;
    expect(headers.get("vary")).toBe("Accept-Encoding, Origin");
    expect(headers.get("access-control-allow-origin")).toBe("null");
    expect(headers.get("x-frame-options")).toBe("DENY");
  });

  const refused: Array<[string, unknown, string, RegExp]> = [
    ["'*' with credentials", { origin: "*", credentials: true }, "Access-Control-Allow-Credentials", /cannot go with origin '\*'/u],
    ["a trailing slash", { origin: "https://app.example/" }, "Access-Control-Allow-Origin", /drop the path \(the trailing \/\)/u],
    ["a path", { origin: "https://app.example/api" }, "Access-Control-Allow-Origin", /drop the path$/u],
    ["a list", { origin: "https://a.example, https://b.example" }, "Access-Control-Allow-Origin", /^the header holds one origin, never a list: send the request's Origin if allowed$/u],
    ["a pattern", { origin: "https://*.example.com" }, "Access-Control-Allow-Origin", /^CORS allows one origin or '\*', never a pattern: match the request's Origin, then corsOrigin\(\) it$/u],
    ["a bare host", { origin: "app.example" }, "Access-Control-Allow-Origin", /is not an origin such as/u],
    ["CR LF", { origin: "https://a.example\r\nSet-Cookie: x=y" }, "Access-Control-Allow-Origin", /./u],
    ["credentials: false", { origin: "https://a.example", credentials: false }, "Access-Control-Allow-Credentials", /must be true or left out/u],
    ["a bad exposed header", { origin: "*", exposeHeaders: ["X Id"] }, "Access-Control-Expose-Headers", /^header 'X Id' is not a token \(letters, digits and !#\$%&'\*\+-\.\^_`\|~\)$/u],
    ["an empty exposed list", { origin: "*", exposeHeaders: [] }, "Access-Control-Expose-Headers", /non-empty array/u],
  ];

  it.each(refused)("refuses %s when the preset is made", (_, options, header, reason) => {
    const error = headerError(() => looseCors(options));
    expect(error.header).toBe(header);
    expect(error.reason).toMatch(reason);
  });

  it("corsOrigin() brands a dynamic origin and refuses a bad one", () => {
    const origin = corsOrigin(["https://app", "example"].join("."));
    expect(respond().use(cors({ origin })).headers().get("access-control-allow-origin")).toBe("https://app.example");
    expect(headerError(() => corsOrigin("https://app.example/")).reason).toMatch(/trailing/u);
    expect(serializeCors({ origin: "http://[::1]:8080" })).toEqual([
      ["access-control-allow-origin", "http://[::1]:8080"],
      ["vary", "Origin"],
    ]);
  });
});

describe("preflight()", () => {
  const options = { origin: "https://app.example", credentials: true, allowMethods: ["PUT", "DELETE"], allowHeaders: ["Content-Type"], maxAge: 600 } as const;

  it("answers an allowed origin with 204 and the Allow headers", async () => {
    const res = respond().preflight(preflightRequest("https://app.example"), options);
    expect(res.status).toBe(204);
    expect(Object.fromEntries(res.headers)).toEqual({
      "access-control-allow-origin": "https://app.example",
      "access-control-allow-credentials": "true",
      "access-control-allow-methods": "PUT, DELETE",
      "access-control-allow-headers": "Content-Type",
      "access-control-max-age": "600",
      vary: "Origin",
    });
    expect(await res.text()).toBe("");
  });

  it("refuses another origin, or none, with a plain 403", async () => {
    for (const origin of ["https://evil.example", "https://app.example.evil.example", "null", undefined]) {
      const res = respond().preflight(preflightRequest(origin), options);
      expect(res.status).toBe(403);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await res.text()).toBe("Forbidden");
    }
  });

  it("matches a list and sends back the one origin that matched", () => {
    const list = { origin: ["https://a.example", "https://b.example"] } as const;
    expect(respond().preflight(preflightRequest("https://b.example"), list).headers.get("access-control-allow-origin")).toBe("https://b.example");
    expect(respond().preflight(preflightRequest("https://c.example"), list).status).toBe(403);
  });

  it("with '*' allows any origin; without allowHeaders it allows the valid names asked for", () => {
    const res = respond().preflight(preflightRequest("https://x.example", { "Access-Control-Request-Headers": "content-type, x-trace" }), { origin: "*" });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-headers")).toBe("content-type, x-trace");
    expect(res.headers.get("vary")).toBe("Access-Control-Request-Headers");
    const odd = respond().preflight(preflightRequest("https://x.example", { "Access-Control-Request-Headers": "a b" }), { origin: "*" });
    expect(odd.headers.get("access-control-allow-headers")).toBeNull();
  });

  it("keeps the builder's other headers and replaces its CORS ones", () => {
    const res = respond()
      .use(secure())
      .use(cors({ origin: "https://other.example" }))
      .preflight(preflightRequest("https://app.example"), options);
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("access-control-allow-origin")).toBe("https://app.example");
  });

  it("refuses wrong options and non-OPTIONS requests", () => {
    const request = preflightRequest("https://app.example");
    expect(headerError(() => loose.preflight(request, { origin: "*", credentials: true })).reason).toMatch(/cannot go with origin '\*'/u);
    expect(headerError(() => loose.preflight(request, { origin: ["*", "https://a.example"] })).reason).toMatch(/'\*' goes alone/u);
    expect(headerError(() => loose.preflight(request, { origin: [] })).reason).toMatch(/non-empty array/u);
    expect(headerError(() => loose.preflight(request, { origin: "*", maxAge: -1 })).reason).toMatch(/maxAge must be a whole number/u);
    expect(headerError(() => loose.preflight(request, { origin: "*", allowMethods: ["PUT DELETE"] })).reason).toMatch(/method 'PUT DELETE' is not a token/u);
    expect(() => loose.preflight(new Request("https://api.example/"), { origin: "*" })).toThrow(/answers OPTIONS requests, not GET/u);
    expect(() => loose.preflight("OPTIONS", { origin: "*" })).toThrow(/expects the Request/u);
  });

  it("writes the list of names it checked (a Proxy that changes it after the check gets nowhere)", () => {
    let reads = 0;
    const methods = new Proxy(["PUT"], {
      get: (target, key, receiver) => (key === "0" ? (reads++ === 0 ? "PUT" : "PUT\r\nInjected: 1") : (Reflect.get(target, key, receiver) as unknown)),
    });
    expect(preflightFields({ origin: "https://a.example", requestHeaders: null }, { origin: "https://a.example", allowMethods: methods })).toContainEqual([
      "access-control-allow-methods",
      "PUT",
    ]);
  });

  it("matches the origins it checked (a Proxy that changes the list after the check lets no other origin in)", () => {
    const proxied = (): readonly string[] => {
      let reads = 0;
      return new Proxy(["https://a.example"], {
        get: (target, key, receiver) => (key === "0" ? (reads++ === 0 ? "https://a.example" : "https://evil.example") : (Reflect.get(target, key, receiver) as unknown)),
      });
    };
    const init = (): PreflightInit => ({ origin: proxied(), credentials: true });
    expect(preflightFields({ origin: "https://evil.example", requestHeaders: null }, init())).toBeUndefined();
    expect(preflightFields({ origin: "https://a.example", requestHeaders: null }, init())).toEqual([
      ["access-control-allow-origin", "https://a.example"],
      ["access-control-allow-credentials", "true"],
      ["vary", "Origin"],
    ]);
    // An origin given as a getter is read once too.
    let reads = 0;
    const getter = {
      get origin(): string {
        return reads++ === 0 ? "https://a.example" : "https://evil.example";
      },
    };
    expect(preflightFields({ origin: "https://evil.example", requestHeaders: null }, getter)).toBeUndefined();
    // Not a string or an array: refused as before.
    expect(() => preflightFields({ origin: "https://a.example", requestHeaders: null }, { origin: 5 } as never)).toThrow(HeaderError);
    expect(() => preflightFields({ origin: "https://a.example", requestHeaders: null }, { origin: [] } as never)).toThrow(/non-empty array of origins/u);
  });

  it("writes the maxAge it checked (a getter that changes it after the check gets nowhere)", () => {
    // For each number of good reads: the check sees the bad value and throws, or the good one is written.
    let written = 0;
    for (let good = 0; good <= 6; good++) {
      let reads = 0;
      const init = {
        origin: "https://a.example",
        get maxAge(): number {
          return (reads++ < good ? 600 : "600\r\nX-Injected: 1") as number;
        },
      };
      let lines: unknown;
      try {
        lines = preflightFields({ origin: "https://a.example", requestHeaders: null }, init);
      } catch (error) {
        expect(error).toBeInstanceOf(HeaderError);
        continue;
      }
      expect(lines).toContainEqual(["access-control-max-age", "600"]);
      expect(JSON.stringify(lines)).not.toContain("Injected");
      written++;
    }
    expect(written).toBeGreaterThan(0);
  });

  it("takes requestHeaders: undefined (a request object built by hand) as no header asked for", () => {
    const request = { origin: "https://a.example", requestHeaders: undefined } as unknown as { origin: string; requestHeaders: null };
    expect(preflightFields(request, { origin: "https://a.example" })).toEqual([
      ["access-control-allow-origin", "https://a.example"],
      ["vary", "Origin"],
    ]);
  });

  it("preflightFields() is the pure part", () => {
    expect(preflightFields({ origin: "https://a.example", requestHeaders: null }, { origin: "https://a.example" })).toEqual([
      ["access-control-allow-origin", "https://a.example"],
      ["vary", "Origin"],
    ]);
    expect(preflightFields({ origin: null, requestHeaders: null }, { origin: "*" })).toBeUndefined();
  });
});

describe("serializeCors()", () => {
  it("names the options object with its optional keys marked", () => {
    expect(headerError(() => serializeCors(null as never)).reason).toBe("expected an object { origin, credentials?, exposeHeaders? }");
    expect(headerError(() => preflightFields({ origin: null, requestHeaders: null }, 1 as never)).reason).toBe(
      "expected an object { origin, credentials?, allowMethods?, allowHeaders?, maxAge? }",
    );
    expect(headerError(() => serializeCors({ origin: "*", credential: true } as never)).reason).toBe(
      "unknown option 'credential' (known: origin, credentials, exposeHeaders)",
    );
  });


  it("writes the exposeHeaders list it checked (a Proxy that changes it after the check gets nowhere)", () => {
    let reads = 0;
    const exposeHeaders = new Proxy(["X-Trace"], {
      get: (target, key, receiver) => (key === "0" ? (reads++ === 0 ? "X-Trace" : "X-Trace\r\nInjected: 1") : (Reflect.get(target, key, receiver) as unknown)),
    });
    expect(serializeCors({ origin: "https://a.example", exposeHeaders })).toEqual([
      ["access-control-allow-origin", "https://a.example"],
      ["access-control-expose-headers", "X-Trace"],
      ["vary", "Origin"],
    ]);
  });
});

describe("CORS headers through header()", () => {
  it("accepts valid values unchanged", () => {
    const headers = respond()
      .header("Access-Control-Allow-Origin", "https://app.example")
      .header("Access-Control-Allow-Credentials", "true")
      .header("Access-Control-Allow-Methods", "GET, PUT")
      .header("Access-Control-Allow-Headers", "Content-Type,X-Trace")
      .header("Access-Control-Expose-Headers", "ETag")
      .header("Access-Control-Max-Age", "600")
      .headers();
    expect(Object.fromEntries(headers)).toEqual({
      "access-control-allow-origin": "https://app.example",
      "access-control-allow-credentials": "true",
      "access-control-allow-methods": "GET, PUT",
      "access-control-allow-headers": "Content-Type,X-Trace",
      "access-control-expose-headers": "ETag",
      "access-control-max-age": "600",
    });
  });

  it.each([
    ["Access-Control-Allow-Origin", "https://a.example https://b.example", /never a list/u],
    ["Access-Control-Allow-Origin", "https://a.example/", /trailing/u],
    ["Access-Control-Allow-Credentials", "false", /'true' or the header is absent/u],
    ["Access-Control-Allow-Methods", "GET, PUT/DELETE", /^"GET, PUT\/DELETE": method 'PUT\/DELETE' is not a token \(letters, digits and !#\$%&'\*\+-\.\^_`\|~\)$/u],
    ["Access-Control-Expose-Headers", "ETag, X Id", /^"ETag, X Id": header 'X Id' is not a token \(letters, digits/u],
    ["Access-Control-Allow-Headers", "a\r\nb", /CR or LF/u],
    ["Access-Control-Max-Age", "10m", /whole number of seconds/u],
  ])("refuses %s: %j", (name, value, reason) => {
    expect(headerError(() => respond().header(name as never, value as never)).reason).toMatch(reason);
  });
});

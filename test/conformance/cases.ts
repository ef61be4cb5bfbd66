// The runtime matrix's shared script: responses built with the library, and the observations each
// runtime makes of them through its own `Response` and `Headers`. The same file is bundled (with
// dist/index.js) into Bun, Deno, workerd (miniflare) and @edge-runtime/vm, and imported by Node; the
// comparison with what is expected happens in Node, so that every runtime is judged by one rule.
//
// The library arrives as an argument, so that this file depends on no path: each runtime passes the
// build it loaded (dist/index.js), and the types still check every literal against src/.

import type * as Library from "../../src/index.js";

/** The library's public API, as each runtime loaded it. */
export type Lib = typeof Library;

/** What a response must look like. */
export interface Expected {
  status: number;
  /** Every header but Set-Cookie, lower-case name → what `headers.get(name)` returns. Nothing else may be sent. */
  headers: Record<string, string>;
  /** The Set-Cookie field lines, in order (each cookie its own line). */
  setCookie?: string[];
  /** The body text. */
  body?: string;
  /** Other headers may be sent too (for presets whose full list is their own tests' business). */
  partial?: true;
  /** The status text `response.statusText` shows, where a case pins it. */
  statusText?: string;
}

/** Where a response is observed: in a runtime, or fetched over HTTP from that runtime's server. */
export type Platform =
  | "node"
  | "node-http"
  | "edge-runtime"
  | "bun"
  | "bun-http"
  | "deno"
  | "deno-http"
  | "workerd"
  | "workerd-http";

/** A response the library must build. */
export interface Case {
  name: string;
  family: string;
  make: (lib: Lib) => Response;
  expect: Expected;
  /** Where a platform differs (not the library): what it shows instead, and why, for the README's table. */
  differs?: Partial<Record<Platform, { expect: Partial<Expected>; note: string }>>;
}

/** A call the library must refuse with `HeaderError` (or `TypeError` where it says so). */
export interface Refusal {
  name: string;
  family: string;
  attempt: (lib: Lib) => unknown;
  /** `HeaderError` (the default) or `TypeError` (e.g. a body for a null-body status). */
  error?: "HeaderError" | "TypeError";
  /** A fragment of the error's `reason` (or message, for a TypeError). */
  reason: string;
  /** A known bug: the refusal is expected to fail (the test says so, and fails once it is fixed). */
  bug?: string;
}

/** What one runtime saw of a case, through its own `Response` and `Headers`. */
export interface Observation {
  name: string;
  status: number;
  statusText: string;
  /** `[...response.headers]`: the platform's own iteration (lower-case names, sorted, cookies split or not). */
  iterated: Array<[string, string]>;
  /** `headers.get(name)` for every name iterated. */
  got: Record<string, string | null>;
  /** `headers.getSetCookie()`, or null when the platform has no such method. */
  setCookie: string[] | null;
  body: string;
  /** Set when building the response threw. */
  error?: ErrorObservation;
}

/** What one runtime saw of a refusal. */
export interface ErrorObservation {
  /** The error's `name`, or `none` when nothing was thrown. */
  name: string;
  isTypeError: boolean;
  isHeaderError: boolean;
  header: string | undefined;
  reason: string | undefined;
  message: string;
}

// Values a JavaScript caller (or `as any`) could pass: the types refuse them, the run time must too.
const untyped = (value: unknown): never => value as never;

/** Responses covering every family that has landed; each family adds its rows as its methods land. */
export const cases: Case[] = [
  // ---- core -------------------------------------------------------------------------------------
  {
    name: "text body",
    family: "core",
    make: (lib) => lib.respond().text("Welcome to my site!"),
    expect: { status: 200, headers: { "content-type": "text/plain; charset=utf-8" }, body: "Welcome to my site!" },
  },
  {
    name: "json body with status 201",
    family: "core",
    make: (lib) => lib.respond().status(201).json({ id: 1, name: "ü" }),
    expect: { status: 201, headers: { "content-type": "application/json" }, body: '{"id":1,"name":"ü"}' },
  },
  {
    name: "html body",
    family: "core",
    make: (lib) => lib.respond().html("<h1>Hello</h1>"),
    expect: { status: 200, headers: { "content-type": "text/html; charset=utf-8" }, body: "<h1>Hello</h1>" },
  },
  {
    name: "redirect 303 to a path",
    family: "core",
    make: (lib) => lib.respond().header("X-Kept", "yes").redirect("/login", 303),
    expect: { status: 303, headers: { location: "/login", "x-kept": "yes" }, body: "" },
  },
  {
    name: "redirect 308 to a URL object",
    family: "core",
    make: (lib) => lib.respond().redirect(new URL("https://example.com/a b?q=1"), 308),
    expect: { status: 308, headers: { location: "https://example.com/a%20b?q=1" }, body: "" },
  },
  {
    name: "204 without body",
    family: "core",
    make: (lib) => lib.respond().status(204).header("X-Request-Id", "abc123").build(),
    expect: { status: 204, headers: { "x-request-id": "abc123" }, body: "" },
  },
  {
    // No status text given: the runtime's default, which workerd only writes when the option is missing
    // (an empty statusText sent "HTTP/1.1 200 " there).
    name: "the runtime's own status text when none is given",
    family: "core",
    make: (lib) => lib.respond().status(404).text("gone"),
    expect: { status: 404, statusText: "Not Found", headers: { "content-type": "text/plain; charset=utf-8" }, body: "gone" },
    differs: {
      node: { expect: { statusText: "" }, note: "the Fetch standard's default status text is empty; the server writes the reason phrase" },
      "edge-runtime": { expect: { statusText: "" }, note: "the Fetch standard's default status text is empty" },
      bun: { expect: { statusText: "" }, note: "the Fetch standard's default status text is empty; Bun.serve writes the reason phrase" },
      deno: { expect: { statusText: "" }, note: "the Fetch standard's default status text is empty; Deno.serve writes the reason phrase" },
    },
  },
  {
    name: "status text from respond(init)",
    family: "core",
    make: (lib) => lib.respond({ status: 201, statusText: "Created" }).json({ ok: true }),
    expect: { status: 201, headers: { "content-type": "application/json" }, body: '{"ok":true}' },
  },
  {
    name: "header() replaces, case-insensitively",
    family: "core",
    make: (lib) => lib.respond().header("X-Version", "1").header("x-version", "2").build(),
    expect: { status: 200, headers: { "x-version": "2" }, body: "" },
  },
  {
    name: "build(string) leaves Content-Type to the platform",
    family: "core",
    make: (lib) => lib.respond().header("X-Version", "1").build("v"),
    // The Fetch standard's body extraction gives a string body `text/plain;charset=UTF-8`.
    expect: { status: 200, headers: { "x-version": "1", "content-type": "text/plain;charset=UTF-8" }, body: "v" },
    differs: {
      bun: {
        expect: { headers: { "x-version": "1" } },
        note: "Bun's `new Response(string)` shows no Content-Type in `headers`; Bun.serve adds `text/plain;charset=utf-8` when it sends",
      },
      "bun-http": {
        expect: { headers: { "x-version": "1", "content-type": "text/plain;charset=utf-8" } },
        note: "Bun.serve writes the implicit type in lower case",
      },
    },
  },
  {
    name: "append() adds field lines, joined by get()",
    family: "core",
    make: (lib) => lib.respond().append("X-Trace", "a").append("X-Trace", "b").append("x-trace", "c").build(),
    expect: { status: 200, headers: { "x-trace": "a, b, c" }, body: "" },
  },
  {
    name: "delete() removes",
    family: "core",
    make: (lib) => lib.respond().header("X-Debug", "1").header("X-Keep", "1").delete("x-debug").build(),
    expect: { status: 200, headers: { "x-keep": "1" }, body: "" },
  },
  {
    name: "a builder is a template: the base is not changed by its children",
    family: "core",
    make: (lib) => {
      const base = lib.respond().header("X-Base", "1");
      base.header("X-Child", "1").status(404);
      return base.header("X-Other", "2").text("ok");
    },
    expect: {
      status: 200,
      headers: { "x-base": "1", "x-other": "2", "content-type": "text/plain; charset=utf-8" },
      body: "ok",
    },
  },
  {
    name: "obs-text value (U+00E9) survives as a byte",
    family: "core",
    make: (lib) => lib.respond().header("X-Place", "caf\u00e9").build(),
    expect: { status: 200, headers: { "x-place": "caf\u00e9" }, body: "" },
    differs: {
      "workerd-http": {
        expect: { headers: { "x-place": "caf\u00c3\u00a9" } },
        note: "workerd writes a header value's code points U+0080–U+00FF as UTF-8 on the wire, so a Latin-1 reader sees 'cafÃ©': keep obs-text out of portable headers",
      },
    },
  },
  {
    name: "branded name and value from dynamic strings",
    family: "core",
    make: (lib) => {
      const name = lib.headerName(["X", "Dynamic"].join("-"));
      const value = lib.headerValue(["a", "b"].join("="));
      return lib.respond().header(name, value).build();
    },
    expect: { status: 200, headers: { "x-dynamic": "a=b" }, body: "" },
  },
  // ---- content type -----------------------------------------------------------------------------
  {
    name: "contentType with charset, build() keeps it",
    family: "content-type",
    make: (lib) => lib.respond().contentType("text/csv; charset=utf-8").build("a,b\n1,2\n"),
    expect: { status: 200, headers: { "content-type": "text/csv; charset=utf-8" }, body: "a,b\n1,2\n" },
  },
  {
    name: "problem+json with json()",
    family: "content-type",
    make: (lib) => lib.respond().status(404).contentType("application/problem+json").json({ title: "Not Found" }),
    expect: { status: 404, headers: { "content-type": "application/problem+json" }, body: '{"title":"Not Found"}' },
  },
  {
    name: "branded media type from serializeMediaType, quoted parameter",
    family: "content-type",
    make: (lib) =>
      lib
        .respond()
        .contentType(lib.serializeMediaType({ type: "multipart", subtype: "form-data", parameters: { boundary: "a b" } }))
        .build("--a b--"),
    expect: { status: 200, headers: { "content-type": 'multipart/form-data; boundary="a b"' }, body: "--a b--" },
  },
  {
    name: "header('Content-Type') checks like contentType()",
    family: "content-type",
    make: (lib) => lib.respond().header("content-type", "image/svg+xml").build("<svg/>"),
    expect: { status: 200, headers: { "content-type": "image/svg+xml" }, body: "<svg/>" },
  },
  // ---- caching ----------------------------------------------------------------------------------
  {
    name: "Cache-Control, CDN-Cache-Control, ETag, Last-Modified, Vary, Age",
    family: "caching",
    make: (lib) =>
      lib
        .respond()
        .cacheControl("public, max-age=60, stale-while-revalidate=30")
        .cdnCacheControl({ maxAge: 600 })
        .etag("33a64df5")
        .lastModified(new Date("2024-05-01T12:00:00Z"))
        .vary("Accept-Encoding")
        .vary("Origin", "accept-encoding")
        .age(30)
        .text("hi"),
    expect: {
      status: 200,
      headers: {
        age: "30",
        "cache-control": "public, max-age=60, stale-while-revalidate=30",
        "cdn-cache-control": "max-age=600",
        "content-type": "text/plain; charset=utf-8",
        etag: '"33a64df5"',
        "last-modified": "Wed, 01 May 2024 12:00:00 GMT",
        vary: "Accept-Encoding, Origin",
      },
      body: "hi",
    },
  },
  {
    name: "cacheControl({ noStore }) and expires(Date), weak ETag",
    family: "caching",
    make: (lib) => lib.respond().cacheControl({ noStore: true }).expires(new Date("2030-01-01T00:00:00Z")).etag("v1", { weak: true }).build(),
    expect: { status: 200, headers: { "cache-control": "no-store", expires: "Tue, 01 Jan 2030 00:00:00 GMT", etag: 'W/"v1"' }, body: "" },
  },
  // ---- cookies ----------------------------------------------------------------------------------
  {
    name: "two cookies stay two Set-Cookie fields",
    family: "cookies",
    make: (lib) =>
      lib
        .respond()
        .cookie("__Host-session", "abc123", { secure: true, httpOnly: true, path: "/", sameSite: "Lax" })
        .cookie("theme", "dark", { maxAge: 31536000 })
        .text("ok"),
    expect: {
      status: 200,
      headers: { "content-type": "text/plain; charset=utf-8" },
      setCookie: ["__Host-session=abc123; Path=/; Secure; HttpOnly; SameSite=Lax", "theme=dark; Max-Age=31536000"],
      body: "ok",
    },
  },
  {
    name: "a later cookie with the same name and path replaces the earlier one",
    family: "cookies",
    make: (lib) => lib.respond().cookie("a", "1").cookie("a", "2").cookie("b", "3", { path: "/x" }).build(),
    expect: { status: 200, headers: {}, setCookie: ["a=2", "b=3; Path=/x"], body: "" },
  },
  {
    name: "clearCookie() with a redirect",
    family: "cookies",
    make: (lib) => lib.respond().clearCookie("__Host-session", { secure: true, path: "/" }).redirect("/", 303),
    expect: {
      status: 303,
      headers: { location: "/" },
      setCookie: ["__Host-session=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Path=/; Secure"],
      body: "",
    },
  },
  // ---- security ---------------------------------------------------------------------------------
  {
    name: "HSTS, CSP, Permissions-Policy, framing, isolation",
    family: "security",
    make: (lib) =>
      lib
        .respond()
        .hsts({ maxAge: 63072000, includeSubDomains: true, preload: true })
        .csp({ "default-src": ["'self'"], "script-src": ["'self'", "'nonce-abc123'"], "frame-ancestors": ["'none'"] })
        .permissionsPolicy({ camera: [], microphone: [], geolocation: ["self", "https://maps.example"] })
        .referrerPolicy("strict-origin-when-cross-origin")
        .frameOptions("DENY")
        .noSniff()
        .crossOriginOpenerPolicy("same-origin")
        .crossOriginEmbedderPolicy("require-corp")
        .crossOriginResourcePolicy("same-origin")
        .originAgentCluster()
        .build(),
    expect: {
      status: 200,
      headers: {
        "content-security-policy": "default-src 'self'; script-src 'self' 'nonce-abc123'; frame-ancestors 'none'",
        "cross-origin-embedder-policy": "require-corp",
        "cross-origin-opener-policy": "same-origin",
        "cross-origin-resource-policy": "same-origin",
        "origin-agent-cluster": "?1",
        "permissions-policy": 'camera=(), microphone=(), geolocation=(self "https://maps.example")',
        "referrer-policy": "strict-origin-when-cross-origin",
        "strict-transport-security": "max-age=63072000; includeSubDomains; preload",
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
      },
      body: "",
    },
  },
  {
    name: "cors() preset with credentials",
    family: "security",
    make: (lib) =>
      lib
        .respond()
        .use(lib.cors({ origin: "https://app.example", credentials: true, exposeHeaders: ["X-Request-Id"] }))
        .json({ ok: true }),
    expect: {
      status: 200,
      headers: {
        "access-control-allow-credentials": "true",
        "access-control-allow-origin": "https://app.example",
        "access-control-expose-headers": "X-Request-Id",
        "content-type": "application/json",
        vary: "Origin",
      },
      body: '{"ok":true}',
    },
  },
  {
    name: "secure() preset",
    family: "security",
    make: (lib) => lib.respond().use(lib.secure()).html("<p>x</p>"),
    expect: {
      status: 200,
      headers: {
        "content-type": "text/html; charset=utf-8",
        "strict-transport-security": "max-age=31536000; includeSubDomains",
        "x-content-type-options": "nosniff",
        "x-frame-options": "DENY",
        "referrer-policy": "no-referrer",
        "cross-origin-opener-policy": "same-origin",
      },
      partial: true,
      body: "<p>x</p>",
    },
  },
  // ---- downloads and the long tail --------------------------------------------------------------
  {
    name: "attachment('résumé 2024.pdf') with filename*",
    family: "downloads",
    make: (lib) => lib.respond().contentType("application/pdf").attachment("résumé 2024.pdf").build(new Uint8Array([37, 80, 68, 70])),
    expect: {
      status: 200,
      headers: {
        "content-disposition": `attachment; filename="r_sum_ 2024.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9%202024.pdf`,
        "content-type": "application/pdf",
      },
      body: "%PDF",
    },
  },
  {
    name: "file() sets the type from the extension",
    family: "downloads",
    make: (lib) => lib.respond().file("id,name\n1,Ada\n", "users.csv"),
    expect: {
      status: 200,
      headers: { "content-disposition": 'attachment; filename="users.csv"', "content-type": "text/csv; charset=utf-8" },
      body: "id,name\n1,Ada\n",
    },
  },
  {
    name: "Location, Link",
    family: "downloads",
    make: (lib) =>
      lib
        .respond()
        .status(201)
        .location("/users/42")
        .link("/app.css", { rel: "preload", as: "style" })
        .link("https://cdn.example", { rel: "preconnect" })
        .json({ id: 42 }),
    expect: {
      status: 201,
      headers: {
        "content-type": "application/json",
        location: "/users/42",
        link: "</app.css>; rel=preload; as=style, <https://cdn.example>; rel=preconnect",
      },
      body: '{"id":42}',
    },
  },
  {
    name: "Retry-After, Content-Language, Server-Timing, Allow",
    family: "downloads",
    make: (lib) =>
      lib
        .respond()
        .status(503)
        .retryAfter(120)
        .contentLanguage("de", "fr-CH")
        .serverTiming("db", { dur: 53.2, desc: "Postgres" })
        .serverTiming("cache", { desc: "hit" })
        .allow("GET", "HEAD")
        .text("down"),
    expect: {
      status: 503,
      headers: {
        allow: "GET, HEAD",
        "content-language": "de, fr-CH",
        "content-type": "text/plain; charset=utf-8",
        "retry-after": "120",
        "server-timing": "db;dur=53.2;desc=Postgres, cache;desc=hit",
      },
      body: "down",
    },
  },
];

/** Calls the library must refuse, in every runtime. */
export const refusals: Refusal[] = [
  {
    name: "CR LF in a header value (header injection)",
    family: "core",
    attempt: (lib) => lib.respond().header("X-Bad", untyped("a\r\nSet-Cookie: admin=1")),
    reason: "CR or LF",
  },
  {
    name: "NUL in headerValue()",
    family: "core",
    attempt: (lib) => lib.headerValue("a\0b"),
    reason: "NUL",
  },
  {
    name: "a character above U+00FF",
    family: "core",
    attempt: (lib) => lib.respond().header("X-Bad", untyped("\u20ac")),
    reason: "above U+00FF",
  },
  {
    name: "a header name with a space",
    family: "core",
    attempt: (lib) => lib.respond().header(untyped("Bad Name"), untyped("1")),
    reason: "is not a token",
  },
  {
    name: "Set-Cookie through header()",
    family: "core",
    attempt: (lib) => lib.respond().header(untyped("Set-Cookie"), untyped("a=1")),
    reason: "cookie(",
  },
  {
    name: "status 600",
    family: "core",
    attempt: (lib) => lib.respond().status(untyped(600)),
    reason: "200 to 599",
  },
  {
    name: "a body with status 204",
    family: "core",
    attempt: (lib) => lib.respond().status(204).build(untyped("body")),
    error: "TypeError",
    reason: "has no body",
  },
  {
    name: "json() after a text Content-Type",
    family: "content-type",
    attempt: (lib) => lib.respond().contentType(lib.mediaType("text/plain")).json({}),
    reason: "json() needs a JSON media type",
  },
  {
    name: "a media type without a subtype",
    family: "content-type",
    attempt: (lib) => lib.respond().contentType(untyped("text")),
    reason: "expected type/subtype",
  },
  {
    name: "header('Content-Type') with a bad top-level type",
    family: "content-type",
    attempt: (lib) => lib.respond().header("Content-Type", untyped("txt/plain")),
    reason: "not a top-level media type",
  },
  {
    name: "Cache-Control: no-store contradicts max-age",
    family: "caching",
    attempt: (lib) => lib.respond().cacheControl(untyped("no-store, max-age=60")),
    reason: "'no-store' contradicts 'max-age'",
  },
  {
    name: "an entity tag with a double quote",
    family: "caching",
    attempt: (lib) => lib.respond().etag(untyped('a"b')),
    reason: "double quote",
  },
  {
    name: "a __Host- cookie with a domain",
    family: "cookies",
    attempt: (lib) => lib.respond().cookie(untyped("__Host-x"), "1", untyped({ secure: true, path: "/", domain: "example.com" })),
    reason: "cannot have a domain",
  },
  {
    name: "SameSite=None without Secure",
    family: "cookies",
    attempt: (lib) => lib.respond().cookie("s", "1", untyped({ sameSite: "None" })),
    reason: "needs secure",
  },
  {
    name: "a cookie value with ';'",
    family: "cookies",
    attempt: (lib) => lib.respond().cookie("a", untyped("b;c")),
    reason: "';' is not allowed",
  },
  {
    name: "HSTS preload with a short max-age",
    family: "security",
    attempt: (lib) => lib.respond().hsts(untyped({ maxAge: 10, preload: true, includeSubDomains: true })),
    reason: "preload needs max-age",
  },
  {
    name: "CSP with a bare self",
    family: "security",
    attempt: (lib) => lib.respond().csp(untyped({ "script-src": ["self"] })),
    reason: "write 'self'",
  },
  {
    name: "cors() with origin '*' and credentials",
    family: "security",
    attempt: (lib) => lib.cors(untyped({ origin: "*", credentials: true })),
    reason: "cannot go with origin '*'",
  },
  {
    name: "attachment() with a path",
    family: "downloads",
    attempt: (lib) => lib.respond().attachment(untyped("../etc/passwd")),
    // This matrix found dist/ letting it through: the check was a discarded call to a function marked
    // /* @__NO_SIDE_EFFECTS__ */, which the bundler dropped (fixed in e525cea).
    reason: "path separator",
  },
];

function describeError(lib: Lib, error: unknown): ErrorObservation {
  const record = (typeof error === "object" && error !== null ? error : {}) as Record<string, unknown>;
  return {
    name: typeof record["name"] === "string" ? record["name"] : typeof error,
    isTypeError: error instanceof TypeError,
    isHeaderError: error instanceof lib.HeaderError,
    header: typeof record["header"] === "string" ? record["header"] : undefined,
    reason: typeof record["reason"] === "string" ? record["reason"] : undefined,
    message: typeof record["message"] === "string" ? record["message"] : String(error),
  };
}

/** Observes a `Response` through the platform's own `Response` and `Headers`. */
export async function observe(name: string, response: Response): Promise<Observation> {
  const iterated = [...response.headers] as Array<[string, string]>;
  const got: Record<string, string | null> = {};
  for (const [key] of iterated) got[key] = response.headers.get(key);
  const headers = response.headers as Headers & { getSetCookie?: () => string[] };
  const setCookie = typeof headers.getSetCookie === "function" ? headers.getSetCookie() : null;
  return { name, status: response.status, statusText: response.statusText, iterated, got, setCookie, body: await response.text() };
}

/** Builds and observes every case, and attempts every refusal, in the running platform. */
export async function observeAll(lib: Lib): Promise<{ cases: Observation[]; refusals: ErrorObservation[] }> {
  const seen: Observation[] = [];
  for (const testCase of cases) {
    let response: Response;
    try {
      response = testCase.make(lib);
    } catch (error) {
      seen.push({ name: testCase.name, status: 0, statusText: "", iterated: [], got: {}, setCookie: null, body: "", error: describeError(lib, error) });
      continue;
    }
    seen.push(await observe(testCase.name, response));
  }
  const refused = refusals.map((refusal): ErrorObservation => {
    try {
      refusal.attempt(lib);
    } catch (error) {
      return describeError(lib, error);
    }
    return { name: "none", isTypeError: false, isHeaderError: false, header: undefined, reason: undefined, message: "" };
  });
  return { cases: seen, refusals: refused };
}

/** Serves the case whose name is the URL's `case` parameter (for servers: workerd, Deno, Bun). */
export function serveCase(lib: Lib, url: URL): Response {
  const name = url.searchParams.get("case");
  const found = cases.find((testCase) => testCase.name === name);
  if (found === undefined) return new Response("no such case", { status: 404 });
  return found.make(lib);
}

/** Headers a server or a transport adds on the way (not the library's), left out of comparisons over HTTP. */
export const TRANSPORT_HEADERS: ReadonlySet<string> = new Set([
  "connection",
  // workerd gzips text bodies when the client accepts gzip (Node's fetch does).
  "content-encoding",
  "content-length",
  "date",
  "keep-alive",
  "transfer-encoding",
]);

/**
 * What is wrong with an observation, as sentences (empty when it matches). `transport` allows the
 * headers that a server adds on the way (for responses fetched over HTTP).
 */
export function problems(testCase: Case, platform: Platform, seen: Observation, transport = false): string[] {
  const out: string[] = [];
  const expected: Expected = { ...testCase.expect, ...testCase.differs?.[platform]?.expect };
  if (seen.error !== undefined) return [`threw ${seen.error.name}: ${seen.error.message}`];
  if (seen.status !== expected.status) out.push(`status ${seen.status}, expected ${expected.status}`);
  if (expected.statusText !== undefined && seen.statusText !== expected.statusText) {
    out.push(`status text ${JSON.stringify(seen.statusText)}, expected ${JSON.stringify(expected.statusText)}`);
  }
  for (const [name, value] of Object.entries(expected.headers)) {
    if (seen.got[name] !== value) out.push(`${name}: ${JSON.stringify(seen.got[name] ?? null)}, expected ${JSON.stringify(value)}`);
  }
  const allowed = new Set([...Object.keys(expected.headers), "set-cookie"]);
  for (const [name] of seen.iterated) {
    if (!allowed.has(name) && !(transport && TRANSPORT_HEADERS.has(name)) && expected.partial !== true) out.push(`unexpected header ${name}`);
  }
  const cookies = expected.setCookie ?? [];
  // The Fetch standard iterates each Set-Cookie as its own entry (never joined with ", ").
  const iteratedCookies = seen.iterated.filter(([name]) => name === "set-cookie").map(([, value]) => value);
  if (JSON.stringify(iteratedCookies) !== JSON.stringify(cookies)) {
    out.push(`iterated Set-Cookie ${JSON.stringify(iteratedCookies)}, expected ${JSON.stringify(cookies)}`);
  }
  if (seen.setCookie === null) out.push("headers.getSetCookie() is missing");
  else if (JSON.stringify(seen.setCookie) !== JSON.stringify(cookies)) {
    out.push(`Set-Cookie ${JSON.stringify(seen.setCookie)}, expected ${JSON.stringify(cookies)}`);
  }
  if (expected.body !== undefined && seen.body !== expected.body) out.push(`body ${JSON.stringify(seen.body)}, expected ${JSON.stringify(expected.body)}`);
  return out;
}

/** What is wrong with an observed refusal (empty when the right error was thrown). */
export function refusalProblems(refusal: Refusal, seen: ErrorObservation): string[] {
  if (seen.name === "none") return ["nothing was thrown"];
  const kind = refusal.error ?? "HeaderError";
  if (!seen.isTypeError) return [`threw ${seen.name}, which is not a TypeError: ${seen.message}`];
  if (kind === "HeaderError") {
    if (!seen.isHeaderError || seen.name !== "HeaderError") return [`threw ${seen.name}, expected HeaderError: ${seen.message}`];
    if (seen.reason?.includes(refusal.reason) !== true) return [`reason ${JSON.stringify(seen.reason)} lacks ${JSON.stringify(refusal.reason)}`];
    return [];
  }
  return seen.message.includes(refusal.reason) ? [] : [`message ${JSON.stringify(seen.message)} lacks ${JSON.stringify(refusal.reason)}`];
}

/**
 * A server's handler over the cases: `/observe` answers the runtime's own observations as JSON, and
 * `/?case=<name>` serves that case's response, to be fetched over HTTP.
 */
export async function handle(lib: Lib, request: Request): Promise<Response> {
  const url = new URL(request.url);
  if (url.pathname === "/observe") {
    return new Response(JSON.stringify(await observeAll(lib)), { headers: { "content-type": "application/json" } });
  }
  return serveCase(lib, url);
}

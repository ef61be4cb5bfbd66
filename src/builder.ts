// The fluent, immutable response builder: the public generic type first, then the run-time class.
// The type tracks only what its checks need (the status, and what kind of Content-Type is set) in two
// flat type parameters; the run time keeps a persistent list of header operations (internal/core.ts).

import { HeaderError, type HeaderTypeError } from "./errors.js";
import {
  checkFieldValue,
  headerName,
  type HeaderNameArg,
  type HeaderValueArg,
} from "./header-name.js";
import { checkMediaType, isJsonMediaType, type ContentTypeArg, type ContentKindOf } from "./headers/content-type.js";
import { checkStatus, Core, memoize, NULL_BODY_STATUSES, type ValueCheck, type ValueChecks } from "./internal/core.js";
import type { Digit } from "./internal/grammar.js";
import { cachingMethods, cachingValueChecks, type CachingMethods } from "./methods/caching.js";
import { cookiesMethods, cookiesValueChecks, type CookieMethods } from "./methods/cookies.js";
import { downloadsMethods, downloadsValueChecks, type DownloadMethods } from "./methods/downloads.js";
import { securityMethods, securityValueChecks, type SecurityMethods } from "./methods/security.js";

/**
 * What the builder knows of its Content-Type: none set, a JSON type, another type, or a branded type
 * whose kind only the run time can tell.
 *
 * @example
 * ```ts
 * import type { ContentKind } from "typed-headers";
 * const kind: ContentKind = "json";
 * ```
 */
export type ContentKind = "none" | "json" | "other" | "unknown";

/**
 * Statuses whose responses carry no body: 204 No Content, 205 Reset Content, 304 Not Modified.
 *
 * @see https://fetch.spec.whatwg.org/#null-body-status
 * @example
 * ```ts
 * import type { NullBodyStatus } from "typed-headers";
 * const status: NullBodyStatus = 204;
 * ```
 */
export type NullBodyStatus = 204 | 205 | 304;

/**
 * Statuses `redirect()` accepts.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-15.4
 * @example
 * ```ts
 * import type { RedirectStatus } from "typed-headers";
 * const status: RedirectStatus = 303;
 * ```
 */
export type RedirectStatus = 301 | 302 | 303 | 307 | 308;

/**
 * What `status()` accepts: a literal from 200 to 599 (the range `new Response` accepts), or a `number`
 * checked at run time.
 *
 * @example
 * ```ts
 * import type { StatusArg } from "typed-headers";
 * type Accepted = StatusArg<404>; // 404
 * ```
 */
export type StatusArg<TCode extends number> = number extends TCode
  ? TCode
  : `${TCode}` extends `${"2" | "3" | "4" | "5"}${Digit}${Digit}`
    ? TCode
    : HeaderTypeError<`Invalid status ${NoInfer<TCode>}: new Response() accepts only integers from 200 to 599`>;

/**
 * What a body argument accepts for a status: `TBody`, or nothing for 204, 205 and 304.
 *
 * @example
 * ```ts
 * import type { BodyArg } from "typed-headers";
 * type Accepted = BodyArg<200, string>; // string
 * ```
 */
export type BodyArg<TStatus extends number, TBody> = [TStatus] extends [NullBodyStatus] ? HeaderTypeError<`Status ${TStatus} has no body: call build() with no argument, or choose another status`> : TBody;

/**
 * What `json()` accepts: any value, unless the status has no body or the Content-Type is not JSON.
 *
 * @example
 * ```ts
 * import type { JsonArg } from "typed-headers";
 * type Accepted = JsonArg<200, "none">; // unknown
 * ```
 */
export type JsonArg<TStatus extends number, TKind extends ContentKind> = [TStatus] extends [NullBodyStatus]
  ? HeaderTypeError<`Status ${TStatus} has no body: call build() with no argument, or choose another status`>
  : TKind extends "other"
    ? HeaderTypeError<"json() needs a JSON Content-Type (application/json or a +json type): remove contentType(), or set a JSON one">
    : unknown;

/**
 * Headers that hold one value: `append()` refuses them (two lines would be joined into one invalid
 * value, e.g. `text/plain, application/json`); `header()` sets them.
 *
 * @example
 * ```ts
 * import type { SingleValueHeader } from "typed-headers";
 * const name: SingleValueHeader = "location";
 * ```
 */
export type SingleValueHeader =
  | "access-control-allow-credentials"
  | "access-control-allow-origin"
  | "access-control-max-age"
  | "age"
  | "content-disposition"
  | "content-length"
  | "content-range"
  | "content-type"
  | "cross-origin-embedder-policy"
  | "cross-origin-opener-policy"
  | "cross-origin-resource-policy"
  | "date"
  | "etag"
  | "expires"
  | "last-modified"
  | "location"
  | "origin-agent-cluster"
  | "retry-after"
  | "strict-transport-security"
  | "x-content-type-options"
  | "x-frame-options"
  | "x-permitted-cross-domain-policies"
  | "x-xss-protection";

const SINGLE_VALUE: ReadonlySet<string> = new Set<SingleValueHeader>([
  "access-control-allow-credentials", "access-control-allow-origin", "access-control-max-age", "age",
  "content-disposition", "content-length", "content-range", "content-type", "cross-origin-embedder-policy",
  "cross-origin-opener-policy", "cross-origin-resource-policy", "date", "etag", "expires", "last-modified",
  "location", "origin-agent-cluster", "retry-after", "strict-transport-security", "x-content-type-options",
  "x-frame-options", "x-permitted-cross-domain-policies", "x-xss-protection",
]);

type AppendNameArg<TName extends string> = Lowercase<TName> extends SingleValueHeader
  ? HeaderTypeError<`${NoInfer<TName>} holds one value: set it with header(), not append()`>
  : HeaderNameArg<TName>;

// delete() may name Set-Cookie (to drop every cookie a template set); header()/append() may not.
type DeleteNameArg<TName extends string> = Lowercase<TName> extends "set-cookie" ? TName : HeaderNameArg<TName>;

type KindAfter<TName extends string, TValue extends string, TKind extends ContentKind> =
  Lowercase<TName> extends "content-type" ? ContentKindOf<TValue> : TKind;

// The builder `TSelf` with another Content-Type kind (contentType(), header("Content-Type", …)).
type WithKind<TSelf, TKind extends ContentKind> = TSelf extends ResponseBuilder<infer TStatus, ContentKind> ? ResponseBuilder<TStatus, TKind> : never;

/**
 * A function over the builder, for `use()`: presets such as `secure()` and `cors()` are made this way.
 *
 * @example
 * ```ts
 * import { respond, type Preset } from "typed-headers";
 * const poweredBy: Preset = (builder) => builder.header("X-Powered-By", "typed-headers");
 * const res = respond().use(poweredBy).text("hi");
 * ```
 */
export type Preset = <TStatus extends number, TKind extends ContentKind>(
  builder: ResponseBuilder<TStatus, TKind>,
) => ResponseBuilder<TStatus, TKind>;

/**
 * Options for {@link respond}.
 *
 * @example
 * ```ts
 * import { respond, type RespondInit } from "typed-headers";
 * const init: RespondInit<201> = { status: 201 };
 * const res = respond(init).json({ id: 1 });
 * ```
 */
export interface RespondInit<TStatus extends number = 200> {
  /** The status, 200–599. */
  status?: TStatus;
  /** The reason phrase, e.g. `Created`; HTTP/2 and HTTP/3 do not send it. */
  statusText?: string;
}

// A method that keeps the status and the Content-Type kind takes the builder as `this: TSelf` and returns
// TSelf instead of ResponseBuilder<TStatus, TKind>: its signature then mentions neither parameter, so the
// compiler shares one signature among every ResponseBuilder<S, K> instead of instantiating it (with fresh
// copies of its own type parameters, whose checks are then not cached) for each status and kind a
// program uses (about 1,500 instantiations per builder type for header(); bench/check.mjs's 500 handlers
// use 13 builder types).
/**
 * An immutable builder of a Web `Response`: every method returns a new builder, so one can serve as a
 * template for many responses. Header names and values are checked by the types and again at run time.
 *
 * @example
 * ```ts
 * import { respond } from "typed-headers";
 * const res: Response = respond()
 *   .status(200)
 *   .contentType("text/plain; charset=utf-8")
 *   .header("X-Powered-By", "Flask")
 *   .text("Welcome to my site!");
 * ```
 */
export interface ResponseBuilder<TStatus extends number = 200, TKind extends ContentKind = "none">
  extends CachingMethods<TStatus, TKind>,
    CookieMethods<TStatus, TKind>,
    SecurityMethods<TStatus, TKind>,
    DownloadMethods<TStatus, TKind> {
  /**
   * Sets the status: 200–599, the range `new Response` accepts.
   *
   * @param code The status code.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().status(404).text("Not found");
   * ```
   */
  status<const TCode extends number>(code: StatusArg<TCode>): ResponseBuilder<TCode, TKind>;

  /**
   * Sets Content-Type; completes common media types and checks the media-type grammar.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Type
   * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.3
   * @param value A media type literal, or a {@link MediaTypeValue} from `mediaType()`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().contentType("text/csv; charset=utf-8").build("a,b\n1,2\n");
   * ```
   */
  contentType<const TValue extends string, TSelf>(this: TSelf, value: ContentTypeArg<TValue>): WithKind<TSelf, ContentKindOf<TValue>>;

  /**
   * Sets a header, replacing any earlier value. Known names complete and typed headers check their
   * grammar; a custom name must be a token and its value a field value.
   *
   * @param name The header name (case-insensitive), or a {@link HeaderName}.
   * @param value The field value.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().header("X-Request-Id", "abc123").build();
   * ```
   */
  header<const TName extends string, const TValue extends string, TSelf>(
    this: TSelf,
    name: HeaderNameArg<TName>,
    value: HeaderValueArg<TName, TValue>,
  ): Lowercase<TName> extends "content-type" ? WithKind<TSelf, ContentKindOf<TValue>> : TSelf;

  /**
   * Adds a field line for a header, keeping earlier ones (for list headers such as `Link` or `Vary`).
   * Headers that hold one value ({@link SingleValueHeader}, e.g. Content-Type or Location) are refused.
   *
   * @param name The header name (case-insensitive), or a {@link HeaderName}.
   * @param value The field value.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().append("X-Trace", "a").append("X-Trace", "b").build();
   * ```
   */
  append<const TName extends string, const TValue extends string>(
    name: AppendNameArg<TName>,
    value: HeaderValueArg<TName, TValue>,
  ): ResponseBuilder<TStatus, KindAfter<TName, TValue, TKind>>;

  /**
   * Removes a header; `delete("Set-Cookie")` drops every cookie set so far.
   *
   * @param name The header name (case-insensitive), or a {@link HeaderName}.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const base = respond().header("X-Debug", "1");
   * const res = base.delete("x-debug").build();
   * ```
   */
  delete<const TName extends string>(
    name: DeleteNameArg<TName>,
  ): ResponseBuilder<TStatus, Lowercase<TName> extends "content-type" ? "none" : TKind>;

  /**
   * Applies a preset: a function from builder to builder, such as `secure()` or `cors(options)`.
   *
   * @param preset The function to apply.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().use((b) => b.header("X-Frame-Options", "DENY")).text("hi");
   * ```
   */
  use<TOut>(preset: (builder: ResponseBuilder<TStatus, TKind>) => TOut): TOut;

  /**
   * The headers this builder sends, as a fresh `Headers` object.
   *
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const headers: Headers = respond().header("X-Id", "1").headers();
   * ```
   */
  headers(): Headers;

  /**
   * The field lines this builder sends, in the order they were set: `[name, value]` pairs with
   * lower-case names, one per field line (so each cookie is its own entry).
   *
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const lines = respond().header("X-Id", "1").entries(); // [["x-id", "1"]]
   * ```
   */
  entries(): Array<[string, string]>;

  /**
   * Returns the `Response`, with an optional body.
   *
   * @param body Any body `new Response` accepts; none for 204, 205 and 304.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().status(204).build();
   * ```
   */
  build(body?: BodyArg<TStatus, BodyInit> | null): Response;

  /**
   * Returns a `Response` with a text body; sets `text/plain; charset=utf-8` unless a Content-Type is set.
   *
   * @param body The text.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().text("Hello");
   * ```
   */
  text(body: BodyArg<TStatus, string>): Response;

  /**
   * Returns a `Response` with a JSON body; sets `application/json` unless a Content-Type is set, and
   * refuses a Content-Type that is not JSON.
   *
   * @param value Any value `JSON.stringify` can write.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().status(201).json({ id: 1 });
   * ```
   */
  json(value: JsonArg<TStatus, TKind>): Response;

  /**
   * Returns a `Response` with an HTML body; sets `text/html; charset=utf-8` unless a Content-Type is set.
   *
   * @param body The HTML.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().html("<h1>Hello</h1>");
   * ```
   */
  html(body: BodyArg<TStatus, string>): Response;

  /**
   * Returns a redirect `Response` with a Location header and no body.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Redirections
   * @param location An absolute or relative URL.
   * @param status 301, 302 (the default), 303, 307 or 308.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().redirect("/login", 303);
   * ```
   */
  redirect(location: string | URL, status?: RedirectStatus): Response;
}

const REDIRECT_STATUSES: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

const VALUE_CHECKS: ValueChecks = {
  "content-type": checkMediaType,
  ...cachingValueChecks,
  ...cookiesValueChecks,
  ...securityValueChecks,
  ...downloadsValueChecks,
};

// Names headerName() accepted, with the lower-case key the builder stores each under: a route names the
// same headers on every response, and the same key string each time is cheaper for Headers too.
const NAMES = new Map<string, string>();

// The same check as headerName(), then the lower-case key the builder stores names under.
function checkName(name: unknown): string {
  const known = typeof name === "string" ? NAMES.get(name) : undefined;
  if (known !== undefined) return known;
  const lower = headerName(name as string).toLowerCase();
  // Only names of a usual length are kept: 64 long ones would hold megabytes alive.
  if (lower.length <= 64) {
    if (NAMES.size >= 64) NAMES.clear();
    NAMES.set(name as string, lower);
  }
  return lower;
}

// Each typed header's check, remembering the values it accepted (see memoize in internal/core.ts).
const REMEMBERED: Record<string, ValueCheck> = Object.create(null) as Record<string, ValueCheck>;

function checkValue(name: string, display: string, value: unknown): string {
  // Own properties only: a header named "constructor" or "__proto__" must not find Object's.
  const raw = Object.hasOwn(VALUE_CHECKS, name) ? VALUE_CHECKS[name] : undefined;
  const check = raw === undefined ? undefined : (REMEMBERED[name] ??= memoize(raw));
  if (check === undefined) return checkFieldValue(display, value);
  if (typeof value !== "string") throw new HeaderError(display, `expected a string, got ${typeof value}`);
  return check(value);
}

function textOf(kind: string, body: unknown): string {
  if (typeof body !== "string") throw new TypeError(`${kind}() expects a string body, got ${typeof body}`);
  return body;
}

function withDefaultType(builder: Core, type: string): Core {
  return builder.get("content-type") === undefined ? builder.set("content-type", type) : builder;
}

function build(builder: Core, body?: BodyInit | null): Response {
  const status = builder.code;
  if (body != null && NULL_BODY_STATUSES.has(status)) {
    throw new TypeError(`Status ${status} has no body: call build() with no argument, or choose another status`);
  }
  // No statusText unless one was given: workerd writes the standard reason phrase ("200 OK") only when
  // the option is missing, and an empty one would send "HTTP/1.1 200 " (the other runtimes take "" as missing).
  const response = new Response(body ?? null, builder.statusText === "" ? { status } : { status, statusText: builder.statusText });
  // The lines go straight into the Response's own Headers: an init.headers list is first converted (a
  // copy of every pair, each checked as a ByteString) and then appended, which makes the headers' part
  // of new Response cost Node 1.6 times as much and Deno about 3 times (bench/profile.mjs, and the
  // hand-written variants of bench/runtime.mjs). Content-Type is set, not appended, to replace the type
  // new Response derives from the body.
  const headers = response.headers;
  const sent = builder.sent();
  for (let i = 0; i < sent.length; i++) {
    const { name, value } = sent[i]!;
    if (name === "content-type") headers.set(name, value);
    else headers.append(name, value);
  }
  return response;
}

/** The run-time methods of {@link ResponseBuilder} that belong to no header family. */
const coreMethods = {
  status(this: Core, code: number): Core {
    // A new status drops the old reason phrase ("Created" does not describe a 404). The same status with
    // no reason phrase changes nothing, and a builder never changes: it is its own answer.
    checkStatus(code);
    return code === this.code && this.statusText === "" ? this : this.withStatus(code, "");
  },

  contentType(this: Core, value: string): Core {
    return this.set("content-type", checkValue("content-type", "Content-Type", value));
  },

  header(this: Core, name: string, value: string): Core {
    const lower = checkName(name);
    return this.set(lower, checkValue(lower, name, value));
  },

  append(this: Core, name: string, value: string): Core {
    const lower = checkName(name);
    if (SINGLE_VALUE.has(lower)) throw new HeaderError(name, "this header holds one value: set it with header(), not append()");
    return this.add(lower, checkValue(lower, name, value));
  },

  delete(this: Core, name: string): Core {
    if (typeof name === "string" && name.toLowerCase() === "set-cookie") return this.remove("set-cookie");
    return this.remove(checkName(name));
  },

  use(this: Core, preset: (builder: Core) => unknown): unknown {
    if (typeof preset !== "function") throw new TypeError("use() expects a function from builder to builder");
    return preset(this);
  },

  headers(this: Core): Headers {
    return new Headers(this.fields());
  },

  entries(this: Core): Array<[string, string]> {
    // Fresh pairs: the caller may change them; the builder's remembered list must not change.
    return this.fields();
  },

  build(this: Core, body?: BodyInit | null): Response {
    return build(this, body);
  },

  text(this: Core, body: string): Response {
    return build(withDefaultType(this, "text/plain; charset=utf-8"), textOf("text", body));
  },

  html(this: Core, body: string): Response {
    return build(withDefaultType(this, "text/html; charset=utf-8"), textOf("html", body));
  },

  json(this: Core, value: unknown): Response {
    const type = this.get("content-type");
    if (type !== undefined && !isJsonMediaType(type)) {
      throw new HeaderError("Content-Type", `json() needs a JSON media type (application/json or +json), but ${JSON.stringify(type)} is set`);
    }
    const body = JSON.stringify(value);
    if (body === undefined) throw new TypeError("json() got a value JSON cannot represent (undefined, a function or a symbol)");
    return build(withDefaultType(this, "application/json"), body);
  },

  redirect(this: Core, location: string | URL, status: number = 302): Response {
    checkStatus(status, REDIRECT_STATUSES);
    const target = location instanceof URL ? location.href : location;
    const value = checkValue("location", "Location", target);
    return build(this.withStatus(status, "").remove("content-type").set("location", value));
  },
};

// Every method, the core ones and each header family's, is a plain function over Core's persistent
// list; they join Core's prototype here, so a builder is one small object and a call allocates one node.
Object.assign(Core.prototype, coreMethods, cachingMethods, cookiesMethods, securityMethods, downloadsMethods);

/**
 * Starts a response: returns an empty {@link ResponseBuilder} with status 200 (or `init.status`).
 *
 * @param init Optional status and status text.
 * @example
 * ```ts
 * import { respond } from "typed-headers";
 * const res = respond({ status: 201 }).json({ id: 1 });
 * ```
 */
export function respond<const TStatus extends number = 200>(
  init?: RespondInit<TStatus> & { status?: StatusArg<TStatus> },
): ResponseBuilder<TStatus> {
  const code = init?.status === undefined ? 200 : checkStatus(init.status);
  const statusText = init?.statusText ?? "";
  if (statusText !== "" && !/^[\t\x20-\x7e\x80-\xff]*$/u.test(statusText)) {
    throw new HeaderError("status text", `${JSON.stringify(statusText)} contains a control character or a character above U+00FF`);
  }
  return new Core(undefined, 0, "", "", undefined, code, statusText) as unknown as ResponseBuilder<TStatus>;
}

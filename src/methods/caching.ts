// Builder methods for Cache-Control, ETag, Last-Modified, Expires, Vary, CDN-Cache-Control, conditional responses (issue 3).
// A method group holds, side by side: the public method signatures (merged into ResponseBuilder),
// the header() value checks for its header names (types and run time), and the run-time methods.

import type { BodyArg, ContentKind, ResponseBuilder } from "../builder.js";
import { fail, type HeaderTypeError } from "../errors.js";
import {
  checkCacheControl,
  serializeCacheControl,
  type CacheControlArg,
  type CacheControlCheck,
  type CacheControlInit,
} from "../headers/cache-control.js";
import { checkCdnCacheControl, serializeCdnCacheControl, type CdnCacheControlArg } from "../headers/cdn-cache-control.js";
import { evaluateConditional, NOT_MODIFIED_FIELDS, type ConditionalRequest } from "../headers/conditional.js";
import { checkEntityTag, serializeEntityTag, type EntityTagArg, type EntityTagInit, type ETagOptions, type OpaqueTagArg } from "../headers/etag.js";
import { checkHttpDate, formatHttpDate, type HttpDateArg } from "../headers/http-date.js";
import { checkVary, mergeVary, type VaryArg, type VaryArgs } from "../headers/vary.js";
import { memoize, type Core, type ValueChecks } from "../internal/core.js";
import { checkedValue, DIGITS_RE, isOptions, type IsDigits, type IsDynamic } from "../internal/grammar.js";


// Cache-Control literals repeat across responses; remembering accepted ones skips the parse (see core.ts).
const checkCacheControlOnce = memoize(checkCacheControl);

/**
 * What `age(seconds)` accepts: a whole number of seconds, 0 or more (a `number` is checked at run time).
 *
 * @example
 * ```ts
 * import type { AgeSecondsArg } from "typed-headers";
 * type Accepted = AgeSecondsArg<30>; // 30
 * ```
 */
export type AgeSecondsArg<TSeconds extends number> = number extends TSeconds
  ? TSeconds
  : IsDigits<`${TSeconds}`> extends true
    ? TSeconds
    : HeaderTypeError<`Invalid Age ${NoInfer<TSeconds>}: Age takes whole seconds, 0 or more`>;

/**
 * What `header("Age", …)` accepts: delta-seconds, digits only.
 *
 * @example
 * ```ts
 * import type { AgeArg } from "typed-headers";
 * type Accepted = AgeArg<"30">; // "30"
 * ```
 */
export type AgeArg<TValue extends string> = IsDynamic<TValue> extends true
  ? HeaderTypeError<"A dynamic Age must be checked first: use age(seconds)">
  : IsDigits<TValue> extends true
    ? TValue
    : HeaderTypeError<`Invalid Age '${NoInfer<TValue>}': Age takes delta-seconds (digits only)`>;

/** The builder methods of this group; `ResponseBuilder` extends it. */
export interface CachingMethods<TStatus extends number, TKind extends ContentKind> {
  // One signature, not two overloads: TypeScript 7 reports only the last overload's error, which would hide
  // the literal's message behind the options object's. TValue is inferred from a string, TOptions from an object.
  /**
   * Sets Cache-Control from a directive-list literal (completed and checked by the types), a
   * {@link CacheControlValue} from `cacheControl()`, or an options object. Unknown directives, ages that
   * are not digits and contradictions (`no-store` with `max-age`, `public` with `private`, …) are refused.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Cache-Control
   * @see https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2
   * @param value The directives, e.g. `public, max-age=31536000, immutable`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const asset = respond().cacheControl("public, max-age=31536000, immutable").text("body{}");
   * const page = respond().cacheControl({ private: true, maxAge: 0, mustRevalidate: true }).html("<p>hi</p>");
   * ```
   */
  cacheControl<const TValue extends string, const TOptions extends CacheControlInit, TSelf>(
    this: TSelf,
    value: CacheControlArg<TValue> | (TOptions & CacheControlCheck<TOptions>),
  ): TSelf;

  /**
   * Sets CDN-Cache-Control (RFC 9213): Cache-Control directives that only CDN caches follow, from an
   * options object or a lower-case literal. Checked like Cache-Control.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/CDN-Cache-Control
   * @see https://www.rfc-editor.org/rfc/rfc9213#section-3
   * @param value The directives, e.g. `{ maxAge: 600, staleWhileRevalidate: 60 }`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().cacheControl("no-cache").cdnCacheControl({ maxAge: 600 }).text("hi");
   * ```
   */
  cdnCacheControl<const TValue extends string, const TOptions extends CacheControlInit, TSelf>(
    this: TSelf,
    value: CdnCacheControlArg<TValue> | (TOptions & CacheControlCheck<TOptions>),
  ): TSelf;

  /**
   * Sets ETag: quotes the value itself, and prefixes `W/` with `{ weak: true }`. A value holding `"`, a
   * space or a control character is refused.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/ETag
   * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
   * @param value The opaque tag, without quotes (e.g. a content hash).
   * @param options `{ weak: true }` for a weak validator.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().etag("33a64df5").text("hello"); // ETag: "33a64df5"
   * ```
   */
  etag<const TValue extends string, TSelf>(this: TSelf, value: OpaqueTagArg<TValue>, options?: ETagOptions): TSelf;

  /**
   * Sets Last-Modified from a `Date`, written as an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
   * An invalid `Date` is a `HeaderError`.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Last-Modified
   * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.2
   * @param date When the content last changed.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().lastModified(new Date("2024-05-01T12:00:00Z")).text("hello");
   * ```
   */
  lastModified(date: Date): ResponseBuilder<TStatus, TKind>;

  /**
   * Sets Expires from a `Date`, written as an IMF-fixdate. Cache-Control `max-age` overrides it; it
   * remains for HTTP/1.0 caches. An invalid `Date` is a `HeaderError`.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Expires
   * @see https://www.rfc-editor.org/rfc/rfc9111#section-5.3
   * @param date When the response becomes stale.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().expires(new Date(Date.now() + 3_600_000)).text("hello");
   * ```
   */
  expires(date: Date): ResponseBuilder<TStatus, TKind>;

  /**
   * Adds request header names to Vary, merging with earlier Vary values and dropping case-insensitive
   * duplicates; `*` stands alone.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Vary
   * @see https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5
   * @param names The request headers the response depends on.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().vary("Accept-Encoding").vary("Origin", "accept-encoding").text("hi"); // Vary: Accept-Encoding, Origin
   * ```
   */
  vary<const TNames extends readonly string[], TSelf>(this: TSelf, ...names: VaryArgs<TNames>): TSelf;

  /**
   * Sets Age: the seconds the response has spent in caches (for a cache or a proxy answering from one).
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Age
   * @see https://www.rfc-editor.org/rfc/rfc9111#section-5.1
   * @param seconds Whole seconds, 0 or more.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().age(30).text("cached");
   * ```
   */
  age<const TSeconds extends number, TSelf>(this: TSelf, seconds: AgeSecondsArg<TSeconds>): TSelf;

  /**
   * Returns the `Response` for a possibly conditional request: `304 Not Modified` (no body; only ETag,
   * Cache-Control, Vary, Last-Modified, Expires, Date and Content-Location kept) when `If-None-Match`
   * (weak comparison, lists, `*`) or, without it, `If-Modified-Since` matches on a GET or HEAD;
   * `412 Precondition Failed` when `If-Match` or `If-Unmodified-Since` fails, or `If-None-Match` matches
   * another method; the full response otherwise, and whenever the status is not 2xx.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Conditional_requests
   * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2
   * @param request The incoming request (its method and headers are read).
   * @param body The body of the full response.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const request = new Request("https://example.com/a.txt", { headers: { "If-None-Match": '"v1"' } });
   * const res = respond().etag("v1").cacheControl("no-cache").conditional(request, "hello"); // 304
   * ```
   */
  conditional(request: ConditionalRequest, body?: BodyArg<TStatus, BodyInit | null>): Response;
}

/** Compile-time value checks for `header(name, value)`, keyed by lower-case header name. */
export interface CachingHeaderArgs<TValue extends string> {
  "cache-control": CacheControlArg<TValue>;
  "cdn-cache-control": CdnCacheControlArg<TValue>;
  etag: EntityTagArg<TValue>;
  "last-modified": HttpDateArg<TValue>;
  expires: HttpDateArg<TValue>;
  vary: VaryArg<TValue>;
  age: AgeArg<TValue>;
}

function checkAge(value: string): string {
  return checkedValue("Age", value, !(typeof value == "string" && DIGITS_RE.test(value)) && "Age takes delta-seconds (digits only)");
}

/** Run-time implementations of {@link CachingMethods}. */
export const cachingMethods: {
  cacheControl(this: Core, value: string | CacheControlInit): Core;
  cdnCacheControl(this: Core, value: string | CacheControlInit): Core;
  etag(this: Core, value: string, options?: ETagOptions): Core;
  lastModified(this: Core, date: Date): Core;
  expires(this: Core, date: Date): Core;
  vary(this: Core, ...names: string[]): Core;
  age(this: Core, seconds: number): Core;
  conditional(this: Core, request: ConditionalRequest, body?: BodyInit | null): Response;
} = {
  cacheControl(this: Core, value: string | CacheControlInit): Core {
    const text = typeof value === "string" ? checkCacheControlOnce(value) : serializeCacheControl(value);
    return this.set("cache-control", text);
  },

  cdnCacheControl(this: Core, value: string | CacheControlInit): Core {
    const text = typeof value === "string" ? checkCdnCacheControl(value) : serializeCdnCacheControl(value);
    return this.set("cdn-cache-control", text);
  },

  etag(this: Core, value: string, options?: ETagOptions): Core {
    if (options !== undefined && !isOptions(options)) fail("ETag", "options must be an object such as { weak: true }");
    // serializeEntityTag refuses a weak flag that is neither true nor absent (a JavaScript caller's false).
    return this.set("etag", serializeEntityTag({ value, weak: options?.weak } as EntityTagInit));
  },

  lastModified(this: Core, date: Date): Core {
    return this.set("last-modified", formatHttpDate(date, "Last-Modified"));
  },

  expires(this: Core, date: Date): Core {
    return this.set("expires", formatHttpDate(date, "Expires"));
  },

  vary(this: Core, ...names: string[]): Core {
    const earlier = this.fields()
      .filter(([name]) => name === "vary")
      .map(([, value]) => value);
    return this.set("vary", mergeVary(earlier, names));
  },

  age(this: Core, seconds: number): Core {
    if (typeof seconds !== "number" || !Number.isSafeInteger(seconds) || seconds < 0) {
      fail("Age", `expected whole seconds, 0 or more, got ${String(seconds)}`);
    }
    return this.set("age", String(seconds));
  },

  conditional(this: Core, request: ConditionalRequest, body?: BodyInit | null): Response {
    // evaluateConditional() refuses what is not a Request (a function, a method that is not a string) first.
    const outcome = evaluateConditional(request, { etag: this.get("etag"), lastModified: this.get("last-modified") }, this.code);
    // The full response is what build() sends (the builder's prototype has it), with its null-body check.
    return outcome == "full"
      ? (this as Core & { build(body?: BodyInit | null): Response }).build(body)
      : new Response(null, {
          status: outcome == "not-modified" ? 304 : 412,
          headers: this.fields().filter(([name]) => NOT_MODIFIED_FIELDS.has(name)),
        });
  },
};

/** Run-time value checks for `header(name, value)`, keyed by lower-case header name. */
export const cachingValueChecks: ValueChecks = {
  "cache-control": checkCacheControlOnce,
  "cdn-cache-control": checkCdnCacheControl,
  etag: checkEntityTag,
  "last-modified": (value) => checkHttpDate(value, "Last-Modified"),
  expires: (value) => checkHttpDate(value, "Expires"),
  vary: checkVary,
  age: checkAge,
};

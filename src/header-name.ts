// Header names (RFC 9110 §5.1) and the checks that pick a value type for each name.
// Known names complete in `header("`; a name is matched case-insensitively, as HTTP does.

import type { Brand } from "./brand.js";
import { fail, type HeaderTypeError } from "./errors.js";
import type { ContentTypeArg } from "./headers/content-type.js";
import { fieldValueProblem, isToken, type FieldValueProblem, type IsDynamic, type IsToken, type OnlyChars, type Ows, type VChar } from "./internal/grammar.js";
import type { CachingHeaderArgs } from "./methods/caching.js";
import type { CookieHeaderArgs } from "./methods/cookies.js";
import type { DownloadHeaderArgs } from "./methods/downloads.js";
import type { SecurityHeaderArgs } from "./methods/security.js";

/**
 * Response header names that `header()` completes: the IANA permanent response headers, the security
 * headers and CORS. Any other token is accepted too.
 *
 * @see https://www.iana.org/assignments/http-fields/http-fields.xhtml
 * @example
 * ```ts
 * import type { KnownHeaderName } from "typed-headers";
 * const name: KnownHeaderName = "Cache-Control";
 * ```
 */
export type KnownHeaderName =
  | "Accept-CH"
  | "Accept-Patch"
  | "Accept-Post"
  | "Accept-Ranges"
  | "Access-Control-Allow-Credentials"
  | "Access-Control-Allow-Headers"
  | "Access-Control-Allow-Methods"
  | "Access-Control-Allow-Origin"
  | "Access-Control-Expose-Headers"
  | "Access-Control-Max-Age"
  | "Age"
  | "Allow"
  | "Alt-Svc"
  | "Cache-Control"
  | "Cache-Status"
  | "CDN-Cache-Control"
  | "Clear-Site-Data"
  | "Content-Disposition"
  | "Content-Encoding"
  | "Content-Language"
  | "Content-Length"
  | "Content-Location"
  | "Content-Range"
  | "Content-Security-Policy"
  | "Content-Security-Policy-Report-Only"
  | "Content-Type"
  | "Cross-Origin-Embedder-Policy"
  | "Cross-Origin-Embedder-Policy-Report-Only"
  | "Cross-Origin-Opener-Policy"
  | "Cross-Origin-Opener-Policy-Report-Only"
  | "Cross-Origin-Resource-Policy"
  | "Date"
  | "ETag"
  | "Expires"
  | "Last-Modified"
  | "Link"
  | "Location"
  | "NEL"
  | "Origin-Agent-Cluster"
  | "Permissions-Policy"
  | "Preference-Applied"
  | "Proxy-Authenticate"
  | "Referrer-Policy"
  | "Refresh"
  | "Reporting-Endpoints"
  | "Retry-After"
  | "Server"
  | "Server-Timing"
  | "Service-Worker-Allowed"
  | "SourceMap"
  | "Strict-Transport-Security"
  | "Timing-Allow-Origin"
  | "Trailer"
  | "Vary"
  | "WWW-Authenticate"
  | "X-Content-Type-Options"
  | "X-DNS-Prefetch-Control"
  | "X-Frame-Options"
  | "X-Permitted-Cross-Domain-Policies"
  | "X-Robots-Tag"
  | "X-XSS-Protection";

/**
 * A header name checked at run time by {@link headerName}.
 *
 * @example
 * ```ts
 * import { headerName, type HeaderName } from "typed-headers";
 * const name: HeaderName = headerName("X-Request-Id");
 * ```
 */
export type HeaderName = Brand<string, "HeaderName">;

/**
 * A field value checked at run time by {@link headerValue}.
 *
 * @example
 * ```ts
 * import { headerValue, type HeaderValue } from "typed-headers";
 * const value: HeaderValue = headerValue("abc123");
 * ```
 */
export type HeaderValue = Brand<string, "HeaderValue">;

/**
 * Value checks for `header(name, value)` by lower-case header name: each typed family adds its own.
 *
 * @example
 * ```ts
 * import type { TypedHeaderArgs } from "typed-headers";
 * type ContentTypeCheck = TypedHeaderArgs<"text/plain">["content-type"];
 * ```
 */
export interface TypedHeaderArgs<TValue extends string>
  extends CachingHeaderArgs<TValue>,
    CookieHeaderArgs<TValue>,
    SecurityHeaderArgs<TValue>,
    DownloadHeaderArgs<TValue> {
  "content-type": ContentTypeArg<TValue>;
}

/** Header names that have a method of their own and cannot go through `header()`/`append()`. */
type ReservedName = "set-cookie";

/**
 * What `header()` accepts as a name: a known name, any literal token, or a {@link HeaderName}.
 *
 * @example
 * ```ts
 * import type { HeaderNameArg } from "typed-headers";
 * type Accepted = HeaderNameArg<"X-Request-Id">; // "X-Request-Id"
 * ```
 */
export type HeaderNameArg<TName extends string> = TName extends HeaderName
  ? TName
  : IsDynamic<TName> extends true
    ? HeaderTypeError<"A dynamic header name must be checked first: pass headerName(name)">
    : TName extends ""
      ? KnownHeaderName
      : Lowercase<TName> extends ReservedName
        ? HeaderTypeError<"Set-Cookie must be set with cookie(name, value, options), so that each cookie stays its own field">
        : IsToken<TName> extends true
          ? TName
          :
              | Extract<KnownHeaderName, `${NoInfer<TName>}${string}`>
              | HeaderTypeError<`Invalid header name '${NoInfer<TName>}': a name is a token (letters, digits and !#$%&'*+-.^_\`|~), with no spaces or colons`>;

/**
 * What `header(name, value)` accepts as a value: the family's type for a typed header, else any field value.
 *
 * @example
 * ```ts
 * import type { HeaderValueArg } from "typed-headers";
 * type Accepted = HeaderValueArg<"X-Request-Id", "abc">; // "abc"
 * ```
 */
export type HeaderValueArg<TName extends string, TValue extends string> = TName extends HeaderName
  ? FieldValueArg<TName, TValue>
  : Lowercase<TName> extends TypedHeaderName
    ? TypedHeaderArgs<TValue>[Lowercase<TName>]
    : FieldValueArg<TName, TValue>;

// Leading or trailing whitespace, in an alias written as a union: not instantiated at each test.
type EdgeWhitespace = `${Ows}${string}` | `${string}${Ows}`;

// The names of TypedHeaderArgs, computed once (its keys do not depend on the value).
type TypedHeaderName = keyof TypedHeaderArgs<string>;

/**
 * A checked field value: a literal must be one, a `string` is checked at run time.
 *
 * @example
 * ```ts
 * import type { FieldValueArg } from "typed-headers";
 * type Accepted = FieldValueArg<"X-Id", "abc">; // "abc"
 * ```
 */
export type FieldValueArg<TName extends string, TValue extends string> = IsDynamic<TValue> extends true
  ? TValue
  : OnlyChars<TValue, VChar | Ows> extends true
    ? TValue extends EdgeWhitespace
      ? HeaderTypeError<`Invalid value for ${NoInfer<TName> extends HeaderName ? "a header" : NoInfer<TName>}: ${FieldValueProblem<NoInfer<TValue>>}`>
      : TValue
  : [FieldValueProblem<TValue>] extends [never]
    ? TValue
    : HeaderTypeError<`Invalid value for ${NoInfer<TName> extends HeaderName ? "a header" : NoInfer<TName>}: ${FieldValueProblem<NoInfer<TValue>>}`>;

/**
 * Checks a header name at run time and brands it, for names that come from a `string`.
 *
 * Throws `HeaderError` for anything but an RFC 9110 token, and for `Set-Cookie` (use `cookie()`).
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.1
 * @param name The header name.
 * @example
 * ```ts
 * import { headerName, respond } from "typed-headers";
 * const name = headerName(["X", "Trace"].join("-"));
 * const res = respond().header(name, "1").build();
 * ```
 */
export function headerName(name: string): HeaderName {
  if (typeof name !== "string" || !isToken(name)) {
    fail("header name", `${JSON.stringify(name)} is not a token (letters, digits and !#$%&'*+-.^_\`|~)`);
  }
  if (name.toLowerCase() === "set-cookie") {
    fail("header name", "Set-Cookie must be set with cookie(name, value, options)");
  }
  return name as HeaderName;
}

/**
 * Checks a field value at run time and brands it: no CR, LF, NUL or other control character but
 * HTAB, nothing above U+00FF, no leading or trailing whitespace.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.5
 * @param value The field value.
 * @example
 * ```ts
 * import { headerValue } from "typed-headers";
 * const value = headerValue("abc123");
 * ```
 */
export function headerValue(value: string): HeaderValue {
  return checkFieldValue("header value", value) as HeaderValue;
}

/** Throws `HeaderError` (for `header`) unless `value` is a field value; returns it unchanged. */
export function checkFieldValue(header: string, value: unknown): string {
  if (typeof value !== "string") return fail(header, `expected a string, got ${typeof value}`);
  const problem = fieldValueProblem(value);
  return problem === undefined ? value : fail(header, `${JSON.stringify(value)}: ${problem}`);
}

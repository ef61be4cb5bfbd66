// Location (RFC 9110 §10.2.2): a URI-reference, absolute or relative to the request's URL.
//
//   Location = URI-reference        ; RFC 3986 §4.1
//
// URI-reference has no whitespace, no control characters and nothing outside ASCII. Browsers would
// percent-encode such characters themselves, but a CR or LF splits the header (response splitting), and
// a character above U+007F is sent as a raw byte whose meaning each client guesses: the types and the
// run time refuse them and say to percent-encode (`new URL(…).href` does it). A value is never rewritten.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import { needString, show, type FirstBadChar, type TChar, type IsDynamic } from "../internal/grammar.js";
import type { AllIn } from "./content-disposition.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/** Visible ASCII: what a URI-reference is written with. */
type UriChar = TChar | "\"" | "(" | ")" | "," | "/" | ":" | ";" | "<" | "=" | ">" | "?" | "@" | "[" | "\\" | "]" | "{" | "}";

/**
 * What is wrong with a literal URI-reference, as a sentence, or `never` when it can be sent as is.
 *
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-4.1
 * @example
 * ```ts
 * import type { UrlProblem } from "typed-headers";
 * type Problem = UrlProblem<"/a b">; // "it contains whitespace: …"
 * ```
 */
export type UrlProblem<TUrl extends string> = AllIn<TUrl, UriChar> extends true ? never : UrlCharProblem<TUrl>;

type UrlCharProblem<TUrl extends string> = FirstBadChar<TUrl, UriChar> extends infer TBad extends string
  ? [TBad] extends [never]
    ? never
    : TBad extends "\r" | "\n"
      ? "it contains CR or LF, which would split the header"
      : TBad extends " " | "\t"
        ? "it contains whitespace: percent-encode it as %20 (new URL(url, base).href does)"
        : TBad extends AsciiControlChar
          ? "it contains a control character"
          : "it contains a non-ASCII character: percent-encode it (new URL(url, base).href does)"
  : never;

type AsciiControlChar =
  | "\x00" | "\x01" | "\x02" | "\x03" | "\x04" | "\x05" | "\x06" | "\x07" | "\x08" | "\x09" | "\x0a" | "\x0b" | "\x0c" | "\x0d" | "\x0e" | "\x0f"
  | "\x10" | "\x11" | "\x12" | "\x13" | "\x14" | "\x15" | "\x16" | "\x17" | "\x18" | "\x19" | "\x1a" | "\x1b" | "\x1c" | "\x1d" | "\x1e" | "\x1f"
  | "\x7f";

/**
 * What a URL argument accepts (`location()`, `link()`): a literal URI-reference that can be sent as
 * is, a `URL`, or a `string` checked at run time.
 *
 * @example
 * ```ts
 * import type { UrlArg } from "typed-headers";
 * type Accepted = UrlArg<"/login">; // "/login"
 * ```
 */
export type UrlArg<TUrl extends string> = IsDynamic<TUrl> extends true
  ? TUrl
  : [UrlProblem<TUrl>] extends [never]
    ? TUrl
    : HeaderTypeError<`Invalid URL '${NoInfer<TUrl>}': ${UrlProblem<NoInfer<TUrl>>}`>;

/**
 * A Location value checked by {@link location}.
 *
 * @example
 * ```ts
 * import { location, type LocationValue } from "typed-headers";
 * const value: LocationValue = location("/login");
 * ```
 */
export type LocationValue = Brand<string, "Location">;

/**
 * What `header("Location", …)` accepts: a literal URI-reference or a {@link LocationValue}; a plain
 * `string` must go through `location()` first (or use the `location(url)` method, which checks it).
 *
 * @example
 * ```ts
 * import type { LocationArg } from "typed-headers";
 * type Accepted = LocationArg<"/next">; // "/next"
 * ```
 */
export type LocationArg<TValue extends string> = TValue extends LocationValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Location must be checked first: pass location(value), or call .location(url)">
    : TValue extends ""
      ? "/"
      : [UrlProblem<TValue>] extends [never]
        ? TValue
        : HeaderTypeError<`Invalid Location '${NoInfer<TValue>}': ${UrlProblem<NoInfer<TValue>>}`>;

// ---------------------------------------------------------------------------------------------------
// Run time

const URI_CHARS_RE = /^[\x21-\x7e]*$/u;

/**
 * Why a URL cannot be sent as a URI-reference, as a sentence, or `undefined` when it can.
 *
 * @see https://www.rfc-editor.org/rfc/rfc3986#section-4.1
 * @param url The URL text.
 * @example
 * ```ts
 * import { urlProblem } from "typed-headers";
 * urlProblem("/a b"); // "it contains whitespace: percent-encode it as %20 (new URL(url, base).href does)"
 * ```
 */
export function urlProblem(url: string): string | undefined {
  const encode = "percent-encode it (new URL(url, base).href does)";
  const problem = URI_CHARS_RE.test(url)
    ? undefined
    : /[\r\n]/u.test(url)
      ? ["CR or LF", "it would split the header"]
      : /[\t ]/u.test(url)
        ? ["whitespace", "percent-encode it as %20 (new URL(url, base).href does)"]
        : /[\x00-\x1f\x7f]/u.test(url)
          ? ["a control character", "remove it"]
          : ["a non-ASCII character", encode];
  return problem && `it contains ${problem[0]}: ${problem[1]}`;
}

/**
 * Turns a `URL` into its `href` and checks a string as a URI-reference; throws `HeaderError` for `header`.
 *
 * @param header The header name for the error, e.g. `Location`.
 * @param url A `URL`, or an absolute or relative URL string.
 * @example
 * ```ts
 * import { checkUrl } from "typed-headers";
 * checkUrl("Location", new URL("https://example.com/a b")); // "https://example.com/a%20b"
 * ```
 */
export function checkUrl(header: string, url: string | URL): string {
  const text = needString(header, url instanceof URL ? url.href : url, "a string or a URL");
  const problem = urlProblem(text);
  return problem === undefined ? text : fail(header, `${show(text)}: ${problem}`);
}

/**
 * Checks a Location value at run time and brands it: an absolute or relative URI-reference with no
 * whitespace, control or non-ASCII character. Throws `HeaderError`; never rewrites the value.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Location
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2
 * @param value The URL, e.g. `/login?next=%2Fhome`.
 * @example
 * ```ts
 * import { location, respond } from "typed-headers";
 * const next = location(["", "account"].join("/"));
 * const res = respond().status(303).header("Location", next).build();
 * ```
 */
export function location(value: string): LocationValue {
  return checkUrl("Location", needString("Location", value)) as LocationValue;
}

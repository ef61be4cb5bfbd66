// Small list headers: Allow (RFC 9110 §10.2.1), Content-Encoding (RFC 9110 §8.4), Accept-Ranges
// (RFC 9110 §14.3) and Clear-Site-Data (W3C Clear Site Data §3.1).
//
//   Allow            = #method                       ; method = token, case-sensitive
//   Content-Encoding = #content-coding               ; content-coding = token, case-insensitive
//   Accept-Ranges    = acceptable-ranges             ; 1#range-unit / "none"
//   Clear-Site-Data  = 1#( quoted-string )           ; "cache", "cookies", "storage", …
//
// Lints beyond the grammar, each with the branded validator as its escape hatch: a lower-case standard
// method (`get`) is refused, since methods are case-sensitive and `get` is not `GET`; `identity` is refused
// in Content-Encoding (RFC 9110 §8.4.1 reserves it for Accept-Encoding); an unquoted Clear-Site-Data
// directive is refused, since browsers ignore it.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import { TOKEN_RE, checkList, joinList, show, splitList, type IsToken, type Ows, type IsDynamic } from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

type Trim<TText extends string> = TText extends `${Ows}${infer TRest}` ? Trim<TRest> : TText extends `${infer TRest}${Ows}` ? Trim<TRest> : TText;

/**
 * The methods of RFC 9110 §9, PATCH (RFC 5789) and QUERY.
 *
 * @see https://www.iana.org/assignments/http-methods
 * @example
 * ```ts
 * import type { HttpMethod } from "typed-headers";
 * const method: HttpMethod = "GET";
 * ```
 */
export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "DELETE" | "CONNECT" | "OPTIONS" | "TRACE" | "PATCH" | "QUERY";

/**
 * What is wrong with a literal method, as a sentence, or `never`.
 *
 * @example
 * ```ts
 * import type { MethodProblem } from "typed-headers";
 * type Problem = MethodProblem<"get">; // "methods are case-sensitive: write 'GET'"
 * ```
 */
export type MethodProblem<TMethod extends string> = TMethod extends HttpMethod
  ? never
  : Uppercase<TMethod> extends HttpMethod
    ? `methods are case-sensitive: write '${Uppercase<TMethod>}'`
    : IsToken<TMethod> extends true
      ? never
      : "a method is a token (letters, digits and !#$%&'*+-.^_`|~)";

/**
 * What one method argument of `allow()` accepts: a valid literal, or a `string` checked at run time.
 *
 * @example
 * ```ts
 * import type { MethodArg } from "typed-headers";
 * type Accepted = MethodArg<"GET">; // "GET"
 * ```
 */
export type MethodArg<TMethod extends string> = IsDynamic<TMethod> extends true
  ? TMethod
  : TMethod extends HttpMethod
    ? TMethod
    : TMethod extends ""
      ? HttpMethod
      : [MethodProblem<TMethod>] extends [never]
        ? TMethod
        :
            | Extract<HttpMethod, `${Uppercase<NoInfer<TMethod>>}${string}`>
            | HeaderTypeError<`Invalid method '${NoInfer<TMethod>}': ${MethodProblem<NoInfer<TMethod>>}`>;

/**
 * The content codings IANA registers for Content-Encoding (without `identity`, which it may not carry).
 *
 * @see https://www.iana.org/assignments/http-parameters/http-parameters.xhtml#content-coding
 * @example
 * ```ts
 * import type { ContentCoding } from "typed-headers";
 * const coding: ContentCoding = "br";
 * ```
 */
export type ContentCoding = "gzip" | "br" | "zstd" | "deflate" | "compress" | "dcb" | "dcz" | "aes128gcm" | "exi" | "pack200-gzip" | "x-gzip" | "x-compress";

/**
 * What is wrong with a literal content coding, as a sentence, or `never`.
 *
 * @example
 * ```ts
 * import type { ContentCodingProblem } from "typed-headers";
 * type Problem = ContentCodingProblem<"identity">;
 * ```
 */
export type ContentCodingProblem<TCoding extends string> = Lowercase<TCoding> extends "identity"
  ? "'identity' means no encoding: omit Content-Encoding instead"
  : IsToken<TCoding> extends true
    ? never
    : "a content coding is a token such as 'gzip' or 'br'";

/**
 * What one argument of `contentEncoding()` accepts: a valid literal, or a `string` checked at run time.
 *
 * @example
 * ```ts
 * import type { ContentCodingArg } from "typed-headers";
 * type Accepted = ContentCodingArg<"gzip">; // "gzip"
 * ```
 */
export type ContentCodingArg<TCoding extends string> = IsDynamic<TCoding> extends true
  ? TCoding
  : TCoding extends ContentCoding
    ? TCoding
    : TCoding extends ""
      ? ContentCoding
      : [ContentCodingProblem<TCoding>] extends [never]
        ? TCoding
        :
            | Extract<ContentCoding, `${NoInfer<TCoding>}${string}`>
            | HeaderTypeError<`Invalid content coding '${NoInfer<TCoding>}': ${ContentCodingProblem<NoInfer<TCoding>>}`>;

/**
 * The Clear-Site-Data directives: what the browser clears for the response's origin.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Clear-Site-Data
 * @see https://w3c.github.io/webappsec-clear-site-data/#grammardef-type
 * @example
 * ```ts
 * import type { ClearSiteDataDirective } from "typed-headers";
 * const directive: ClearSiteDataDirective = "cookies";
 * ```
 */
export type ClearSiteDataDirective =
  | "cache" | "cookies" | "storage" | "executionContexts" | "clientHints" | "prefetchCache" | "prerenderCache" | "*";

/**
 * What one argument of `clearSiteData()` accepts: a known directive (unquoted; the builder quotes it).
 *
 * @example
 * ```ts
 * import type { ClearSiteDataArg } from "typed-headers";
 * type Accepted = ClearSiteDataArg<"cache">; // "cache"
 * ```
 */
export type ClearSiteDataArg<TDirective extends string> = IsDynamic<TDirective> extends true
  ? TDirective
  : TDirective extends ClearSiteDataDirective
    ? TDirective
    : TDirective extends `"${infer TInner}"`
      ? HeaderTypeError<`Invalid Clear-Site-Data directive '${NoInfer<TDirective>}': pass it without quotes, e.g. '${NoInfer<TInner>}'; clearSiteData() quotes it`>
      :
          | Extract<ClearSiteDataDirective, `${NoInfer<TDirective>}${string}`>
          | HeaderTypeError<`Invalid Clear-Site-Data directive '${NoInfer<TDirective>}': expected cache, cookies, storage, executionContexts, clientHints, prefetchCache, prerenderCache or *`>;

type ListProblem<TText extends string, TItem extends "method" | "coding" | "unit"> = TText extends `${infer THead},${infer TRest}`
  ? ItemProblem<Trim<THead>, TItem> extends infer TProblem extends string
    ? [TProblem] extends [never] ? ListProblem<TRest, TItem> : TProblem
    : never
  : ItemProblem<Trim<TText>, TItem>;

type ItemProblem<TText extends string, TItem extends "method" | "coding" | "unit"> = TText extends ""
  ? "an empty list item"
  : TItem extends "method"
    ? MethodProblem<TText>
    : TItem extends "coding"
      ? ContentCodingProblem<TText>
      : IsToken<TText> extends true
        ? never
        : "a range unit is a token such as 'bytes', or 'none'";

type DirectivesProblem<TText extends string> = TText extends `${infer THead},${infer TRest}`
  ? DirectiveProblem<Trim<THead>> extends infer TProblem extends string
    ? [TProblem] extends [never] ? DirectivesProblem<TRest> : TProblem
    : never
  : DirectiveProblem<Trim<TText>>;

type DirectiveProblem<TText extends string> = TText extends `"${infer TInner}"`
  ? TInner extends ClearSiteDataDirective
    ? never
    : `'${TInner}' is not a Clear-Site-Data directive (cache, cookies, storage, executionContexts, clientHints, prefetchCache, prerenderCache, *)`
  : TText extends ClearSiteDataDirective
    ? `directives are quoted strings: write '"${TText}"'`
    : `expected a quoted directive such as '"cache"', got '${TText}'`;

/**
 * An Allow value checked by {@link allow}.
 *
 * @example
 * ```ts
 * import { allow, type AllowValue } from "typed-headers";
 * const value: AllowValue = allow("GET, HEAD");
 * ```
 */
export type AllowValue = Brand<string, "Allow">;

/**
 * A Content-Encoding value checked by {@link contentEncoding}.
 *
 * @example
 * ```ts
 * import { contentEncoding, type ContentEncodingValue } from "typed-headers";
 * const value: ContentEncodingValue = contentEncoding("gzip");
 * ```
 */
export type ContentEncodingValue = Brand<string, "ContentEncoding">;

/**
 * An Accept-Ranges value checked by {@link acceptRanges}.
 *
 * @example
 * ```ts
 * import { acceptRanges, type AcceptRangesValue } from "typed-headers";
 * const value: AcceptRangesValue = acceptRanges("bytes");
 * ```
 */
export type AcceptRangesValue = Brand<string, "AcceptRanges">;

/**
 * A Clear-Site-Data value checked by {@link clearSiteData}.
 *
 * @example
 * ```ts
 * import { clearSiteData, type ClearSiteDataValue } from "typed-headers";
 * const value: ClearSiteDataValue = clearSiteData('"cache", "cookies"');
 * ```
 */
export type ClearSiteDataValue = Brand<string, "ClearSiteData">;

/**
 * What `header("Allow", …)` accepts: a literal comma-separated list of methods, or an {@link AllowValue}.
 *
 * @example
 * ```ts
 * import type { AllowArg } from "typed-headers";
 * type Accepted = AllowArg<"GET, HEAD">; // "GET, HEAD"
 * ```
 */
export type AllowArg<TValue extends string> = TValue extends AllowValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Allow must be checked first: pass allow(value)">
    : TValue extends ""
      ? TValue
      : [ListProblem<TValue, "method">] extends [never]
        ? TValue
        : HeaderTypeError<`Invalid Allow '${NoInfer<TValue>}': ${ListProblem<NoInfer<TValue>, "method">}`>;

/**
 * What `header("Content-Encoding", …)` accepts: a literal list of content codings, or a
 * {@link ContentEncodingValue}.
 *
 * @example
 * ```ts
 * import type { ContentEncodingArg } from "typed-headers";
 * type Accepted = ContentEncodingArg<"br">; // "br"
 * ```
 */
export type ContentEncodingArg<TValue extends string> = TValue extends ContentEncodingValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Content-Encoding must be checked first: pass contentEncoding(value)">
    : TValue extends ContentCoding
      ? TValue
      : TValue extends ""
        ? ContentCoding
        : [ListProblem<TValue, "coding">] extends [never]
          ? TValue
          :
              | Extract<ContentCoding, `${NoInfer<TValue>}${string}`>
              | HeaderTypeError<`Invalid Content-Encoding '${NoInfer<TValue>}': ${ListProblem<NoInfer<TValue>, "coding">}`>;

/**
 * What `header("Accept-Ranges", …)` accepts: `bytes`, `none`, a literal list of range units, or an
 * {@link AcceptRangesValue}.
 *
 * @example
 * ```ts
 * import type { AcceptRangesArg } from "typed-headers";
 * type Accepted = AcceptRangesArg<"bytes">; // "bytes"
 * ```
 */
export type AcceptRangesArg<TValue extends string> = TValue extends AcceptRangesValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Accept-Ranges must be checked first: pass acceptRanges(value)">
    : TValue extends "bytes" | "none"
      ? TValue
      : TValue extends ""
        ? "bytes" | "none"
        : [ListProblem<TValue, "unit">] extends [never]
          ? TValue
          :
              | Extract<"bytes" | "none", `${NoInfer<TValue>}${string}`>
              | HeaderTypeError<`Invalid Accept-Ranges '${NoInfer<TValue>}': ${ListProblem<NoInfer<TValue>, "unit">}`>;

/**
 * What `header("Clear-Site-Data", …)` accepts: a literal list of quoted directives, or a
 * {@link ClearSiteDataValue}.
 *
 * @example
 * ```ts
 * import type { ClearSiteDataHeaderArg } from "typed-headers";
 * type Accepted = ClearSiteDataHeaderArg<'"cache"'>; // '"cache"'
 * ```
 */
export type ClearSiteDataHeaderArg<TValue extends string> = TValue extends ClearSiteDataValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Clear-Site-Data must be checked first: pass clearSiteData(value)">
    : TValue extends ""
      ? `"${ClearSiteDataDirective}"`
      : [DirectivesProblem<TValue>] extends [never]
        ? TValue
        :
            | Extract<`"${ClearSiteDataDirective}"`, `${NoInfer<TValue>}${string}`>
            | HeaderTypeError<`Invalid Clear-Site-Data '${NoInfer<TValue>}': ${DirectivesProblem<NoInfer<TValue>>}`>;

// ---------------------------------------------------------------------------------------------------
// Run time

const METHODS = "GET HEAD POST PUT DELETE CONNECT OPTIONS TRACE PATCH QUERY".split(" ");
const DIRECTIVES = "cache cookies storage executionContexts clientHints prefetchCache prerenderCache *".split(" ");
const QUOTED_RE = /^"[^"]*"$/u;

/** A list item's problem function: `expected a <what> string` for a non-string, else what `check` says. */
function itemCheck(what: string, check: (item: string) => string | undefined): (item: unknown) => string | undefined {
  return (item) => (typeof item === "string" ? check(item) : `expected a ${what} string, got ${typeof item}`);
}

const tokenProblem = (item: string, what: string): string | undefined =>
  TOKEN_RE.test(item) ? undefined : `${show(item)}: a ${what} is a token (letters, digits and !#$%&'*+-.^_\`|~)`;

const methodProblem = /* @__PURE__ */ itemCheck("method", (method) =>
  METHODS.includes(method) || !METHODS.includes(method.toUpperCase())
    ? tokenProblem(method, "method")
    : `${show(method)}: methods are case-sensitive: write '${method.toUpperCase()}'`,
);

const codingProblem = /* @__PURE__ */ itemCheck("content coding", (coding) =>
  coding.toLowerCase() === "identity" ? "'identity' means no encoding: omit Content-Encoding instead" : tokenProblem(coding, "content coding"),
);

const unitProblem = /* @__PURE__ */ itemCheck("range unit", (unit) => tokenProblem(unit, "range unit"));

const directiveProblem = /* @__PURE__ */ itemCheck("directive", (directive) =>
  DIRECTIVES.includes(directive) ? undefined : `${show(directive)} is not a Clear-Site-Data directive (${DIRECTIVES.join(", ")})`,
);

/**
 * Checks an Allow value at run time and brands it: a comma-separated list of methods (empty means none).
 * Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Allow
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1
 * @param value The field value, e.g. `GET, HEAD`.
 * @example
 * ```ts
 * import { allow, respond } from "typed-headers";
 * const res = respond().status(405).header("Allow", allow(["GET", "HEAD"].join(", "))).build();
 * ```
 */
export function allow(value: string): AllowValue {
  return checkList("Allow", value, methodProblem, true) as AllowValue;
}

/**
 * Writes Allow from a list of methods. Throws `HeaderError` for a method that is not a token or a
 * lower-case standard method.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1
 * @param methods The methods, e.g. `["GET", "HEAD"]`; none means the resource allows no method.
 * @example
 * ```ts
 * import { serializeAllow } from "typed-headers";
 * serializeAllow(["GET", "HEAD"]); // "GET, HEAD"
 * ```
 */
export function serializeAllow(methods: readonly string[]): AllowValue {
  return joinList("Allow", methods, methodProblem, "methods, e.g. ['GET', 'HEAD']") as AllowValue;
}

/**
 * Parses a comma-separated list header (Allow, Content-Encoding, Accept-Ranges) into its items.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.6.1
 * @param value The field value.
 * @example
 * ```ts
 * import { parseTokenList } from "typed-headers";
 * parseTokenList("GET, HEAD"); // ["GET", "HEAD"]
 * ```
 */
export function parseTokenList(value: string): string[] {
  return typeof value === "string" ? splitList(value).filter((item) => item !== "") : [];
}

/**
 * Checks a Content-Encoding value at run time and brands it: a list of content codings, not `identity`.
 * Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Encoding
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.4
 * @param value The field value, e.g. `gzip`.
 * @example
 * ```ts
 * import { contentEncoding, respond } from "typed-headers";
 * const res = respond().header("Content-Encoding", contentEncoding("br")).build();
 * ```
 */
export function contentEncoding(value: string): ContentEncodingValue {
  return checkList("Content-Encoding", value, codingProblem) as ContentEncodingValue;
}

/**
 * Writes Content-Encoding from the codings in the order they were applied.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.4
 * @param codings The content codings, e.g. `["gzip"]`.
 * @example
 * ```ts
 * import { serializeContentEncoding } from "typed-headers";
 * serializeContentEncoding(["gzip"]); // "gzip"
 * ```
 */
export function serializeContentEncoding(codings: readonly string[]): ContentEncodingValue {
  return joinList("Content-Encoding", codings, codingProblem, "content codings, e.g. ['gzip']", true) as ContentEncodingValue;
}

/**
 * Checks an Accept-Ranges value at run time and brands it: `none` or a list of range units. Throws
 * `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Accept-Ranges
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-14.3
 * @param value The field value, e.g. `bytes`.
 * @example
 * ```ts
 * import { acceptRanges, respond } from "typed-headers";
 * const res = respond().header("Accept-Ranges", acceptRanges("bytes")).build();
 * ```
 */
export function acceptRanges(value: string): AcceptRangesValue {
  return checkList("Accept-Ranges", value, unitProblem) as AcceptRangesValue;
}

/**
 * Checks a Clear-Site-Data value at run time and brands it: a list of quoted known directives. Throws
 * `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Clear-Site-Data
 * @see https://w3c.github.io/webappsec-clear-site-data/#header
 * @param value The field value, e.g. `"cache", "cookies"`.
 * @example
 * ```ts
 * import { clearSiteData, respond } from "typed-headers";
 * const res = respond().header("Clear-Site-Data", clearSiteData('"cookies"')).build();
 * ```
 */
export function clearSiteData(value: string): ClearSiteDataValue {
  return checkList("Clear-Site-Data", value, (item) =>
    QUOTED_RE.test(item)
      ? directiveProblem(item.slice(1, -1))
      : DIRECTIVES.includes(item)
        ? `directives are quoted strings: write '"${item}"'`
        : `expected a quoted directive such as '"cache"', got ${show(item)}`,
  ) as ClearSiteDataValue;
}

/**
 * Writes Clear-Site-Data from directive names, each quoted: `["cache", "cookies"]` → `"cache", "cookies"`.
 *
 * @see https://w3c.github.io/webappsec-clear-site-data/#header
 * @param directives The directives to clear.
 * @example
 * ```ts
 * import { serializeClearSiteData } from "typed-headers";
 * serializeClearSiteData(["cache", "cookies"]); // '"cache", "cookies"'
 * ```
 */
export function serializeClearSiteData(directives: readonly string[]): ClearSiteDataValue {
  joinList("Clear-Site-Data", directives, directiveProblem, "directives, e.g. ['cache', 'cookies']", true);
  return directives.map((directive) => `"${directive}"`).join(", ") as ClearSiteDataValue;
}

/**
 * Parses Clear-Site-Data into its directive names, without quotes; unknown ones are kept.
 *
 * @see https://w3c.github.io/webappsec-clear-site-data/#header
 * @param value The field value.
 * @example
 * ```ts
 * import { parseClearSiteData } from "typed-headers";
 * parseClearSiteData('"cache", "cookies"'); // ["cache", "cookies"]
 * ```
 */
export function parseClearSiteData(value: string): string[] {
  return parseTokenList(value).map((item) => (QUOTED_RE.test(item) ? item.slice(1, -1) : item));
}

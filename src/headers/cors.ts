// CORS response headers (Fetch Standard §3.2.3, "HTTP responses"):
//
//   Access-Control-Allow-Origin      = origin-or-null / "*"        ; one value, never a list
//   Access-Control-Allow-Credentials = %s"true"
//   Access-Control-Expose-Headers    = #field-name
//   Access-Control-Allow-Methods     = #method
//   Access-Control-Allow-Headers     = #field-name
//   Access-Control-Max-Age           = delta-seconds
//
// Browsers refuse `*` together with credentials, and compare the allowed origin with the request's
// Origin byte for byte, so an origin with a path or a trailing slash never matches: both are refused
// by the types and at run time. When the allowed origin is not `*`, the response varies by Origin.

import type { Brand } from "../brand.js";
import { checkFieldValue, type HeaderName, type HeaderValue } from "../header-name.js";
import { fail, type HeaderTypeError, type NoUnknownOptions } from "../errors.js";
import {
  checkOptions,
  DIGITS_RE,
  failValue,
  flag,
  isOrigin,
  isToken,
  pathProblem,
  seconds,
  titleCase,
  trimOws,
  type AllChars,
  type Alpha,
  type Digit,
  type IsDigits,
  type IsDynamic,
  type IsToken,
  type TrimOws,
} from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/**
 * An origin checked at run time by {@link corsOrigin}, for origins that come from a `string`.
 *
 * @example
 * ```ts
 * import { corsOrigin, type CorsOriginValue } from "typed-headers";
 * const origin: CorsOriginValue = corsOrigin("https://app.example");
 * ```
 */
export type CorsOriginValue = Brand<string, "CorsOrigin">;

/**
 * Options of the `cors()` preset: what the response to the actual (non-preflight) request carries.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/CORS
 * @see https://fetch.spec.whatwg.org/#http-responses
 * @example
 * ```ts
 * import type { CorsInit } from "typed-headers";
 * const init: CorsInit = { origin: "https://app.example", credentials: true, exposeHeaders: ["X-Request-Id"] };
 * ```
 */
export interface CorsInit {
  /** The one origin allowed to read the response (`https://app.example`), `*` for anyone, or `null`. */
  origin: string;
  /** Lets the page read the response of a request made with cookies; not with `origin: "*"`. */
  credentials?: true;
  /** Response headers beyond the safelisted ones that the page may read. */
  exposeHeaders?: readonly string[];
}

/**
 * Options of `preflight()`: the allowed origins (one, `*`, `null` or a list to match the request's
 * Origin against), and what the preflight answer allows.
 *
 * @see https://developer.mozilla.org/docs/Glossary/Preflight_request
 * @see https://fetch.spec.whatwg.org/#cors-preflight-fetch
 * @example
 * ```ts
 * import type { PreflightInit } from "typed-headers";
 * const init: PreflightInit = { origin: ["https://a.example", "https://b.example"], allowMethods: ["PUT", "DELETE"], maxAge: 600 };
 * ```
 */
export interface PreflightInit {
  /** The origin allowed, `*`, `null`, or a list of origins; the request's Origin is sent back when it matches. */
  origin: string | readonly string[];
  /** Lets the page send the request with cookies; not with `origin: "*"`. */
  credentials?: true;
  /** Methods beyond GET, HEAD and POST that the request may use. */
  allowMethods?: readonly string[];
  /** Request headers the request may carry; when left out, those the browser asks for are allowed. */
  allowHeaders?: readonly string[];
  /** How long, in seconds, the browser may cache this answer. */
  maxAge?: number;
}

type OriginProblem<TOrigin extends string> = TOrigin extends CorsOriginValue
  ? never
  : IsDynamic<TOrigin> extends true
    ? "a dynamic origin must be checked first: pass corsOrigin(value)"
    : TOrigin extends "*" | "null"
      ? never
      : TOrigin extends `${string},${string}` | `${string} ${string}`
        ? "Access-Control-Allow-Origin holds one origin, never a list: match the request's Origin and send that one"
        : TOrigin extends `${infer TScheme}://${infer THost}`
        ? AllChars<TScheme, Alpha | Digit | "+" | "-" | "."> extends false
          ? `'${TOrigin}' has no valid scheme`
          : THost extends `${string}/${string}`
            ? `'${TOrigin}' is not an origin, and browsers compare origins exactly: drop the path${THost extends `${string}/` ? " (the trailing /)" : ""}`
            : THost extends ""
              ? `'${TOrigin}' has no host`
              : AllChars<THost, Alpha | Digit | "-" | "." | ":" | "[" | "]"> extends true
                ? never
                : THost extends `*${string}`
                  ? "CORS allows one origin or '*', never a pattern: match the request's Origin yourself and pass it through corsOrigin()"
                  : `'${TOrigin}' has a character no host holds`
        : `'${TOrigin}' is not an origin such as https://a.example, '*' or 'null'`;

type TokenListProblem<TList, TWhat extends string> = TList extends readonly [infer THead extends string, ...infer TRest]
  ? [TokenProblem<THead, TWhat>] extends [never]
    ? TokenListProblem<TRest, TWhat>
    : TokenProblem<THead, TWhat>
  : TList extends readonly (infer TItem extends string)[]
    ? TokenProblem<TItem, TWhat>
    : never;

type TokenProblem<TItem extends string, TWhat extends string> = TItem extends HeaderName
  ? never
  : IsDynamic<TItem> extends true
    ? `a dynamic ${TWhat} name must be checked first: pass headerName(name)`
    : IsToken<TItem> extends true
      ? never
      : `${TWhat} '${TItem}' is not a token (letters, digits and !#$%&'*+-.^_\`|~)`;

type OriginsProblem<TOrigins> = TOrigins extends string
  ? OriginProblem<TOrigins>
  : TOrigins extends readonly [infer THead extends string, ...infer TRest]
    ? [OriginProblem<THead>] extends [never]
      ? THead extends "*"
        ? "'*' goes alone, not in a list"
        : OriginsProblem<TRest>
      : OriginProblem<THead>
    : TOrigins extends readonly (infer TItem extends string)[]
      ? OriginProblem<TItem>
      : never;

type CredentialsCheck<TOptions> = TOptions extends { credentials: true; origin: "*" }
  ? { credentials: HeaderTypeError<"credentials: true cannot go with origin '*' (browsers refuse it): name the origin, e.g. origin: 'https://app.example'"> }
  : unknown;

/**
 * The compile-time check of `cors()` options: `unknown` when fine, else the error on the offending property.
 *
 * @example
 * ```ts
 * import type { CorsCheck } from "typed-headers";
 * type Fine = CorsCheck<{ origin: "https://app.example"; credentials: true }>; // unknown
 * ```
 */
export type CorsCheck<TOptions extends CorsInit> = NoUnknownOptions<TOptions, CorsInit> & CorsRules<TOptions>;

type CorsRules<TOptions extends CorsInit> = [OriginProblem<TOptions["origin"]>] extends [never]
  ? CredentialsCheck<TOptions> &
      ([TokenListProblem<TOptions["exposeHeaders"], "header">] extends [never]
        ? unknown
        : { exposeHeaders: HeaderTypeError<`Invalid exposeHeaders: ${TokenListProblem<TOptions["exposeHeaders"], "header">}`> })
  : { origin: HeaderTypeError<`Invalid CORS origin: ${OriginProblem<TOptions["origin"]>}`> };

/**
 * The compile-time check of `preflight()` options: `unknown` when fine, else the error on the offending property.
 *
 * @example
 * ```ts
 * import type { PreflightCheck } from "typed-headers";
 * type Fine = PreflightCheck<{ origin: readonly ["https://a.example"]; maxAge: 600 }>; // unknown
 * ```
 */
export type PreflightCheck<TOptions extends PreflightInit> = NoUnknownOptions<TOptions, PreflightInit> & PreflightRules<TOptions>;

type PreflightRules<TOptions extends PreflightInit> = [OriginsProblem<TOptions["origin"]>] extends [never]
  ? CredentialsCheck<TOptions> &
      ([TokenListProblem<TOptions["allowMethods"], "method">] extends [never]
        ? unknown
        : { allowMethods: HeaderTypeError<`Invalid allowMethods: ${TokenListProblem<TOptions["allowMethods"], "method">}`> }) &
      ([TokenListProblem<TOptions["allowHeaders"], "header">] extends [never]
        ? unknown
        : { allowHeaders: HeaderTypeError<`Invalid allowHeaders: ${TokenListProblem<TOptions["allowHeaders"], "header">}`> }) &
      (TOptions["maxAge"] extends number
        ? number extends TOptions["maxAge"]
          ? unknown
          : IsDigits<`${TOptions["maxAge"]}`> extends true
            ? unknown
            : { maxAge: HeaderTypeError<`maxAge must be a whole number of seconds, 0 or more, not ${TOptions["maxAge"]}`> }
        : unknown)
  : { origin: HeaderTypeError<`Invalid CORS origin: ${OriginsProblem<TOptions["origin"]>}`> };

type TextListProblem<TText extends string, TWhat extends string> = TText extends `${infer THead},${infer TRest}`
  ? IsToken<TrimOws<THead>> extends true
    ? TextListProblem<TRest, TWhat>
    : `${TWhat} '${TrimOws<THead>}' is not a token`
  : IsToken<TrimOws<TText>> extends true
    ? never
    : `${TWhat} '${TrimOws<TText>}' is not a token`;

type DynamicError<THeader extends string> = HeaderTypeError<`A dynamic ${THeader} must be checked first: pass headerValue(value), or use cors() / preflight()`>;

/**
 * What `header()` accepts for the CORS headers, by lower-case name.
 *
 * @example
 * ```ts
 * import type { CorsHeaderArgs } from "typed-headers";
 * type Accepted = CorsHeaderArgs<"https://a.example">["access-control-allow-origin"];
 * ```
 */
export interface CorsHeaderArgs<TValue extends string> {
  "access-control-allow-origin": [OriginProblem<TValue>] extends [never]
    ? TValue
    : HeaderTypeError<`Invalid Access-Control-Allow-Origin '${NoInfer<TValue>}': ${OriginProblem<NoInfer<TValue>>}`>;
  "access-control-allow-credentials": TValue extends HeaderValue
    ? TValue
    : IsDynamic<TValue> extends true
      ? DynamicError<"Access-Control-Allow-Credentials">
      : TValue extends "true"
        ? TValue
        : TValue extends ""
          ? "true"
          : HeaderTypeError<"Access-Control-Allow-Credentials is 'true' or absent: delete the header instead of sending false">;
  "access-control-allow-methods": TokenListArg<TValue, "Access-Control-Allow-Methods", "method">;
  "access-control-allow-headers": TokenListArg<TValue, "Access-Control-Allow-Headers", "header">;
  "access-control-expose-headers": TokenListArg<TValue, "Access-Control-Expose-Headers", "header">;
  "access-control-max-age": TValue extends HeaderValue
    ? TValue
    : IsDynamic<TValue> extends true
      ? DynamicError<"Access-Control-Max-Age">
      : IsDigits<TValue> extends true
        ? TValue
        : HeaderTypeError<`Invalid Access-Control-Max-Age '${NoInfer<TValue>}': expected a whole number of seconds`>;
}

type TokenListArg<TValue extends string, THeader extends string, TWhat extends string> = TValue extends HeaderValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? DynamicError<THeader>
    : [TextListProblem<TValue, TWhat>] extends [never]
      ? TValue
      : HeaderTypeError<`Invalid ${THeader} '${NoInfer<TValue>}': ${TextListProblem<NoInfer<TValue>, TWhat>}`>;

// ---------------------------------------------------------------------------------------------------
// Run time

// Lower case, as the builder stores names; errors name them in their usual spelling (titleCase).
const AC = "access-control-";
const ORIGIN = `${AC}allow-origin`;
const CREDENTIALS = `${AC}allow-credentials`;
const METHODS = `${AC}allow-methods`;
const HEADERS = `${AC}allow-headers`;
const EXPOSE = `${AC}expose-headers`;
const MAX_AGE = `${AC}max-age`;

const refuse = (header: string, problem: string): never => fail(titleCase(header), problem);

function checkOrigin(origin: unknown): string {
  const problem =
    typeof origin !== "string"
      ? `expected a string origin, got ${typeof origin}`
      : origin === "*" || origin === "null" || (isOrigin(origin) && !origin.includes("*"))
        ? undefined
        : /[, ]/u.test(origin)
          ? "the header holds one origin, never a list: send the request's Origin if allowed"
          : (pathProblem(origin) ??
            (origin.includes("://*")
              ? "CORS allows one origin or '*', never a pattern: match the request's Origin, then corsOrigin() it"
              : `'${origin}' is not an origin such as https://a.example, '*' or 'null'`));
  return problem === undefined ? (origin as string) : refuse(ORIGIN, problem);
}

// Checks one copy of a list of methods or header names (a Proxy must not change it before it is written);
// `text` is the header text the list was read from, quoted before the problem.
function checkTokens(header: string, what: string, given: unknown, text = ""): string {
  const list: unknown[] = Array.isArray(given) ? [...(given as unknown[])] : [];
  if (list.length === 0) refuse(header, `expected a non-empty array of ${what} names`);
  for (const item of list) {
    if (typeof item !== "string" || !isToken(item)) {
      refuse(header, `${text && `${JSON.stringify(text)}: `}${what} '${String(item)}' is not a token (letters, digits and !#$%&'*+-.^_\`|~)`);
    }
  }
  return list.join(", ");
}

function checkCredentials(origin: string, credentials: unknown): boolean {
  const on = flag(titleCase(CREDENTIALS), "credentials", credentials);
  return on && origin === "*" ? refuse(CREDENTIALS, "credentials: true cannot go with origin '*': name the origin") : on;
}

/**
 * Checks an origin for Access-Control-Allow-Origin at run time and brands it: a serialized origin
 * (scheme, host, optional port; no path), `*` or `null`. Throws `HeaderError`.
 *
 * @see https://fetch.spec.whatwg.org/#http-access-control-allow-origin
 * @param value The origin, typically the request's `Origin` after you matched it against your list.
 * @example
 * ```ts
 * import { corsOrigin, cors, respond } from "typed-headers";
 * const request = new Request("https://api.example/data", { headers: { Origin: "https://app.example" } });
 * const origin = corsOrigin(request.headers.get("Origin") ?? "null");
 * const res = respond().use(cors({ origin })).json({ ok: true });
 * ```
 */
export function corsOrigin(value: string): CorsOriginValue {
  return checkOrigin(value) as CorsOriginValue;
}

/**
 * The field lines of a CORS response, checked: Access-Control-Allow-Origin, -Allow-Credentials,
 * -Expose-Headers, and `Vary: Origin` when the origin is not `*`. Throws `HeaderError`.
 *
 * @see https://fetch.spec.whatwg.org/#http-responses
 * @param init The options.
 * @example
 * ```ts
 * import { serializeCors } from "typed-headers";
 * serializeCors({ origin: "https://app.example", credentials: true });
 * // [["access-control-allow-origin", "https://app.example"], ["access-control-allow-credentials", "true"], ["vary", "Origin"]]
 * ```
 */
export function serializeCors(init: CorsInit): Array<[string, string]> {
  checkOptions(titleCase(ORIGIN), init, "origin credentials? exposeHeaders?");
  const origin = checkOrigin(init.origin);
  const lines: Array<[string, string]> = [[ORIGIN, origin]];
  if (checkCredentials(origin, init.credentials)) lines.push([CREDENTIALS, "true"]);
  if (init.exposeHeaders !== undefined) lines.push([EXPOSE, checkTokens(EXPOSE, "header", init.exposeHeaders)]);
  if (origin !== "*") lines.push(["vary", "Origin"]);
  return lines;
}

/**
 * Answers a CORS preflight: the field lines to send with a 204, or `undefined` when the request's
 * Origin is not allowed (the caller answers 403). Checks the options; throws `HeaderError`.
 *
 * @see https://fetch.spec.whatwg.org/#cors-preflight-fetch
 * @param request The `OPTIONS` request's Origin, Access-Control-Request-Headers.
 * @param init The options.
 * @example
 * ```ts
 * import { preflightFields } from "typed-headers";
 * preflightFields({ origin: "https://a.example", requestHeaders: "content-type" }, { origin: "https://a.example", allowMethods: ["PUT"] });
 * ```
 */
export function preflightFields(
  request: { origin: string | null; requestHeaders: string | null },
  init: PreflightInit,
): Array<[string, string]> | undefined {
  checkOptions(titleCase(ORIGIN), init, "origin credentials? allowMethods? allowHeaders? maxAge?");
  // One read and one copy: the origins checked are the ones matched (a Proxy must not let an unchecked one in).
  const origins = [init.origin].flat() as unknown[];
  if (origins.length === 0) return refuse(ORIGIN, "expected an origin or a non-empty array of origins");
  for (const origin of origins) checkOrigin(origin);
  if (origins.length > 1 && origins.includes("*")) refuse(ORIGIN, "'*' goes alone, not in a list");
  const wildcard = origins[0] === "*";
  const credentials = checkCredentials(wildcard ? "*" : "", init.credentials);
  const methods = init.allowMethods === undefined ? undefined : checkTokens(METHODS, "method", init.allowMethods);
  let headers = init.allowHeaders === undefined ? undefined : checkTokens(HEADERS, "header", init.allowHeaders);
  const maxAge = init.maxAge === undefined ? undefined : seconds(titleCase(MAX_AGE), "maxAge", init.maxAge);
  const origin = request.origin;
  if (origin === null || (!wildcard && !origins.includes(origin))) return undefined;
  const lines: Array<[string, string]> = [[ORIGIN, wildcard ? "*" : origin]];
  const vary = wildcard ? [] : ["Origin"];
  if (credentials) lines.push([CREDENTIALS, "true"]);
  if (methods !== undefined) lines.push([METHODS, methods]);
  if (headers === undefined && request.requestHeaders) {
    // Reflect what the browser asks for, but only a clean list of tokens: it comes from the client.
    const asked = request.requestHeaders.split(",").map((name) => trimOws(name));
    if (asked.every((name) => isToken(name))) {
      headers = asked.join(", ");
      vary.push("Access-Control-Request-Headers");
    }
  }
  if (headers !== undefined) lines.push([HEADERS, headers]);
  if (maxAge !== undefined) lines.push([MAX_AGE, String(maxAge)]);
  if (vary.length > 0) lines.push(["vary", vary.join(", ")]);
  return lines;
}

// Checks header text: a comma-separated list of tokens.
function checkTokenText(header: string, what: string): (value: string) => string {
  return (value) => {
    checkTokens(header, what, checkFieldValue(titleCase(header), value).split(",").map((name) => trimOws(name)), value);
    return value;
  };
}

/** Run-time checks of the CORS headers for `header()`, by lower-case name; each returns the value unchanged. */
export const corsValueChecks: Readonly<Record<string, (value: string) => string>> = {
  [ORIGIN]: checkOrigin,
  [CREDENTIALS]: (value) => (value === "true" ? value : failValue(titleCase(CREDENTIALS), value, "the value is 'true' or the header is absent")),
  [METHODS]: checkTokenText(METHODS, "method"),
  [HEADERS]: checkTokenText(HEADERS, "header"),
  [EXPOSE]: checkTokenText(EXPOSE, "header"),
  [MAX_AGE]: (value) => (DIGITS_RE.test(value) ? value : failValue(titleCase(MAX_AGE), value, "expected a whole number of seconds")),
};

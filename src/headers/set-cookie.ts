// Set-Cookie (RFC 6265 §4.1, draft-ietf-httpbis-rfc6265bis §4.1 and §5.6) with the rules browsers
// enforce by dropping the cookie without a word.
//
//   set-cookie   = cookie-pair *( ";" SP cookie-av )
//   cookie-pair  = cookie-name "=" cookie-value
//   cookie-name  = token
//   cookie-value = *cookie-octet / ( DQUOTE *cookie-octet DQUOTE )
//   cookie-octet = %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E
//
// On top of the grammar, the types and the run time both check what rfc6265bis makes browsers refuse:
// the name prefixes (§4.1.3: `__Secure-`, `__Host-`, and the `__Http-` and `__Host-Http-` prefixes
// browsers have since added), `SameSite=None` without `Secure` (§5.6.7), `Partitioned` without `Secure`
// (CHIPS), and lifetimes above 400 days (§5.6.1, §5.6.2: browsers cap them). The run time alone checks
// the size limits of §5.6 (4096 bytes for name and value, 1024 bytes for an attribute value).
//
// Each call writes one Set-Cookie field: a response with two cookies has two fields, never one folded line.

import type { Brand } from "../brand.js";
import { checkOptionKeys, fail, type HeaderTypeError } from "../errors.js";
import {
  httpDate,
  isOptions,
  kindOf,
  TOKEN_RE,
  type Alpha,
  type Digit,
  type IsDigits,
  type ObsText,
  type OnlyChars,
  type SkipAllowed,
  type TChar,
  type VChar,
  trimOws,
} from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/** RFC 6265 §4.1.1 cookie-octet: visible ASCII but `"`, `,`, `;` and `\`. */
type CookieOctet =
  | Alpha
  | Digit
  | "!" | "#" | "$" | "%" | "&" | "'" | "(" | ")" | "*" | "+" | "-" | "." | "/" | ":" | "<" | "=" | ">" | "?"
  | "@" | "[" | "]" | "^" | "_" | "`" | "{" | "|" | "}" | "~";

/** What a Path attribute may hold: printable ASCII but `;` (RFC 6265 §4.1.1 path-value). */
type PathChar = Exclude<VChar, ObsText | ";"> | " ";

/** Letters, digits and hyphen: the characters of a domain label (RFC 1123 §2.1). */
type LdhChar = Alpha | Digit | "-";

/**
 * The cookie name prefixes browsers enforce; `cookie("` completes them.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie#cookie_prefixes
 * @see https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-4.1.3
 * @example
 * ```ts
 * import type { CookiePrefix } from "typed-headers";
 * const prefix: CookiePrefix = "__Host-";
 * ```
 */
export type CookiePrefix = "__Host-" | "__Secure-" | "__Host-Http-" | "__Http-";

/**
 * The `SameSite` values; the lower-case forms are accepted and written in canonical case.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie#samesitesamesite-value
 * @see https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.6.7
 * @example
 * ```ts
 * import type { CookieSameSite } from "typed-headers";
 * const sameSite: CookieSameSite = "Lax";
 * ```
 */
export type CookieSameSite = "Strict" | "Lax" | "None" | "strict" | "lax" | "none";

/**
 * The `Priority` values (a Chromium attribute); the lower-case forms are accepted and written in
 * canonical case.
 *
 * @see https://datatracker.ietf.org/doc/html/draft-west-cookie-priority-00#section-3
 * @example
 * ```ts
 * import type { CookiePriority } from "typed-headers";
 * const priority: CookiePriority = "High";
 * ```
 */
export type CookiePriority = "Low" | "Medium" | "High" | "low" | "medium" | "high";

/**
 * The attributes of a cookie, for `cookie(name, value, options)`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie
 * @see https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-4.1.2
 * @example
 * ```ts
 * import type { CookieOptions } from "typed-headers";
 * const options: CookieOptions = { httpOnly: true, secure: true, sameSite: "Lax", maxAge: 3600 };
 * ```
 */
export interface CookieOptions {
  /** Lifetime in seconds (`Max-Age`): a whole number from 0 to 34,560,000 (400 days, where browsers cap it). */
  maxAge?: number;
  /** Expiry date (`Expires`), at most 400 days ahead; `maxAge` wins in browsers when both are set. */
  expires?: Date;
  /** The host and its subdomains that receive the cookie (`Domain`), e.g. `example.com`; omit for this host only. */
  domain?: string;
  /** The path prefix that receives the cookie (`Path`), starting with `/`. */
  path?: string;
  /** Sent over HTTPS only (`Secure`). */
  secure?: true;
  /** Hidden from `document.cookie` (`HttpOnly`). */
  httpOnly?: true;
  /** Whether cross-site requests carry it (`SameSite`); `None` needs `secure`. */
  sameSite?: CookieSameSite;
  /** Stored per top-level site (`Partitioned`, CHIPS); needs `secure`. */
  partitioned?: true;
  /** Chromium's eviction priority (`Priority`). */
  priority?: CookiePriority;
}

/**
 * The attributes `clearCookie(name, options)` takes: those of {@link CookieOptions} but the lifetime,
 * which `clearCookie` sets to zero. Path, Domain and the prefix flags must match the cookie to clear.
 *
 * @example
 * ```ts
 * import type { ClearCookieOptions } from "typed-headers";
 * const options: ClearCookieOptions = { path: "/", secure: true };
 * ```
 */
export type ClearCookieOptions = Omit<CookieOptions, "maxAge" | "expires">;

/**
 * A cookie as an object: what {@link parseSetCookie} returns.
 *
 * @example
 * ```ts
 * import type { SetCookieInit } from "typed-headers";
 * const cookie: SetCookieInit = { name: "id", value: "42", path: "/", httpOnly: true };
 * ```
 */
export interface SetCookieInit extends Omit<CookieOptions, "sameSite" | "priority"> {
  /** The cookie name. */
  name: string;
  /** The cookie value as sent, double quotes included when it has them. */
  value: string;
  /** `SameSite`, in canonical case. */
  sameSite?: "Strict" | "Lax" | "None";
  /** `Priority`, in canonical case. */
  priority?: "Low" | "Medium" | "High";
}

/**
 * A cookie value checked by {@link cookieValue} or percent-encoded by {@link encodeCookieValue}: the only
 * `string` that `cookie()` accepts as a value when it is not a literal.
 *
 * @example
 * ```ts
 * import { cookieValue, type CookieValue } from "typed-headers";
 * const value: CookieValue = cookieValue("abc123");
 * ```
 */
export type CookieValue = Brand<string, "CookieValue">;

/**
 * A whole Set-Cookie field, checked, as {@link serializeSetCookie} writes it.
 *
 * @example
 * ```ts
 * import { serializeSetCookie, type SetCookieValue } from "typed-headers";
 * const field: SetCookieValue = serializeSetCookie("id", "42", { httpOnly: true });
 * ```
 */
export type SetCookieValue = Brand<string, "SetCookie">;

// The first character of `TText` outside `TAllowed`, or `never`. Unlike grammar's FirstBadChar, it knows
// template literal types: a `${number}` or `${bigint}` part passes when `TNumbers` is true (digits, '.',
// '-', '+' and 'e' are all allowed where it is used), and a `${string}` part comes back as `string`.
// Grammar's SkipAllowed passes the allowed characters first, four a step; the slow walk starts at the
// first other one.
type FirstBad<TText extends string, TAllowed extends string, TNumbers extends boolean> = string extends TText
  ? string
  : SkipAllowed<TText, TAllowed> extends infer TRest extends string
    ? FirstBadSlow<TRest, TAllowed, TNumbers>
    : never;

type FirstBadSlow<TText extends string, TAllowed extends string, TNumbers extends boolean> = string extends TText
  ? string
  : TText extends `${infer THead}${infer TRest}`
    ? THead extends TAllowed
      ? FirstBadSlow<TRest, TAllowed, TNumbers>
      : string extends THead
        ? string
        : TNumbers extends true
          ? `${number}` extends THead
            ? FirstBadSlow<TRest, TAllowed, TNumbers>
            : `${bigint}` extends THead
              ? FirstBadSlow<TRest, TAllowed, TNumbers>
              : THead
          : THead
    : never;

type DescribeBadValueChar<TBad extends string> = string extends TBad
  ? "a part of it is a dynamic string: pass cookieValue(value) to validate it, or encodeCookieValue(value) to percent-encode it"
  : `${TBad extends " "
      ? "a space is not allowed"
      : TBad extends "\""
        ? "a double quote is allowed only as one pair around the whole value"
        : TBad extends ","
          ? "',' is not allowed"
          : TBad extends ";"
            ? "';' is not allowed: it would end the value"
            : TBad extends "\\"
              ? "'\\' is not allowed"
              : TBad extends "\r" | "\n"
                ? "CR or LF is not allowed: it would split the header"
                : `'${TBad}' is not allowed (only visible ASCII but '"', ',', ';' and '\\')`}; percent-encode it with encodeCookieValue(value)`;

// `true` when a template literal type has a `${string}`, `${number}` or `${bigint}` part: the types
// cannot read it, so the run time checks it. Eight characters a step, like FirstBad.
type HasHole<TText extends string> = string extends TText
  ? true
  : TText extends `${infer T1}${infer T2}${infer T3}${infer T4}${infer T5}${infer T6}${infer T7}${infer T8}${infer TRest}`
    ? IsHole<T1 | T2 | T3 | T4 | T5 | T6 | T7 | T8> extends true
      ? true
      : HasHole<TRest>
    : TText extends `${infer THead}${infer TRest}`
      ? IsHole<THead> extends true
        ? true
        : HasHole<TRest>
      : false;

type IsHole<TChars extends string> = string extends TChars
  ? true
  : `${number}` extends TChars
    ? true
    : `${bigint}` extends TChars
      ? true
      : false;

type OctetsProblem<TText extends string> = FirstBad<TText, CookieOctet, true> extends infer TBad extends string
  ? [TBad] extends [never]
    ? never
    : DescribeBadValueChar<TBad>
  : never;

/**
 * What is wrong with a literal cookie value, as a sentence, or `never` when it is valid.
 *
 * @example
 * ```ts
 * import type { CookieValueProblem } from "typed-headers";
 * type Problem = CookieValueProblem<"a;b">; // "';' is not allowed: it would end the value; percent-encode it …"
 * ```
 */
export type CookieValueProblem<TValue extends string> = TValue extends `"${infer TInner}"`
  ? OctetsProblem<TInner>
  : OctetsProblem<TValue>;

/**
 * What is wrong with a literal cookie name, as a sentence, or `never` when it is a token.
 *
 * @example
 * ```ts
 * import type { CookieNameProblem } from "typed-headers";
 * type Problem = CookieNameProblem<"my cookie">; // "' ' is not allowed: a name is a token ..."
 * ```
 */
export type CookieNameProblem<TName extends string> = TName extends ""
  ? "a name cannot be empty"
  : FirstBad<TName, TChar, true> extends infer TBad extends string
    ? [TBad] extends [never]
      ? never
      : string extends TBad
        ? never
        : `'${TBad}' is not allowed: a name is a token (letters, digits and !#$%&'*+-.^_\`|~)`
    : never;

// `true` unless the options may hold `TWanted` at `TKey`: a literal that lacks it, or holds another value.
// A widened options type (a `CookieOptions` variable) may hold it, and is left to the run time.
type Lacks<TOptions, TKey extends PropertyKey, TWanted> = TKey extends keyof TOptions
  ? TWanted extends TOptions[TKey]
    ? false
    : true
  : true;

// `true` when the options surely hold a value at `TKey`.
type Holds<TOptions, TKey extends PropertyKey> = TKey extends keyof TOptions
  ? undefined extends TOptions[TKey]
    ? false
    : true
  : false;

type HostProblem<TPrefix extends string, TOptions, THttp extends boolean> =
  Lacks<TOptions, "secure", true> extends true
    ? `${TPrefix} cookies need secure: true`
    : THttp extends true
      ? Lacks<TOptions, "httpOnly", true> extends true
        ? `${TPrefix} cookies need httpOnly: true`
        : HostScopeProblem<TPrefix, TOptions>
      : HostScopeProblem<TPrefix, TOptions>;

type HostScopeProblem<TPrefix extends string, TOptions> = Lacks<TOptions, "path", "/"> extends true
  ? `${TPrefix} cookies need path: '/'`
  : Holds<TOptions, "domain"> extends true
    ? `${TPrefix} cookies cannot have a domain: remove it (the cookie stays on this host)`
    : never;

/**
 * What a cookie name's prefix asks of the options and they do not give, or `never`. Prefixes are
 * matched case-insensitively, as browsers do.
 *
 * @example
 * ```ts
 * import type { CookiePrefixProblem } from "typed-headers";
 * type Problem = CookiePrefixProblem<"__Host-id", { secure: true }>; // "__Host- cookies need path: '/'"
 * ```
 */
export type CookiePrefixProblem<TName extends string, TOptions> = Lowercase<TName> extends `__host-http-${string}`
  ? HostProblem<"__Host-Http-", TOptions, true>
  : Lowercase<TName> extends `__host-${string}`
    ? HostProblem<"__Host-", TOptions, false>
    : Lowercase<TName> extends `__http-${string}`
      ? Lacks<TOptions, "secure", true> extends true
        ? "__Http- cookies need secure: true"
        : Lacks<TOptions, "httpOnly", true> extends true
          ? "__Http- cookies need httpOnly: true"
          : never
      : Lowercase<TName> extends `__secure-${string}`
        ? Lacks<TOptions, "secure", true> extends true
          ? "__Secure- cookies need secure: true"
          : never
        : never;

/**
 * What `cookie()` and `clearCookie()` accept as a name: a token literal whose prefix rules the options
 * meet, or a `string` (checked at run time). `cookie("` completes the prefixes, and so does `cookie("__H`.
 *
 * @example
 * ```ts
 * import type { CookieNameArg } from "typed-headers";
 * type Accepted = CookieNameArg<"__Host-id", { secure: true; path: "/" }>; // "__Host-id"
 * ```
 */
export type CookieNameArg<TName extends string, TOptions> = string extends TName
  ? TName
  : TName extends ""
    ? CookiePrefix | HeaderTypeError<"A cookie name cannot be empty">
    : TName extends `_${string}`
      ? PrefixedNameArg<TName, TOptions>
      : OnlyChars<TName, TChar> extends true
        ? TName // a token that starts with no prefix (every prefix starts with '_'), nor with a part of one
        : PrefixedNameArg<TName, TOptions>;

type PrefixedNameArg<TName extends string, TOptions> = CookieNameProblem<TName> extends infer TProblem extends string
  ? [TProblem] extends [never]
    ? CookiePrefixProblem<TName, TOptions> extends infer TPrefixProblem extends string
      ? [TPrefixProblem] extends [never]
        ? TName | Extract<CookiePrefix, `${NoInfer<TName>}${string}`>
        : HeaderTypeError<`Invalid cookie '${NoInfer<TName>}': ${TPrefixProblem}`>
      : never
    : HeaderTypeError<`Invalid cookie name '${NoInfer<TName>}': ${TProblem}`>
  : never;

/**
 * What `cookie()` accepts as a value: a literal of cookie-octets (optionally in one pair of double
 * quotes), or a {@link CookieValue}; a plain `string` must go through `cookieValue()` or
 * `encodeCookieValue()` first.
 *
 * @example
 * ```ts
 * import type { CookieValueArg } from "typed-headers";
 * type Accepted = CookieValueArg<"abc123">; // "abc123"
 * ```
 */
export type CookieValueArg<TValue extends string> = TValue extends CookieValue
  ? TValue
  : string extends TValue
    ? HeaderTypeError<"A dynamic cookie value must be checked first: pass cookieValue(value) to validate it, or encodeCookieValue(value) to percent-encode it">
    : OnlyChars<TValue, CookieOctet> extends true
      ? TValue // cookie-octets only: no quotes to read, nothing to report
      : CookieValueProblem<TValue> extends infer TProblem extends string
        ? [TProblem] extends [never]
          ? TValue
          : HeaderTypeError<`Invalid cookie value '${NoInfer<TValue>}': ${TProblem}`>
        : never;

// `true` when the digit string `TDigits` (no leading zero) is more than 34560000: nine digits or more,
// or eight above it. Patterns, not a digit-by-digit walk: a `${number}` placeholder followed by another
// matches one character (a digit, here).
type MoreThan400Days<TDigits extends string> =
  TDigits extends `${number}${number}${number}${number}${number}${number}${number}${number}${number}`
    ? true
    : TDigits extends `${number}${number}${number}${number}${number}${number}${number}${number}`
      ? TDigits extends
          | `${"4" | "5" | "6" | "7" | "8" | "9"}${string}`
          | `3${"5" | "6" | "7" | "8" | "9"}${string}`
          | `34${"6" | "7" | "8" | "9"}${string}`
          | `345${"7" | "8" | "9"}${string}`
        ? true
        : TDigits extends `3456${string}`
          ? TDigits extends "34560000"
            ? false
            : true
          : false
      : false;

type AgeProblem<TAge extends number> = TAge extends number
  ? number extends TAge
    ? never
    : `${TAge}` extends `-${string}`
      ? `maxAge ${TAge} is negative: use clearCookie() to delete a cookie`
      : IsDigits<`${TAge}`> extends true
        ? MoreThan400Days<`${TAge}`> extends true
          ? `maxAge ${TAge} is more than 400 days: browsers cap it at 34560000 seconds`
          : never
        : `maxAge ${TAge} is not a whole number of seconds from 0 to 34560000`
  : never;

type PathProblem<TPath extends string> = TPath extends `/${string}`
  ? SkipAllowed<TPath, PathChar> extends ""
    ? TPath extends `${string} `
      ? `path '${TPath}' ends with a space, which parsers drop`
      : never // printable ASCII but ';' from the first character on: no hole, nothing else to read
    : PathCharsProblem<TPath>
  : PathCharsProblem<TPath>;

type PathCharsProblem<TPath extends string> = HasHole<TPath> extends true
  ? never
  : TPath extends `/${string}`
    ? FirstBad<TPath, PathChar, false> extends infer TBad extends string
      ? [TBad] extends [never]
        ? TPath extends `${string} `
          ? `path '${TPath}' ends with a space, which parsers drop`
          : never
        : TBad extends ";"
          ? `path '${TPath}' holds ';', which would end the attribute`
          : `path '${TPath}' holds a control character or a character above U+007E; percent-encode it`
      : never
    : `path '${TPath}' must start with '/'`;

type LabelProblem<TLabel extends string> = TLabel extends ""
  ? "has an empty label"
  : TLabel extends `-${string}` | `${string}-`
    ? `has a label '${TLabel}' that starts or ends with '-'`
    : FirstBad<TLabel, LdhChar, false> extends infer TBad extends string
      ? [TBad] extends [never]
        ? never
        : `holds '${TBad}': a domain is letters, digits and '-' in labels joined by '.'`
      : never;

type LabelsProblem<TDomain extends string> = TDomain extends `${infer TLabel}.${infer TRest}`
  ? [LabelProblem<TLabel>] extends [never]
    ? LabelsProblem<TRest>
    : LabelProblem<TLabel>
  : LabelProblem<TDomain>;

type DomainProblem<TDomain extends string> = HasHole<TDomain> extends true
  ? never
  : TDomain extends `.${infer TRest}`
    ? `domain '${TDomain}' starts with '.': write '${TRest}' (browsers ignore the dot; subdomains are included anyway)`
    : [LabelsProblem<TDomain>] extends [never]
      ? never
      : `domain '${TDomain}' ${LabelsProblem<TDomain>}`;

type NeedsSecure<TOptions> = Lacks<TOptions, "secure", true> extends true
  ? TOptions extends { readonly sameSite: "None" | "none" }
    ? { secure: HeaderTypeError<"sameSite: 'None' needs secure: true (browsers drop the cookie otherwise)"> }
    : TOptions extends { readonly partitioned: true }
      ? { secure: HeaderTypeError<"partitioned cookies need secure: true (browsers drop the cookie otherwise)"> }
      : unknown
  : unknown;

type PropertyCheck<TKey extends string, TProblem extends string> = [TProblem] extends [never]
  ? unknown
  : { [K in TKey]: HeaderTypeError<TProblem> };

type UnknownKeys<TOptions, TAllowed extends PropertyKey> = keyof TOptions extends TAllowed
  ? unknown
  : { [K in Exclude<keyof TOptions, TAllowed> & string]: HeaderTypeError<`'${K}' is not a cookie option: check the spelling (httpOnly, sameSite, maxAge, ...)`> };

/**
 * The compile-time checks of a cookie options literal: `unknown` when it is fine, else an object type
 * that puts a readable error on the offending property.
 *
 * @example
 * ```ts
 * import type { CookieOptionsCheck } from "typed-headers";
 * type Fine = CookieOptionsCheck<{ secure: true; sameSite: "None" }>; // unknown
 * ```
 */
export type CookieOptionsCheck<TOptions, TAllowed extends PropertyKey = keyof CookieOptions> = keyof TOptions extends TAllowed
  ? [TOptions] extends [PlainCookieOptions]
    ? unknown
    : CookieOptionsRules<TOptions, TAllowed>
  : CookieOptionsRules<TOptions, TAllowed>;

// Options that no rule below can refuse (no maxAge or domain to read, path "/", sameSite not None, not
// partitioned): checked by one assignability test instead of each rule. Its keys are known, so the
// rules would all give `unknown`.
type PlainCookieOptions = {
  readonly path?: "/";
  readonly sameSite?: "Strict" | "Lax" | "strict" | "lax";
  readonly partitioned?: false;
  readonly maxAge?: never;
  readonly domain?: never;
};

type CookieOptionsRules<TOptions, TAllowed extends PropertyKey> = NeedsSecure<TOptions> &
  UnknownKeys<TOptions, TAllowed> &
  ("maxAge" extends keyof TOptions
    ? PropertyCheck<"maxAge", TOptions extends { readonly maxAge: infer TAge extends number } ? AgeProblem<TAge> : never>
    : unknown) &
  ("path" extends keyof TOptions
    ? PropertyCheck<"path", TOptions extends { readonly path: infer TPath extends string } ? PathProblem<TPath> : never>
    : unknown) &
  ("domain" extends keyof TOptions
    ? PropertyCheck<"domain", TOptions extends { readonly domain: infer TDomain extends string } ? DomainProblem<TDomain> : never>
    : unknown);

// ---------------------------------------------------------------------------------------------------
// Run time

// The classes are written with the characters themselves: `[!#-+\--:<-[\]-~]` is %x21 / %x23-2B / %x2D-3A /
// %x3C-5B / %x5D-7E, and `[\x20-:<-~]` is %x20-3A / %x3C-7E.

/** RFC 6265 §4.1.1 cookie-value: cookie-octets, optionally in one pair of double quotes. */
const COOKIE_VALUE_RE = /^("?)[!#-+\--:<-[\]-~]*\1$/u;
/** The first character that is not a cookie-octet. */
const NOT_OCTET_RE = /[^!#-+\--:<-[\]-~]/u;
/** A path: `/`, then printable ASCII but `;`. */
const PATH_RE = /^\/[\x20-:<-~]*$/u;
/** One domain label: letters, digits and hyphens, not at either end, at most 63 characters. */
const LABEL_RE = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/u;

/** 400 days in seconds: the longest lifetime browsers keep (rfc6265bis §5.6.1). */
const MAX_AGE = 34_560_000;
const no = (reason: string): never => fail("Set-Cookie", reason);
const show = JSON.stringify;
/** The reason for an option of the wrong kind: "path must be a string, got number". */
const must = (key: string, what: string, got: string): never => no(`${key} must be ${what}, got ${got}`);

// The attributes in the order they are written; each option is its attribute's name in camel case.
// A name that ends in "=" takes a value; the others are flags.
const ATTRIBUTES = "; Max-Age=,; Expires=,; Domain=,; Path=,; Secure,; HttpOnly,; SameSite=,; Partitioned,; Priority=".split(",");
const KEYS = ATTRIBUTES.map((name) => (name[2] as string).toLowerCase() + name.slice(3).replace(/[-=]/gu, ""));
const KNOWN: ReadonlySet<string> = new Set(KEYS);
/** The attribute names in lower case ("max-age"), for the parser. */
const LOWER = ATTRIBUTES.map((name) => name.slice(2).replace("=", "").toLowerCase());
// Matched case-insensitively, in this order (`__Host-Http-` before `__Host-`).
const PREFIXES = "__Host-Http- __Host- __Http- __Secure-".split(" ");

const canonical = (names: string): ReadonlyMap<string, string> => new Map(names.split(" ").map((name) => [name.toLowerCase(), name]));
const SAME_SITE = canonical("Strict Lax None");
const PRIORITY = canonical("Low Medium High");

// Each check takes the option as given (`undefined` when it is not set) and returns the attribute's
// value, "" for a flag that is set, or `undefined` to leave the attribute out.

// `false` is what a JavaScript caller writes for "not set"; anything else but `true` is a mistake.
const flag = (value: unknown, key: string): string | undefined =>
  value === true ? "" : value === false || value === undefined ? undefined : must(key, "true or omitted", show(value));

const oneOf = (names: ReadonlyMap<string, string>, key: string) => (value: unknown): string | undefined =>
  value === undefined
    ? value
    : (typeof value == "string" && names.get(value.toLowerCase())) || must(key, `one of ${[...names.values()].join(", ")}`, show(value));
const sameSiteOf = oneOf(SAME_SITE, "sameSite");
const priorityOf = oneOf(PRIORITY, "priority");

const text = (value: unknown, key: string): string => (typeof value == "string" ? value : must(key, "a string", kindOf(value)));

const ageOf = (age: unknown): string | undefined =>
  age === undefined
    ? age
    : typeof age != "number" || !Number.isInteger(age)
      ? no(`maxAge ${String(age)} is not whole seconds from 0 to ${MAX_AGE}`)
      : age < 0
        ? no(`maxAge ${age} is negative; use clearCookie()`)
        : age > MAX_AGE
          ? no(`maxAge ${age} is over 400 days (${MAX_AGE} s)`)
          : String(age);

const expiresOf = (date: unknown): string | undefined => {
  if (date === undefined) return date;
  if (!(date instanceof Date)) return must("expires", "a Date", kindOf(date));
  const written = httpDate(date) ?? no(`expires ${String(date)} is not a date of the years 0 to 9999`);
  return date.getTime() - Date.now() > MAX_AGE * 1000 ? no(`expires ${written} is over 400 days ahead; use a nearer date`) : written;
};

const domainOf = (value: unknown): string | undefined => {
  if (value === undefined) return value;
  const domain = text(value, "domain");
  const label = domain.split(".").find((part) => !LABEL_RE.test(part));
  return domain[0] == "."
    ? no(`domain ${show(domain)} starts with '.': write ${show(domain.slice(1))}`)
    : domain.length > 253
      ? no(`domain ${show(`${domain.slice(0, 40)}…`)} is longer than 253 characters`)
      : label === undefined
        ? domain
        : no(`domain ${show(domain)} has an invalid label ${show(label)} (1 to 63 letters, digits, inner '-')`);
};

const pathOf = (value: unknown): string | undefined => {
  if (value === undefined) return value;
  const path = text(value, "path");
  const problem =
    path[0] != "/"
      ? "must start with '/'"
      : path.includes(";")
        ? "holds ';'; percent-encode it"
        : !PATH_RE.test(path)
          ? "holds a character outside U+0020-U+007E; percent-encode it"
          : path.endsWith(" ")
            ? "ends with a space; trim it"
            : "";
  // The path is ASCII here, so its length is its size; a path this long is not quoted whole.
  return problem
    ? no(`path ${show(path)} ${problem}`)
    : path.length > 1024
      ? no(`path is ${path.length} bytes, over 1024, which browsers ignore`)
      : path;
};

const yes = (): true => true;

/** Parses each attribute's text back, in the order of ATTRIBUTES; `undefined` skips it. */
const PARSERS: ReadonlyArray<(text: string) => unknown> = [
  (age) => (/^-?[0-9]+$/u.test(age) ? Number(age) : undefined),
  (date) => {
    const time = Date.parse(date);
    return time === time ? new Date(time) : undefined;
  },
  (domain) => (domain ? domain.replace(/^\./u, "") : undefined),
  (path) => (path[0] == "/" ? path : undefined),
  yes,
  yes,
  (sameSite) => SAME_SITE.get(sameSite.toLowerCase()),
  yes,
  (priority) => PRIORITY.get(priority.toLowerCase()),
];

function valueProblem(value: unknown): string | undefined {
  if (typeof value != "string") return `expected a string value, got ${kindOf(value)}`;
  if (COOKIE_VALUE_RE.test(value)) return undefined;
  const bad = NOT_OCTET_RE.exec(/^".*"$/su.test(value) ? value.slice(1, -1) : value)?.[0] ?? "\"";
  return `value ${show(value)}: ${
        bad == " "
          ? "a space"
          : bad == "\""
            ? "a double quote (but a pair around it)"
            : bad == "\r" || bad == "\n"
              ? "CR or LF"
              : bad < " " || bad > "~"
                ? show(bad)
                : `'${bad}'`
      } is not allowed; percent-encode it with encodeCookieValue(value)`;
}

/** Checks a cookie and writes its field and key; `clear` writes the field that deletes it instead. */
function check(name: unknown, value: unknown, options: unknown, clear?: boolean): { field: string; key: string } {
  if (typeof name != "string") return no(`expected a string name, got ${kindOf(name)}`);
  if (!TOKEN_RE.test(name)) {
    return no(name ? `name ${show(name)} is not a token (letters, digits and !#$%&'*+-.^_\`|~)` : "a cookie name cannot be empty");
  }
  const problem = valueProblem(value);
  if (problem !== undefined) return no(`cookie '${name}': ${problem}`);
  const size = name.length + (value as string).length;
  if (size > 4096) return no(`cookie '${name}' is ${size} bytes; browsers drop cookies over 4096`);
  let record: Record<string, unknown> = {};
  if (options !== undefined) {
    record = isOptions(options) ? options : must("options", "an object", kindOf(options));
    for (const key of Object.keys(record)) {
      if ((!KNOWN.has(key) || (clear && KEYS.indexOf(key) < 2)) && record[key] !== undefined) {
        if (KNOWN.has(key)) no(`'${key}' is not a clearCookie() option: it sets the lifetime itself`);
        // "did you mean 'httpOnly'?" for a slip of case, else the list of options.
        checkOptionKeys("Set-Cookie", { [key]: 0 }, clear ? KEYS.slice(2) : KEYS);
      }
    }
  }
  // Each known option's value is read once, here: a getter or a Proxy cannot show the check one value and
  // the field another. The calls are by name, not through a table, so that V8 inlines them.
  const values = [
    ageOf(record["maxAge"]),
    expiresOf(record["expires"]),
    domainOf(record["domain"]),
    pathOf(record["path"]),
    flag(record["secure"], "secure"),
    flag(record["httpOnly"], "httpOnly"),
    sameSiteOf(record["sameSite"]),
    flag(record["partitioned"], "partitioned"),
    priorityOf(record["priority"]),
  ];
  // clearCookie() checks a lifetime it reads (inherited, a getter: not refused above) and writes its own.
  if (clear) values.splice(0, 2, "0", new Date(0).toUTCString());
  const secure = values[4] != null;
  if (!secure && (values[6] == "None" || values[7] != null)) no(`${values[6] == "None" ? "sameSite: 'None'" : "partitioned: true"} needs secure: true`);
  const prefix = name[0] == "_" ? PREFIXES.find((start) => name.toLowerCase().startsWith(start.toLowerCase())) : undefined;
  if (prefix !== undefined) {
    const host = prefix.startsWith("__Host");
    const need = !secure
      ? "need secure: true"
      : prefix.includes("Http") && values[5] == null
        ? "need httpOnly: true"
        : host && values[3] != "/"
          ? "need path: '/'"
          : host && values[2] != null
            ? "cannot have a domain: remove it"
            : "";
    if (need) no(`cookie '${name}': ${prefix} cookies ${need}`);
  }
  let field = `${name}=${value as string}`;
  for (let index = 0; index < 9; index++) {
    const written = values[index];
    if (written != null) field += (ATTRIBUTES[index] as string) + written;
  }
  // A browser keeps one cookie per (name, domain, path): a later field with the same three replaces it.
  return { field, key: `${name}\0${values[3] ?? ""}\0${values[2]?.toLowerCase() ?? ""}` };
}

/**
 * Checks a cookie at run time and writes its Set-Cookie field, with the key under which a later cookie
 * of the same name, path and domain replaces it (for the builder's `cookie()`). Throws `HeaderError`.
 */
export function checkSetCookie(name: string, value: string, options?: CookieOptions): { field: string; key: string } {
  return check(name, value, options);
}

/**
 * Checks the cookie to clear at run time and writes the Set-Cookie field that deletes it (empty value,
 * `Max-Age=0`, `Expires` in 1970), with its key (for the builder's `clearCookie()`). Throws `HeaderError`.
 */
export function checkClearCookie(name: string, options?: ClearCookieOptions): { field: string; key: string } {
  return check(name, "", options, true);
}

/**
 * Checks a cookie value at run time and brands it: cookie-octets (visible ASCII but `"`, `,`, `;` and
 * `\`), optionally in one pair of double quotes. Throws `HeaderError`; for any other text, use
 * {@link encodeCookieValue}.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie#cookie-namecookie-value
 * @see https://www.rfc-editor.org/rfc/rfc6265#section-4.1.1
 * @param value The cookie value.
 * @example
 * ```ts
 * import { cookieValue, respond } from "typed-headers";
 * const token = ["abc", "123"].join("");
 * const res = respond().cookie("token", cookieValue(token), { httpOnly: true }).build();
 * ```
 */
export function cookieValue(value: string): CookieValue {
  const problem = valueProblem(value);
  return problem === undefined ? (value as CookieValue) : no(problem);
}

/**
 * Percent-encodes any text into a cookie value (as `encodeURIComponent` does, which `decodeURIComponent`
 * and the `cookie` package read back) and brands it. Throws `HeaderError` for a lone surrogate.
 *
 * @see https://developer.mozilla.org/docs/Web/JavaScript/Reference/Global_Objects/encodeURIComponent
 * @see https://www.rfc-editor.org/rfc/rfc6265#section-4.1.1
 * @param text Any text.
 * @example
 * ```ts
 * import { encodeCookieValue, respond } from "typed-headers";
 * const res = respond().cookie("greeting", encodeCookieValue("hello, world; é")).build();
 * // Set-Cookie: greeting=hello%2C%20world%3B%20%C3%A9
 * ```
 */
export function encodeCookieValue(text: string): CookieValue {
  if (typeof text != "string") return no(`encodeCookieValue() expects a string, got ${kindOf(text)}`);
  try {
    return encodeURIComponent(text) as CookieValue;
  } catch {
    return no("encodeCookieValue(): the text holds a lone surrogate, which UTF-8 cannot encode; make it well-formed with String.prototype.toWellFormed()");
  }
}

/**
 * Writes a Set-Cookie field from a name, a value and options, checking every rule `cookie()` checks.
 * Throws `HeaderError`. `SameSite` and `Priority` come out in canonical case, `Expires` as an IMF-fixdate
 * (whole seconds).
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie
 * @see https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-4.1
 * @param name The cookie name, a token.
 * @param value The cookie value: cookie-octets, optionally in double quotes.
 * @param options The attributes.
 * @example
 * ```ts
 * import { serializeSetCookie } from "typed-headers";
 * serializeSetCookie("__Host-id", "42", { secure: true, path: "/", sameSite: "lax" });
 * // "__Host-id=42; Path=/; Secure; SameSite=Lax"
 * ```
 */
export function serializeSetCookie(name: string, value: string, options?: CookieOptions): SetCookieValue {
  return check(name, value, options).field as SetCookieValue;
}

/**
 * Parses one Set-Cookie field into `{ name, value, ...attributes }`, leniently, as browsers read it
 * (rfc6265bis §5.6): unknown attributes and unreadable values are skipped, the last of a repeated
 * attribute wins, a leading dot of Domain is dropped, and the value keeps its double quotes. Returns
 * `undefined` when there is no `name=value` pair.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie
 * @see https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.6
 * @param field One Set-Cookie field value.
 * @example
 * ```ts
 * import { parseSetCookie } from "typed-headers";
 * parseSetCookie("id=42; Path=/; HttpOnly; SameSite=lax");
 * // { name: "id", value: "42", path: "/", httpOnly: true, sameSite: "Lax" }
 * ```
 */
export function parseSetCookie(field: string): SetCookieInit | undefined {
  if (typeof field != "string") return undefined;
  const [pair, ...attributes] = field.split(";") as [string, ...string[]];
  const equals = pair.indexOf("=");
  const name = trimOws(pair.slice(0, equals));
  if (equals < 0 || name == "") return undefined;
  const cookie: Record<string, unknown> = { name, value: trimOws(pair.slice(equals + 1)) };
  for (const attribute of attributes) {
    const at = attribute.indexOf("=");
    const lower = trimOws(at < 0 ? attribute : attribute.slice(0, at)).toLowerCase();
    const index = LOWER.indexOf(lower);
    const read = index < 0 ? undefined : (PARSERS[index] as (text: string) => unknown)(at < 0 ? "" : trimOws(attribute.slice(at + 1)));
    if (read !== undefined) cookie[KEYS[index] as string] = read;
  }
  return cookie as unknown as SetCookieInit;
}

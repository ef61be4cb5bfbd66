// Cache-Control response directives (RFC 9111 §5.2, §5.2.2), with `immutable` (RFC 8246 §2) and
// `stale-while-revalidate` / `stale-if-error` (RFC 5861 §3, §4).
//
//   Cache-Control   = #cache-directive
//   cache-directive = token [ "=" ( token / quoted-string ) ]
//   delta-seconds   = 1*DIGIT
//
// The grammar admits any extension directive; this module refuses names it does not know, because in a
// response an unknown name is almost always a typo (`must-revalidat`) that every cache silently ignores.
// It also refuses combinations that contradict each other (`no-store, max-age=60`, `public, private`),
// the same way at compile time (for literals and options objects) and at run time.

import type { Brand } from "../brand.js";
import { checkOptionKeys, fail, type HeaderTypeError } from "../errors.js";
import {
  checkedValue,
  fieldValueProblem,
  isOptions,
  kindOf,
  oneEdit,
  TOKEN_RE,
  type IsDigits,
  type IsDynamic,
  type IsToken,
  type Ows,
  type TrimOws,
  trimOws,
  trimEndOws,
} from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/**
 * The response directives this library knows: RFC 9111 §5.2.2, RFC 8246 and RFC 5861.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Cache-Control#response_directives
 * @example
 * ```ts
 * import type { CacheDirective } from "typed-headers";
 * const directive: CacheDirective = "stale-while-revalidate";
 * ```
 */
export type CacheDirective =
  | "max-age"
  | "s-maxage"
  | "no-cache"
  | "no-store"
  | "no-transform"
  | "must-revalidate"
  | "proxy-revalidate"
  | "must-understand"
  | "private"
  | "public"
  | "immutable"
  | "stale-while-revalidate"
  | "stale-if-error";

type SecondsDirective = "max-age" | "s-maxage" | "stale-while-revalidate" | "stale-if-error";
type FieldListDirective = "no-cache" | "private";
type RequestDirective = "max-stale" | "min-fresh" | "only-if-cached";

// Ordered, so that a typo gets one suggestion: the first close directive in this list.
type DirectiveList = [
  "max-age", "s-maxage", "no-cache", "no-store", "no-transform", "must-revalidate", "proxy-revalidate",
  "must-understand", "private", "public", "immutable", "stale-while-revalidate", "stale-if-error",
];

/**
 * Cache-Control values that `cacheControl("` completes; any other valid directive list is accepted too.
 *
 * @example
 * ```ts
 * import type { CommonCacheControl } from "typed-headers";
 * const value: CommonCacheControl = "public, max-age=31536000, immutable";
 * ```
 */
export type CommonCacheControl =
  | "no-store"
  | "no-cache"
  | "no-store, max-age=0"
  | "private, no-cache"
  | "private, max-age=0, must-revalidate"
  | "max-age=0, must-revalidate"
  | "public, max-age=60"
  | "public, max-age=3600"
  | "public, max-age=86400"
  | "public, max-age=31536000, immutable"
  | "public, max-age=60, stale-while-revalidate=30"
  | "public, max-age=300, s-maxage=3600"
  | "public, s-maxage=600, stale-while-revalidate=60, stale-if-error=86400"
  | "private, max-age=600";

// What one directive completes to after ", " while a value is being typed.
type DirectiveCompletion =
  | Exclude<CacheDirective, SecondsDirective>
  | "max-age=3600"
  | "s-maxage=3600"
  | "stale-while-revalidate=60"
  | "stale-if-error=86400";

/**
 * Cache-Control directives as an object: what {@link parseCacheControl} returns and
 * {@link serializeCacheControl} and `cacheControl({ … })` take. Ages are whole seconds; flags are `true`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Cache-Control
 * @see https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2
 * @example
 * ```ts
 * import type { CacheControlInit } from "typed-headers";
 * const init: CacheControlInit = { public: true, maxAge: 60, staleWhileRevalidate: 30 };
 * ```
 */
export interface CacheControlInit {
  /** `public`: any cache may store the response, even one that would not by default. */
  public?: true;
  /** `private`: only the user's own (browser) cache may store it; a list limits this to those fields. */
  private?: true | readonly string[];
  /** `no-cache`: a cache must revalidate before each use; a list limits this to those fields. */
  noCache?: true | readonly string[];
  /** `no-store`: no cache may store the response. */
  noStore?: true;
  /** `max-age`: seconds the response stays fresh. */
  maxAge?: number;
  /** `s-maxage`: seconds the response stays fresh in shared caches (CDNs, proxies). */
  sMaxage?: number;
  /** `must-revalidate`: once stale, a cache must not use the response without revalidating. */
  mustRevalidate?: true;
  /** `proxy-revalidate`: `must-revalidate` for shared caches only. */
  proxyRevalidate?: true;
  /** `must-understand`: store only if the cache understands the status code (needs `no-store`). */
  mustUnderstand?: true;
  /** `no-transform`: intermediaries must not transform the content. */
  noTransform?: true;
  /** `immutable` (RFC 8246): the content will not change while fresh; browsers skip revalidation on reload. */
  immutable?: true;
  /** `stale-while-revalidate` (RFC 5861): seconds a stale response may be served while revalidating. */
  staleWhileRevalidate?: number;
  /** `stale-if-error` (RFC 5861): seconds a stale response may be served when revalidation fails. */
  staleIfError?: number;
}

/**
 * A Cache-Control value checked at run time by {@link cacheControl} or written by {@link serializeCacheControl}.
 *
 * @example
 * ```ts
 * import { cacheControl, type CacheControlValue } from "typed-headers";
 * const value: CacheControlValue = cacheControl("public, max-age=60");
 * ```
 */
export type CacheControlValue = Brand<string, "CacheControl">;

// ---------------------------------------------------------------------------------------------------
// Type-level reading of a literal: one left-to-right pass, TSeen holding the lower-case directives read
// so far (plus "max-age=0", so that OWASP's `no-store, max-age=0` can be told apart).

type Continue<TRest extends string, TMore extends boolean, TSeen extends string> = TMore extends true
  ? Scan<TRest, TSeen>
  : ConflictProblem<TSeen>;

type Scan<TText extends string, TSeen extends string> = TText extends `${Ows}${infer TRest}`
  ? Scan<TRest, TSeen>
  : TText extends "" | `,${string}`
    ? "an empty directive between commas; remove the extra comma"
    : TText extends `${infer THead},${infer TRest}`
      ? THead extends `${infer TName}=${infer TArg}`
        ? TArg extends `"${string}`
          ? QuotedArg<TText, TSeen>
          : DirectiveProblem<TName, TrimEnd<TArg>, true, TRest, TSeen>
        : DirectiveProblem<TrimEnd<THead>, undefined, true, TRest, TSeen>
      : TText extends `${infer TName}=${infer TArg}`
        ? TArg extends `"${string}`
          ? QuotedArg<TText, TSeen>
          : DirectiveProblem<TName, TArg, false, "", TSeen>
        : DirectiveProblem<TText, undefined, false, "", TSeen>;

type TrimEnd<TText extends string> = TText extends `${infer TRest}${Ows}` ? TrimEnd<TRest> : TText;

type NameProblem<TName extends string, TSeen extends string> = TName extends `${string}${Ows}`
  ? `no whitespace is allowed before '=' in '${TrimEnd<TName>}'`
  : IsToken<TName> extends false
    ? `'${TName}' is not a directive name (a token: letters, digits, '-'); separate directives with commas`
    : Lowercase<TName> extends CacheDirective
      ? Lowercase<TName> extends TSeen
        ? `'${Lowercase<TName>}' appears twice; keep one`
        : never
      : Lowercase<TName> extends RequestDirective
        ? `'${Lowercase<TName>}' is a request directive; a response cannot use it`
        : UnknownDirective<Lowercase<TName>>;

type UnknownDirective<TName extends string> = Suggest<TName, DirectiveList> extends infer TClose extends string
  ? [TClose] extends [never]
    ? `unknown directive '${TName}' (known: max-age, s-maxage, no-cache, no-store, no-transform, must-revalidate, proxy-revalidate, must-understand, private, public, immutable, stale-while-revalidate, stale-if-error)`
    : `unknown directive '${TName}'; did you mean '${TClose}'?`
  : never;

type DirectiveProblem<
  TName extends string,
  TArg extends string | undefined,
  TMore extends boolean,
  TRest extends string,
  TSeen extends string,
> = NameProblem<TName, TSeen> extends infer TProblem extends string
  ? [TProblem] extends [never]
    ? ArgProblem<Lowercase<TName>, TArg> extends infer TArgProblem extends string
      ? [TArgProblem] extends [never]
        ? Continue<TRest, TMore, TSeen | Lowercase<TName> | (TArg extends "" ? never : AllZero<TArg, Lowercase<TName>>)>
        : TArgProblem
      : never
    : TProblem
  : never;

// "max-age=0" (any number of zeros) is recorded, so that `no-store, max-age=0` is allowed.
type AllZero<TArg extends string | undefined, TName extends string> = TName extends "max-age"
  ? TArg extends string
    ? TArg extends `0${infer TRest}`
      ? TRest extends ""
        ? "max-age=0"
        : AllZero<TRest, TName>
      : never
    : never
  : never;

type ArgProblem<TName extends string, TArg extends string | undefined> = TName extends SecondsDirective
  ? TArg extends undefined | ""
    ? `'${TName}' needs a number of seconds, e.g. ${TName}=60`
    : TArg extends `${Ows}${string}`
      ? `no whitespace is allowed after '=' in '${TName}'`
      : IsDigits<TArg & string> extends true
        ? never
        : TArg extends `${string}${Ows}${string}`
          ? `a comma is missing in '${TName}=${TArg & string}': separate directives with commas`
          : `'${TName}' takes delta-seconds (digits only), got '${TArg & string}': write the number of seconds, e.g. ${TName}=3600`
  : TArg extends undefined
    ? never
    : TName extends FieldListDirective
      ? `'${TName}' takes a quoted list of field names; put '${TArg & string}' in double quotes, or remove '=${TArg & string}'`
      : `'${TName}' takes no argument; remove '=${TArg & string}'`;

// A quoted argument may hold commas, so it is read from the whole remaining text.
type QuotedArg<TText extends string, TSeen extends string> =
  TText extends `${infer TName}="${infer TQuoted}"${infer TAfter}`
    ? NameProblem<TName, TSeen> extends infer TProblem extends string
      ? [TProblem] extends [never]
        ? Lowercase<TName> extends FieldListDirective
          ? FieldNamesProblem<TQuoted, Lowercase<TName>> extends infer TListProblem extends string
            ? [TListProblem] extends [never]
              ? AfterQuoted<TAfter, Lowercase<TName>, TSeen | Lowercase<TName>>
              : TListProblem
            : never
          : Lowercase<TName> extends SecondsDirective
            ? `'${Lowercase<TName>}' takes delta-seconds without quotes, e.g. ${Lowercase<TName>}=60`
            : `'${Lowercase<TName>}' takes no argument; remove the quoted value`
        : TProblem
      : never
    : TText extends `${infer TName}=${string}`
      ? `the quoted value of '${Lowercase<TrimOws<TName>>}' has no closing quote`
      : never;

type AfterQuoted<TText extends string, TName extends string, TSeen extends string> = TText extends `${Ows}${infer TRest}`
  ? AfterQuoted<TRest, TName, TSeen>
  : TText extends ""
    ? ConflictProblem<TSeen>
    : TText extends `,${infer TRest}`
      ? Scan<TRest, TSeen>
      : `expected ',' after the quoted list of '${TName}'`;

type FieldNamesProblem<TList extends string, TName extends string> = TrimOws<TList> extends ""
  ? `the field-name list of '${TName}' is empty; list field names or remove the quotes`
  : FieldNameItems<TList, TName>;

type FieldNameItems<TList extends string, TName extends string> = TList extends `${infer TItem},${infer TRest}`
  ? IsToken<TrimOws<TItem>> extends true
    ? FieldNameItems<TRest, TName>
    : `'${TrimOws<TItem>}' in the list of '${TName}' is not a field name`
  : IsToken<TrimOws<TList>> extends true
    ? never
    : `'${TrimOws<TList>}' in the list of '${TName}' is not a field name`;

type FirstIn<TCandidates extends readonly string[], TSeen extends string> = TCandidates extends readonly [
  infer THead extends string,
  ...infer TRest extends string[],
]
  ? THead extends TSeen
    ? THead
    : FirstIn<TRest, TSeen>
  : never;

type NoStoreConflict<TSeen extends string> = FirstIn<
  ["max-age", "s-maxage", "public", "immutable", "stale-while-revalidate", "stale-if-error"],
  "max-age=0" extends TSeen ? Exclude<TSeen, "max-age"> : TSeen
>;

/**
 * Which two directives of a set contradict each other, as a sentence, or `never`.
 * `TSeen` is the union of the lower-case directives present (plus `"max-age=0"` when max-age is zero).
 *
 * @example
 * ```ts
 * import type { CacheControlConflict } from "typed-headers";
 * type Problem = CacheControlConflict<"public" | "private">; // "'public' contradicts 'private'; …"
 * ```
 */
export type CacheControlConflict<TSeen extends string> = "public" extends TSeen
  ? "private" extends TSeen
    ? "'public' contradicts 'private'; keep one"
    : NoStoreProblem<TSeen>
  : NoStoreProblem<TSeen>;

type ConflictProblem<TSeen extends string> = CacheControlConflict<TSeen>;

type NoStoreProblem<TSeen extends string> = "no-store" extends TSeen
  ? NoStoreConflict<TSeen> extends infer TOther extends string
    ? [TOther] extends [never]
      ? LaterConflict<TSeen>
      : `'no-store' contradicts '${TOther}': a response no cache may store has no ${TOther extends "public" ? "audience" : "lifetime"}; remove one (no-store, max-age=0 is allowed)`
    : never
  : "must-understand" extends TSeen
    ? "'must-understand' needs 'no-store' (what caches that do not know the status code fall back to); add no-store"
    : LaterConflict<TSeen>;

type LaterConflict<TSeen extends string> = "private" extends TSeen
  ? "s-maxage" extends TSeen
    ? "'private' contradicts 's-maxage': s-maxage is for shared caches, which private excludes; remove one"
    : "proxy-revalidate" extends TSeen
      ? "'private' contradicts 'proxy-revalidate': proxy-revalidate is for shared caches, which private excludes; remove one"
      : ImmutableConflict<TSeen>
  : ImmutableConflict<TSeen>;

type ImmutableConflict<TSeen extends string> = "immutable" extends TSeen
  ? "max-age" | "s-maxage" extends infer TAge extends string
    ? [Extract<TSeen, TAge>] extends [never]
      ? "'immutable' needs 'max-age' or 's-maxage': it only lasts while the response is fresh; add e.g. max-age=31536000"
      : never
    : never
  : never;

// ---- "did you mean": the first known directive within one edit, or equal without '-' and '_', or a
// prefix of at least four characters. Only an error branch ever computes this.

type Suggest<TName extends string, TList extends readonly string[]> = TList extends readonly [
  infer THead extends string,
  ...infer TRest extends string[],
]
  ? IsClose<TName, THead> extends true
    ? THead
    : Suggest<TName, TRest>
  : never;

type IsClose<TName extends string, TKnown extends string> = Squash<TName> extends Squash<TKnown>
  ? true
  : TName extends `${infer _A}${infer _B}${infer _C}${infer _D}${string}`
    ? TKnown extends `${TName}${string}`
      ? true
      : TName extends `${TKnown}${string}`
        ? true
        : OneEdit<TName, TKnown>
    : OneEdit<TName, TKnown>;

type Squash<TText extends string, TOut extends string = ""> = TText extends `${infer THead}${infer TRest}`
  ? Squash<TRest, THead extends "-" | "_" | " " ? TOut : `${TOut}${THead}`>
  : TOut;

type OneEdit<TLeft extends string, TRight extends string> = TLeft extends `${infer TL}${infer TLRest}`
  ? TRight extends `${infer TR}${infer TRRest}`
    ? TL extends TR
      ? OneEdit<TLRest, TRRest>
      : TLRest extends TRRest
        ? true
        : TLRest extends TRight
          ? true
          : TLeft extends TRRest
            ? true
            : TLRest extends `${TR}${infer TAfter}`
              ? TRRest extends `${TL}${TAfter}`
                ? true
                : false
              : false
    : TLRest extends ""
      ? true
      : false
  : TRight extends `${string}${infer TRRest}`
    ? TRRest extends ""
      ? true
      : false
    : false;

/**
 * What is wrong with a Cache-Control literal, as a sentence, or `never` when it is valid.
 *
 * @example
 * ```ts
 * import type { CacheControlProblem } from "typed-headers";
 * type Problem = CacheControlProblem<"max-age=1h">; // "'max-age' takes delta-seconds (digits only), got '1h': …"
 * ```
 */
export type CacheControlProblem<TValue extends string> = FastScan<TValue, never> extends infer TFast
  ? TFast extends string
    ? TFast
    : TValue extends `${Ows}${string}` | `${string}${Ows}`
      ? "it starts or ends with whitespace; trim it"
      : Scan<TValue, never>
  : never;

// The common spelling first, by patterns only: lower-case known directives joined by ", ", a seconds
// directive with digits. Such a list is a list of tokens by construction, so no character is walked.
// Anything else (other case or spacing, a quoted list, a duplicate, a mistake) gives `false`, and
// CacheControlProblem reads the literal again with Scan, which words the problem. Else the conflict
// between the directives read, or `never` when there is none.
type FastScan<TText extends string, TSeen extends string> = TText extends `${infer THead}, ${infer TRest}`
  ? FastDirective<THead, TSeen> extends infer TNext extends string
    ? FastScan<TRest, TNext>
    : false
  : FastDirective<TText, TSeen> extends infer TNext extends string
    ? ConflictProblem<TNext>
    : false;

// TSeen with the directive added, or `false` when it is not in the common spelling or read already.
type FastDirective<TDirective extends string, TSeen extends string> = TDirective extends Exclude<CacheDirective, SecondsDirective>
  ? TDirective extends TSeen
    ? false
    : TSeen | TDirective
  : TDirective extends `max-age=${infer TArg}`
    ? "max-age" extends TSeen
      ? false
      : IsDigits<TArg> extends true
        ? TSeen | "max-age" | AllZero<TArg, "max-age">
        : false
  : TDirective extends `${infer TName}=${infer TArg}`
    ? TName extends SecondsDirective
      ? TName extends TSeen
        ? false
        : IsDigits<TArg> extends true
          ? TSeen | TName | AllZero<TArg, TName>
          : false
      : false
    : false;

// Completions while a value is being typed: the common values that start with it, and, after the last
// comma, each directive that starts with the word being typed (never the word itself: that would make
// the refused literal one of the accepted completions).
type Continuations<TValue extends string> = TValue extends `${infer TBefore},${infer TPartial}`
  ? ContinuationsAfter<`${TBefore},`, TPartial>
  : never;

type ContinuationsAfter<TBefore extends string, TPartial extends string> = TPartial extends `${infer TMore},${infer TRest}`
  ? ContinuationsAfter<`${TBefore}${TMore},`, TRest>
  : TPartial extends `${Ows}${infer TWord}`
    ? `${TBefore} ${Exclude<Extract<DirectiveCompletion, `${TWord}${string}`>, TWord>}`
    : `${TBefore} ${Exclude<Extract<DirectiveCompletion, `${TPartial}${string}`>, TPartial>}`;

/**
 * What `cacheControl()` and `header("Cache-Control", …)` accept: a valid directive-list literal or a
 * {@link CacheControlValue}; a plain `string` must go through `cacheControl()` first.
 *
 * @example
 * ```ts
 * import type { CacheControlArg } from "typed-headers";
 * type Accepted = CacheControlArg<"no-store">; // "no-store"
 * ```
 */
export type CacheControlArg<TValue extends string> = TValue extends CacheControlValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Cache-Control must be checked first: pass cacheControl(value)">
    : TValue extends ""
      ? CommonCacheControl
      : [CacheControlProblem<TValue>] extends [never]
        ? TValue
        :
            | Extract<CommonCacheControl, `${NoInfer<TValue>}${string}`>
            | Continuations<NoInfer<TValue>>
            | HeaderTypeError<`Invalid Cache-Control '${NoInfer<TValue>}': ${CacheControlProblem<NoInfer<TValue>>}`>;

// ---- Options objects

type InitDirective = {
  public: "public";
  private: "private";
  noCache: "no-cache";
  noStore: "no-store";
  maxAge: "max-age";
  sMaxage: "s-maxage";
  mustRevalidate: "must-revalidate";
  proxyRevalidate: "proxy-revalidate";
  mustUnderstand: "must-understand";
  noTransform: "no-transform";
  immutable: "immutable";
  staleWhileRevalidate: "stale-while-revalidate";
  staleIfError: "stale-if-error";
};

type SecondsKey = "maxAge" | "sMaxage" | "staleWhileRevalidate" | "staleIfError";

type InitSeen<TOptions extends CacheControlInit> =
  | { [TKey in keyof TOptions & keyof InitDirective]: TOptions[TKey] extends undefined ? never : InitDirective[TKey] }[keyof TOptions & keyof InitDirective]
  | (TOptions["maxAge"] extends 0 ? "max-age=0" : never);

type BadSeconds<TOptions extends CacheControlInit> = {
  [TKey in keyof TOptions & SecondsKey]: TOptions[TKey] extends number
    ? number extends TOptions[TKey]
      ? never
      : IsDigits<`${TOptions[TKey]}`> extends true
        ? never
        : TKey
    : never;
}[keyof TOptions & SecondsKey];

type BadFieldList<TOptions extends CacheControlInit> = {
  [TKey in keyof TOptions & ("private" | "noCache")]: TOptions[TKey] extends readonly string[]
    ? TOptions[TKey] extends readonly []
      ? TKey
      : false extends IsToken<TOptions[TKey][number]>
        ? TKey
        : never
    : never;
}[keyof TOptions & ("private" | "noCache")];

/**
 * The compile-time check of a {@link CacheControlInit} literal: `unknown` when it is fine, else an
 * error type naming the property or the two directives in conflict.
 *
 * @example
 * ```ts
 * import type { CacheControlCheck } from "typed-headers";
 * type Fine = CacheControlCheck<{ maxAge: 60 }>; // unknown
 * ```
 */
export type CacheControlCheck<TOptions extends CacheControlInit> = CacheControlInit extends TOptions
  ? unknown // nothing was inferred (the argument is not an options object): let the plain mismatch speak
  : [BadSeconds<TOptions> | BadFieldList<TOptions>] extends [never]
    ? [CacheControlConflict<InitSeen<TOptions>>] extends [never]
      ? unknown
      : HeaderTypeError<`Invalid Cache-Control options: ${CacheControlConflict<InitSeen<TOptions>>}`>
    : {
        [TKey in BadSeconds<TOptions>]: HeaderTypeError<`${TKey} takes whole seconds (an integer, 0 or more)`>;
      } & {
        [TKey in BadFieldList<TOptions>]: HeaderTypeError<`${TKey} takes true or a non-empty list of field names (tokens, e.g. 'Set-Cookie')`>;
      };

// ---------------------------------------------------------------------------------------------------
// Run time

// The directives, in the order serializeCacheControl writes them; each option is its directive in camel case.
const DIRECTIVES = "public private no-cache no-store max-age s-maxage must-revalidate proxy-revalidate must-understand no-transform immutable stale-while-revalidate stale-if-error".split(" ");
/** The directives in the order the types search and list them (DirectiveList), so both print the same text. */
const LISTED = [4, 5, 2, 3, 9, 6, 7, 8, 1, 0, 10, 11, 12].map((index) => DIRECTIVES[index] as string);
const KEYS = DIRECTIVES.map((name) => name.replace(/-(.)/gu, (_, letter: string) => letter.toUpperCase()));
/** The delta-seconds directives (max-age, s-maxage, stale-*), among the known ones. */
const SECONDS_RE = /age|stale/u;
const HEADER = "Cache-Control";
/** The directives that take a field-name list. */
const LIST_RE = /^(?:private|no-cache)$/u;
const DIGITS_RE = /^[0-9]+$/u;

/** A directive as written: its name, its argument (the text, or the content of the quotes), whether it was quoted. */
export type Directive = [name: string, arg: string | undefined, quoted: boolean];

// One directive from a sticky position: OWS, the name (up to '=' or ','), then a quoted or a plain argument.
const DIRECTIVE_RE = /[\t ]*([^=,]*)(?:=(?:"([^"]*)(")?[\t ]*|([^,]*)))?/uy;

/** Splits a directive list; the problem is the first syntax error (the directives read before it are kept). */
export function splitDirectives(text: string): [Directive[], string | undefined] {
  const list: Directive[] = [];
  for (let at = 0; ; at++) {
    DIRECTIVE_RE.lastIndex = at;
    // Every part is optional, so it always matches.
    const [, raw, quoted, closed, plain] = DIRECTIVE_RE.exec(text) as unknown as [string, string, string?, string?, string?];
    const name = trimEndOws(raw);
    at = DIRECTIVE_RE.lastIndex;
    if (quoted === undefined && plain === undefined) {
      if (name == "") return [list, "an empty directive between commas; remove a comma"];
    } else if (name != raw) {
      return [list, `no whitespace is allowed before '=' in '${name}'`];
    }
    if (quoted !== undefined && !closed) return [list, `'${name.toLowerCase()}' lacks a closing quote`];
    list.push([name, quoted ?? (plain && trimEndOws(plain)), quoted !== undefined]);
    if (at >= text.length) return [list, undefined];
    if (text[at] != ",") return [list, `expected ',' after the list of '${name.toLowerCase()}'`];
  }
}

const squash = (text: string): string => text.replace(/[-_ ]/gu, "");

function nameProblem(name: string, lower: string, seen: readonly string[]): string | undefined {
  if (!TOKEN_RE.test(name)) return `'${name}' is not a directive name; separate directives with commas`;
  if (DIRECTIVES.includes(lower)) return seen.includes(lower) ? `'${lower}' appears twice; keep one` : undefined;
  if (/^(?:max-stale|min-fresh|only-if-cached)$/u.test(lower)) return `'${lower}' is a request directive; remove it`;
  // The known directive a misspelt name was probably meant to be (the same rule and order as the types).
  const close = LISTED.find(
    (known) =>
      squash(lower) == squash(known) ||
      (lower.length > 3 && (known.startsWith(lower) || lower.startsWith(known))) ||
      oneEdit(lower, known),
  );
  return `unknown directive '${lower}'${close ? `; did you mean '${close}'?` : ` (known: ${LISTED.join(", ")})`}`;
}

function argProblem(name: string, arg: string | undefined, quoted: boolean): string | undefined {
  if (SECONDS_RE.test(name)) {
    const example = `, e.g. ${name}=60`;
    return quoted
      ? `'${name}' takes delta-seconds without quotes${example}`
      : !arg
        ? `'${name}' needs a number of seconds${example}`
        : /^[\t ]/u.test(arg)
          ? `no whitespace is allowed after '=' in '${name}'`
          : DIGITS_RE.test(arg)
            ? undefined
            : /[\t ]/u.test(arg)
              ? `a comma is missing in '${name}=${arg}'`
              : `'${name}' takes delta-seconds (digits only), got '${arg}'${example}`;
  }
  if (arg === undefined) return undefined;
  if (!LIST_RE.test(name)) return `'${name}' takes no argument; remove '=${quoted ? `"${arg}"` : arg}'`;
  if (!quoted) return `'${name}' takes a quoted list of field names: write ${name}="${arg}"`;
  if (trimOws(arg) == "") return `'${name}' has an empty field-name list; remove =""`;
  const bad = arg.split(",").map((item) => trimOws(item)).find((field) => !TOKEN_RE.test(field));
  return bad === undefined ? undefined : `'${bad}' in the list of '${name}' is not a field name`;
}

/** Which two directives contradict each other (the same rules, in the same order, as the types). */
function conflict(has: (name: string) => boolean, zero: boolean): string | undefined {
  const contradicts = (name: string, others: string, fix: string): string | undefined => {
    // Only a directive that is there splits its list: the check runs on every standalone cacheControl() call.
    const other = has(name) && others.split(" ").find(has);
    return other ? `'${name}' contradicts '${other}'; ${fix}` : undefined;
  };
  return (
    contradicts("public", "private", "keep one") ??
    (has("no-store")
      ? contradicts("no-store", `${zero ? "" : "max-age "}s-maxage public immutable stale-while-revalidate stale-if-error`, "remove one (no-store, max-age=0 is allowed)")
      : has("must-understand")
        ? "'must-understand' needs 'no-store'; add no-store"
        : undefined) ??
    contradicts("private", "s-maxage proxy-revalidate", "remove one") ??
    (has("immutable") && !has("max-age") && !has("s-maxage") ? "'immutable' needs 'max-age' or 's-maxage'; add e.g. max-age=31536000" : undefined)
  );
}

/** What is wrong with a Cache-Control value, or `undefined` when it is valid. */
function problemOf(value: string): string | undefined {
  const field = fieldValueProblem(value);
  if (field !== undefined || value == "") return field ?? "the value is empty; give a directive, e.g. no-store";
  const [list, syntax] = splitDirectives(value);
  const seen: string[] = [];
  let zero = false;
  for (const [name, arg, quoted] of list) {
    const lower = name.toLowerCase();
    const problem = nameProblem(name, lower, seen) ?? argProblem(lower, arg, quoted);
    if (problem !== undefined) return problem;
    seen.push(lower);
    if (lower == "max-age" && /^0+$/u.test(arg as string)) zero = true;
  }
  return syntax ?? conflict((name) => seen.includes(name), zero);
}

/** Throws `HeaderError` unless `value` is a valid Cache-Control response value; returns it unchanged. */
export function checkCacheControl(value: string, header: string = HEADER): string {
  if (typeof value != "string") return fail(header, `expected a string, got ${kindOf(value)}`);
  return checkedValue(header, value, problemOf(value));
}

/**
 * Checks a Cache-Control value at run time and brands it, for values that come from a `string`.
 *
 * Refuses unknown and request-only directives (naming the directive meant when one is close), ages that
 * are not digits, arguments where a directive takes none, repeated directives, and contradictions such
 * as `no-store` with `max-age` or `public` with `private`. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Cache-Control
 * @see https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2
 * @param value The directive list, e.g. `public, max-age=60`.
 * @example
 * ```ts
 * import { cacheControl, respond } from "typed-headers";
 * const seconds = 60;
 * const res = respond().cacheControl(cacheControl(`public, max-age=${seconds}`)).text("hi");
 * ```
 */
export function cacheControl(value: string): CacheControlValue {
  return checkCacheControl(value) as CacheControlValue;
}

/**
 * Parses a Cache-Control value into a {@link CacheControlInit}, leniently, as a cache reads it: unknown
 * and request-only directives and malformed arguments are skipped, and the first of a repeated directive
 * wins. Use {@link cacheControl} to refuse them instead.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9111#section-5.2
 * @param value The directive list.
 * @example
 * ```ts
 * import { parseCacheControl } from "typed-headers";
 * parseCacheControl("public, max-age=60, stale-while-revalidate=30");
 * // { public: true, maxAge: 60, staleWhileRevalidate: 30 }
 * ```
 */
export function parseCacheControl(value: string): CacheControlInit {
  const init: Record<string, unknown> = {};
  if (typeof value != "string") return init;
  for (const [name, arg, quoted] of splitDirectives(value.trim())[0]) {
    const lower = name.toLowerCase();
    const key = KEYS[DIRECTIVES.indexOf(lower)];
    if (key === undefined || key in init) continue;
    if (SECONDS_RE.test(lower)) {
      if (arg !== undefined && DIGITS_RE.test(arg)) init[key] = Number(arg);
    } else if (arg === undefined) {
      init[key] = true;
    } else if (quoted && LIST_RE.test(lower)) {
      const fields = arg.split(",").map((item) => trimOws(item)).filter((item) => item != "");
      if (fields.length > 0 && fields.every((field) => TOKEN_RE.test(field))) init[key] = fields;
    }
  }
  return init;
}

/**
 * Writes a Cache-Control value from a {@link CacheControlInit}, in a fixed order (`public`/`private`
 * first, then `no-cache`, `no-store`, the ages, the revalidation flags), and checks the result: the same
 * contradictions are refused as for a literal. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Cache-Control
 * @see https://www.rfc-editor.org/rfc/rfc9111#section-5.2.2
 * @param init The directives as an object.
 * @example
 * ```ts
 * import { serializeCacheControl } from "typed-headers";
 * serializeCacheControl({ maxAge: 60, public: true }); // "public, max-age=60"
 * ```
 */
export function serializeCacheControl(init: CacheControlInit, header: string = HEADER): CacheControlValue {
  if (!isOptions(init)) return fail(header, `expected an options object, got ${kindOf(init)}`);
  checkOptionKeys(header, init, KEYS);
  const parts: string[] = [];
  KEYS.forEach((key, index) => {
    const option = init[key];
    const name = DIRECTIVES[index] as string;
    const list = LIST_RE.test(name);
    if (option === undefined) return;
    if (SECONDS_RE.test(name)) {
      if (typeof option != "number" || !Number.isSafeInteger(option) || option < 0) {
        fail(header, `${key} takes whole seconds (0 or more), got ${String(option)}`);
      }
      parts.push(`${name}=${option as number}`);
    } else if (option === true) {
      parts.push(name);
    } else if (list && Array.isArray(option) && option.length > 0) {
      // A for loop, not every(): a hole in the list is a bad entry too.
      for (const field of option as unknown[]) {
        if (typeof field != "string" || !TOKEN_RE.test(field)) fail(header, `${key}: ${JSON.stringify(field)} is not a field name`);
      }
      parts.push(`${name}="${option.join(", ")}"`);
    } else {
      fail(header, `${key} takes true${list ? " or a non-empty list of field names" : ""}, got ${JSON.stringify(option)}`);
    }
  });
  if (parts.length == 0) fail(header, "no directive set; pass one, e.g. { noStore: true }");
  return checkCacheControl(parts.join(", "), header) as CacheControlValue;
}

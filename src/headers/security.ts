// Security headers with a small grammar: Strict-Transport-Security (RFC 6797 §6.1) and the single-token
// headers of the Fetch, HTML and Referrer Policy standards.
//
//   Strict-Transport-Security = directive *( ";" [ directive ] )   ; max-age=delta, includeSubDomains, preload
//   Referrer-Policy           = 1#policy-token                      ; the last known token wins
//   X-Frame-Options           = "DENY" / "SAMEORIGIN"
//   Cross-Origin-*-Policy     = sf-token (RFC 8941)
//   Origin-Agent-Cluster      = sf-boolean ("?1" / "?0")
//
// The types and the run time check the same rules. One lint is stricter than RFC 6797, which ignores
// unknown directives: `preload` needs `includeSubDomains` and a max-age of a year or more, because the
// preload list (hstspreload.org) refuses anything else and a site that sends it has made a mistake.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError, type NoUnknownOptions } from "../errors.js";
import { checkFieldValue } from "../header-name.js";
import {
  checkOptions,
  DIGITS_RE,
  failValue,
  flag,
  seconds,
  titleCase,
  trimOws,
  words,
  type Digit,
  type IsDigits,
  type IsDynamic,
  type TrimOws,
} from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/**
 * The tokens of Referrer-Policy: how much of the page's URL the browser sends as `Referer`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Referrer-Policy
 * @see https://w3c.github.io/webappsec-referrer-policy/#referrer-policies
 * @example
 * ```ts
 * import type { ReferrerPolicyToken } from "typed-headers";
 * const policy: ReferrerPolicyToken = "strict-origin-when-cross-origin";
 * ```
 */
export type ReferrerPolicyToken =
  | "no-referrer"
  | "no-referrer-when-downgrade"
  | "origin"
  | "origin-when-cross-origin"
  | "same-origin"
  | "strict-origin"
  | "strict-origin-when-cross-origin"
  | "unsafe-url";

/**
 * The values of X-Frame-Options that browsers still honour (`ALLOW-FROM` is obsolete).
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/X-Frame-Options
 * @see https://www.rfc-editor.org/rfc/rfc7034#section-2.1
 * @example
 * ```ts
 * import type { FrameOptionsToken } from "typed-headers";
 * const value: FrameOptionsToken = "DENY";
 * ```
 */
export type FrameOptionsToken = "DENY" | "SAMEORIGIN";

/**
 * The values of Cross-Origin-Opener-Policy.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Cross-Origin-Opener-Policy
 * @see https://html.spec.whatwg.org/multipage/browsers.html#cross-origin-opener-policies
 * @example
 * ```ts
 * import type { OpenerPolicyToken } from "typed-headers";
 * const value: OpenerPolicyToken = "same-origin";
 * ```
 */
export type OpenerPolicyToken = "same-origin" | "same-origin-allow-popups" | "noopener-allow-popups" | "unsafe-none";

/**
 * The values of Cross-Origin-Embedder-Policy.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Cross-Origin-Embedder-Policy
 * @see https://html.spec.whatwg.org/multipage/browsers.html#coep
 * @example
 * ```ts
 * import type { EmbedderPolicyToken } from "typed-headers";
 * const value: EmbedderPolicyToken = "require-corp";
 * ```
 */
export type EmbedderPolicyToken = "require-corp" | "credentialless" | "unsafe-none";

/**
 * The values of Cross-Origin-Resource-Policy.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Cross-Origin-Resource-Policy
 * @see https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header
 * @example
 * ```ts
 * import type { ResourcePolicyToken } from "typed-headers";
 * const value: ResourcePolicyToken = "same-site";
 * ```
 */
export type ResourcePolicyToken = "same-site" | "same-origin" | "cross-origin";

/**
 * The values of X-Permitted-Cross-Domain-Policies (Adobe's cross-domain policy files).
 *
 * @see https://owasp.org/www-project-secure-headers/#x-permitted-cross-domain-policies
 * @example
 * ```ts
 * import type { CrossDomainPoliciesToken } from "typed-headers";
 * const value: CrossDomainPoliciesToken = "none";
 * ```
 */
export type CrossDomainPoliciesToken = "none" | "master-only" | "by-content-type" | "by-ftp-filename" | "all" | "none-this-response";

/**
 * Each single-token security header (lower-case name) and the values it accepts.
 *
 * @example
 * ```ts
 * import type { SecurityTokens } from "typed-headers";
 * type Values = SecurityTokens["x-frame-options"]; // "DENY" | "SAMEORIGIN"
 * ```
 */
export interface SecurityTokens {
  "referrer-policy": ReferrerPolicyToken;
  "x-frame-options": FrameOptionsToken;
  "x-content-type-options": "nosniff";
  "cross-origin-opener-policy": OpenerPolicyToken;
  "cross-origin-embedder-policy": EmbedderPolicyToken;
  "cross-origin-resource-policy": ResourcePolicyToken;
  "origin-agent-cluster": "?1" | "?0";
  "x-xss-protection": "0";
  "x-permitted-cross-domain-policies": CrossDomainPoliciesToken;
}

/** Each single-token header's name as HTTP spells it, for messages. */
interface DisplayNames {
  "referrer-policy": "Referrer-Policy";
  "x-frame-options": "X-Frame-Options";
  "x-content-type-options": "X-Content-Type-Options";
  "cross-origin-opener-policy": "Cross-Origin-Opener-Policy";
  "cross-origin-embedder-policy": "Cross-Origin-Embedder-Policy";
  "cross-origin-resource-policy": "Cross-Origin-Resource-Policy";
  "origin-agent-cluster": "Origin-Agent-Cluster";
  "x-xss-protection": "X-XSS-Protection";
  "x-permitted-cross-domain-policies": "X-Permitted-Cross-Domain-Policies";
}

/** Why some values are refused, where a bare "expected one of" would not help. */
interface TokenHints {
  "x-frame-options": "ALLOW-FROM is obsolete and ignored by browsers: use csp({ 'frame-ancestors': [...] })";
  "x-xss-protection": "browsers removed the XSS auditor and '1' opened leaks in old ones: send '0' and rely on CSP";
}

type HintFor<TName extends string> = TName extends keyof TokenHints ? `; ${TokenHints[TName]}` : "";

/**
 * What a single-token security method or `header(name, value)` accepts: one of the header's tokens;
 * a `string` must be checked first with {@link securityToken}.
 *
 * @example
 * ```ts
 * import type { SecurityTokenArg } from "typed-headers";
 * type Accepted = SecurityTokenArg<"x-frame-options", "DENY">; // "DENY"
 * ```
 */
export type SecurityTokenArg<TName extends keyof SecurityTokens, TValue extends string> = IsDynamic<TValue> extends true
  ? HeaderTypeError<`A dynamic ${DisplayNames[TName]} must be checked first: pass securityToken('${TName}', value)`>
  : TValue extends SecurityTokens[TName]
    ? TValue
    : TValue extends ""
      ? SecurityTokens[TName]
      :
          | Extract<SecurityTokens[TName], `${NoInfer<TValue>}${string}`>
          | HeaderTypeError<`Invalid ${DisplayNames[TName]} '${NoInfer<TValue>}': expected ${TokenLists[TName]}${HintFor<TName>}`>;

// The tokens of each header as one string for messages (written out: joining a union member by member
// would build every permutation).
interface TokenLists {
  "referrer-policy": "'no-referrer', 'no-referrer-when-downgrade', 'origin', 'origin-when-cross-origin', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin', 'unsafe-url'";
  "x-frame-options": "'DENY', 'SAMEORIGIN'";
  "x-content-type-options": "'nosniff'";
  "cross-origin-opener-policy": "'same-origin', 'same-origin-allow-popups', 'noopener-allow-popups', 'unsafe-none'";
  "cross-origin-embedder-policy": "'require-corp', 'credentialless', 'unsafe-none'";
  "cross-origin-resource-policy": "'same-site', 'same-origin', 'cross-origin'";
  "origin-agent-cluster": "'?1', '?0'";
  "x-xss-protection": "'0'";
  "x-permitted-cross-domain-policies": "'none', 'master-only', 'by-content-type', 'by-ftp-filename', 'all', 'none-this-response'";
}

/**
 * What `referrerPolicy()` and `header("Referrer-Policy", …)` accept: a token, or for `header()` a
 * comma-separated fallback list of tokens (browsers use the last one they know).
 *
 * @example
 * ```ts
 * import type { ReferrerPolicyArg } from "typed-headers";
 * type Accepted = ReferrerPolicyArg<"no-referrer, strict-origin-when-cross-origin">;
 * ```
 */
export type ReferrerPolicyArg<TValue extends string> = IsDynamic<TValue> extends true
  ? HeaderTypeError<"A dynamic Referrer-Policy must be checked first: pass securityToken('referrer-policy', value)">
  : TValue extends ReferrerPolicyToken
    ? TValue
    : TValue extends ""
      ? ReferrerPolicyToken
      : [ReferrerListProblem<TValue>] extends [never]
        ? TValue
        :
            | Extract<ReferrerPolicyToken, `${NoInfer<TValue>}${string}`>
            | HeaderTypeError<`Invalid Referrer-Policy '${NoInfer<TValue>}': ${ReferrerListProblem<NoInfer<TValue>>}`>;

type ReferrerListProblem<TText extends string> = TText extends `${infer THead},${infer TRest}`
  ? TrimOws<THead> extends ReferrerPolicyToken
    ? ReferrerListProblem<TRest>
    : `'${TrimOws<THead>}' is not a policy token (no-referrer, same-origin, strict-origin-when-cross-origin, …)`
  : TrimOws<TText> extends ReferrerPolicyToken
    ? never
    : `'${TrimOws<TText>}' is not a policy token (no-referrer, same-origin, strict-origin-when-cross-origin, …)`;

// ---------------------------------------------------------------------------------------------------
// Strict-Transport-Security

/**
 * Strict-Transport-Security as an object: what {@link serializeHsts} takes and {@link parseHsts} returns.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Strict-Transport-Security
 * @see https://www.rfc-editor.org/rfc/rfc6797#section-6.1
 * @example
 * ```ts
 * import type { HstsInit } from "typed-headers";
 * const init: HstsInit = { maxAge: 63072000, includeSubDomains: true, preload: true };
 * ```
 */
export interface HstsInit {
  /** How long, in seconds, the browser must use only HTTPS for this host; 0 tells it to forget. */
  maxAge: number;
  /** Applies the rule to every subdomain too. */
  includeSubDomains?: true;
  /** Asks to be put on the browsers' built-in preload list (hstspreload.org); needs the two above. */
  preload?: true;
}

/**
 * A Strict-Transport-Security value checked by {@link strictTransportSecurity} or written by {@link serializeHsts}.
 *
 * @example
 * ```ts
 * import { serializeHsts, type HstsValue } from "typed-headers";
 * const value: HstsValue = serializeHsts({ maxAge: 31536000 });
 * ```
 */
export type HstsValue = Brand<string, "StrictTransportSecurity">;

/** One year in seconds: the least max-age the HSTS preload list accepts. */
const PRELOAD_MIN_AGE = 31536000;

type DigitOrder = "0123456789";

// Compares two digit strings of the same length, left to right: "lt", "eq" or "gt".
type CompareDigits<TLeft extends string, TRight extends string> = TLeft extends `${infer TL}${infer TLRest}`
  ? TRight extends `${infer TR}${infer TRRest}`
    ? TL extends TR
      ? CompareDigits<TLRest, TRRest>
      : DigitOrder extends `${string}${TL}${string}${TR}${string}`
        ? "lt"
        : "gt"
    : "eq"
  : "eq";

// Compares the lengths of two strings by dropping a character from each: "lt", "eq" or "gt".
type CompareLength<TLeft extends string, TRight extends string> = TLeft extends `${string}${infer TLRest}`
  ? TRight extends `${string}${infer TRRest}`
    ? CompareLength<TLRest, TRRest>
    : "gt"
  : TRight extends ""
    ? "eq"
    : "lt";

/**
 * `true` when the digit string `TNumber` (no leading zeros) is at least `TMin`.
 *
 * @example
 * ```ts
 * import type { DigitsAtLeast } from "typed-headers";
 * type Yes = DigitsAtLeast<"63072000", "31536000">; // true
 * ```
 */
export type DigitsAtLeast<TNumber extends string, TMin extends string> = CompareLength<TNumber, TMin> extends "gt"
  ? true
  : CompareLength<TNumber, TMin> extends "lt"
    ? false
    : CompareDigits<TNumber, TMin> extends "lt"
      ? false
      : true;

// `true` when the digit string `TDigits` (no leading zero) is at least 31536000, the preload list's
// minimum: nine digits or more, or eight from 31536000 up. Patterns, not a digit-by-digit walk: a
// `${number}` placeholder followed by another matches one character (a digit, here).
type AtLeastOneYear<TDigits extends string> =
  TDigits extends `${number}${number}${number}${number}${number}${number}${number}${number}${number}`
    ? true
    : TDigits extends `${number}${number}${number}${number}${number}${number}${number}${number}`
      ? TDigits extends `31536${string}` // one year and a little more: the usual value, tested first
        ? true
        : TDigits extends `${"4" | "5" | "6" | "7" | "8" | "9"}${string}` | `3${"2" | "3" | "4" | "5" | "6" | "7" | "8" | "9"}${string}` | `31${"6" | "7" | "8" | "9"}${string}`
          ? true
          : TDigits extends `315${"4" | "5" | "6" | "7" | "8" | "9"}${string}` | `3153${"7" | "8" | "9"}${string}`
            ? true
            : false
      : false;

/**
 * The compile-time check of an {@link HstsInit} literal: `unknown` when it is fine, else an object type
 * that puts the error on the offending property.
 *
 * @example
 * ```ts
 * import type { HstsCheck } from "typed-headers";
 * type Fine = HstsCheck<{ maxAge: 31536000; includeSubDomains: true; preload: true }>; // unknown
 * ```
 */
export type HstsCheck<TInit extends HstsInit> = NoUnknownOptions<TInit, HstsInit> & HstsRules<TInit, TInit["maxAge"]>;

// The rules in order: maxAge a whole number, then preload's two needs (a `number` maxAge is checked at run time).
type HstsRules<TInit extends HstsInit, TMaxAge extends number> = number extends TMaxAge
  ? PreloadRules<TInit, TMaxAge>
  : IsDigits<`${TMaxAge}`> extends true
    ? PreloadRules<TInit, TMaxAge>
    : { maxAge: HeaderTypeError<`maxAge must be a whole number of seconds, 0 or more, not ${NotWhole<TMaxAge>}`> };

// For the messages of a union-typed maxAge: the members that break the rule, not the whole union (which
// would name a fine value). Reached only once a rule has failed.
type NotWhole<TMaxAge extends number> = TMaxAge extends unknown ? (IsDigits<`${TMaxAge}`> extends true ? never : TMaxAge) : never;
type UnderOneYear<TMaxAge extends number> = TMaxAge extends unknown ? (AtLeastOneYear<`${TMaxAge}`> extends true ? never : TMaxAge) : never;

type PreloadRules<TInit extends HstsInit, TMaxAge extends number> = TInit extends { preload: true }
  ? TInit extends { includeSubDomains: true }
    ? number extends TMaxAge
      ? unknown
      : AtLeastOneYear<`${TMaxAge}`> extends true
        ? unknown
        : { maxAge: HeaderTypeError<`HSTS preload needs maxAge >= 31536000 (one year), not ${UnderOneYear<TMaxAge>} (hstspreload.org)`> }
    : { preload: HeaderTypeError<"HSTS preload needs includeSubDomains: true as well (hstspreload.org)"> }
  : unknown;

// The header text, directive by directive; TSeen holds the lower-case names read, TAge the max-age digits.
type HstsProblem<TText extends string, TSeen extends string = never, TAge extends string = ""> =
  TText extends `${infer TPart};${infer TRest}`
    ? HstsDirective<Lowercase<TrimOws<TPart>>, TRest, true, TSeen, TAge>
    : HstsDirective<Lowercase<TrimOws<TText>>, "", false, TSeen, TAge>;

type HstsDirective<TPart extends string, TRest extends string, TMore extends boolean, TSeen extends string, TAge extends string> =
  TPart extends ""
    ? HstsNext<TRest, TMore, TSeen, TAge>
    : TPart extends `max-age=${infer TNumber}`
      ? "max-age" extends TSeen
        ? "max-age appears twice"
        : IsDigits<Unquoted<TNumber>> extends true
          ? HstsNext<TRest, TMore, TSeen | "max-age", StripZeros<Unquoted<TNumber>>>
          : `max-age needs a whole number of seconds, not '${TNumber}'`
      : TPart extends "includesubdomains" | "preload"
        ? TPart extends TSeen
          ? `${TPart} appears twice`
          : HstsNext<TRest, TMore, TSeen | TPart, TAge>
        : `unknown directive '${TPart}' (expected max-age=<seconds>, includeSubDomains, preload)`;

type HstsNext<TRest extends string, TMore extends boolean, TSeen extends string, TAge extends string> = TMore extends true
  ? HstsProblem<TRest, TSeen, TAge>
  : "max-age" extends TSeen
    ? "preload" extends TSeen
      ? "includesubdomains" extends TSeen
        ? AtLeastOneYear<TAge> extends true
          ? never
          : "preload needs max-age=31536000 (one year) or more (hstspreload.org)"
        : "preload needs includeSubDomains as well (hstspreload.org)"
      : never
    : "max-age is required, e.g. 'max-age=31536000; includeSubDomains'";

type Unquoted<TText extends string> = TText extends `"${infer TInner}"` ? TInner : TText;
type StripZeros<TText extends string> = TText extends `0${infer TRest extends `${Digit}${string}`}` ? StripZeros<TRest> : TText;

/**
 * What `header("Strict-Transport-Security", …)` accepts: a valid literal or an {@link HstsValue}.
 *
 * @example
 * ```ts
 * import type { HstsArg } from "typed-headers";
 * type Accepted = HstsArg<"max-age=31536000; includeSubDomains">;
 * ```
 */
export type HstsArg<TValue extends string> = TValue extends HstsValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Strict-Transport-Security must be checked first: pass strictTransportSecurity(value)">
    : TValue extends ""
      ? HstsCompletion
      : [HstsProblem<TValue>] extends [never]
        ? TValue
        :
            | Extract<HstsCompletion, `${NoInfer<TValue>}${string}`>
            | HeaderTypeError<`Invalid Strict-Transport-Security '${NoInfer<TValue>}': ${HstsProblem<NoInfer<TValue>>}`>;

type HstsCompletion =
  | "max-age=31536000"
  | "max-age=31536000; includeSubDomains"
  | "max-age=63072000; includeSubDomains; preload"
  | "max-age=0";

// ---------------------------------------------------------------------------------------------------
// Run time

// Each single-token header, lower case, and its tokens: one line each.
const TOKENS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.fromEntries(
  `referrer-policy no-referrer no-referrer-when-downgrade origin origin-when-cross-origin same-origin strict-origin strict-origin-when-cross-origin unsafe-url
x-frame-options DENY SAMEORIGIN
x-content-type-options nosniff
cross-origin-opener-policy same-origin same-origin-allow-popups noopener-allow-popups unsafe-none
cross-origin-embedder-policy require-corp credentialless unsafe-none
cross-origin-resource-policy same-site same-origin cross-origin
origin-agent-cluster ?1 ?0
x-xss-protection 0
x-permitted-cross-domain-policies none master-only by-content-type by-ftp-filename all none-this-response`
    .split("\n")
    .map((line) => {
      const [name = "", ...tokens] = words(line);
      return [name, tokens];
    }),
);

const HINTS: Readonly<Record<string, string>> = {
  "x-frame-options": "; ALLOW-FROM is obsolete: use csp({ 'frame-ancestors': [...] })",
  "x-xss-protection": "; the XSS auditor is gone: send '0' and rely on CSP",
};

const HSTS = "Strict-Transport-Security";

/** `true` when `name` (lower case) is a single-token security header. */
export function isSecurityTokenHeader(name: string): name is keyof SecurityTokens {
  return Object.hasOwn(TOKENS, name);
}

/**
 * Checks a value for a single-token security header at run time and returns it typed as that header's
 * token union. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers#security
 * @param header The header name in lower case, e.g. `referrer-policy`.
 * @param value The value to check.
 * @example
 * ```ts
 * import { respond, securityToken } from "typed-headers";
 * const policy = securityToken("referrer-policy", ["no", "referrer"].join("-"));
 * const res = respond().referrerPolicy(policy).build();
 * ```
 */
export function securityToken<TName extends keyof SecurityTokens>(header: TName, value: string): SecurityTokens[TName] {
  if (!isSecurityTokenHeader(header)) return fail(String(header), "not a single-token security header");
  const allowed = TOKENS[header] as readonly string[];
  return allowed.includes(value)
    ? (value as SecurityTokens[TName])
    : failValue(titleCase(header).replace("Xss", "XSS"), value, `expected '${allowed.join("', '")}'${HINTS[header] ?? ""}`);
}

/** Throws `HeaderError` unless `value` is a Referrer-Policy token or a comma-separated list of them. */
export function checkReferrerPolicy(value: string): string {
  checkFieldValue("Referrer-Policy", value);
  for (const part of value.split(",")) {
    const token = trimOws(part);
    if (!TOKENS["referrer-policy"]?.includes(token)) failValue("Referrer-Policy", value, `'${token}' is not a policy token (no-referrer, strict-origin, ...)`);
  }
  return value;
}

/** The single-token headers, lower case. */
export const securityTokenHeaders: readonly string[] = Object.keys(TOKENS);

/** Run-time checks of the single-token headers and Referrer-Policy for `header()`, by lower-case name. */
export const securityTokenChecks: Readonly<Record<string, (value: string) => string>> = {
  ...Object.fromEntries(securityTokenHeaders.map((name) => [name, (value: string): string => securityToken(name as keyof SecurityTokens, value)])),
  "referrer-policy": checkReferrerPolicy,
};

function checkPreload(maxAge: number, includeSubDomains: boolean): void {
  if (!includeSubDomains || maxAge < PRELOAD_MIN_AGE) {
    fail(HSTS, `preload needs ${includeSubDomains ? `max-age=31536000 or more, got ${maxAge}` : "includeSubDomains"}`);
  }
}

/**
 * Writes Strict-Transport-Security from `{ maxAge, includeSubDomains?, preload? }` and checks it: a
 * whole `maxAge` ≥ 0, and `preload` only with `includeSubDomains` and `maxAge` ≥ 31536000. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Strict-Transport-Security
 * @see https://www.rfc-editor.org/rfc/rfc6797#section-6.1
 * @param init The policy.
 * @example
 * ```ts
 * import { serializeHsts } from "typed-headers";
 * serializeHsts({ maxAge: 63072000, includeSubDomains: true, preload: true });
 * // "max-age=63072000; includeSubDomains; preload"
 * ```
 */
export function serializeHsts(init: HstsInit): HstsValue {
  checkOptions(HSTS, init, "maxAge includeSubDomains? preload?");
  const maxAge = seconds(HSTS, "maxAge", init.maxAge);
  const includeSubDomains = flag(HSTS, "includeSubDomains", init.includeSubDomains);
  const preload = flag(HSTS, "preload", init.preload);
  if (preload) checkPreload(maxAge, includeSubDomains);
  return `max-age=${maxAge}${includeSubDomains ? "; includeSubDomains" : ""}${preload ? "; preload" : ""}` as HstsValue;
}

/**
 * Parses Strict-Transport-Security as a browser does (RFC 6797 §6.1): directive names in any case,
 * `max-age` possibly quoted, unknown directives ignored. Returns `undefined` when the header is invalid
 * (no max-age, or a directive twice), as a browser then ignores it.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6797#section-8.1
 * @param value The header value.
 * @example
 * ```ts
 * import { parseHsts } from "typed-headers";
 * parseHsts("max-age=31536000; includeSubDomains"); // { maxAge: 31536000, includeSubDomains: true }
 * ```
 */
export function parseHsts(value: string): HstsInit | undefined {
  return typeof value === "string" ? readHsts(value) : undefined;
}

/** Throws `HeaderError` unless `value` is a Strict-Transport-Security value this library would send. */
export function checkHsts(value: string): string {
  const init = readHsts(checkFieldValue(HSTS, value), (problem) => failValue(HSTS, value, problem)) as HstsInit;
  if (init.preload) checkPreload(init.maxAge, init.includeSubDomains === true);
  return value;
}

// One walk for parseHsts (lenient, as a browser: `undefined` for an invalid header) and checkHsts, which
// passes `refuse` to be told why, and also refuses what this library would not send (unknown directives,
// spaces around '=', a value on a flag).
function readHsts(value: string, refuse?: (problem: string) => never): HstsInit | undefined {
  let maxAge: number | undefined;
  const seen = new Set<string>();
  for (const part of value.split(";")) {
    const directive = trimOws(part);
    if (directive === "") continue;
    const equals = directive.indexOf("=");
    const written = trimOws(equals < 0 ? directive : directive.slice(0, equals));
    const name = written.toLowerCase();
    const raw = equals < 0 ? "" : trimOws(directive.slice(equals + 1));
    const digits = /^"[^"]*"$/u.test(raw) ? raw.slice(1, -1) : raw;
    const number = DIGITS_RE.test(digits);
    // The check tests each directive's own form before the duplicates, so that its message names the fault.
    if (refuse) {
      if (name === "max-age") {
        if (!number) refuse("max-age needs a whole number of seconds");
        if (!/^max-age=(?:[0-9]+|"[0-9]+")$/iu.test(directive)) refuse(`no spaces around '=' in '${directive}'`);
      } else if ((name !== "includesubdomains" && name !== "preload") || equals >= 0) {
        refuse(`unknown directive '${directive}' (expected max-age=<seconds>, includeSubDomains, preload)`);
      }
    }
    if (seen.has(name)) return refuse?.(`'${written}' appears twice`);
    seen.add(name);
    if (name === "max-age") {
      if (!number) return undefined;
      maxAge = Number(digits);
    }
  }
  if (maxAge === undefined) return refuse?.("max-age is required, e.g. max-age=31536000");
  const init: HstsInit = { maxAge };
  if (seen.has("includesubdomains")) init.includeSubDomains = true;
  if (seen.has("preload")) init.preload = true;
  return init;
}

/**
 * Checks a Strict-Transport-Security value at run time and brands it, for values that come from a
 * `string`: `max-age` required, known directives once each, and the preload rules. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Strict-Transport-Security
 * @see https://www.rfc-editor.org/rfc/rfc6797#section-6.1
 * @param value The header value.
 * @example
 * ```ts
 * import { respond, strictTransportSecurity } from "typed-headers";
 * const value = strictTransportSecurity(["max-age=31536000", "includeSubDomains"].join("; "));
 * const res = respond().header("Strict-Transport-Security", value).build();
 * ```
 */
export function strictTransportSecurity(value: string): HstsValue {
  return checkHsts(value) as HstsValue;
}

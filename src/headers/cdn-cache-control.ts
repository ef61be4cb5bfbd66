// CDN-Cache-Control (RFC 9213 §2, §3): Cache-Control directives aimed at CDN caches only.
//
// The field is a Structured Field Dictionary (RFC 8941 §3.2): lower-case keys, a bare key for a flag
// (`public`), an Integer for an age (`max-age=60`, at most 15 digits), and a String for a field-name list
// (`private="Set-Cookie"`). Its directives mean what they mean in Cache-Control, so the same rules and
// contradictions apply. A CDN that follows it ignores Cache-Control's directives for itself; browsers
// and other caches ignore it.

import type { Brand } from "../brand.js";
import type { HeaderTypeError } from "../errors.js";
import {
  checkCacheControl,
  splitDirectives,
  parseCacheControl,
  serializeCacheControl,
  type CacheControlInit,
  type CacheControlProblem,
} from "./cache-control.js";
import { checkedValue, type IsDynamic } from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/**
 * A CDN-Cache-Control value checked by {@link cdnCacheControl} or written by {@link serializeCdnCacheControl}.
 *
 * @example
 * ```ts
 * import { cdnCacheControl, type CdnCacheControlValue } from "typed-headers";
 * const value: CdnCacheControlValue = cdnCacheControl("max-age=600");
 * ```
 */
export type CdnCacheControlValue = Brand<string, "CdnCacheControl">;

/**
 * What is wrong with a CDN-Cache-Control literal, or `never`: the Cache-Control rules, plus lower-case
 * keys (a Structured Field Dictionary's keys are lower case).
 *
 * @example
 * ```ts
 * import type { CdnCacheControlProblem } from "typed-headers";
 * type Problem = CdnCacheControlProblem<"Max-Age=60">; // "keys are lower case in a structured field: …"
 * ```
 */
export type CdnCacheControlProblem<TValue extends string> = [CacheControlProblem<TValue>] extends [never]
  ? Lowercase<OutsideQuotes<TValue>> extends OutsideQuotes<TValue>
    ? never
    : "keys are lower case in a structured field: write the directives in lower case"
  : CacheControlProblem<TValue>;

// The text outside quoted strings: the keys, which must be lower case; a quoted string (the field names
// of `private="Set-Cookie"`) may hold capitals.
type OutsideQuotes<TText extends string, TKept extends string = ""> = TText extends `${infer THead}"${string}"${infer TRest}`
  ? OutsideQuotes<TRest, `${TKept}${THead}`>
  : `${TKept}${TText}`;

/**
 * What `header("CDN-Cache-Control", …)` accepts: a literal checked like Cache-Control, in lower case, or a
 * {@link CdnCacheControlValue}.
 *
 * @example
 * ```ts
 * import type { CdnCacheControlArg } from "typed-headers";
 * type Accepted = CdnCacheControlArg<"max-age=600">; // "max-age=600"
 * ```
 */
export type CdnCacheControlArg<TValue extends string> = TValue extends CdnCacheControlValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic CDN-Cache-Control must be checked first: pass cdnCacheControl(value)">
    : [CdnCacheControlProblem<TValue>] extends [never]
      ? TValue
      : HeaderTypeError<`Invalid CDN-Cache-Control '${NoInfer<TValue>}': ${CdnCacheControlProblem<NoInfer<TValue>>}`>;

// ---------------------------------------------------------------------------------------------------
// Run time

const HEADER = "CDN-Cache-Control";

/** Throws `HeaderError` unless `value` is a valid CDN-Cache-Control value; returns it unchanged. */
export function checkCdnCacheControl(value: string): string {
  checkCacheControl(value, HEADER);
  // Cache-Control's check has passed: the directives are known, and an unquoted argument is digits.
  for (const [name, arg = "", quoted] of splitDirectives(value)[0]) {
    const problem =
      name != name.toLowerCase()
        ? `keys are lower case in a structured field: write '${name.toLowerCase()}'`
        : quoted
          ? arg.includes("\t") && "a structured-field string cannot hold a tab"
          : // RFC 8941 §3.3.1: an Integer has at most 15 digits.
            arg.length > 15 && `'${name}' is over 999999999999999, the largest structured-field integer`;
    checkedValue(HEADER, value, problem);
  }
  return value;
}

/**
 * Checks a CDN-Cache-Control value at run time and brands it: the Cache-Control rules (known directives,
 * delta-seconds, contradictions), lower-case keys and integers of at most 15 digits. Throws `HeaderError`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9213#section-3
 * @param value The directive dictionary, e.g. `max-age=600, stale-while-revalidate=60`.
 * @example
 * ```ts
 * import { cdnCacheControl, respond } from "typed-headers";
 * const ttl = 600;
 * const res = respond().header("CDN-Cache-Control", cdnCacheControl(`max-age=${ttl}`)).build();
 * ```
 */
export function cdnCacheControl(value: string): CdnCacheControlValue {
  return checkCdnCacheControl(value) as CdnCacheControlValue;
}

/**
 * Writes a CDN-Cache-Control dictionary from a {@link CacheControlInit}: flags as bare keys, ages as
 * integers, field-name lists as strings. Throws `HeaderError` for the same contradictions as Cache-Control.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9213#section-3
 * @param init The directives as an object.
 * @example
 * ```ts
 * import { serializeCdnCacheControl } from "typed-headers";
 * serializeCdnCacheControl({ maxAge: 600, staleWhileRevalidate: 60 }); // "max-age=600, stale-while-revalidate=60"
 * ```
 */
export function serializeCdnCacheControl(init: CacheControlInit): CdnCacheControlValue {
  return checkCdnCacheControl(serializeCacheControl(init, HEADER)) as CdnCacheControlValue;
}

/**
 * Parses a CDN-Cache-Control value into a {@link CacheControlInit}; `undefined` when it is not a valid
 * dictionary of known directives, since RFC 9213 has a CDN ignore a field it cannot parse.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9213#section-2.1
 * @param value The field value.
 * @example
 * ```ts
 * import { parseCdnCacheControl } from "typed-headers";
 * parseCdnCacheControl("max-age=600"); // { maxAge: 600 }
 * ```
 */
export function parseCdnCacheControl(value: string): CacheControlInit | undefined {
  try {
    checkCdnCacheControl(value);
  } catch {
    return undefined;
  }
  return parseCacheControl(value);
}

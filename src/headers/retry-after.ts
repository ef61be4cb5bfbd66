// Retry-After (RFC 9110 §10.2.3): how long a client should wait before a follow-up request.
//
//   Retry-After  = HTTP-date / delay-seconds
//   delay-seconds = 1*DIGIT
//
// A number goes out as whole seconds; a `Date` as an IMF-fixdate (RFC 9110 §5.6.7).

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import { DIGITS_RE, httpDate, needString, show, type Digit, type IsDigits, type IsDynamic } from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

type DayName = "Mon" | "Tue" | "Wed" | "Thu" | "Fri" | "Sat" | "Sun";
type MonthName = "Jan" | "Feb" | "Mar" | "Apr" | "May" | "Jun" | "Jul" | "Aug" | "Sep" | "Oct" | "Nov" | "Dec";
type TwoDigits<TText extends string> = TText extends `${Digit}${Digit}` ? true : false;

/**
 * `true` when a literal is an IMF-fixdate such as `Sun, 06 Nov 1994 08:49:37 GMT` (RFC 9110 §5.6.7).
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7
 * @example
 * ```ts
 * import type { IsImfFixdate } from "typed-headers";
 * type Yes = IsImfFixdate<"Sun, 06 Nov 1994 08:49:37 GMT">; // true
 * ```
 */
export type IsImfFixdate<TText extends string> =
  TText extends `${DayName}, ${infer TDay} ${MonthName} ${infer TYear} ${infer THour}:${infer TMinute}:${infer TSecond} GMT`
    ? [TwoDigits<TDay>, TYear extends `${Digit}${Digit}${infer TLow}` ? TwoDigits<TLow> : false, TwoDigits<THour>, TwoDigits<TMinute>, TwoDigits<TSecond>] extends [true, true, true, true, true]
      ? true
      : false
    : false;

/**
 * What `retryAfter()` accepts: whole seconds (a non-negative integer literal, or a `number` checked at
 * run time) or a `Date`.
 *
 * @example
 * ```ts
 * import type { RetryAfterDelayArg } from "typed-headers";
 * type Accepted = RetryAfterDelayArg<120>; // 120
 * ```
 */
export type RetryAfterDelayArg<TDelay extends number | Date> = TDelay extends Date
  ? TDelay
  : number extends TDelay
    ? TDelay
    : IsDigits<`${TDelay & number}`> extends true
      ? TDelay
      : HeaderTypeError<`Invalid Retry-After ${NoInfer<TDelay> & number}: expected whole seconds from 0 up, e.g. 120, or a Date`>;

/**
 * A Retry-After value checked by {@link retryAfter} or written by {@link serializeRetryAfter}.
 *
 * @example
 * ```ts
 * import { retryAfter, type RetryAfterValue } from "typed-headers";
 * const value: RetryAfterValue = retryAfter("120");
 * ```
 */
export type RetryAfterValue = Brand<string, "RetryAfter">;

/**
 * What `header("Retry-After", …)` accepts: delay-seconds or an IMF-fixdate literal, or a
 * {@link RetryAfterValue}.
 *
 * @example
 * ```ts
 * import type { RetryAfterArg } from "typed-headers";
 * type Accepted = RetryAfterArg<"120">; // "120"
 * ```
 */
export type RetryAfterArg<TValue extends string> = TValue extends RetryAfterValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Retry-After must be checked first: pass retryAfter(value), or call .retryAfter(seconds | date)">
    : TValue extends ""
      ? "120"
      : IsDigits<TValue> extends true
        ? TValue
        : IsImfFixdate<TValue> extends true
          ? TValue
          : HeaderTypeError<`Invalid Retry-After '${NoInfer<TValue>}': expected whole seconds such as '120' or an IMF-fixdate such as 'Sun, 06 Nov 1994 08:49:37 GMT'`>;

// ---------------------------------------------------------------------------------------------------
// Run time

const RA = "Retry-After";
const IMF_FIXDATE_RE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} GMT$/u;

/**
 * Checks a Retry-After value at run time and brands it: delay-seconds or an IMF-fixdate. Throws
 * `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Retry-After
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
 * @param value The field value, e.g. `120`.
 * @example
 * ```ts
 * import { retryAfter, respond } from "typed-headers";
 * const res = respond().status(503).header("Retry-After", retryAfter(String(60 * 5))).build();
 * ```
 */
export function retryAfter(value: string): RetryAfterValue {
  return DIGITS_RE.test(needString(RA, value)) || (IMF_FIXDATE_RE.test(value) && Number.isFinite(Date.parse(value)))
    ? (value as RetryAfterValue)
    : fail(RA, `${show(value)}: expected whole seconds (120) or an IMF-fixdate (Sun, 06 Nov 1994 08:49:37 GMT)`);
}

/**
 * Writes Retry-After from whole seconds or a `Date`. Throws `HeaderError` for a negative, fractional
 * or non-finite number, or an invalid date.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
 * @param delay Seconds to wait, or the moment to retry at.
 * @example
 * ```ts
 * import { serializeRetryAfter } from "typed-headers";
 * serializeRetryAfter(120); // "120"
 * serializeRetryAfter(new Date(Date.UTC(2030, 0, 1))); // "Tue, 01 Jan 2030 00:00:00 GMT"
 * ```
 */
export function serializeRetryAfter(delay: number | Date): RetryAfterValue {
  const text =
    delay instanceof Date
      ? (httpDate(delay) ?? fail(RA, "the Date is invalid or outside the years 0–9999"))
      : Number.isSafeInteger(delay) && (delay as number) >= 0
        ? String(delay)
        : fail(RA, `expected whole seconds from 0 up, or a Date, got ${String(delay)}`);
  return text as RetryAfterValue;
}

/**
 * Parses Retry-After into seconds (a number) or a `Date`; `undefined` when it is neither.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
 * @param value The field value.
 * @example
 * ```ts
 * import { parseRetryAfter } from "typed-headers";
 * parseRetryAfter("120"); // 120
 * ```
 */
export function parseRetryAfter(value: string): number | Date | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.trim();
  if (DIGITS_RE.test(text)) return Number(text);
  const time = IMF_FIXDATE_RE.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isFinite(time) ? new Date(time) : undefined;
}

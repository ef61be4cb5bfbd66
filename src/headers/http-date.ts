// HTTP dates (RFC 9110 §5.6.7) for Last-Modified (§8.8.2), Expires (RFC 9111 §5.3) and Date (§6.6.1).
//
//   HTTP-date    = IMF-fixdate / obs-date
//   IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT   ; Sun, 06 Nov 1994 08:49:37 GMT
//
// A sender generates only IMF-fixdate; a recipient also reads the two obsolete forms (RFC 850 and
// asctime), which `parseHttpDate` accepts.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import { checkedValue, httpDate as imfFixdate, kindOf, type Digit, type IsDynamic } from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

type DayName = "Mon" | "Tue" | "Wed" | "Thu" | "Fri" | "Sat" | "Sun";
type MonthName = "Jan" | "Feb" | "Mar" | "Apr" | "May" | "Jun" | "Jul" | "Aug" | "Sep" | "Oct" | "Nov" | "Dec";

/**
 * An IMF-fixdate checked by {@link httpDate} (or made by it from a `Date`).
 *
 * @example
 * ```ts
 * import { httpDate, type HttpDateValue } from "typed-headers";
 * const date: HttpDateValue = httpDate(new Date(0)); // "Thu, 01 Jan 1970 00:00:00 GMT"
 * ```
 */
export type HttpDateValue = Brand<string, "HttpDate">;

type TwoDigits<TText extends string> = TText extends `${Digit}${infer TRest}` ? (TRest extends Digit ? true : false) : false;
type FourDigits<TText extends string> = TText extends `${Digit}${Digit}${infer TRest}` ? TwoDigits<TRest> : false;

/**
 * What is wrong with an HTTP-date literal, or `never` when it is an IMF-fixdate.
 *
 * @example
 * ```ts
 * import type { HttpDateProblem } from "typed-headers";
 * type Fine = HttpDateProblem<"Sun, 06 Nov 1994 08:49:37 GMT">; // never
 * ```
 */
export type HttpDateProblem<TValue extends string> =
  TValue extends `${infer TDay}, ${infer TDate} ${infer TMonth} ${infer TYear} ${infer THour}:${infer TMinute}:${infer TSecond} GMT`
    ? TDay extends DayName
      ? TMonth extends MonthName
        ? [TwoDigits<TDate>, FourDigits<TYear>, TwoDigits<THour>, TwoDigits<TMinute>, TwoDigits<TSecond>] extends [true, true, true, true, true]
          ? never
          : "the day, hour, minute and second take two digits, the year four"
        : `'${TMonth}' is not a month (Jan, Feb, …, Dec)`
      : `'${TDay}' is not a day name (Mon, Tue, …, Sun)`
    : "expected an IMF-fixdate such as 'Sun, 06 Nov 1994 08:49:37 GMT'; pass a Date to the method instead";

/**
 * What `header("Last-Modified" | "Expires", …)` accepts: an IMF-fixdate literal or an {@link HttpDateValue}.
 *
 * @example
 * ```ts
 * import type { HttpDateArg } from "typed-headers";
 * type Accepted = HttpDateArg<"Sun, 06 Nov 1994 08:49:37 GMT">;
 * ```
 */
export type HttpDateArg<TValue extends string> = TValue extends HttpDateValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic date must be checked first: pass httpDate(value), or a Date to lastModified()/expires()">
    : [HttpDateProblem<TValue>] extends [never]
      ? TValue
      : HeaderTypeError<`Invalid HTTP date '${NoInfer<TValue>}': ${HttpDateProblem<NoInfer<TValue>>}`>;

// ---------------------------------------------------------------------------------------------------
// Run time

const MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec";
const DAYS = "Sun Mon Tue Wed Thu Fri Sat";
// The day and month names are checked against DAYS and MONTHS, so that a wrong one reads as "a misspelt name".
const IMF_FIXDATE_RE = /^([A-Z][a-z]{2}), (\d\d) ([A-Z][a-z]{2}) (\d{4}) (\d\d):(\d\d):(\d\d) GMT$/u;
const RFC850_RE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (\d\d)-([A-Z][a-z]{2})-(\d\d) (\d\d):(\d\d):(\d\d) GMT$/u;
const ASCTIME_RE = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([\d ]\d) (\d\d):(\d\d):(\d\d) (\d{4})$/u;

function utc(year: number, month: string, day: string, hour: string, minute: string, second: string): Date | undefined {
  // A name is three letters, so it is found only at a multiple of 4 (a fraction otherwise).
  const index = MONTHS.indexOf(month) / 4;
  if (+hour > 23 || +minute > 59 || +second > 60) return undefined;
  const date = new Date(Date.UTC(year, index, +day, +hour, +minute, Math.min(+second, 59)));
  // Date.UTC rolls 31 Feb over to March: a date that does not exist comes back as another day.
  if (date.getUTCDate() != +day || date.getUTCMonth() !== index) return undefined;
  if (year < 100) date.setUTCFullYear(year);
  return date;
}

/**
 * Parses an HTTP-date: IMF-fixdate, or the obsolete RFC 850 and asctime forms a recipient must read.
 * Returns `undefined` for anything else, or a date that does not exist (`31 Feb`, a wrong day name).
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7
 * @param value The date text.
 * @example
 * ```ts
 * import { parseHttpDate } from "typed-headers";
 * parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT")?.toISOString(); // "1994-11-06T08:49:37.000Z"
 * ```
 */
export function parseHttpDate(value: string): Date | undefined {
  if (typeof value != "string") return undefined;
  const text = value.trim();
  // Groups are strings; the array type only keeps the index reads short.
  let match = IMF_FIXDATE_RE.exec(text) as string[] | null;
  if (match !== null) {
    const date = utc(+(match[4] as string), match[3] as string, match[2] as string, match[5] as string, match[6] as string, match[7] as string);
    return date && DAYS.indexOf(match[1] as string) == date.getUTCDay() * 4 ? date : undefined;
  }
  match = RFC850_RE.exec(text);
  if (match !== null) {
    // RFC 9110: a two-digit year more than 50 years in the future is taken to be in the past.
    const now = new Date().getUTCFullYear();
    let year = now - (now % 100) + +(match[3] as string);
    if (year > now + 50) year -= 100;
    return utc(year, match[2] as string, match[1] as string, match[4] as string, match[5] as string, match[6] as string);
  }
  match = ASCTIME_RE.exec(text);
  return match === null ? undefined : utc(+(match[6] as string), match[1] as string, match[2] as string, match[3] as string, match[4] as string, match[5] as string);
}

/** Throws `HeaderError` (for `header`) unless `value` is an IMF-fixdate of a real day; returns it unchanged. */
export function checkHttpDate(value: string, header: string): string {
  if (typeof value != "string") return fail(header, `expected a string, got ${kindOf(value)}`);
  const example = "'Sun, 06 Nov 1994 08:49:37 GMT'";
  const problem = !IMF_FIXDATE_RE.test(value)
    ? `expected an IMF-fixdate such as ${example}`
    : parseHttpDate(value) === undefined
      ? `a misspelt name or no such day; e.g. ${example}`
      : "";
  return checkedValue(header, value, problem);
}

/** Formats a `Date` as an IMF-fixdate; throws `HeaderError` (for `header`) for an invalid one. */
export function formatHttpDate(date: Date, header: string): string {
  if (!(date instanceof Date)) return fail(header, `expected a Date, got ${kindOf(date)}`);
  return imfFixdate(date) ?? fail(header, "the Date is invalid or outside the years 0–9999");
}

/**
 * Makes an IMF-fixdate from a `Date`, or checks a string as one, and brands it. Throws `HeaderError`
 * for an invalid `Date` or a string that is not an IMF-fixdate of a real day.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Date
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.6.7
 * @param value A `Date`, or the date text.
 * @example
 * ```ts
 * import { httpDate, respond } from "typed-headers";
 * const res = respond().header("Last-Modified", httpDate(new Date("2024-01-01T00:00:00Z"))).build();
 * ```
 */
export function httpDate(value: Date | string): HttpDateValue {
  return (typeof value === "string" ? checkHttpDate(value, "HTTP date") : formatHttpDate(value, "HTTP date")) as HttpDateValue;
}

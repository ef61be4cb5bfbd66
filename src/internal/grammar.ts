// The shared grammar of HTTP fields (RFC 9110 §5.5, §5.6): template-literal types for the compiler and
// regular expressions for the run time, side by side so that each rule is written once per side.
// Every regex here is anchored, uses the `u` flag, and has no nested quantifiers (no ReDoS).
// Type-level loops are tail-recursive (a conditional type whose branch is the recursive call), which
// TypeScript unrolls up to 1,000 steps instead of ~50.

import { checkOptionKeys, fail } from "../errors.js";

// ---------------------------------------------------------------------------------------------------
// Types

/** Decimal digits. */
export type Digit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9";

type Lower =
  | "a" | "b" | "c" | "d" | "e" | "f" | "g" | "h" | "i" | "j" | "k" | "l" | "m"
  | "n" | "o" | "p" | "q" | "r" | "s" | "t" | "u" | "v" | "w" | "x" | "y" | "z";

/** ASCII letters. */
export type Alpha = Lower | Uppercase<Lower>;

/** RFC 9110 §5.6.2 tchar: the characters of a token. */
export type TChar = Alpha | Digit | "!" | "#" | "$" | "%" | "&" | "'" | "*" | "+" | "-" | "." | "^" | "_" | "`" | "|" | "~";

/** Visible ASCII that is not a tchar (separators), plus obs-text below. */
type Delimiter = "\"" | "(" | ")" | "," | "/" | ":" | ";" | "<" | "=" | ">" | "?" | "@" | "[" | "\\" | "]" | "{" | "}";

/** RFC 9110 §5.5 obs-text (U+0080–U+00FF): allowed in field values, discouraged. */
export type ObsText =
  | "\x80" | "\x81" | "\x82" | "\x83" | "\x84" | "\x85" | "\x86" | "\x87" | "\x88" | "\x89" | "\x8a" | "\x8b" | "\x8c" | "\x8d" | "\x8e" | "\x8f"
  | "\x90" | "\x91" | "\x92" | "\x93" | "\x94" | "\x95" | "\x96" | "\x97" | "\x98" | "\x99" | "\x9a" | "\x9b" | "\x9c" | "\x9d" | "\x9e" | "\x9f"
  | "\xa0" | "\xa1" | "\xa2" | "\xa3" | "\xa4" | "\xa5" | "\xa6" | "\xa7" | "\xa8" | "\xa9" | "\xaa" | "\xab" | "\xac" | "\xad" | "\xae" | "\xaf"
  | "\xb0" | "\xb1" | "\xb2" | "\xb3" | "\xb4" | "\xb5" | "\xb6" | "\xb7" | "\xb8" | "\xb9" | "\xba" | "\xbb" | "\xbc" | "\xbd" | "\xbe" | "\xbf"
  | "\xc0" | "\xc1" | "\xc2" | "\xc3" | "\xc4" | "\xc5" | "\xc6" | "\xc7" | "\xc8" | "\xc9" | "\xca" | "\xcb" | "\xcc" | "\xcd" | "\xce" | "\xcf"
  | "\xd0" | "\xd1" | "\xd2" | "\xd3" | "\xd4" | "\xd5" | "\xd6" | "\xd7" | "\xd8" | "\xd9" | "\xda" | "\xdb" | "\xdc" | "\xdd" | "\xde" | "\xdf"
  | "\xe0" | "\xe1" | "\xe2" | "\xe3" | "\xe4" | "\xe5" | "\xe6" | "\xe7" | "\xe8" | "\xe9" | "\xea" | "\xeb" | "\xec" | "\xed" | "\xee" | "\xef"
  | "\xf0" | "\xf1" | "\xf2" | "\xf3" | "\xf4" | "\xf5" | "\xf6" | "\xf7" | "\xf8" | "\xf9" | "\xfa" | "\xfb" | "\xfc" | "\xfd" | "\xfe" | "\xff";

/** RFC 9110 §5.5 field-vchar: visible ASCII or obs-text. */
export type VChar = TChar | Delimiter | ObsText;

/** Optional whitespace (RFC 9110 §5.6.3). */
export type Ows = " " | "\t";

/**
 * `true` when `TText` is not a known literal: `string`, or a template such as `${string}-${string}`
 * (what `crypto.randomUUID()` returns). Such values are checked at run time only.
 */
export type IsDynamic<TText extends string> = {} extends Record<TText, 1> ? true : false;

/**
 * `TText` from its first character outside `TAllowed` on, or `""` when every character is in it: the
 * walk under {@link AllChars} and {@link FirstBadChar}. Four characters a match while they are all
 * allowed (a match costs the compiler about as much for four characters as for one), then one at a time;
 * two matches a step, so that a 4,000-character literal stays under the compiler's 1,000 steps.
 */
export type SkipAllowed<TText extends string, TAllowed extends string> =
  TText extends `${infer TC1}${infer TC2}${infer TC3}${infer TC4}${infer TRest}`
    ? TC1 | TC2 | TC3 | TC4 extends TAllowed
      ? TRest extends `${infer TC5}${infer TC6}${infer TC7}${infer TC8}${infer TMore}`
        ? TC5 | TC6 | TC7 | TC8 extends TAllowed
          ? TMore extends ""
            ? ""
            : SkipAllowed<TMore, TAllowed>
          : SkipAllowedOne<TRest, TAllowed>
        : SkipAllowedTail<TRest, TAllowed>
      : SkipAllowedOne<TText, TAllowed>
    : SkipAllowedTail<TText, TAllowed>;

// Fewer than four characters left: one test for them all (the last `infer` takes the third, or "").
type SkipAllowedTail<TText extends string, TAllowed extends string> = TText extends "" | TAllowed
  ? ""
  : TText extends `${infer TC1}${infer TC2}${infer TC3}`
    ? TC1 | TC2 | TC3 extends TAllowed | ""
      ? ""
      : SkipAllowedOne<TText, TAllowed>
    : TText;

type SkipAllowedOne<TText extends string, TAllowed extends string> = TText extends `${infer _THead extends TAllowed}${infer TRest}`
  ? SkipAllowedOne<TRest, TAllowed>
  : TText;

/**
 * `true` when every character of the literal `TText` is in `TAllowed` (an empty string passes): the
 * cheap yes/no walk of the common case, for callers that have ruled out `string` and that find the
 * offending character with {@link FirstBadChar} only when it says `false`. NUL is never allowed: the
 * text is padded with eight NULs, so that every step reads eight characters in one match (no tail steps
 * for the last few), and the walk ends when the next one is a NUL. About 3 instantiations a character
 * and 8 a step, against about 6 a character for {@link SkipAllowed}.
 */
export type OnlyChars<TText extends string, TAllowed extends string> = TText extends WithNul
  ? false
  : OnlyCharsWalk<`${TText}\0\0\0\0\0\0\0\0`, TAllowed | "\0">;

type OnlyCharsWalk<TText extends string, TAllowed extends string> = TText extends StartsWithNul
  ? true
  : TText extends `${infer TC0}${infer TC1}${infer TC2}${infer TC3}${infer TC4}${infer TC5}${infer TC6}${infer TC7}${infer TRest}`
    ? TC0 | TC1 | TC2 | TC3 | TC4 | TC5 | TC6 | TC7 extends TAllowed
      ? OnlyCharsWalk<TRest, TAllowed>
      : false
    : true;

// Constant patterns in aliases of their own, written as unions: the compiler takes such an alias for a
// non-generic type and does not instantiate it at each test (a template written inline costs one
// instantiation per union member, each time).
type WithNul = `${string}\0${string}` | `\0${string}`;
type StartsWithNul = `\0${string}` | `\0\0${string}`;

/**
 * `true` when every character of `TText` is in `TAllowed` (an empty string passes; so does `string`,
 * which has no first character to read); distributes over a union.
 */
export type AllChars<TText extends string, TAllowed extends string> = TText extends string
  ? SkipAllowed<TText, TAllowed> extends `${infer _THead}${string}`
    ? false
    : true
  : never;

/** The first character of `TText` that is not in `TAllowed`, or `never`. */
export type FirstBadChar<TText extends string, TAllowed extends string> =
  SkipAllowed<TText, TAllowed> extends `${infer THead}${string}` ? THead : never;

/** `true` when `TText` is an RFC 9110 token: one or more tchar. */
export type IsToken<TText extends string> = TText extends "" ? false : AllChars<TText, TChar>;

/**
 * `true` when `TText` is one or more decimal digits (RFC 9111 §1.2.2 delta-seconds, and the like).
 * A pattern, not a walk: `${bigint}` matches what a BigInt literal may spell, which is the digits
 * without a leading zero, plus `-`, `0x`, `0o` and `0b` forms refused here; leading zeros are peeled.
 * Distributes over a union (`boolean` when the members differ).
 */
export type IsDigits<TText extends string> = TText extends `${bigint}`
  ? TText extends `${"-" | "0"}${string}`
    ? LeadingZeroDigits<TText>
    : true
  : TText extends `0${string}`
    ? LeadingZeroDigits<TText>
    : false;

type LeadingZeroDigits<TText extends string> = TText extends `0${infer TRest}` ? (TRest extends "" ? true : IsDigits<TRest>) : false;

/** `true` when `TText` is an RFC 9110 field value: no control characters but HTAB, no leading or trailing whitespace. */
export type IsFieldValue<TText extends string> = TText extends `${Ows}${string}` | `${string}${Ows}`
  ? false
  : AllChars<TText, VChar | Ows>;

/** `TText` without leading and trailing optional whitespace. */
export type TrimOws<TText extends string> = TText extends `${Ows}${infer TRest}`
  ? TrimOws<TRest>
  : TText extends `${infer TRest}${Ows}`
    ? TrimOws<TRest>
    : TText;

/**
 * The names in `TNames` that start with `TPrefix`, joined by ", " in list order: the "did you mean"
 * of an unknown directive or feature name. A fixed-order tuple, not a union: joining a union's members
 * would build every permutation.
 */
export type JoinMatching<TPrefix extends string, TNames extends readonly string[], TOut extends string = ""> = TNames extends readonly [
  infer THead extends string,
  ...infer TRest extends readonly string[],
]
  ? JoinMatching<TPrefix, TRest, THead extends `${TPrefix}${string}` ? (TOut extends "" ? THead : `${TOut}, ${THead}`) : TOut>
  : TOut;

/** What a literal field value breaks, as a sentence, or `never` when it is a valid field value. */
export type FieldValueProblem<TText extends string> = TText extends `${Ows}${string}`
  ? "it starts with whitespace; trim it"
  : TText extends `${string}${Ows}`
    ? "it ends with whitespace; trim it"
    : FirstBadChar<TText, VChar | Ows> extends infer TBad extends string
      ? [TBad] extends [never]
        ? never
        : TBad extends "\r" | "\n"
          ? "it contains CR or LF, which would split the header"
          : TBad extends "\0"
            ? "it contains NUL"
            : "it contains a control character or a character above U+00FF"
      : never;

// ---------------------------------------------------------------------------------------------------
// Run time

/** RFC 9110 §5.6.2 token. */
export const TOKEN_RE: RegExp = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/u;
/** Characters allowed anywhere in a field value (RFC 9110 §5.5): HTAB, SP, VCHAR, obs-text. */
export const FIELD_CHARS_RE: RegExp = /^[\t\x20-\x7e\x80-\xff]*$/u;
/** Leading or trailing whitespace in a field value. */
export const EDGE_WHITESPACE_RE: RegExp = /^[\t ]|[\t ]$/u;
/** One or more decimal digits. */
export const DIGITS_RE: RegExp = /^[0-9]+$/u;
/** Characters that may stand unescaped inside an RFC 9110 §5.6.4 quoted-string (qdtext). */
export const QDTEXT_RE: RegExp = /^[\t\x20\x21\x23-\x5b\x5d-\x7e\x80-\xff]*$/u;
/** Characters a quoted-pair may escape. */
export const QUOTABLE_RE: RegExp = /^[\t\x20-\x7e\x80-\xff]*$/u;

/** `true` when `text` is an RFC 9110 token. */
export function isToken(text: string): boolean {
  return TOKEN_RE.test(text);
}

/** Why `text` is not a valid field value, or `undefined` when it is. */
export function fieldValueProblem(text: string): string | undefined {
  if (FIELD_CHARS_RE.test(text)) {
    return EDGE_WHITESPACE_RE.test(text) ? "it starts or ends with whitespace; trim it" : undefined;
  }
  if (/[\r\n]/u.test(text)) return "it contains CR or LF, which would split the header";
  if (text.includes("\0")) return "it contains NUL";
  return "it contains a control character or a character above U+00FF";
}

/**
 * `text` without leading and trailing characters from `chars` (default: SP and HTAB, RFC 9110 OWS).
 * A loop, not a regex: a trailing-whitespace regex backtracks quadratically on a long run of spaces followed by
 * another character, and these strings come from requests.
 */
export function trimOws(text: string, chars: string = " \t"): string {
  let start = 0;
  let end = text.length;
  while (start < end && chars.includes(text[start] as string)) start++;
  while (end > start && chars.includes(text[end - 1] as string)) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/** `text` without trailing SP and HTAB; linear, like {@link trimOws}. */
export function trimEndOws(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
  return end === text.length ? text : text.slice(0, end);
}

/** Writes `text` as an RFC 9110 quoted-string, escaping `"` and `\`; the caller checks the characters. */
export function quote(text: string): string {
  return `"${text.replace(/["\\]/gu, "\\$&")}"`;
}

/** Reads an RFC 9110 quoted-string (with its quotes) back to its text, or `undefined` when malformed. */
export function unquote(text: string): string | undefined {
  if (text.length < 2 || !text.startsWith("\"") || !text.endsWith("\"")) return undefined;
  let out = "";
  for (let i = 1; i < text.length - 1; i++) {
    let char = text[i] as string;
    if (char === "\\") {
      i++;
      if (i >= text.length - 1) return undefined;
      char = text[i] as string;
    } else if (char === "\"") {
      return undefined;
    }
    out += char;
  }
  return QUOTABLE_RE.test(out) ? out : undefined;
}

/** Formats a `Date` as an IMF-fixdate (RFC 9110 §5.6.7), e.g. `Sun, 06 Nov 1994 08:49:37 GMT`. */
export function httpDate(date: Date): string | undefined {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  // toUTCString() is specified (ECMA-262 §21.4.4.43) to produce exactly the IMF-fixdate layout,
  // but only for years 0–9999; outside them HTTP has no date to write.
  if (!Number.isFinite(time)) return undefined;
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) return undefined;
  return date.toUTCString();
}

// ---------------------------------------------------------------------------------------------------
// Run-time helpers shared by the families: values and messages. A refused value is quoted with `show`
// before its problem; an option's kind is named by `kindOf`.

/** `JSON.stringify` under a short name: messages quote the value they refuse with it. */
export const show: (value: unknown) => string = JSON.stringify;

/** What a wrong argument was, for a message: `typeof value`, but `null` for null and `array` for an array. */
export function kindOf(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
}

/** Throws `HeaderError` for `header`: `"value": problem`. */
export const failValue = (header: string, value: unknown, problem: string): never => fail(header, `${show(value)}: ${problem}`);

/**
 * `value` when `problem` is empty or `undefined`; else throws the `HeaderError` that quotes the value
 * before the problem: `"max-age=1h": 'max-age' takes delta-seconds…`.
 */
export function checkedValue<TValue>(header: string, value: TValue, problem: string | false | undefined): TValue {
  return problem ? failValue(header, value, problem) : value;
}

/** Returns `value` when it is a string; else throws `HeaderError` (`expected a string, got number`). */
export function needString(header: string, value: unknown, what: string = "a string"): string {
  return typeof value === "string" ? value : fail(header, `expected ${what}, got ${typeof value}`);
}

/** Returns `value` when it is a string and a valid field value; else throws `HeaderError` naming the problem. */
export function checkField(header: string, value: unknown): string {
  const problem = fieldValueProblem(needString(header, value));
  return problem === undefined ? (value as string) : failValue(header, value, problem);
}

/** Throws `HeaderError` (`expected <shape>`) unless `value` is an object. */
export function needObject(header: string, value: unknown, shape: string): void {
  if (typeof value !== "object" || value === null) fail(header, `expected ${shape}`);
}

/** `true` for an options object: an object that is neither `null` nor an array. */
export function isOptions(value: unknown): value is Record<string, unknown> {
  return typeof value == "object" && value !== null && !Array.isArray(value);
}

/**
 * Throws `HeaderError` unless `options` is an object whose own keys are among `known` (space-separated, an
 * optional one marked `?` as the message shows it: `"maxAge includeSubDomains? preload?"`).
 */
export function checkOptions(header: string, options: unknown, known: string): void {
  if (typeof options !== "object" || options === null) fail(header, `expected an object { ${known.replaceAll(" ", ", ")} }`);
  // The key list of each shape is worked out once: a builder call (hsts(), secure(), …) runs this every time.
  let keys = OPTION_KEYS.get(known);
  if (keys === undefined) OPTION_KEYS.set(known, (keys = words(known.replaceAll("?", ""))));
  checkOptionKeys(header, options as object, keys);
}

const OPTION_KEYS = new Map<string, string[]>();

/** Reads a `?: true` option: `false` when left out, `true` when `true`; anything else throws `HeaderError`. */
export const flag = (header: string, name: string, value: unknown): boolean =>
  value === undefined ? false : value === true || fail(header, `${name} must be true or left out, got ${String(value)}`);

/** Reads an option in delta-seconds: a whole number, 0 or more; anything else throws `HeaderError`. */
export const seconds = (header: string, name: string, value: unknown): number =>
  Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : fail(header, `${name} must be a whole number of seconds, 0 or more, got ${String(value)}`);

/** `true` when `left` becomes `right` by one typo: a character changed, added or dropped, or two swapped. */
export function oneEdit(left: string, right: string): boolean {
  let i = 0;
  while (i < left.length && left[i] === right[i]) i++;
  const same = (from: number, to: number): boolean => left.slice(from) === right.slice(to);
  return same(i + 1, i + 1) || same(i + 1, i) || same(i, i + 1) || (left[i + 1] === right[i] && right[i + 1] === left[i] && same(i + 2, i + 2));
}

/** The words of a space-separated table: the compact form of a list of names. */
export const words = (text: string): string[] => text.split(" ");

/** A lower-case header name in its usual spelling: `access-control-max-age` → `Access-Control-Max-Age`. */
export const titleCase = (name: string): string => name.replace(/\b[a-z]/gu, (char) => char.toUpperCase());

// ---------------------------------------------------------------------------------------------------
// Lists and parameters.

/** A parameter value as a token when it is one, else as a quoted-string. */
export function tokenOrQuote(value: string): string {
  return TOKEN_RE.test(value) ? value : quote(value);
}

/** The items of a comma-separated list, trimmed (empty items kept). */
export function splitList(value: string): string[] {
  return value.split(",").map((item) => trimOws(item));
}

/**
 * Checks a comma-separated list field value item by item: a string, no edge whitespace, no empty item,
 * and `problemOf` for each item; `allowEmpty` accepts "". Throws `HeaderError`; returns the value.
 */
export function checkList(header: string, value: unknown, problemOf: (item: string) => string | undefined, allowEmpty?: boolean): string {
  const text = needString(header, value);
  if (text === "" && allowEmpty) return text;
  if (EDGE_WHITESPACE_RE.test(text)) fail(header, `${show(text)}: it starts or ends with whitespace; trim it`);
  for (const item of splitList(text)) {
    const problem = item === "" ? `${show(text)}: an empty list item` : problemOf(item);
    if (problem !== undefined) fail(header, problem);
  }
  return text;
}

/**
 * Checks list items with `problemOf` and joins them with ", "; `nonEmpty` asks for one item at least.
 * `what` names the items with an example, for the message. Throws `HeaderError`.
 */
export function joinList(header: string, items: readonly unknown[], problemOf: (item: string) => string | undefined, what: string, nonEmpty?: boolean): string {
  if (!Array.isArray(items) || (nonEmpty && items.length < 1)) fail(header, `expected ${nonEmpty ? "a non-empty array" : "an array"} of ${what}`);
  for (const item of items) {
    const problem = problemOf(item as string);
    if (problem !== undefined) fail(header, problem);
  }
  return items.join(", ");
}

/**
 * Writes `; name=value` for each extra parameter, a value quoted unless it is a token. Throws
 * `HeaderError` for a name that is not a token or that `reserved` claims (`others` says which names
 * are allowed), or a value that is not printable ASCII.
 */
export function writeParams(header: string, params: Record<string, string> | undefined, reserved: (lower: string) => boolean, others: string): string {
  let text = "";
  for (const [name, value] of Object.entries(params ?? {})) {
    const lower = name.toLowerCase();
    if (!TOKEN_RE.test(name) || reserved(lower)) fail(header, `parameter ${show(name)} is not allowed: use a token other than ${others}`);
    if (typeof value !== "string" || !/^[\x20-\x7e]*$/u.test(value)) fail(header, `parameter '${name}' needs printable ASCII text`);
    text += `; ${lower}=${tokenOrQuote(value)}`;
  }
  return text;
}

/**
 * Writes an object of named entries (CSP directives, Permissions-Policy features) as `write` spells each one,
 * joined by `separator`; `undefined` entries are skipped, and `write` gets one copy of each array, so that a
 * getter or Proxy cannot change it between its check and its text. Throws `HeaderError` for a non-object or
 * an empty policy (whose message shows `example`).
 */
export function writeEntries(
  header: string,
  policy: unknown,
  what: string,
  write: (name: string, value: unknown) => string,
  separator: string,
  example: string,
): string {
  if (typeof policy !== "object" || policy === null || Array.isArray(policy)) fail(header, `expected an object keyed by ${what} name`);
  const parts: string[] = [];
  for (const [name, given] of Object.entries(policy as object)) {
    if (given !== undefined) parts.push(write(name, Array.isArray(given) ? Array.from(given as unknown[]) : given));
  }
  return parts.length > 0 ? parts.join(separator) : fail(header, `an empty policy: give at least one ${what}, e.g. ${example}`);
}

// ---------------------------------------------------------------------------------------------------
// Origins.

const ORIGIN_RE = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/(?:\*\.)?[A-Za-z0-9\-.:[\]]+$/u;

/** `true` when `text` is a serialized origin (a `*.` wildcard host included: callers that refuse it check for `*`). */
export const isOrigin = (text: string): boolean => ORIGIN_RE.test(text);

/** The advice for an origin written with a path (browsers compare origins exactly), or `undefined`. */
export function pathProblem(text: string): string | undefined {
  const at = text.indexOf("://");
  return at >= 0 && text.slice(at + 3).includes("/") ? `'${text}' is not an origin: drop the path${text.endsWith("/") ? " (the trailing /)" : ""}` : undefined;
}

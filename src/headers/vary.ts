// Vary (RFC 9110 §12.5.5): the request headers a response was chosen by, so caches key on them.
//
//   Vary = #( "*" / field-name )
//
// `*` means "chosen by something other than request headers" and stands alone: with it, no cache can
// reuse the response, so a list that mixes it with names is refused.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import { checkedValue, fieldValueProblem, kindOf, TOKEN_RE, type IsDynamic, type IsToken, type Ows, type TrimOws, trimOws } from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/**
 * Request header names that `vary("` completes; any other header name is accepted too.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Vary
 * @example
 * ```ts
 * import type { CommonVaryName } from "typed-headers";
 * const name: CommonVaryName = "Accept-Encoding";
 * ```
 */
export type CommonVaryName =
  | "Accept"
  | "Accept-Encoding"
  | "Accept-Language"
  | "Authorization"
  | "Cookie"
  | "Origin"
  | "User-Agent"
  | "Sec-CH-UA"
  | "Sec-CH-UA-Mobile"
  | "Sec-CH-UA-Platform"
  | "Sec-CH-Prefers-Color-Scheme"
  | "Sec-Fetch-Dest"
  | "Sec-Fetch-Mode"
  | "Sec-Fetch-Site"
  | "Access-Control-Request-Headers"
  | "Access-Control-Request-Method"
  | "*";

/**
 * A Vary value checked by {@link varyValue}.
 *
 * @example
 * ```ts
 * import { varyValue, type VaryValue } from "typed-headers";
 * const value: VaryValue = varyValue("Accept-Encoding, Origin");
 * ```
 */
export type VaryValue = Brand<string, "Vary">;

/**
 * What one argument of `vary(...names)` accepts: a header-name literal (or `*`), or a `string` checked at
 * run time.
 *
 * @example
 * ```ts
 * import type { VaryNameArg } from "typed-headers";
 * type Accepted = VaryNameArg<"Accept-Encoding">; // "Accept-Encoding"
 * ```
 */
export type VaryNameArg<TName extends string> = IsDynamic<TName> extends true
  ? TName
  : TName extends "*"
    ? TName
    : TName extends ""
      ? CommonVaryName
      : IsToken<TName> extends true
        ? TName
        :
            | Extract<CommonVaryName, `${NoInfer<TName>}${string}`>
            | HeaderTypeError<`Invalid Vary name '${NoInfer<TName>}': a header name is a token (letters, digits and !#$%&'*+-.^_\`|~); pass one name per argument`>;

/**
 * What `vary(...names)` accepts: header names, or `*` alone.
 *
 * @example
 * ```ts
 * import type { VaryArgs } from "typed-headers";
 * type Accepted = VaryArgs<["Accept", "Origin"]>; // ["Accept", "Origin"]
 * ```
 */
export type VaryArgs<TNames extends readonly string[]> = TNames extends readonly []
  ? [HeaderTypeError<"vary() needs at least one header name, e.g. vary('Accept-Encoding')">]
  : TNames extends readonly [string, string, ...string[]]
    ? [Extract<TNames[number], "*">] extends [never]
      ? { [TIndex in keyof TNames]: VaryNameArg<TNames[TIndex]> }
      : { [TIndex in keyof TNames]: HeaderTypeError<"Vary '*' stands alone: with it no cache can reuse the response, so other names add nothing; pass only '*'"> }
    : { [TIndex in keyof TNames]: VaryNameArg<TNames[TIndex]> };

/**
 * What is wrong with a Vary literal, or `never`.
 *
 * @example
 * ```ts
 * import type { VaryProblem } from "typed-headers";
 * type Problem = VaryProblem<"*, Accept">; // "'*' stands alone; …"
 * ```
 */
export type VaryProblem<TValue extends string> = TValue extends `${Ows}${string}` | `${string}${Ows}`
  ? "it starts or ends with whitespace; trim it"
  : TrimOws<TValue> extends "*"
    ? never
    : VaryItems<TValue>;

type VaryItems<TText extends string> = TText extends `${infer TItem},${infer TRest}`
  ? TrimOws<TItem> extends "*"
    ? "'*' stands alone; remove the other names or the '*'"
    : IsToken<TrimOws<TItem>> extends true
      ? VaryItems<TRest>
      : `'${TrimOws<TItem>}' is not a header name`
  : TrimOws<TText> extends "*"
    ? "'*' stands alone; remove the other names or the '*'"
    : IsToken<TrimOws<TText>> extends true
      ? never
      : `'${TrimOws<TText>}' is not a header name`;

/**
 * What `header("Vary", …)` accepts: a comma-separated list of header names, `*`, or a {@link VaryValue}.
 *
 * @example
 * ```ts
 * import type { VaryArg } from "typed-headers";
 * type Accepted = VaryArg<"Accept-Encoding, Origin">;
 * ```
 */
export type VaryArg<TValue extends string> = TValue extends VaryValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Vary must be checked first: pass varyValue(value), or use vary(...names)">
    : [VaryProblem<TValue>] extends [never]
      ? TValue
      : HeaderTypeError<`Invalid Vary '${NoInfer<TValue>}': ${VaryProblem<NoInfer<TValue>>}`>;

// ---------------------------------------------------------------------------------------------------
// Run time

/**
 * Parses a Vary value into its names, as written (`["*"]` for a star); empty members are skipped.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5
 * @param value The Vary value.
 * @example
 * ```ts
 * import { parseVary } from "typed-headers";
 * parseVary("Accept-Encoding, Origin"); // ["Accept-Encoding", "Origin"]
 * ```
 */
export function parseVary(value: string): string[] {
  return typeof value == "string" ? value.split(",").map((item) => item.trim()).filter((item) => item != "") : [];
}

/** Why `names` cannot be a Vary list, or `undefined`. */
function namesProblem(names: readonly unknown[]): string | undefined {
  if (names.length == 0) return "no header name given";
  for (const name of names) {
    if (typeof name != "string") return `expected header names as strings, got ${kindOf(name)}`;
    if (name == "*" ? names.length > 1 : !TOKEN_RE.test(name)) {
      return name == "*" ? "'*' stands alone; remove the other names or the '*'" : `${JSON.stringify(name)} is not a header name`;
    }
  }
  return undefined;
}

/**
 * Writes a Vary value from header names, dropping case-insensitive duplicates (the first spelling wins);
 * `*` must stand alone. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Vary
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5
 * @param names The request header names the response depends on.
 * @example
 * ```ts
 * import { serializeVary } from "typed-headers";
 * serializeVary(["Accept-Encoding", "accept-encoding", "Origin"]); // "Accept-Encoding, Origin"
 * ```
 */
export function serializeVary(names: readonly string[]): VaryValue {
  const problem = Array.isArray(names) ? namesProblem(names) : "expected a list of header names";
  if (problem !== undefined) return fail("Vary", problem);
  // A set, not an array: a Vary built from a long request-derived list stays linear.
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase())).join(", ") as VaryValue;
}

/**
 * Merges earlier Vary values with more names: a star anywhere gives `*`; otherwise the union, in order,
 * without case-insensitive duplicates. Throws `HeaderError` for a name that is not a token.
 *
 * @param earlier The Vary values already set.
 * @param names The names to add.
 * @example
 * ```ts
 * import { mergeVary } from "typed-headers";
 * mergeVary(["Accept-Encoding"], ["origin", "accept-encoding"]); // "Accept-Encoding, origin"
 * ```
 */
export function mergeVary(earlier: readonly string[], names: readonly string[]): VaryValue {
  const problem = namesProblem(names);
  if (problem !== undefined) return fail("Vary", problem);
  const all = [...earlier.flatMap(parseVary), ...names];
  return (all.includes("*") ? "*" : serializeVary(all)) as VaryValue;
}

/** Throws `HeaderError` unless `value` is a Vary value; returns it unchanged. */
export function checkVary(value: string): string {
  if (typeof value != "string") return fail("Vary", `expected a string, got ${kindOf(value)}`);
  return checkedValue("Vary", value, fieldValueProblem(value) ?? namesProblem(value.split(",").map((item) => trimOws(item))));
}

/**
 * Checks a Vary value (`*`, or comma-separated header names) at run time and brands it. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Vary
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-12.5.5
 * @param value The Vary value.
 * @example
 * ```ts
 * import { respond, varyValue } from "typed-headers";
 * const res = respond().header("Vary", varyValue(["Accept", "Origin"].join(", "))).build();
 * ```
 */
export function varyValue(value: string): VaryValue {
  return checkVary(value) as VaryValue;
}

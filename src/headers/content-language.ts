// Content-Language (RFC 9110 §8.5): the natural languages of the intended audience.
//
//   Content-Language = 1#language-tag      ; BCP 47 (RFC 5646)
//
// The types and the run time check the shape of a BCP 47 tag, not the IANA subtag registry: a primary
// subtag of 2–8 letters (or `x` / `i` for private-use and grandfathered tags), then subtags of 1–8
// letters and digits, separated by `-`. `en_US` (an underscore, as in POSIX locales) is refused.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import type { Alpha, Digit, IsDynamic } from "../internal/grammar.js";
import { checkList, joinList, show } from "../internal/grammar.js";
import type { AllIn } from "./content-disposition.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/**
 * Language tags that `contentLanguage("` completes; any other well-formed BCP 47 tag is accepted too.
 *
 * @example
 * ```ts
 * import type { CommonLanguageTag } from "typed-headers";
 * const tag: CommonLanguageTag = "en-US";
 * ```
 */
export type CommonLanguageTag =
  | "en" | "en-US" | "en-GB" | "de" | "de-DE" | "fr" | "fr-FR" | "fr-CA" | "es" | "es-ES" | "es-419" | "it" | "pt" | "pt-BR"
  | "nl" | "sv" | "da" | "nb" | "fi" | "pl" | "cs" | "ru" | "uk" | "tr" | "el" | "he" | "ar" | "fa" | "hi" | "ja" | "ko"
  | "zh" | "zh-Hans" | "zh-Hant" | "zh-CN" | "zh-TW" | "id" | "vi" | "th";

type AlphaNum = Alpha | Digit;

// Nine single-character inferences match only a text of nine characters or more.
type LongerThan8<TText extends string> =
  TText extends `${infer _1}${infer _2}${infer _3}${infer _4}${infer _5}${infer _6}${infer _7}${infer _8}${infer _9}${string}` ? true : false;

type SubtagsProblem<TTag extends string, TText extends string> = TText extends ""
  ? never
  : TText extends `-${infer TRest}`
    ? (TRest extends `${infer TSub}-${string}` ? TSub : TRest) extends infer TSub extends string
      ? TSub extends ""
        ? `'${TTag}' has an empty subtag: remove the extra '-'`
        : AllIn<TSub, AlphaNum> extends false
          ? `subtag '${TSub}' holds a character that is not a letter or digit`
          : LongerThan8<TSub> extends true
            ? `subtag '${TSub}' is longer than 8 characters`
            : SubtagsProblem<TTag, TRest extends `${TSub}${infer TAfter}` ? TAfter : "">
      : never
    : never;

/**
 * What is wrong with a literal language tag, as a sentence, or `never` when it has the BCP 47 shape.
 *
 * @see https://www.rfc-editor.org/rfc/rfc5646#section-2.1
 * @example
 * ```ts
 * import type { LanguageTagProblem } from "typed-headers";
 * type Problem = LanguageTagProblem<"en_US">; // "… use '-', as in 'en-US'"
 * ```
 */
export type LanguageTagProblem<TTag extends string> = TTag extends `${string}_${string}`
  ? "BCP 47 separates subtags with '-', not '_': write it as in 'en-US'"
  : TTag extends `${infer TPrimary}-${infer TRest}`
    ? PrimaryProblem<TPrimary> extends infer TProblem extends string
      ? [TProblem] extends [never] ? SubtagsProblem<TTag, `-${TRest}`> : TProblem
      : never
    : PrimaryProblem<TTag>;

type PrimaryProblem<TPrimary extends string> = TPrimary extends "x" | "X" | "i" | "I"
  ? never
  : AllIn<TPrimary, Alpha> extends false
    ? `the primary language subtag '${TPrimary}' must be letters, e.g. 'en'`
    : TPrimary extends `${infer _1}${infer _2}${string}`
      ? LongerThan8<TPrimary> extends true
        ? `the primary language subtag '${TPrimary}' must be 2 to 8 letters, e.g. 'en'`
        : never
      : `the primary language subtag '${TPrimary}' must be 2 to 8 letters, e.g. 'en'`;

/**
 * What one language-tag argument accepts: a well-formed literal, or a `string` checked at run time.
 *
 * @example
 * ```ts
 * import type { LanguageTagArg } from "typed-headers";
 * type Accepted = LanguageTagArg<"fr-CA">; // "fr-CA"
 * ```
 */
export type LanguageTagArg<TTag extends string> = IsDynamic<TTag> extends true
  ? TTag
  : TTag extends CommonLanguageTag
    ? TTag
    : TTag extends ""
      ? CommonLanguageTag
      : [LanguageTagProblem<TTag>] extends [never]
        ? TTag
        :
            | Extract<CommonLanguageTag, `${NoInfer<TTag>}${string}`>
            | HeaderTypeError<`Invalid language tag '${NoInfer<TTag>}': ${LanguageTagProblem<NoInfer<TTag>>}`>;

/**
 * The arguments of `contentLanguage(...tags)`: each one a {@link LanguageTagArg}.
 *
 * @example
 * ```ts
 * import type { LanguageTagArgs } from "typed-headers";
 * type Accepted = LanguageTagArgs<["en", "fr"]>; // ["en", "fr"]
 * ```
 */
export type LanguageTagArgs<TTags extends readonly string[]> = { [TIndex in keyof TTags]: LanguageTagArg<TTags[TIndex]> };

/**
 * A Content-Language value checked by {@link contentLanguage} or written by {@link serializeContentLanguage}.
 *
 * @example
 * ```ts
 * import { contentLanguage, type ContentLanguageValue } from "typed-headers";
 * const value: ContentLanguageValue = contentLanguage("en, fr");
 * ```
 */
export type ContentLanguageValue = Brand<string, "ContentLanguage">;

type ListProblem<TText extends string> = TText extends `${infer THead},${infer TRest}`
  ? LanguageTagProblem<Trim<THead>> extends infer TProblem extends string
    ? [TProblem] extends [never] ? ListProblem<TRest> : TProblem
    : never
  : LanguageTagProblem<Trim<TText>>;

type Trim<TText extends string> = TText extends ` ${infer TRest}` ? Trim<TRest> : TText extends `${infer TRest} ` ? Trim<TRest> : TText;

/**
 * What `header("Content-Language", …)` accepts: a comma-separated list of well-formed tags, or a
 * {@link ContentLanguageValue}.
 *
 * @example
 * ```ts
 * import type { ContentLanguageArg } from "typed-headers";
 * type Accepted = ContentLanguageArg<"en, de">; // "en, de"
 * ```
 */
export type ContentLanguageArg<TValue extends string> = TValue extends ContentLanguageValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Content-Language must be checked first: pass contentLanguage(value), or call .contentLanguage(...tags)">
    : TValue extends CommonLanguageTag
      ? TValue
      : TValue extends ""
        ? CommonLanguageTag
        : [ListProblem<TValue>] extends [never]
          ? TValue
          :
              | Extract<CommonLanguageTag, `${NoInfer<TValue>}${string}`>
              | HeaderTypeError<`Invalid Content-Language '${NoInfer<TValue>}': ${ListProblem<NoInfer<TValue>>}`>;

// ---------------------------------------------------------------------------------------------------
// Run time

const PRIMARY_RE = /^(?:[A-Za-z]{2,8}|[xXiI])$/u;
const SUBTAG_RE = /^[A-Za-z0-9]{1,8}$/u;

/** Why `tag` is not a well-formed language tag, or `undefined`. */
function languageTagProblem(tag: unknown): string | undefined {
  if (typeof tag !== "string") return `expected a string language tag, got ${typeof tag}`;
  const [primary, ...rest] = tag.split("-");
  const bad = rest.find((subtag) => !SUBTAG_RE.test(subtag));
  const problem = tag.includes("_")
    ? "subtags are separated by '-', not '_': write e.g. 'en-US'"
    : !PRIMARY_RE.test(primary as string)
      ? "the primary subtag must be 2 to 8 letters, e.g. 'en'"
      : bad === undefined
        ? undefined
        : `subtag '${bad}' must be 1 to 8 letters or digits`;
  return problem && `${show(tag)}: ${problem}`;
}

/**
 * Writes Content-Language from a list of language tags, joined by `, `. Throws `HeaderError` for an
 * empty list or a tag without the BCP 47 shape.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.5
 * @param tags The language tags, e.g. `["en", "fr-CA"]`.
 * @example
 * ```ts
 * import { serializeContentLanguage } from "typed-headers";
 * serializeContentLanguage(["en", "fr-CA"]); // "en, fr-CA"
 * ```
 */
export function serializeContentLanguage(tags: readonly string[]): ContentLanguageValue {
  return joinList("Content-Language", tags, languageTagProblem, "language tags, e.g. ['en']", true) as ContentLanguageValue;
}

/**
 * Parses Content-Language into its list of language tags (as written); `undefined` when one is malformed.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.5
 * @param value The field value.
 * @example
 * ```ts
 * import { parseContentLanguage } from "typed-headers";
 * parseContentLanguage("en, fr-CA"); // ["en", "fr-CA"]
 * ```
 */
export function parseContentLanguage(value: string): string[] | undefined {
  if (typeof value !== "string") return undefined;
  const tags = value.split(",").map((tag) => tag.trim()).filter((tag) => tag !== "");
  return tags.length > 0 && tags.every((tag) => languageTagProblem(tag) === undefined) ? tags : undefined;
}

/**
 * Checks a Content-Language value at run time and brands it: a comma-separated list of BCP 47-shaped
 * tags. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Language
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.5
 * @param value The field value, e.g. `en, fr-CA`.
 * @example
 * ```ts
 * import { contentLanguage, respond } from "typed-headers";
 * const res = respond().header("Content-Language", contentLanguage(["de", "fr"].join(", "))).build();
 * ```
 */
export function contentLanguage(value: string): ContentLanguageValue {
  return checkList("Content-Language", value, languageTagProblem) as ContentLanguageValue;
}

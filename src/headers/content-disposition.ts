// Content-Disposition (RFC 6266 §4) with RFC 8187 extended parameters for non-ASCII file names.
//
//   content-disposition = disposition-type *( OWS ";" OWS disposition-parm )
//   disposition-type    = "inline" / "attachment" / disp-ext-type      ; case-insensitive
//   filename-parm       = "filename" "=" value / "filename*" "=" ext-value
//   ext-value           = charset "'" [ language ] "'" value-chars     ; RFC 8187 §3.2.1
//   value-chars         = *( pct-encoded / attr-char )
//
// A file name is the base name the browser suggests when saving: the types and the run time refuse a
// path separator, a "." or ".." name and control characters (browsers would rewrite them; we never do).
// ASCII names go out as `filename="…"`; other names as an ASCII fallback `filename="…"` followed by
// `filename*=UTF-8''…`, which every current browser prefers (RFC 6266 §4.3, appendix D).
//
// This module also holds the parameter grammar (`;`-separated `name=value` pairs, token or
// quoted-string values) that Link and Server-Timing share.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import {
  FIELD_CHARS_RE,
  TOKEN_RE,
  checkField,
  needObject,
  writeParams,
  quote,
  show,
  type AllChars,
  type IsToken,
  type ObsText,
  type Ows,
  type TChar,
  type IsDynamic,
  trimOws,
} from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/** C0 controls and DEL. */
type AsciiControl =
  | "\x00" | "\x01" | "\x02" | "\x03" | "\x04" | "\x05" | "\x06" | "\x07" | "\x08" | "\x09" | "\x0a" | "\x0b" | "\x0c" | "\x0d" | "\x0e" | "\x0f"
  | "\x10" | "\x11" | "\x12" | "\x13" | "\x14" | "\x15" | "\x16" | "\x17" | "\x18" | "\x19" | "\x1a" | "\x1b" | "\x1c" | "\x1d" | "\x1e" | "\x1f"
  | "\x7f";

/** C1 controls (U+0080–U+009F): not printable in any file system's name. */
type C1Control =
  | "\x80" | "\x81" | "\x82" | "\x83" | "\x84" | "\x85" | "\x86" | "\x87" | "\x88" | "\x89" | "\x8a" | "\x8b" | "\x8c" | "\x8d" | "\x8e" | "\x8f"
  | "\x90" | "\x91" | "\x92" | "\x93" | "\x94" | "\x95" | "\x96" | "\x97" | "\x98" | "\x99" | "\x9a" | "\x9b" | "\x9c" | "\x9d" | "\x9e" | "\x9f";

/**
 * The disposition types of RFC 6266: `attachment` (save as a file) and `inline` (show in the page).
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Disposition
 * @see https://www.rfc-editor.org/rfc/rfc6266#section-4.2
 * @example
 * ```ts
 * import type { DispositionType } from "typed-headers";
 * const type: DispositionType = "attachment";
 * ```
 */
export type DispositionType = "attachment" | "inline";

/**
 * What is wrong with a literal file name, as a sentence, or `never` when it is a valid base name.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6266#section-4.3
 * @example
 * ```ts
 * import type { FilenameProblem } from "typed-headers";
 * type Problem = FilenameProblem<"../etc/passwd">; // "it contains a path separator …"
 * ```
 */
export type FilenameProblem<TName extends string> = TName extends ""
  ? "a file name is empty: omit it, or pass a name such as 'report.pdf'"
  : TName extends "." | ".."
    ? `'${TName}' names a directory, not a file: pass a base name such as 'report.pdf'`
    : UnusualFilenameProblem<TName>;

type UnusualFilenameProblem<TName extends string> = TName extends `${string}${"/" | "\\"}${string}`
  ? "it contains a path separator (slash or backslash): pass the base name only, e.g. 'report.pdf'"
  : TName extends WithControl
    ? "it contains a control character: remove it"
    : never;

// A pattern in an alias of its own, written as a union (`| never`): the compiler then takes it for a
// non-generic type and does not instantiate its 65 templates at each test (~65 instantiations a file name).
type WithControl = `${string}${AsciiControl | C1Control}${string}` | never;

/**
 * What a file-name argument accepts: a valid literal base name, or a `string` checked at run time.
 *
 * @example
 * ```ts
 * import type { FilenameArg } from "typed-headers";
 * type Accepted = FilenameArg<"report.pdf">; // "report.pdf"
 * ```
 */
export type FilenameArg<TName extends string> = IsDynamic<TName> extends true
  ? TName
  : [FilenameProblem<TName>] extends [never]
    ? TName
    : HeaderTypeError<`Invalid file name '${NoInfer<TName>}': ${FilenameProblem<NoInfer<TName>>}`>;

/**
 * What a disposition-type argument accepts: `attachment`, `inline`, or another token (RFC 6266 disp-ext-type).
 *
 * @example
 * ```ts
 * import type { DispositionTypeArg } from "typed-headers";
 * type Accepted = DispositionTypeArg<"inline">; // "inline"
 * ```
 */
export type DispositionTypeArg<TType extends string> = IsDynamic<TType> extends true
  ? TType
  : TType extends DispositionType
    ? TType
    : TType extends ""
      ? DispositionType
      : IsToken<TType> extends true
        ? TType
        :
            | Extract<DispositionType, `${NoInfer<TType>}${string}`>
            | HeaderTypeError<`Invalid disposition type '${NoInfer<TType>}': use 'attachment' or 'inline'`>;

// The parameter grammar, walked one step at a time so that every loop is tail-recursive.

type HexDigit = "0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "A" | "B" | "C" | "D" | "E" | "F" | "a" | "b" | "c" | "d" | "e" | "f";

/** RFC 8187 attr-char. */
type AttrChar = Exclude<TChar, "%" | "'" | "*">;

type QdText = Exclude<TChar | Ows | "(" | ")" | "," | "/" | ":" | ";" | "<" | "=" | ">" | "?" | "@" | "[" | "]" | "{" | "}" | ObsText, "\"" | "\\">;

/**
 * A literal without its leading optional whitespace.
 *
 * @internal Shared by the Link and Server-Timing modules; not re-exported.
 * @example
 * ```ts
 * import type { TrimStart } from "./content-disposition.js";
 * type Trimmed = TrimStart<"  a">; // "a"
 * ```
 */
export type TrimStart<TText extends string> = TText extends `${Ows}${infer TRest}` ? TrimStart<TRest> : TText;

/**
 * `true` when every character of a literal is in `TAllowed`, checking eight characters per step (the
 * per-character loop costs about eight times the instantiations).
 *
 * @internal Shared by the Link and Server-Timing modules; not re-exported.
 * @example
 * ```ts
 * import type { AllIn } from "./content-disposition.js";
 * type Yes = AllIn<"report-2024.pdf", "r" | "e" | "p" | "o" | "t" | "-" | "2" | "0" | "4" | "." | "d" | "f">; // true
 * ```
 */
export type AllIn<TText extends string, TAllowed extends string> =
  TText extends `${infer T1}${infer T2}${infer T3}${infer T4}${infer T5}${infer T6}${infer T7}${infer T8}${infer TRest}`
    ? [T1 | T2 | T3 | T4 | T5 | T6 | T7 | T8] extends [TAllowed]
      ? AllIn<TRest, TAllowed>
      : false
    : AllChars<TText, TAllowed>;

/**
 * Splits a leading token off a literal: `[token, rest]`.
 *
 * @internal Shared by the Link and Server-Timing modules; not re-exported.
 * @example
 * ```ts
 * import type { ReadToken } from "./content-disposition.js";
 * type Split = ReadToken<"db;dur=1">; // ["db", ";dur=1"]
 * ```
 */
export type ReadToken<TText extends string, TToken extends string = ""> =
  TText extends `${infer T1}${infer T2}${infer T3}${infer T4}${infer TRest}`
    ? [T1 | T2 | T3 | T4] extends [TChar]
      ? ReadToken<TRest, `${TToken}${T1}${T2}${T3}${T4}`>
      : ReadTokenSlow<TText, TToken>
    : ReadTokenSlow<TText, TToken>;

type ReadTokenSlow<TText extends string, TToken extends string> = TText extends `${infer THead}${infer TRest}`
  ? THead extends TChar
    ? ReadTokenSlow<TRest, `${TToken}${THead}`>
    : [TToken, TText]
  : [TToken, ""];

/** Reads the inside of a quoted-string after its opening quote: `[text, rest]`, or a problem sentence. */
type ReadQuoted<TText extends string, TName extends string> = TText extends `${infer TBody}"${infer TRest}`
  ? TBody extends `${string}\\${string}`
    ? ReadQuotedSlow<TText, TName>
    : AllIn<TBody, QdText> extends true
      ? [TBody, TRest]
      : ReadQuotedSlow<TText, TName>
  : ReadQuotedSlow<TText, TName>;

type ReadQuotedSlow<TText extends string, TName extends string, TValue extends string = ""> =
  TText extends `\\${infer TChar}${infer TRest}`
    ? TChar extends QdText | "\"" | "\\"
      ? ReadQuotedSlow<TRest, TName, `${TValue}${TChar}`>
      : `parameter '${TName}' escapes a control character`
    : TText extends `"${infer TRest}`
      ? [TValue, TRest]
      : TText extends `${infer THead}${infer TRest}`
        ? THead extends QdText
          ? ReadQuotedSlow<TRest, TName, `${TValue}${THead}`>
          : `parameter '${TName}' holds a control character or a character above U+00FF`
        : `parameter '${TName}' has no closing quote`;

type ExtValueProblem<TValue extends string> = TValue extends `${infer TCharset}'${infer TLanguage}'${infer TChars}`
  ? Lowercase<TCharset> extends "utf-8" | "iso-8859-1"
    ? IsToken<TLanguage> extends false
      ? TLanguage extends "" ? ValueCharsProblem<TChars> : "its language tag is not a token"
      : ValueCharsProblem<TChars>
    : `charset '${TCharset}' is not UTF-8 or ISO-8859-1`
  : "expected charset'language'value, e.g. UTF-8''r%C3%A9sum%C3%A9.pdf";

type ValueCharsProblem<TText extends string> = TText extends `${infer TBefore}%${infer TAfter}`
  ? AllIn<TBefore, AttrChar> extends false
    ? AttrCharsProblem<TBefore>
    : TAfter extends `${infer THigh}${infer TLow}${infer TRest}`
      ? [THigh | TLow] extends [HexDigit]
        ? `${THigh}${TLow}` extends "2f" | "2F" | "5c" | "5C"
          ? FilenameProblem<"/">
          : ValueCharsProblem<TRest>
        : "'%' must start a percent-encoded octet such as %20"
      : "'%' must start a percent-encoded octet such as %20"
  : AllIn<TText, AttrChar> extends true
    ? never
    : AttrCharsProblem<TText>;

type AttrCharsProblem<TText extends string> = TText extends `${infer THead}${infer TRest}`
  ? THead extends AttrChar
    ? AttrCharsProblem<TRest>
    : `'${THead}' must be percent-encoded`
  : never;

/** A problem a specific parameter's value has, or `never`; TQuoted tells whether it was a quoted-string. */
type ParamValueProblem<TName extends string, TValue extends string, TQuoted extends boolean> = TName extends "filename"
  ? FilenameProblem<TValue> extends infer TProblem extends string
    ? [TProblem] extends [never] ? never : `filename: ${TProblem}`
    : never
  : TName extends `${string}*`
    ? TQuoted extends true
      ? `parameter '${TName}' takes an RFC 8187 ext-value such as UTF-8''a%20b, not a quoted string`
      : ExtValueProblem<TValue> extends infer TProblem extends string
        ? [TProblem] extends [never] ? never : `${TName}: ${TProblem}`
        : never
    : TName extends "rel"
      ? TValue extends "" ? "rel is empty" : never
      : never;

/**
 * What is wrong with the parameters of a literal field value, as a sentence, or `never`; for a list
 * header (`TList` true), a `,` or the end ends the parameters, and `{ rest, seen }` holds what follows
 * and the parameter names read (bare parameters such as `crossorigin` are allowed there).
 *
 * @internal Shared by the Link and Server-Timing modules; not re-exported.
 * @example
 * ```ts
 * import type { ParamsProblem } from "./content-disposition.js";
 * type Problem = ParamsProblem<"; filename=a b", never, false>; // "expected ';' before 'b'"
 * ```
 */
export type ParamsProblem<TText extends string, TSeen extends string, TList extends boolean> =
  TText extends `${Ows}${infer TRest}`
    ? ParamsProblem<TRest, TSeen, TList>
    : TText extends ""
      ? TList extends true ? { rest: ""; seen: TSeen } : never
      : TText extends `;${infer TRest}`
        ? ParamProblem<TrimStart<TRest>, TSeen, TList>
        : TList extends true
          ? TText extends `,${infer TRest}`
            ? { rest: TRest; seen: TSeen }
            : `expected ';' or ',' before '${TText}'`
          : `expected ';' before '${TText}'`;

type ParamProblem<TText extends string, TSeen extends string, TList extends boolean> =
  ReadToken<TText> extends [infer TName extends string, infer TRest extends string]
    ? TName extends ""
      ? TText extends "" | `;${string}` | `,${string}`
        ? ParamsProblem<TText, TSeen, TList>
        : `expected a parameter name before '${TText}'`
      : Lowercase<TName> extends TSeen
        ? `parameter '${Lowercase<TName>}' appears twice`
        : TrimStart<TRest> extends `=${infer TAfter}`
          ? ParamValue<TrimStart<TAfter>, Lowercase<TName>, TSeen | Lowercase<TName>, TList>
          : TList extends true
            ? ParamsProblem<TRest, TSeen | Lowercase<TName>, TList>
            : `parameter '${TName}' needs a value: name=value`
    : never;

type ParamValue<TText extends string, TName extends string, TSeen extends string, TList extends boolean> =
  TText extends `"${infer TQuoted}`
    ? ReadQuoted<TQuoted, TName> extends [infer TValue extends string, infer TRest extends string]
      ? ParamValueProblem<TName, TValue, true> extends infer TProblem extends string
        ? [TProblem] extends [never] ? ParamsProblem<TRest, TSeen, TList> : TProblem
        : never
      : ReadQuoted<TQuoted, TName>
    : ReadToken<TText> extends [infer TValue extends string, infer TRest extends string]
      ? TValue extends ""
        ? `parameter '${TName}' needs a token or a quoted string as its value`
        : ParamValueProblem<TName, TValue, false> extends infer TProblem extends string
          ? [TProblem] extends [never] ? ParamsProblem<TRest, TSeen, TList> : TProblem
          : never
      : never;

/**
 * What is wrong with a literal Content-Disposition value, as a sentence, or `never` when it is valid.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6266#section-4.1
 * @example
 * ```ts
 * import type { ContentDispositionProblem } from "typed-headers";
 * type Problem = ContentDispositionProblem<'attachment; filename="a/b.txt"'>;
 * ```
 */
export type ContentDispositionProblem<TValue extends string> = Lowercase<TValue> extends DispositionType
  ? never
  : TValue extends `${infer TType}; filename="${infer TName}"`
    ? Lowercase<TType> extends DispositionType
      ? AllIn<TName, QdText> extends true
        ? ParamValueProblem<"filename", TName, true>
        : FullContentDispositionProblem<TValue>
      : FullContentDispositionProblem<TValue>
    : FullContentDispositionProblem<TValue>;

// The common shapes above are matched by pattern; anything else is read parameter by parameter.
type FullContentDispositionProblem<TValue extends string> = ReadToken<TValue> extends [
  infer TType extends string,
  infer TRest extends string,
]
  ? TType extends ""
    ? "expected a disposition type: 'attachment' or 'inline'"
    : ParamsProblem<TRest, never, false> extends infer TProblem
      ? TProblem extends string
        ? TProblem
        : never
      : never
  : never;

/**
 * The Content-Disposition values `header("Content-Disposition", "` completes.
 *
 * @example
 * ```ts
 * import type { CommonContentDisposition } from "typed-headers";
 * const value: CommonContentDisposition = "inline";
 * ```
 */
export type CommonContentDisposition = "attachment" | "inline";

/**
 * A Content-Disposition value checked by {@link contentDisposition} or written by
 * {@link serializeContentDisposition}.
 *
 * @example
 * ```ts
 * import { contentDisposition, type ContentDispositionValue } from "typed-headers";
 * const value: ContentDispositionValue = contentDisposition("inline");
 * ```
 */
export type ContentDispositionValue = Brand<string, "ContentDisposition">;

/**
 * What `header("Content-Disposition", …)` accepts: a valid literal or a {@link ContentDispositionValue};
 * a plain `string` must go through `contentDisposition()` first.
 *
 * @example
 * ```ts
 * import type { ContentDispositionArg } from "typed-headers";
 * type Accepted = ContentDispositionArg<"inline">; // "inline"
 * ```
 */
export type ContentDispositionArg<TValue extends string> = TValue extends ContentDispositionValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Content-Disposition must be checked first: pass contentDisposition(value), or call attachment(filename)">
    : TValue extends ""
      ? CommonContentDisposition
      : [ContentDispositionProblem<TValue>] extends [never]
        ? TValue
        :
            | Extract<CommonContentDisposition, `${NoInfer<TValue>}${string}`>
            | HeaderTypeError<`Invalid Content-Disposition '${NoInfer<TValue>}': ${ContentDispositionProblem<NoInfer<TValue>>}`>;

/**
 * Content-Disposition as an object: what {@link parseContentDisposition} returns and
 * {@link serializeContentDisposition} takes.
 *
 * @example
 * ```ts
 * import type { ContentDispositionInit } from "typed-headers";
 * const init: ContentDispositionInit = { type: "attachment", filename: "résumé.pdf" };
 * ```
 */
export interface ContentDispositionInit {
  /** The disposition type in lower case: `attachment`, `inline`, or an extension token. */
  type: DispositionType | (string & {});
  /** The file name, decoded (from `filename*` when present, else `filename`). */
  filename?: string;
  /** Other parameters by lower-case name, values unquoted (`filename` and `filename*` are not here). */
  parameters?: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------------
// Run time

const CD = "Content-Disposition";
/** C0, DEL and C1 controls. */
const CONTROL_RE = /[\x00-\x1f\x7f-\x9f]/u;
/** A lone UTF-16 surrogate: not a character, and encodeURIComponent throws on it. */
const LONE_SURROGATE_RE = /\p{Cs}/u;
/** A charset this module decodes, a language, and value-chars (attr-char or %XX; the two branches are disjoint). */
const EXT_VALUE_RE = /^(utf-8|iso-8859-1)'[A-Za-z0-9-]*'((?:%[0-9A-Fa-f]{2}|[A-Za-z0-9!#$&+\-.^_`|~])*)$/iu;
const OWS_AT = /[\t ]*/uy;
const TOKEN_AT = /[!#$%&'*+\-.^_`|~0-9A-Za-z]*/uy;
/** A quoted-string at a position; qdtext and quoted-pair are disjoint, so it runs in linear time. */
const QUOTED_AT = /"((?:[^"\\]|\\[^])*)"/uy;

/**
 * Why a file name is not a valid base name, as a sentence, or `undefined` when it is.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6266#section-4.3
 * @param name The file name.
 * @example
 * ```ts
 * import { filenameProblem } from "typed-headers";
 * filenameProblem("a/b.txt"); // "file name \"a/b.txt\" has a path separator …"
 * ```
 */
export function filenameProblem(name: unknown): string | undefined {
  if (typeof name !== "string") return `expected a string file name, got ${typeof name}`;
  const problem =
    name === ""
      ? "is empty: omit it or give a name"
      : name === "." || name === ".."
        ? "names a directory: give a file name"
        : /[/\\]/u.test(name)
          ? "has a path separator: pass the base name only"
          : CONTROL_RE.test(name)
            ? "has a control character: remove it"
            : LONE_SURROGATE_RE.test(name)
              ? "has a lone UTF-16 surrogate: remove it"
              : undefined;
  return problem && `file name ${show(name)} ${problem}`;
}

/**
 * Checks a file name at run time: a base name without path separators, `.`/`..`, control characters
 * or lone surrogates. Throws `HeaderError`; returns the name unchanged.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6266#section-4.3
 * @param name The file name.
 * @example
 * ```ts
 * import { checkFilename } from "typed-headers";
 * checkFilename("résumé 2024.pdf"); // "résumé 2024.pdf"
 * ```
 */
export function checkFilename(name: string): string {
  const problem = filenameProblem(name);
  return problem === undefined ? name : fail(CD, problem);
}

/**
 * Percent-encodes text as an RFC 8187 ext-value in UTF-8: `UTF-8''` then attr-char or `%XX`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8187#section-3.2
 * @param text The text to encode (well-formed Unicode).
 * @example
 * ```ts
 * import { encodeExtValue } from "typed-headers";
 * encodeExtValue("naïve (1).txt"); // "UTF-8''na%C3%AFve%20%281%29.txt"
 * ```
 */
export function encodeExtValue(text: string): string {
  // encodeURIComponent throws on a lone surrogate (String#isWellFormed is not in Node 18), and
  // leaves ' ( ) * unescaped, none of which is an RFC 8187 attr-char.
  if (LONE_SURROGATE_RE.test(text)) fail(CD, "a lone UTF-16 surrogate cannot be encoded: remove it");
  return `UTF-8''${encodeURIComponent(text).replace(/['()*]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** Decodes an RFC 8187 ext-value (UTF-8 or ISO-8859-1), or `undefined` when it is malformed. */
function decodeExtValue(value: string): string | undefined {
  const match = EXT_VALUE_RE.exec(value);
  if (match === null) return undefined;
  const chars = match[2] as string;
  try {
    return (match[1] as string).length < 6
      ? decodeURIComponent(chars)
      : chars.replace(/%(..)/gu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  } catch {
    return undefined;
  }
}

/** One parameter as read from a field value. */
interface RawParam {
  name: string;
  value: string;
  quoted: boolean;
}

/**
 * Reads `;`-separated parameters from `text` starting at `start`; for a list header (`list` true) a
 * `,` ends them, and `bare` allows a parameter without a value. Returns the parameters (lower-case
 * names, unquoted values) and the index after them (at the `,` or the end), or a problem sentence.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-5.6.6
 * @internal Shared by the Link and Server-Timing modules; not re-exported.
 * @example
 * ```ts
 * import { readParams } from "./content-disposition.js";
 * readParams('db;dur=53;desc="x"', 2, true, true); // { params: [{ name: "dur", … }, …], end: 18 }
 * ```
 */
export function readParams(
  text: string,
  start: number,
  list: boolean,
  bare: boolean,
): { params: RawParam[]; end: number } | string {
  const params: RawParam[] = [];
  let i = start;
  // Matches a sticky regex at i and moves past the match; every one used here can match "".
  const read = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    const match = re.exec(text);
    if (match !== null) i = re.lastIndex;
    return match;
  };
  const ends = (): boolean => i >= text.length || (list && text[i] === ",");
  for (;;) {
    read(OWS_AT);
    if (ends()) return { params, end: i };
    if (text[i] !== ";") return `expected ';' before '${text.slice(i)}'`;
    i++;
    read(OWS_AT);
    if (ends() || text[i] === ";") continue;
    const name = (read(TOKEN_AT) as RegExpExecArray)[0];
    if (name === "") return `expected a parameter name before '${text.slice(i)}'`;
    const problem = (what: string): string => `parameter '${name}' ${what}`;
    read(OWS_AT);
    let value = "";
    let quoted = false;
    if (text[i] === "=") {
      i++;
      read(OWS_AT);
      const match = read(QUOTED_AT);
      if (match !== null) {
        value = (match[1] as string).replace(/\\([^])/gu, "$1");
        quoted = true;
        if (!FIELD_CHARS_RE.test(value)) return problem("holds a control character or a character above U+00FF");
      } else if (text[i] === "\"") {
        return problem("has no closing quote");
      } else if ((value = (read(TOKEN_AT) as RegExpExecArray)[0]) === "") {
        return problem("needs a token or a quoted string as its value");
      }
    } else if (!bare) {
      return problem("needs a value: name=value");
    }
    params.push({ name: name.toLowerCase(), value, quoted });
  }
}

/** Reads a Content-Disposition value: the init, or a problem sentence. */
function readContentDisposition(text: string, strict: boolean): ContentDispositionInit | string {
  TOKEN_AT.lastIndex = 0;
  const type = (TOKEN_AT.exec(text) as RegExpExecArray)[0];
  if (type === "") return "expected a disposition type: 'attachment' or 'inline'";
  const read = readParams(text, type.length, false, !strict);
  if (typeof read === "string") return read;
  const init: ContentDispositionInit = { type: type.toLowerCase() };
  const parameters: Record<string, string> = {};
  const seen = new Set<string>();
  // names[0]: filename, names[1]: filename* (preferred, as browsers do); a later one replaces an earlier one.
  const names: Array<string | undefined> = [];
  for (const { name, value, quoted } of read.params) {
    const ext = name.endsWith("*");
    const decoded = ext ? decodeExtValue(value) : value;
    const file = name === "filename" || name === "filename*";
    if (strict) {
      const problem = seen.has(name)
        ? "appears twice"
        : ext && quoted
          ? "takes an ext-value such as UTF-8''a%20b, not a quoted string"
          : decoded === undefined
            ? "needs charset'language'value (UTF-8 or ISO-8859-1, %XX escapes), e.g. UTF-8''a%20b"
            : file
              ? filenameProblem(decoded)
              : undefined;
      if (problem !== undefined) return `parameter '${name}': ${problem}`;
      seen.add(name);
    }
    if (decoded === undefined) continue;
    if (file) names[name.length - 8] = decoded;
    // An ext-value parameter (`foo*`) keeps its last value, a plain one its first, as browsers read them.
    else if (ext || !Object.hasOwn(parameters, name)) parameters[name] = decoded;
  }
  const filename = names[1] ?? names[0];
  if (filename !== undefined) init.filename = filename;
  if (Object.keys(parameters).length > 0) init.parameters = parameters;
  return init;
}

/**
 * Checks a Content-Disposition value at run time and brands it, for values that come from a `string`.
 *
 * Checks the RFC 6266 grammar, RFC 8187 `filename*` encoding, duplicate parameters, and that each file
 * name is a base name (no slash, backslash, `..` or control character). Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Disposition
 * @see https://www.rfc-editor.org/rfc/rfc6266#section-4.1
 * @param value The field value, e.g. `attachment; filename="report.pdf"`.
 * @example
 * ```ts
 * import { contentDisposition, respond } from "typed-headers";
 * const value = contentDisposition(["attachment", 'filename="a.txt"'].join("; "));
 * const res = respond().header("Content-Disposition", value).build("a");
 * ```
 */
export function contentDisposition(value: string): ContentDispositionValue {
  const read = readContentDisposition(checkField(CD, value), true);
  return typeof read === "string" ? fail(CD, `${show(value)}: ${read}`) : (value as ContentDispositionValue);
}

/**
 * Parses Content-Disposition into `{ type, filename?, parameters? }`, decoding `filename*` (RFC 8187)
 * and preferring it to `filename`, as browsers do; `undefined` when there is no disposition type.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6266#section-4.3
 * @param value The field value.
 * @example
 * ```ts
 * import { parseContentDisposition } from "typed-headers";
 * parseContentDisposition(`attachment; filename="r_sum_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`);
 * // { type: "attachment", filename: "résumé.pdf" }
 * ```
 */
export function parseContentDisposition(value: string): ContentDispositionInit | undefined {
  const read = typeof value === "string" ? readContentDisposition(trimOws(value), false) : "";
  return typeof read === "string" ? undefined : read;
}

/**
 * Writes Content-Disposition from `{ type, filename?, parameters? }`: an ASCII name as
 * `filename="…"`, any other as an ASCII fallback (`_` for each non-ASCII character) followed by
 * `filename*=UTF-8''…`. Throws `HeaderError` for a name with a path separator or a control character.
 *
 * @see https://www.rfc-editor.org/rfc/rfc6266#appendix-D
 * @param init The disposition type, file name and other parameters.
 * @example
 * ```ts
 * import { serializeContentDisposition } from "typed-headers";
 * serializeContentDisposition({ type: "attachment", filename: "résumé.pdf" });
 * // `attachment; filename="r_sum_.pdf"; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf`
 * ```
 */
export function serializeContentDisposition(init: ContentDispositionInit): ContentDispositionValue {
  needObject(CD, init, "{ type, filename? }");
  const { type, filename, parameters } = init;
  if (typeof type !== "string" || !TOKEN_RE.test(type)) return fail(CD, `disposition type ${show(type)} is not a token: use 'attachment' or 'inline'`);
  let text = type.toLowerCase();
  if (filename !== undefined) {
    // The name goes out as a quoted ASCII fallback; a non-ASCII name, or one that some user agents would
    // percent-decode (%XX), also as filename*. (No check here or anywhere may be marked pure or
    // side-effect free: a bundler would then drop a call whose result is discarded, and the check with it.)
    text += `; filename=${quote(checkFilename(filename).replace(/[^\x20-\x7e]/gu, "_"))}`;
    if (/[^\x20-\x7e]|%[0-9A-Fa-f]{2}/u.test(filename)) text += `; filename*=${encodeExtValue(filename)}`;
  }
  text += writeParams(CD, parameters, (lower) => lower === "filename" || lower.endsWith("*"), "filename or a name ending in *");
  return text as ContentDispositionValue;
}

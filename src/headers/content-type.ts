// Content-Type (RFC 9110 §8.3) and media types (RFC 9110 §8.3.1, RFC 6838 §4.2).
//
//   media-type = type "/" subtype parameters
//   parameters = *( OWS ";" OWS [ parameter ] )
//   parameter  = parameter-name "=" parameter-value   ; value: token / quoted-string
//
// The types check more than the grammar: a known top-level type, RFC 6838 restricted names, a subtype
// in the standards tree that IANA has registered (`text/plian` is refused), a registered +suffix, no
// duplicate parameter, and `boundary` for multipart. The run time checks the grammar, the top-level type
// and those rules, but not the registry, to stay small.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import type { RegisteredMediaType } from "../generated/media-types.js";
import {
  QDTEXT_RE,
  QUOTABLE_RE,
  TOKEN_RE,
  checkField,
  show,
  tokenOrQuote,
  type AllChars,
  type Alpha,
  type Digit,
  type IsDynamic,
  type IsToken,
  type ObsText,
  type Ows,
  type TChar,
  type TrimOws,
  trimOws,
  trimEndOws,
} from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/**
 * The top-level media types IANA registers.
 *
 * @see https://www.iana.org/assignments/top-level-media-types
 * @example
 * ```ts
 * import type { TopLevelType } from "typed-headers";
 * const type: TopLevelType = "image";
 * ```
 */
export type TopLevelType =
  | "application" | "audio" | "example" | "font" | "haptics" | "image" | "message" | "model" | "multipart" | "text" | "video";

/**
 * The structured syntax suffixes IANA registers (RFC 6838 §4.2.8), e.g. the `json` of `+json`.
 *
 * @see https://www.iana.org/assignments/media-type-structured-suffix
 * @example
 * ```ts
 * import type { StructuredSuffix } from "typed-headers";
 * const suffix: StructuredSuffix = "json";
 * ```
 */
export type StructuredSuffix =
  | "ber" | "cbor" | "cbor-seq" | "der" | "fastinfoset" | "gzip" | "json" | "json-seq" | "jwt" | "sqlite3"
  | "tlv" | "wbxml" | "xml" | "yaml" | "zip" | "zstd";

/**
 * Media types that `contentType("` completes. Any other valid media type is accepted too.
 *
 * @example
 * ```ts
 * import type { CommonMediaType } from "typed-headers";
 * const type: CommonMediaType = "application/json";
 * ```
 */
export type CommonMediaType =
  | TextType
  | `${TextType}; charset=utf-8`
  | "application/json"
  | "application/json; charset=utf-8"
  | "application/ld+json"
  | "application/problem+json"
  | "application/manifest+json"
  | "application/geo+json"
  | "application/vnd.api+json"
  | "application/x-ndjson"
  | "application/json-seq"
  | "application/xml"
  | "application/xml; charset=utf-8"
  | "application/problem+xml"
  | "application/atom+xml"
  | "application/xhtml+xml"
  | "application/soap+xml"
  | "application/javascript"
  | "application/octet-stream"
  | "application/pdf"
  | "application/zip"
  | "application/gzip"
  | "application/zstd"
  | "application/x-tar"
  | "application/x-7z-compressed"
  | "application/x-bzip2"
  | "application/vnd.rar"
  | "application/wasm"
  | "application/x-www-form-urlencoded"
  | "application/sql"
  | "application/yaml"
  | "application/toml"
  | "application/cbor"
  | "application/jwt"
  | "application/rtf"
  | "application/epub+zip"
  | "application/java-archive"
  | "application/vnd.ms-excel"
  | "application/msword"
  | "application/vnd.ms-powerpoint"
  | "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  | "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
  | "application/vnd.openxmlformats-officedocument.presentationml.presentation"
  | "application/vnd.oasis.opendocument.text"
  | "application/vnd.oasis.opendocument.spreadsheet"
  | "application/vnd.apple.mpegurl"
  | "application/dash+xml"
  | "application/ogg"
  | "application/dns-message"
  | "application/pkcs7-mime"
  | "application/pgp-signature"
  | "application/x-sh"
  | "application/x-protobuf"
  | "application/vnd.msgpack"
  | "application/jose+json"
  | "application/jwk-set+json"
  | "image/png"
  | "image/jpeg"
  | "image/gif"
  | "image/webp"
  | "image/avif"
  | "image/apng"
  | "image/svg+xml"
  | "image/bmp"
  | "image/tiff"
  | "image/heic"
  | "image/jxl"
  | "image/vnd.microsoft.icon"
  | "image/x-icon"
  | "audio/mpeg"
  | "audio/ogg"
  | "audio/opus"
  | "audio/webm"
  | "audio/aac"
  | "audio/flac"
  | "audio/mp4"
  | "audio/wav"
  | "audio/vnd.wave"
  | "video/mp4"
  | "video/webm"
  | "video/ogg"
  | "video/mpeg"
  | "video/quicktime"
  | "video/mp2t"
  | "video/3gpp"
  | "video/x-msvideo"
  | "video/x-matroska"
  | "font/woff"
  | "font/woff2"
  | "font/ttf"
  | "font/otf"
  | "font/collection"
  | "model/gltf+json"
  | "model/gltf-binary"
  | "model/obj"
  | "model/stl"
  | "model/3mf"
  | "message/rfc822"
  | "message/http";

type TextType =
  | "text/plain"
  | "text/html"
  | "text/css"
  | "text/csv"
  | "text/javascript"
  | "text/markdown"
  | "text/xml"
  | "text/calendar"
  | "text/event-stream"
  | "text/vcard"
  | "text/vtt"
  | "text/tab-separated-values"
  | "text/uri-list"
  | "text/rtf"
  | "text/troff";

/**
 * A media type checked at run time by {@link mediaType} or written by {@link serializeMediaType}.
 *
 * @example
 * ```ts
 * import { mediaType, type MediaTypeValue } from "typed-headers";
 * const type: MediaTypeValue = mediaType("text/plain; charset=utf-8");
 * ```
 */
export type MediaTypeValue = Brand<string, "MediaType">;

/**
 * A media type as an object: what {@link parseMediaType} returns and {@link serializeMediaType} takes.
 *
 * @example
 * ```ts
 * import type { MediaTypeInit } from "typed-headers";
 * const init: MediaTypeInit = { type: "text", subtype: "plain", parameters: { charset: "utf-8" } };
 * ```
 */
export interface MediaTypeInit {
  /** The top-level type in lower case, e.g. `text`. */
  type: string;
  /** The subtype in lower case, with its suffix, e.g. `ld+json`. */
  subtype: string;
  /** The structured syntax suffix in lower case, e.g. `json` for `ld+json`. */
  suffix?: string;
  /** Parameters by lower-case name; values as given (unquoted). */
  parameters: Record<string, string>;
}

type RestrictedFirst = Alpha | Digit;
type RestrictedChar = RestrictedFirst | "!" | "#" | "$" | "&" | "-" | "^" | "_" | "." | "+";

type IsRestrictedName<TName extends string> = TName extends `${RestrictedFirst}${infer TRest}`
  ? AllChars<TRest, RestrictedChar>
  : false;

type Facet = `${"vnd" | "prs" | "x"}.${string}` | `x-${string}`;

// The suffix is what follows the last "+": split at the first "+" and look again in what is left.
type SuffixOf<TSubtype extends string> = TSubtype extends `${string}+${infer TRest}` ? SuffixOf<TRest> : TSubtype;

type QdChar = Exclude<TChar, never> | Ows | "(" | ")" | "," | "/" | ":" | ";" | "<" | "=" | ">" | "?" | "@" | "[" | "]" | "{" | "}" | ObsText;

type SubtypeProblem<TType extends string, TSubtype extends string> =
  IsRestrictedName<TSubtype> extends false
    ? `subtype '${TSubtype}' is not a restricted name (a letter or digit, then letters, digits and !#$&-^_.+)`
    : TSubtype extends `${string}+${string}`
      ? SuffixOf<TSubtype> extends StructuredSuffix
        ? `${TType}/${TSubtype}` extends RegisteredMediaType
          ? never
          : TSubtype extends Facet
            ? never
            : `'${TType}/${TSubtype}' is not registered with IANA: check the spelling, or use a vnd., prs. or x- subtype`
        : `'+${SuffixOf<TSubtype>}' is not a registered structured syntax suffix (json, xml, zip, cbor, …)`
      : `${TType}/${TSubtype}` extends RegisteredMediaType
        ? never
        : TSubtype extends Facet
          ? never
          : `'${TType}/${TSubtype}' is not registered with IANA: check the spelling, or use a vnd., prs. or x- subtype`;

// Parameters, read left to right; TSeen holds the lower-case names read so far.
type ParamsProblem<TText extends string, TSeen extends string, TMultipart extends boolean> = TText extends ""
  ? TMultipart extends true
    ? "boundary" extends TSeen
      ? never
      : "multipart types need a boundary parameter, e.g. '; boundary=something'"
    : never
  : TText extends `${Ows}${infer TRest}`
    ? ParamsProblem<TRest, TSeen, TMultipart>
    : TText extends `;${infer TRest}`
      ? ParamProblem<TrimStart<TRest>, TSeen, TMultipart>
      : `expected ';' before '${TText}'`;

type TrimStart<TText extends string> = TText extends `${Ows}${infer TRest}` ? TrimStart<TRest> : TText;

type ParamProblem<TText extends string, TSeen extends string, TMultipart extends boolean> = TText extends ""
  ? ParamsProblem<"", TSeen, TMultipart>
  : TText extends `;${string}`
    ? ParamsProblem<TText, TSeen, TMultipart>
    : TText extends `${infer TName}=${infer TAfter}`
      ? IsToken<TName> extends false
        ? `parameter name '${TName}' is not a token`
        : Lowercase<TName> extends TSeen
          ? `parameter '${Lowercase<TName>}' appears twice`
          : TAfter extends `"${infer TQuoted}`
            ? QuotedProblem<TQuoted, TSeen | Lowercase<TName>, TMultipart>
            : TAfter extends `${infer TValue};${infer TRest}`
              ? IsToken<TrimOws<TValue>> extends true
                ? ParamsProblem<`;${TRest}`, TSeen | Lowercase<TName>, TMultipart>
                : `parameter '${TName}' needs a token or a quoted string as its value`
              : IsToken<TAfter> extends true
                ? ParamsProblem<"", TSeen | Lowercase<TName>, TMultipart>
                : `parameter '${TName}' needs a token or a quoted string as its value`
      : `parameter '${TText}' needs a value: name=value`;

type QuotedProblem<TText extends string, TSeen extends string, TMultipart extends boolean> =
  TText extends `\\${infer TChar}${infer TRest}`
    ? TChar extends QdChar | "\"" | "\\"
      ? QuotedProblem<TRest, TSeen, TMultipart>
      : "a quoted parameter value holds a character that cannot be escaped"
    : TText extends `"${infer TRest}`
      ? ParamsProblem<TRest, TSeen, TMultipart>
      : TText extends `${infer TChar}${infer TRest}`
        ? TChar extends QdChar
          ? QuotedProblem<TRest, TSeen, TMultipart>
          : "a quoted parameter value holds a control character"
        : "a quoted parameter value has no closing quote";

type BaseProblem<TBase extends string, TParams extends string> =
  TBase extends `${infer TType}/${infer TSubtype}`
    ? Lowercase<TType> extends TopLevelType
      ? SubtypeProblem<Lowercase<TType>, Lowercase<TSubtype>> extends infer TProblem extends string
        ? [TProblem] extends [never]
          ? ParamsProblem<TParams, never, Lowercase<TType> extends "multipart" ? true : false>
          : TProblem
        : never
      : `'${TType}' is not a top-level media type (application, audio, font, image, model, multipart, text, video, …)`
    : "expected type/subtype";

/**
 * What is wrong with a media type literal, as a sentence, or `never` when it is valid.
 *
 * @example
 * ```ts
 * import type { MediaTypeProblem } from "typed-headers";
 * type Problem = MediaTypeProblem<"text">; // "expected type/subtype"
 * ```
 */
export type MediaTypeProblem<TValue extends string> = TValue extends `${infer TBase};${infer TParams}`
  ? BaseProblem<TrimEnd<TBase>, `;${TParams}`>
  : BaseProblem<TValue, "">;

type TrimEnd<TText extends string> = TText extends `${infer TRest}${Ows}` ? TrimEnd<TRest> : TText;

/**
 * What `contentType()` and `header("Content-Type", …)` accept: a valid media type literal or a
 * {@link MediaTypeValue}; a plain `string` must go through `mediaType()` first.
 *
 * @example
 * ```ts
 * import type { ContentTypeArg } from "typed-headers";
 * type Accepted = ContentTypeArg<"text/plain">; // "text/plain"
 * ```
 */
export type ContentTypeArg<TValue extends string> = TValue extends MediaTypeValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Content-Type must be checked first: pass mediaType(value)">
    : TValue extends CommonMediaType
      ? TValue
      : TValue extends ""
        ? CommonMediaType
        : [MediaTypeProblem<TValue>] extends [never]
          ? TValue
          :
              | Extract<CommonMediaType, `${NoInfer<TValue>}${string}`>
              | HeaderTypeError<`Invalid media type '${NoInfer<TValue>}': ${MediaTypeProblem<NoInfer<TValue>>}`>;

/**
 * The builder's content kind after `contentType(TValue)`: `json` for `application/json` and `+json`
 * types, `unknown` for a branded value, `other` otherwise.
 *
 * @example
 * ```ts
 * import type { ContentKindOf } from "typed-headers";
 * type Kind = ContentKindOf<"application/ld+json">; // "json"
 * ```
 */
export type ContentKindOf<TValue extends string> = TValue extends MediaTypeValue
  ? "unknown"
  : IsDynamic<TValue> extends true
    ? "unknown"
    : Lowercase<TrimEnd<TValue extends `${infer TBase};${string}` ? TBase : TValue>> extends
          | "application/json"
          | `${string}+json`
      ? "json"
      : "other";

// ---------------------------------------------------------------------------------------------------
// Run time

const CT = "Content-Type";
const TOP_LEVEL = "application audio example font haptics image message model multipart text video".split(" ");
const SUFFIXES = "ber cbor cbor-seq der fastinfoset gzip json json-seq jwt sqlite3 tlv wbxml xml yaml zip zstd".split(" ");
const RESTRICTED_NAME_RE = /^[A-Za-z0-9][A-Za-z0-9!#$&\-^_.+]{0,126}$/u;
const JSON_TYPE_RE = /^application\/(?:json|[^;\s]*\+json)[\t ]*(?:;|$)/iu;
/** `;` and the whitespace around it; then a quoted-string at a position (qdtext and quoted-pair are disjoint: linear). */
const SEPARATOR_RE = /^[\t ]*;[\t ]*/u;
const QUOTED_RE = /^"((?:[^"\\]|\\[^])*)"/u;

/** Where `char` first occurs in `text`, or its length. */
const until = (text: string, char: string): number => {
  const at = text.indexOf(char);
  return at < 0 ? text.length : at;
};

/**
 * Parses a media type leniently, as browsers do; `undefined` when there is no type/subtype.
 * Strict checks are left to {@link mediaType}: the first problem met is returned beside the result.
 */
function readMediaType(text: string): { init: MediaTypeInit; problem: string | undefined } | undefined {
  const slash = text.indexOf("/");
  const end = until(text, ";");
  if (slash < 0 || end < slash) return undefined;
  const type = text.slice(0, slash);
  const lowerType = type.toLowerCase();
  const subtype = trimEndOws(text.slice(slash + 1, end));
  let problem: string | undefined;
  const note = (reason: string): void => {
    problem ??= reason;
  };
  const restricted = (what: string, name: string): void => {
    if (!RESTRICTED_NAME_RE.test(name)) note(`${what} '${name}' is not a restricted name (a letter or digit, then also !#$&-^_.+)`);
  };
  restricted("type", type);
  if (!TOP_LEVEL.includes(lowerType)) note(`'${type}' is not a top-level media type (${TOP_LEVEL.join(", ")})`);
  restricted("subtype", subtype);
  const plus = subtype.lastIndexOf("+");
  const suffix = plus < 0 ? undefined : subtype.slice(plus + 1).toLowerCase();
  if (suffix !== undefined && !SUFFIXES.includes(suffix)) note(`'+${suffix}' is not a registered structured syntax suffix (json, xml, zip, …)`);
  const parameters: Record<string, string> = {};
  let rest = text.slice(end);
  while (rest !== "") {
    const match = SEPARATOR_RE.exec(rest);
    if (match === null) {
      note(`expected ';' before '${rest}'`);
      break;
    }
    rest = rest.slice(match[0].length);
    // Each search stops at this parameter's end, so a long list is read in linear time.
    const stop = until(rest, ";");
    if (stop === 0) continue;
    const equals = rest.slice(0, stop).indexOf("=");
    if (equals < 0) {
      note(`parameter '${rest.slice(0, stop)}' needs a value: name=value`);
      rest = rest.slice(stop);
      continue;
    }
    const name = rest.slice(0, equals);
    rest = rest.slice(equals + 1);
    let value: string;
    const quoted = QUOTED_RE.exec(rest);
    if (quoted !== null) {
      value = (quoted[1] as string).replace(/\\([^])/gu, "$1");
      if (!QUOTABLE_RE.test(value)) {
        note("a quoted parameter value holds a control character");
        value = "";
      }
      rest = rest.slice(quoted[0].length);
    } else if (rest.startsWith("\"")) {
      note("a quoted parameter value has no closing quote");
      break;
    } else {
      const next = until(rest, ";");
      value = trimEndOws(rest.slice(0, next));
      if (!TOKEN_RE.test(value)) note(`parameter '${name}' needs a token or a quoted string as its value`);
      rest = rest.slice(next);
    }
    const key = name.toLowerCase();
    if (!TOKEN_RE.test(name)) note(`parameter name '${name}' is not a token`);
    else if (Object.hasOwn(parameters, key)) note(`parameter '${key}' appears twice`);
    else parameters[key] = value;
  }
  if (lowerType === "multipart" && !Object.hasOwn(parameters, "boundary")) note("multipart needs a boundary parameter, e.g. '; boundary=x'");
  const init: MediaTypeInit = { type: lowerType, subtype: subtype.toLowerCase(), parameters };
  if (suffix !== undefined) init.suffix = suffix;
  return { init, problem };
}

/** Throws `HeaderError` unless `value` is a valid media type; returns it unchanged. */
export function checkMediaType(value: string): string {
  const read = readMediaType(checkField(CT, value));
  const problem = read === undefined ? "expected type/subtype" : read.problem;
  return problem === undefined ? value : fail(CT, `${show(value)}: ${problem}`);
}

/**
 * Checks a media type at run time and brands it, for values that come from a `string`.
 *
 * Checks the RFC 9110 grammar, RFC 6838 restricted names, the top-level type, the +suffix, duplicate
 * parameters and multipart's `boundary`; it does not check the IANA registry (the types do that for
 * literals). Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Type
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.3.1
 * @param value The media type, e.g. `text/plain; charset=utf-8`.
 * @example
 * ```ts
 * import { mediaType, respond } from "typed-headers";
 * const type = mediaType(["text", "csv"].join("/"));
 * const res = respond().contentType(type).build("a,b");
 * ```
 */
export function mediaType(value: string): MediaTypeValue {
  return checkMediaType(value) as MediaTypeValue;
}

/**
 * Parses a media type into `{ type, subtype, suffix?, parameters }`, leniently, as browsers read
 * Content-Type: returns `undefined` only when there is no `type/subtype`. Names come back in lower case.
 *
 * @see https://mimesniff.spec.whatwg.org/#parsing-a-mime-type
 * @param value The media type.
 * @example
 * ```ts
 * import { parseMediaType } from "typed-headers";
 * parseMediaType("application/ld+json; charset=UTF-8");
 * // { type: "application", subtype: "ld+json", suffix: "json", parameters: { charset: "UTF-8" } }
 * ```
 */
export function parseMediaType(value: string): MediaTypeInit | undefined {
  return typeof value === "string" ? readMediaType(trimOws(value, " \t\n\r"))?.init : undefined;
}

/**
 * Writes a media type from `{ type, subtype, parameters }`, quoting parameter values that are not
 * tokens, and checks the result. Throws `HeaderError`.
 *
 * @param init The media type as an object.
 * @example
 * ```ts
 * import { serializeMediaType } from "typed-headers";
 * serializeMediaType({ type: "text", subtype: "plain", parameters: { charset: "utf-8" } });
 * // "text/plain; charset=utf-8"
 * ```
 */
export function serializeMediaType(init: MediaTypeInit): MediaTypeValue {
  let text = `${init.type}/${init.subtype}`;
  for (const [name, value] of Object.entries(init.parameters)) {
    if (!QDTEXT_RE.test(value.replace(/["\\]/gu, ""))) fail(CT, `parameter '${name}' holds a control character or a character above U+00FF`);
    text += `; ${name}=${tokenOrQuote(value)}`;
  }
  return mediaType(text);
}

/**
 * `true` when a media type is JSON: `application/json`, or any type with a `+json` suffix.
 *
 * @param value The media type.
 * @example
 * ```ts
 * import { isJsonMediaType } from "typed-headers";
 * isJsonMediaType("application/problem+json"); // true
 * ```
 */
export function isJsonMediaType(value: string): boolean {
  return JSON_TYPE_RE.test(value);
}

// ETag and entity tags (RFC 9110 §8.8.3), and their comparison (RFC 9110 §8.8.3.2).
//
//   ETag       = entity-tag
//   entity-tag = [ weak ] opaque-tag
//   weak       = %s"W/"
//   opaque-tag = DQUOTE *etagc DQUOTE
//   etagc      = %x21 / %x23-7E / obs-text
//
// An opaque tag has no escapes: a `"`, a space or a control character cannot be in it at all.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import { checkedValue, isOptions, kindOf, type AllChars, type IsDynamic, type ObsText, type TChar } from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/** RFC 9110 etagc: visible ASCII but `"`, and obs-text. */
type EtagChar = TChar | "(" | ")" | "," | "/" | ":" | ";" | "<" | "=" | ">" | "?" | "@" | "[" | "\\" | "]" | "{" | "}" | ObsText;

/**
 * An entity tag as an object: what {@link parseEntityTag} returns and {@link serializeEntityTag} takes.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/ETag
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
 * @example
 * ```ts
 * import type { EntityTagInit } from "typed-headers";
 * const tag: EntityTagInit = { value: "33a64df5", weak: true };
 * ```
 */
export interface EntityTagInit {
  /** The opaque tag without its quotes, e.g. `33a64df5`. */
  value: string;
  /** A weak tag (`W/"…"`): the content is equivalent, not byte-for-byte the same. */
  weak?: true;
}

/**
 * Options of the builder's `etag(value, options)`.
 *
 * @example
 * ```ts
 * import type { ETagOptions } from "typed-headers";
 * const options: ETagOptions = { weak: true };
 * ```
 */
export interface ETagOptions {
  /** Send a weak tag, `W/"…"`. */
  weak?: true;
}

/**
 * A whole entity tag, quotes included (`"abc"` or `W/"abc"`), checked by {@link entityTag} or written by
 * {@link serializeEntityTag}.
 *
 * @example
 * ```ts
 * import { entityTag, type EntityTagValue } from "typed-headers";
 * const tag: EntityTagValue = entityTag('W/"v1"');
 * ```
 */
export type EntityTagValue = Brand<string, "EntityTag">;

/**
 * What is wrong with the content of an opaque tag (the part between the quotes), or `never`.
 *
 * @example
 * ```ts
 * import type { OpaqueTagProblem } from "typed-headers";
 * type Problem = OpaqueTagProblem<"a b">; // "it contains a space, …"
 * ```
 */
export type OpaqueTagProblem<TValue extends string> = AllChars<TValue, EtagChar> extends true
  ? never
  : TValue extends `${string}"${string}`
    ? "it contains a double quote, which an entity tag cannot escape; etag() adds the quotes for you"
    : TValue extends `${string} ${string}`
      ? "it contains a space, which an entity tag cannot hold"
      : "it contains a control character or a character above U+00FF";

/**
 * What `etag(value)` accepts: a literal opaque tag without quotes, or any `string`, checked at run time
 * (a hash or version is rarely a literal).
 *
 * @example
 * ```ts
 * import type { OpaqueTagArg } from "typed-headers";
 * type Accepted = OpaqueTagArg<"v1">; // "v1"
 * ```
 */
export type OpaqueTagArg<TValue extends string> = IsDynamic<TValue> extends true
  ? TValue
  : [OpaqueTagProblem<TValue>] extends [never]
    ? TValue
    : HeaderTypeError<`Invalid ETag '${NoInfer<TValue>}': ${OpaqueTagProblem<NoInfer<TValue>>}`>;

/**
 * What is wrong with a whole entity-tag literal (`"abc"` or `W/"abc"`), or `never`.
 *
 * @example
 * ```ts
 * import type { EntityTagProblem } from "typed-headers";
 * type Problem = EntityTagProblem<"abc">; // "an entity tag is in double quotes, …"
 * ```
 */
export type EntityTagProblem<TValue extends string> = TValue extends `W/"${infer TInner}"`
  ? OpaqueTagProblem<TInner>
  : TValue extends `"${infer TInner}"`
    ? OpaqueTagProblem<TInner>
    : TValue extends `w/"${string}"`
      ? "the weak prefix is an upper-case 'W/'"
      : "an entity tag is in double quotes, optionally after W/ (etag() adds them for you)";

/**
 * What `header("ETag", …)` accepts: a quoted entity-tag literal or an {@link EntityTagValue}.
 *
 * @example
 * ```ts
 * import type { EntityTagArg } from "typed-headers";
 * type Accepted = EntityTagArg<'"v1"'>; // '"v1"'
 * ```
 */
export type EntityTagArg<TValue extends string> = TValue extends EntityTagValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic ETag must be checked first: pass entityTag(value), or use etag(value)">
    : [EntityTagProblem<TValue>] extends [never]
      ? TValue
      : HeaderTypeError<`Invalid ETag '${NoInfer<TValue>}': ${EntityTagProblem<NoInfer<TValue>>}`>;

// ---------------------------------------------------------------------------------------------------
// Run time

// etagc: %x21 / %x23-7E / obs-text, written `[!#-~\x80-\xff]`.
const OPAQUE_RE = /^[!#-~\x80-\xff]*$/u;
const ENTITY_TAG_RE = /^(W\/)?"([!#-~\x80-\xff]*)"$/u;
const no = (reason: string): never => fail("ETag", reason);

/** Why `value` cannot be the content of an opaque tag, or `undefined`. */
function opaqueProblem(value: string): string | undefined {
  return OPAQUE_RE.test(value)
    ? undefined
    : `it contains ${
        value.includes("\"")
          ? "a double quote, which a tag cannot escape (etag() adds the quotes)"
          : value.includes(" ")
            ? "a space"
            : "a control character or a character above U+00FF"
      }`;
}

/** Throws `HeaderError` unless `value` is a whole entity tag; returns it unchanged. */
export function checkEntityTag(value: string): string {
  if (typeof value != "string") return no(`expected a string, got ${kindOf(value)}`);
  if (ENTITY_TAG_RE.test(value)) return value;
  const inner = /^(?:W\/)?"(.*)"$/su.exec(value)?.[1];
  return checkedValue(
    "ETag",
    value,
    inner !== undefined
      ? opaqueProblem(inner)
      : /^w\/"/u.test(value)
        ? "the weak prefix is an upper-case 'W/'"
        : "an entity tag is in double quotes, optionally after W/",
  );
}

/** `{ value, weak? }` from a match of `(W/)?` and the opaque tag, or `undefined`. */
const tagOf = (match: RegExpExecArray | null | undefined): EntityTagInit | undefined =>
  match ? (match[1] ? { value: match[2] as string, weak: true } : { value: match[2] as string }) : undefined;

/**
 * Checks a whole entity tag (`"abc"` or `W/"abc"`) at run time and brands it. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/ETag
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
 * @param value The entity tag, quotes included.
 * @example
 * ```ts
 * import { entityTag, respond } from "typed-headers";
 * const stored = '"33a64df5"';
 * const res = respond().header("ETag", entityTag(stored)).build();
 * ```
 */
export function entityTag(value: string): EntityTagValue {
  return checkEntityTag(value) as EntityTagValue;
}

/**
 * Writes an entity tag from `{ value, weak? }`: quotes the value and prefixes `W/` for a weak tag.
 * Throws `HeaderError` when the value holds `"`, a space or a control character.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
 * @param init The opaque tag and whether it is weak.
 * @example
 * ```ts
 * import { serializeEntityTag } from "typed-headers";
 * serializeEntityTag({ value: "v1", weak: true }); // 'W/"v1"'
 * ```
 */
export function serializeEntityTag(init: EntityTagInit): EntityTagValue {
  if (!isOptions(init)) return no("expected { value, weak? }");
  const { value, weak } = init;
  if (typeof value != "string") return no(`expected a string value, got ${kindOf(value)}`);
  if (weak !== undefined && weak !== true) return no(`weak must be true or omitted, got ${JSON.stringify(weak)}`);
  checkedValue("ETag", value, opaqueProblem(value));
  return `${weak ? "W/" : ""}"${value}"` as EntityTagValue;
}

/**
 * Parses one entity tag (`"abc"` or `W/"abc"`) into `{ value, weak? }`; `undefined` when malformed.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3
 * @param value The entity tag, quotes included.
 * @example
 * ```ts
 * import { parseEntityTag } from "typed-headers";
 * parseEntityTag('W/"v1"'); // { value: "v1", weak: true }
 * ```
 */
export function parseEntityTag(value: string): EntityTagInit | undefined {
  return tagOf(typeof value == "string" ? ENTITY_TAG_RE.exec(value.trim()) : null);
}

/**
 * Parses an `If-None-Match` or `If-Match` value: `"*"` for a star, else the list of entity tags. Malformed
 * members are skipped, as a server should ignore what it cannot read.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.1.2
 * @param value The request header's value.
 * @example
 * ```ts
 * import { parseEntityTagList } from "typed-headers";
 * parseEntityTagList('"a", W/"b"'); // [{ value: "a" }, { value: "b", weak: true }]
 * ```
 */
export function parseEntityTagList(value: string): "*" | EntityTagInit[] {
  if (typeof value != "string") return [];
  const text = value.trim();
  if (text == "*") return "*";
  const tags: EntityTagInit[] = [];
  // A tag may hold commas, so members are found by their quotes, not by splitting on ",".
  // The separators always match, so a member that cannot be read is skipped from after them: resuming
  // at each comma of a long run of commas would read the run again from each one (quadratic).
  const member = /[\t ,]*(?:(W\/)?"([^"]*)"[\t ]*)?/uy;
  for (let at = 0; at < text.length; ) {
    member.lastIndex = at;
    const match = member.exec(text) as RegExpExecArray;
    at = member.lastIndex;
    if (match[2] === undefined) {
      // Skip what cannot be read, up to the next comma.
      at = text.indexOf(",", at) + 1 || text.length;
    } else if (OPAQUE_RE.test(match[2])) {
      tags.push(tagOf(match) as EntityTagInit);
    }
  }
  return tags;
}

/**
 * Weak comparison of two entity tags (RFC 9110 §8.8.3.2): equal opaque tags, weak or not. This is the
 * comparison `If-None-Match` uses.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3.2
 * @param left One tag.
 * @param right The other tag.
 * @example
 * ```ts
 * import { weakMatch } from "typed-headers";
 * weakMatch({ value: "v1", weak: true }, { value: "v1" }); // true
 * ```
 */
export function weakMatch(left: EntityTagInit, right: EntityTagInit): boolean {
  return checked(left).value === checked(right).value;
}

/**
 * Strong comparison of two entity tags (RFC 9110 §8.8.3.2): neither weak, and equal opaque tags. This is
 * the comparison `If-Match` uses.
 *
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.8.3.2
 * @param left One tag.
 * @param right The other tag.
 * @example
 * ```ts
 * import { strongMatch } from "typed-headers";
 * strongMatch({ value: "v1", weak: true }, { value: "v1" }); // false
 * ```
 */
export function strongMatch(left: EntityTagInit, right: EntityTagInit): boolean {
  return checked(left).weak !== true && checked(right).weak !== true && left.value === right.value;
}

// JavaScript callers may pass the header text instead of a parsed tag: two strings must not "match".
function checked(tag: EntityTagInit): EntityTagInit {
  if (!isOptions(tag) || typeof tag.value != "string") {
    throw new TypeError("expected { value, weak? }: read header text with parseEntityTag() first");
  }
  return tag;
}

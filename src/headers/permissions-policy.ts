// Permissions-Policy (W3C Permissions Policy §5.2): a structured-field dictionary (RFC 8941 §3.2) of
// policy-controlled features to allowlists.
//
//   Permissions-Policy = sf-dictionary        ; feature=allowlist, ...
//   allowlist          = "*" / "self" / "(" *( sf-token / sf-string ) ")"   ; () allows no one
//
// An allowlist is written as an array: `[]` for none, `"self"` and `"*"` as tokens, origins as quoted
// strings. The feature names come from the W3C list (features.md: standardized, proposed and
// experimental) as a type only, so they cost nothing at run time; an unknown literal name is a
// compile error (a lint: browsers ignore unknown features), and `feature(name)` is the escape hatch
// for newer ones. The run time checks each name against the sf-key grammar.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import { checkFieldValue } from "../header-name.js";
import { failValue, isOrigin, pathProblem, trimOws, writeEntries, type AllChars, type Alpha, type Digit, type IsDynamic, type TrimOws, type JoinMatching } from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/**
 * The policy-controlled features of the W3C list, and the ones browsers ship since.
 *
 * @see https://github.com/w3c/webappsec-permissions-policy/blob/main/features.md
 * @example
 * ```ts
 * import type { PermissionsFeature } from "typed-headers";
 * const name: PermissionsFeature = "geolocation";
 * ```
 */
export type PermissionsFeature =
  | "accelerometer" | "ambient-light-sensor" | "attribution-reporting" | "autoplay" | "battery" | "bluetooth"
  | "browsing-topics" | "camera" | "captured-surface-control" | "ch-ua" | "ch-ua-arch" | "ch-ua-bitness"
  | "ch-ua-full-version" | "ch-ua-full-version-list" | "ch-ua-mobile" | "ch-ua-model" | "ch-ua-platform"
  | "ch-ua-platform-version" | "ch-ua-wow64" | "clipboard-read" | "clipboard-write" | "compute-pressure"
  | "cross-origin-isolated" | "deferred-fetch" | "digital-credentials-get" | "direct-sockets" | "display-capture"
  | "document-domain" | "encrypted-media" | "execution-while-not-rendered" | "execution-while-out-of-viewport"
  | "focus-without-user-activation" | "fullscreen" | "gamepad" | "geolocation" | "gyroscope" | "hid"
  | "identity-credentials-get" | "idle-detection" | "interest-cohort" | "join-ad-interest-group" | "keyboard-map"
  | "local-fonts" | "magnetometer" | "microphone" | "midi" | "navigation-override" | "otp-credentials" | "payment"
  | "picture-in-picture" | "private-aggregation" | "private-state-token-issuance" | "private-state-token-redemption"
  | "publickey-credentials-create" | "publickey-credentials-get" | "run-ad-auction" | "screen-wake-lock" | "serial"
  | "shared-storage" | "shared-storage-select-url" | "speaker-selection" | "storage-access" | "sync-script" | "sync-xhr"
  | "unload" | "usb" | "vertical-scroll" | "web-share" | "window-management" | "xr-spatial-tracking";

/**
 * A feature name checked at run time by {@link feature}, for features newer than {@link PermissionsFeature}.
 *
 * @example
 * ```ts
 * import { feature, type FeatureName } from "typed-headers";
 * const name: FeatureName = feature("new-sensor");
 * ```
 */
export type FeatureName = Brand<string, "PermissionsFeature">;

/**
 * One member of an allowlist: `self`, `*` (everyone, alone), or an origin such as `https://a.example`.
 *
 * @example
 * ```ts
 * import type { PermissionsAllow } from "typed-headers";
 * const member: PermissionsAllow = "self";
 * ```
 */
export type PermissionsAllow = "self" | "*" | `https://${string}` | (string & {});

/**
 * A policy as an object: what `permissionsPolicy()` and {@link serializePermissionsPolicy} take, and
 * {@link parsePermissionsPolicy} returns. `[]` allows a feature to no one.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Permissions-Policy
 * @see https://w3c.github.io/webappsec-permissions-policy/#permissions-policy-http-header-field
 * @example
 * ```ts
 * import type { PermissionsPolicyInit } from "typed-headers";
 * const policy: PermissionsPolicyInit = { camera: [], geolocation: ["self", "https://maps.example"] };
 * ```
 */
export type PermissionsPolicyInit = { readonly [TName in PermissionsFeature]?: readonly PermissionsAllow[] };

/**
 * A Permissions-Policy value checked by {@link permissionsPolicyValue} or written by {@link serializePermissionsPolicy}.
 *
 * @example
 * ```ts
 * import { serializePermissionsPolicy, type PermissionsPolicyValue } from "typed-headers";
 * const value: PermissionsPolicyValue = serializePermissionsPolicy({ camera: [] });
 * ```
 */
export type PermissionsPolicyValue = Brand<string, "PermissionsPolicy">;

type HostChar = Alpha | Digit | "-" | "." | ":" | "[" | "]";

type OriginProblem<TOrigin extends string> = TOrigin extends `${infer TScheme}://${infer THost}`
  ? AllChars<TScheme, Alpha | Digit | "+" | "-" | "."> extends false
    ? `'${TOrigin}' has no valid scheme`
    : THost extends `${string}/${string}`
      ? `'${TOrigin}' is not an origin: drop the path${THost extends `${string}/` ? " (and the trailing /)" : ""}`
      : AllChars<THost extends `*.${infer TRest}` ? TRest : THost, HostChar> extends true
        ? THost extends ""
          ? `'${TOrigin}' has no host`
          : never
        : `'${TOrigin}' has a character no host holds`
  : `'${TOrigin}' is not self, * or an origin such as https://a.example`;

type AllowProblem<TMember extends string> = IsDynamic<TMember> extends true
  ? "a dynamic origin must be checked first: build the list from literals, or pass the whole policy through permissionsPolicyValue()"
  : TMember extends "self" | "*"
    ? never
    : TMember extends "'self'" | "'none'" | "none" | "'src'" | "src"
      ? TMember extends "'self'"
        ? "write self without quotes: Permissions-Policy is not CSP"
        : TMember extends "'src'" | "src"
          ? "src belongs to the iframe allow attribute, not to the header"
          : "use an empty list [] to allow a feature to no one"
      : OriginProblem<TMember>;

type AllowlistProblem<TList> = TList extends readonly []
  ? never
  : TList extends readonly ["*"]
    ? never
    : Includes<TList, "*"> extends true
      ? "* allows everyone and must stand alone"
      : AllowMembersProblem<TList>;

// `true` when a tuple holds exactly the literal `TItem` (an element typed `string` does not count).
type Includes<TList, TItem extends string> = TList extends readonly [infer THead, ...infer TRest]
  ? [THead] extends [TItem]
    ? true
    : Includes<TRest, TItem>
  : false;

type AllowMembersProblem<TList> = TList extends readonly []
  ? never
  : TList extends readonly [infer THead extends string, ...infer TRest]
    ? [AllowProblem<THead>] extends [never]
      ? AllowMembersProblem<TRest>
      : AllowProblem<THead>
    : TList extends readonly (infer TItem extends string)[]
      ? AllowProblem<TItem>
      : never;

// Features in a fixed order, for suggestions built in one pass.
type FeatureOrder = [
  "accelerometer", "ambient-light-sensor", "attribution-reporting", "autoplay", "battery", "bluetooth", "browsing-topics",
  "camera", "captured-surface-control", "clipboard-read", "clipboard-write", "compute-pressure", "cross-origin-isolated",
  "deferred-fetch", "digital-credentials-get", "direct-sockets", "display-capture", "document-domain", "encrypted-media",
  "execution-while-not-rendered", "execution-while-out-of-viewport", "focus-without-user-activation", "fullscreen",
  "gamepad", "geolocation", "gyroscope", "hid", "identity-credentials-get", "idle-detection", "interest-cohort",
  "join-ad-interest-group", "keyboard-map", "local-fonts", "magnetometer", "microphone", "midi", "navigation-override",
  "otp-credentials", "payment", "picture-in-picture", "private-aggregation", "private-state-token-issuance",
  "private-state-token-redemption", "publickey-credentials-create", "publickey-credentials-get", "run-ad-auction",
  "screen-wake-lock", "serial", "shared-storage", "shared-storage-select-url", "speaker-selection", "storage-access",
  "sync-script", "sync-xhr", "unload", "usb", "vertical-scroll", "web-share", "window-management", "xr-spatial-tracking",
];

type FeatureSuggestion<TName extends string> = Lowercase<TName> extends PermissionsFeature
  ? `: feature names are lower case, write '${Lowercase<TName>}'`
  : Lowercase<TName> extends `${infer TFirst}${infer TSecond}${string}`
    ? JoinMatching<`${TFirst}${TSecond}`, FeatureOrder> extends infer TList extends string
      ? TList extends ""
        ? ": for a feature newer than this list, use [feature('name')]"
        : `: did you mean ${TList}? For a feature newer than this list, use [feature('name')]`
      : never
    : "";

/**
 * The compile-time check of a policy literal: `unknown` per feature when it is fine, else the error on
 * the offending feature. A computed key (from `feature()`) is left to the run time.
 *
 * @example
 * ```ts
 * import type { PermissionsPolicyCheck } from "typed-headers";
 * type Fine = PermissionsPolicyCheck<{ camera: readonly [] }>; // { camera: unknown }
 * ```
 */
export type PermissionsPolicyCheck<TPolicy> = {
  [TName in keyof TPolicy]: string extends TName
    ? unknown
    : TName extends PermissionsFeature
      ? [AllowlistProblem<TPolicy[TName]>] extends [never]
        ? unknown
        : HeaderTypeError<`Invalid Permissions-Policy ${TName}: ${AllowlistProblem<TPolicy[TName]>}`>
      : HeaderTypeError<`Unknown Permissions-Policy feature '${TName & string}'${FeatureSuggestion<TName & string>}`>;
};

// The header text: `name=allowlist` members separated by commas.
type TextProblem<TText extends string> = TText extends `${infer THead},${infer TRest}`
  ? [MemberProblem<TrimOws<THead>>] extends [never]
    ? TextProblem<TRest>
    : MemberProblem<TrimOws<THead>>
  : MemberProblem<TrimOws<TText>>;

type MemberProblem<TMember extends string> = TMember extends `${infer TName}=${infer TList}`
  ? TName extends PermissionsFeature
    ? TList extends "*" | "self" | "()"
      ? never
      : TList extends `(${infer TItems})`
        ? ItemsProblem<TItems>
        : `${TName}: expected *, self, () or a list such as (self "https://a.example")`
    : `unknown feature '${TName}'${FeatureSuggestion<TName>}`
  : TMember extends PermissionsFeature
    ? `'${TMember}' needs an allowlist: add =() for no one, =(self) for this origin`
    : `expected feature=allowlist, not '${TMember}'`;

type ItemsProblem<TItems extends string> = TItems extends ` ${infer TRest}`
  ? ItemsProblem<TRest>
  : TItems extends `${infer THead} ${infer TRest}`
    ? [ItemProblem<THead>] extends [never]
      ? ItemsProblem<TRest>
      : ItemProblem<THead>
    : TItems extends ""
      ? never
      : ItemProblem<TItems>;

type ItemProblem<TItem extends string> = TItem extends "self" | "*"
  ? never
  : TItem extends `"${infer TOrigin}"`
    ? TOrigin extends "self" | "*"
      ? `write ${TOrigin} without double quotes: quoted, it is read as an origin`
      : AllowProblem<TOrigin>
    : `'${TItem}' is not self, * or a quoted origin such as "https://a.example"`;

/**
 * What `header("Permissions-Policy", …)` accepts: a literal of known features with valid allowlists,
 * or a {@link PermissionsPolicyValue}.
 *
 * @example
 * ```ts
 * import type { PermissionsPolicyArg } from "typed-headers";
 * type Accepted = PermissionsPolicyArg<"camera=(), geolocation=(self)">;
 * ```
 */
export type PermissionsPolicyArg<TValue extends string> = TValue extends PermissionsPolicyValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Permissions-Policy must be checked first: pass permissionsPolicyValue(value), or build it with permissionsPolicy({ ... })">
    : TValue extends ""
      ? "camera=(), microphone=(), geolocation=()"
      : [TextProblem<TValue>] extends [never]
        ? TValue
        : HeaderTypeError<`Invalid Permissions-Policy '${NoInfer<TValue>}': ${TextProblem<NoInfer<TValue>>}`>;

// ---------------------------------------------------------------------------------------------------
// Run time

const PP = "Permissions-Policy";
const KEY_RE = /^[a-z*][a-z0-9_\-.*]*$/u;

function memberProblem(member: unknown): string | undefined {
  if (typeof member !== "string") return `expected a string, got ${typeof member}`;
  if (member === "self" || member === "*") return undefined;
  const word = /^'?(self|src|none)'?$/u.exec(member)?.[1];
  if (word !== undefined) {
    return word === "self" ? "write self without quotes (this is not CSP)" : word === "src" ? "src belongs to the iframe allow attribute" : "use an empty list [] for no one";
  }
  if (!member.includes("://")) return `'${member}' is not self, * or an origin such as https://a.example`;
  return pathProblem(member) ?? (isOrigin(member) ? undefined : `'${member}' has no valid scheme or host`);
}

function allowlistProblem(list: unknown): string | undefined {
  if (!Array.isArray(list)) return "expected an array ([], ['self'], ['*'] or origins)";
  if (list.length > 1 && list.includes("*")) return "* must stand alone";
  for (const member of list) {
    const problem = memberProblem(member);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

function checkKey(name: string): void {
  if (!KEY_RE.test(name)) fail(PP, `'${name}' is not a feature name (a-z, 0-9, - _ . *, starting with a letter)`);
}

/**
 * Checks a feature name newer than the built-in list at run time and brands it: use it as a computed
 * key, `{ [feature("new-sensor")]: [] }`. Throws `HeaderError` unless it is an RFC 8941 key.
 *
 * @see https://w3c.github.io/webappsec-permissions-policy/#features
 * @param name The feature name.
 * @example
 * ```ts
 * import { feature, respond } from "typed-headers";
 * const res = respond().permissionsPolicy({ camera: [], [feature("new-sensor")]: [] }).build();
 * ```
 */
export function feature(name: string): FeatureName {
  checkKey(checkFieldValue(PP, name));
  return name as FeatureName;
}

/**
 * Writes Permissions-Policy as a structured-field dictionary: `()` for no one, `self` and `*` as tokens,
 * origins as quoted strings. Throws `HeaderError` on a malformed name or allowlist.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Permissions-Policy
 * @see https://www.rfc-editor.org/rfc/rfc8941#section-3.2
 * @param policy Features and their allowlists.
 * @example
 * ```ts
 * import { serializePermissionsPolicy } from "typed-headers";
 * serializePermissionsPolicy({ camera: [], geolocation: ["self", "https://maps.example"] });
 * // 'camera=(), geolocation=(self "https://maps.example")'
 * ```
 */
export function serializePermissionsPolicy(policy: PermissionsPolicyInit): PermissionsPolicyValue {
  const write = (name: string, list: unknown): string => {
    checkKey(name);
    const problem = allowlistProblem(list);
    if (problem !== undefined) fail(PP, `${name}: ${problem}`);
    const items = (list as readonly string[]).map((member) => (member === "self" || member === "*" ? member : `"${member}"`));
    return `${name}=${items.join() === "*" ? "*" : `(${items.join(" ")})`}`;
  };
  return writeEntries(PP, policy, "feature", write, ", ", "{ camera: [] }") as PermissionsPolicyValue;
}

// One member of the dictionary: a key, "=", then a bare self or *, or an inner list whose items (self, *, or an
// origin in quotes, never "self" or "*" quoted) are separated by whitespace. Sticky, so it reads where the last
// member ended; every repetition is followed by a character that ends it, so it does not backtrack far.
const MEMBER_RE = /([a-z*][a-z0-9_\-.*]*)=(?:(self|\*)|\(((?:[\t ]*(?:self|\*|"(?!(?:self|\*)")[^"\\]*")(?=[\t )]))*)[\t ]*\))[\t ]*(,[\t ]*)?/uy;

/**
 * Parses Permissions-Policy into features and allowlists (`[]` for none); `undefined` when it is not a
 * dictionary of this shape, as a browser then ignores the whole header.
 *
 * @see https://w3c.github.io/webappsec-permissions-policy/#algo-parse-policy-directive
 * @param value The header value.
 * @example
 * ```ts
 * import { parsePermissionsPolicy } from "typed-headers";
 * parsePermissionsPolicy('camera=(), geolocation=(self "https://maps.example")');
 * // { camera: [], geolocation: ["self", "https://maps.example"] }
 * ```
 */
export function parsePermissionsPolicy(value: string): Record<string, string[]> | undefined {
  if (typeof value !== "string") return undefined;
  const policy: Record<string, string[]> = {};
  const text = trimOws(value);
  MEMBER_RE.lastIndex = 0;
  while (MEMBER_RE.lastIndex < text.length) {
    const match = MEMBER_RE.exec(text);
    // A member ends with a comma and another member, or with the end of the text.
    if (match === null || (match[4] === undefined) !== (MEMBER_RE.lastIndex === text.length)) return undefined;
    const [, name = "", bare, inner = ""] = match;
    policy[name] = bare === undefined ? [...inner.matchAll(/self|\*|"([^"]*)"/gu)].map(([item, origin]) => origin ?? item) : [bare];
  }
  return policy;
}

/** Throws `HeaderError` (for `header`) unless `value` is a Permissions-Policy dictionary of valid allowlists. */
export function checkPermissionsPolicy(value: string): string {
  const parsed = parsePermissionsPolicy(checkFieldValue(PP, value));
  if (parsed === undefined || value === "") return failValue(PP, value, "expected feature=allowlist members, e.g. camera=(), usb=(self)");
  for (const [name, list] of Object.entries(parsed)) {
    const problem = allowlistProblem(list);
    if (problem !== undefined) failValue(PP, value, `${name}: ${problem}`);
  }
  return value;
}

/**
 * Checks a Permissions-Policy written as header text at run time and brands it, for values that come
 * from a `string`. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Permissions-Policy
 * @param value The header value.
 * @example
 * ```ts
 * import { permissionsPolicyValue, respond } from "typed-headers";
 * const value = permissionsPolicyValue(["camera=()", "microphone=()"].join(", "));
 * const res = respond().header("Permissions-Policy", value).build();
 * ```
 */
export function permissionsPolicyValue(value: string): PermissionsPolicyValue {
  return checkPermissionsPolicy(value) as PermissionsPolicyValue;
}

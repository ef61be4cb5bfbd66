// Content-Security-Policy and Content-Security-Policy-Report-Only (CSP Level 3 §2.2, §3.1).
//
//   serialized-policy    = directive *( OWS ";" [ OWS directive ] )    ; "," would start a second policy
//   directive            = directive-name [ RWS directive-value ]
//   serialized-source-list = ( source-expression *( RWS source-expression ) ) / "'none'"
//   source-expression    = scheme-source / host-source / keyword-source / nonce-source / hash-source
//
// A policy is written as an object keyed by directive name, with a list of sources per directive. Lints
// stricter than the grammar, because the grammar's reading is almost always a mistake: a bare keyword
// (`self`) is a valid host name but is refused with the advice to write `'self'`; a directive name
// must be one CSP3 defines (browsers ignore unknown ones silently); an empty source list must be
// written `'none'`; `'none'` stands alone; a directive appears once. A dynamic source goes through
// `cspSource()`, a whole dynamic policy through `contentSecurityPolicy()`.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import { checkFieldValue } from "../header-name.js";
import { failValue, oneEdit, trimOws, words, writeEntries, type AllChars, type Alpha, type Digit, type IsDynamic, type OnlyChars, type TrimOws, type JoinMatching } from "../internal/grammar.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/**
 * The CSP3 fetch directives: which sources each kind of resource may load from.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy#fetch_directives
 * @see https://www.w3.org/TR/CSP3/#directives-fetch
 * @example
 * ```ts
 * import type { CspFetchDirective } from "typed-headers";
 * const name: CspFetchDirective = "script-src";
 * ```
 */
export type CspFetchDirective =
  | "child-src" | "connect-src" | "default-src" | "fenced-frame-src" | "font-src" | "frame-src" | "img-src"
  | "manifest-src" | "media-src" | "object-src" | "script-src" | "script-src-attr" | "script-src-elem"
  | "style-src" | "style-src-attr" | "style-src-elem" | "worker-src";

/** Directives whose value is a source list. */
type SourceListDirective = CspFetchDirective | "base-uri" | "form-action" | "frame-ancestors";

/**
 * Every directive name `csp()` accepts.
 *
 * @see https://www.w3.org/TR/CSP3/#csp-directives
 * @example
 * ```ts
 * import type { CspDirective } from "typed-headers";
 * const name: CspDirective = "frame-ancestors";
 * ```
 */
export type CspDirective = keyof CspInit;

/**
 * The keyword sources, with their single quotes.
 *
 * @see https://www.w3.org/TR/CSP3/#grammardef-keyword-source
 * @example
 * ```ts
 * import type { CspKeyword } from "typed-headers";
 * const keyword: CspKeyword = "'self'";
 * ```
 */
export type CspKeyword = `'${KeywordName}'`;

type KeywordName =
  | "self" | "none" | "unsafe-inline" | "unsafe-eval" | "strict-dynamic" | "unsafe-hashes" | "report-sample"
  | "unsafe-allow-redirects" | "wasm-unsafe-eval" | "inline-speculation-rules" | "trusted-types-eval";

/**
 * A source checked at run time by {@link cspSource}, for sources that come from a `string`.
 *
 * @example
 * ```ts
 * import { cspSource, type CspSourceValue } from "typed-headers";
 * const cdn: CspSourceValue = cspSource("https://cdn.example");
 * ```
 */
export type CspSourceValue = Brand<string, "CspSource">;

/**
 * A source expression: what `csp()` completes in a source list. Any other valid host or URL is accepted.
 *
 * @example
 * ```ts
 * import type { CspSource } from "typed-headers";
 * const source: CspSource = "'strict-dynamic'";
 * ```
 */
export type CspSource =
  | CspKeyword
  | `'nonce-${string}'`
  | `'${"sha256" | "sha384" | "sha512"}-${string}'`
  | "https:" | "wss:" | "data:" | "blob:" | "*"
  | CspSourceValue
  | (string & {});

/**
 * The tokens of the `sandbox` directive: each lifts one restriction of the sandbox.
 *
 * @see https://html.spec.whatwg.org/multipage/browsers.html#sandboxing
 * @example
 * ```ts
 * import type { CspSandboxToken } from "typed-headers";
 * const token: CspSandboxToken = "allow-scripts";
 * ```
 */
export type CspSandboxToken =
  | "allow-downloads" | "allow-forms" | "allow-modals" | "allow-orientation-lock" | "allow-pointer-lock" | "allow-popups"
  | "allow-popups-to-escape-sandbox" | "allow-presentation" | "allow-same-origin" | "allow-scripts"
  | "allow-storage-access-by-user-activation" | "allow-top-navigation" | "allow-top-navigation-by-user-activation"
  | "allow-top-navigation-to-custom-protocols";

/**
 * A policy as an object: what `csp()` and {@link serializeCsp} take and {@link parseCsp} returns.
 * Source lists are arrays of sources; keywords keep their single quotes (`"'self'"`).
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy
 * @see https://www.w3.org/TR/CSP3/#framework-directives
 * @example
 * ```ts
 * import type { CspInit } from "typed-headers";
 * const policy: CspInit = { "default-src": ["'self'"], "img-src": ["'self'", "data:"], "upgrade-insecure-requests": true };
 * ```
 */
export type CspInit = { readonly [TName in SourceListDirective]?: readonly CspSource[] } & {
  /** Applies the iframe sandbox to the page: `true` for every restriction, or the tokens that lift some. */
  readonly sandbox?: true | readonly CspSandboxToken[];
  /** Loads every `http:` subresource of the page over `https:`. */
  readonly "upgrade-insecure-requests"?: true;
  /** The Reporting-Endpoints name that violation reports go to. */
  readonly "report-to"?: string;
  /** Deprecated: URLs violation reports are posted to; prefer `report-to`. */
  readonly "report-uri"?: readonly string[];
  /** The Trusted Types policy names the page may create, `'none'`, `'allow-duplicates'` or `*`. */
  readonly "trusted-types"?: readonly string[];
  /** `['script']` makes DOM XSS sinks accept only Trusted Types. */
  readonly "require-trusted-types-for"?: readonly "'script'"[];
  /** Whether WebRTC connections are allowed. */
  readonly webrtc?: "'allow'" | "'block'";
};

/**
 * A policy checked by {@link contentSecurityPolicy} or written by {@link serializeCsp}.
 *
 * @example
 * ```ts
 * import { serializeCsp, type CspValue } from "typed-headers";
 * const policy: CspValue = serializeCsp({ "default-src": ["'self'"] });
 * ```
 */
export type CspValue = Brand<string, "ContentSecurityPolicy">;

/**
 * Options of `csp()`.
 *
 * @example
 * ```ts
 * import type { CspOptions } from "typed-headers";
 * const options: CspOptions = { reportOnly: true };
 * ```
 */
export interface CspOptions {
  /** Sends Content-Security-Policy-Report-Only: violations are reported, nothing is blocked. */
  reportOnly?: true;
}

type Base64Char = Alpha | Digit | "+" | "/" | "-" | "_";
type IsBase64<TText extends string> = TText extends ""
  ? false
  : AllChars<TText extends `${infer THead}==` ? THead : TText extends `${infer THead}=` ? THead : TText, Base64Char>;

type UrlChar = Alpha | Digit | "-" | "." | "_" | "~" | ":" | "/" | "?" | "#" | "[" | "]" | "@" | "!" | "$" | "&" | "(" | ")" | "*" | "+" | "=" | "%";

type QuotedProblem<TInner extends string, TDirective extends string> = TDirective extends "frame-ancestors"
  ? TInner extends "self" | "none"
    ? never
    : `'${TInner}' cannot appear in frame-ancestors, which takes only 'self', 'none', hosts and schemes`
  : TInner extends KeywordName
    ? never
    : TInner extends `nonce-${infer TValue}`
      ? IsBase64<TValue> extends true
        ? never
        : `a nonce is base64 (A-Z a-z 0-9 + / - _ and = padding): make one with nonce()`
      : TInner extends `${"sha256" | "sha384" | "sha512"}-${infer TValue}`
        ? IsBase64<TValue> extends true
          ? never
          : `a hash is the base64 of the digest (A-Z a-z 0-9 + / - _ and = padding)`
        : `'${TInner}' is not a CSP keyword ('self', 'none', 'unsafe-inline', 'strict-dynamic', 'nonce-…', 'sha256-…', …)`;

/**
 * What is wrong with one source of a directive, as a sentence, or `never` when it is fine.
 *
 * @example
 * ```ts
 * import type { CspSourceProblem } from "typed-headers";
 * type Problem = CspSourceProblem<"self", "script-src">; // "keywords keep their single quotes: …"
 * ```
 */
export type CspSourceProblem<TSource extends string, TDirective extends string> = TSource extends CspSourceValue | "'self'" | "'none'"
  ? never // checked, or the two keywords every source list takes: first, so that the common lists cost one test
  : IsDynamic<TSource> extends true
    ? // A template from nonce() (or a computed hash) is fine: the run time checks its base64.
      TSource extends `'${"nonce" | "sha256" | "sha384" | "sha512"}-${string}'`
      ? never
      : "a dynamic source must be checked first: pass cspSource(value)"
    : TSource extends `https://${infer THost}`
      ? OnlyChars<THost, UrlChar> extends true
        ? never // the common host source, by one walk over the host: every URL character is fine after https://
        : SourceTextProblem<TSource, TDirective>
      : SourceTextProblem<TSource, TDirective>;

type SourceTextProblem<TSource extends string, TDirective extends string> = TSource extends ""
      ? "an empty source"
      : TSource extends `${string}${";" | ","}${string}`
        ? `'${TSource}' holds ';' or ',', which end a directive or a policy: give each source its own array entry`
        : TSource extends `${string}${" " | "\t"}${string}`
          ? `'${TSource}' holds whitespace: give each source its own array entry`
          : TSource extends `'${infer TInner}'`
            ? QuotedProblem<TInner, TDirective>
            : Lowercase<TSource> extends KeywordName
              ? `keywords keep their single quotes: write '${Lowercase<TSource>}' (a bare ${TSource} is a host name)`
              : TSource extends `${string}=${string}`
                ? TSource extends `${string}://${string}`
                  ? never
                  : `'${TSource}' is not a host or a scheme; a nonce is written 'nonce-…' in single quotes`
                : AllChars<TSource, UrlChar> extends true
                ? never
                : `'${TSource}' is not a scheme (https:), a host (*.example.com) or a URL`;

type ListProblem<TList, TDirective extends string> = TList extends readonly []
  ? "an empty source list: to allow nothing, use the 'none' keyword"
  : TList extends readonly ["'none'"]
    ? never
    : ("'none'" extends Items<TList> ? Includes<TList, "'none'"> : false) extends true
      ? "'none' must stand alone: remove it or the other sources"
      : Items<TList> extends infer TItem extends string
        ? [CspSourceProblem<TItem, TDirective>] extends [never]
          ? never
          : SourcesProblem<TList, TDirective>
        : SourcesProblem<TList, TDirective>;

// The sources of a list as one union. A list is first read this way, each distinct source checked once
// and cached: walking a tuple element by element costs about 20 instantiations an element. The walks
// below run only when this finds something: one for 'none' among other sources (Includes tells a
// literal 'none' from a `string` element), one for the first problem in list order.
type Items<TList> = TList extends readonly unknown[] ? TList[number] : never;

// `true` when a tuple holds exactly the literal `TItem` (an element typed `string` does not count).
type Includes<TList, TItem extends string> = TList extends readonly [infer THead, ...infer TRest]
  ? [THead] extends [TItem]
    ? true
    : Includes<TRest, TItem>
  : false;

type SourcesProblem<TList, TDirective extends string> = TList extends readonly [infer THead extends string, ...infer TRest]
  ? [CspSourceProblem<THead, TDirective>] extends [never]
    ? SourcesProblem<TRest, TDirective>
    : CspSourceProblem<THead, TDirective>
  : TList extends readonly (infer TItem extends string)[]
    ? CspSourceProblem<TItem, TDirective>
    : never;

type DirectiveProblem<TName extends string, TValue> = TName extends SourceListDirective
  ? ListProblem<TValue, TName>
  : TName extends "report-to"
    ? TValue extends string
      ? IsDynamic<TValue> extends true
        ? never
        : AllChars<TValue, Alpha | Digit | "-" | "_"> extends true
          ? TValue extends ""
            ? "report-to needs an endpoint name"
            : never
          : `report-to takes one endpoint name (letters, digits, - and _), not '${TValue}'`
      : never
    : TName extends "trusted-types"
      ? TValue extends readonly (infer TItem extends string)[]
        ? TItem extends `${string}${" " | ";" | ","}${string}`
          ? "a Trusted Types policy name holds no spaces, ';' or ','"
          : never
        : never
      : never;

// The directive names in a fixed order, so that a list of suggestions is one string, built in one pass
// (joining a union member by member would build every permutation).
type DirectiveOrder = [
  "default-src", "script-src", "script-src-elem", "script-src-attr", "style-src", "style-src-elem", "style-src-attr",
  "img-src", "font-src", "connect-src", "media-src", "object-src", "frame-src", "child-src", "worker-src", "manifest-src",
  "fenced-frame-src", "base-uri", "form-action", "frame-ancestors", "sandbox", "upgrade-insecure-requests", "report-to",
  "report-uri", "trusted-types", "require-trusted-types-for", "webrtc",
];

type Suggestion<TName extends string> = Lowercase<TName> extends CspDirective
  ? `: directive names are lower case, write '${Lowercase<TName>}'`
  : Lowercase<TName> extends `${infer TFirst}${infer TSecond}${string}`
    ? JoinMatching<`${TFirst}${TSecond}`, DirectiveOrder> extends infer TList extends string
      ? TList extends ""
        ? OneTypoAway<Lowercase<TName>, DirectiveOrder> extends infer TNear extends string
          ? TNear extends ""
            ? " (see the CSP3 directive list)"
            : `: did you mean ${TNear}?`
          : never
        : `: did you mean ${TList}?`
      : never
    : "";

// The names of `TNames` one typo away from `TName` (sript-src, dfault-src), joined in order: the run time's
// second try, for a name that shares its first two letters with none. Only a refused name gets here.
type OneTypoAway<TName extends string, TNames extends readonly string[], TFound extends string = ""> = TNames extends [
  infer TKnown extends string,
  ...infer TRest extends string[],
]
  ? OneTypoAway<TName, TRest, OneTypo<TName, TKnown> extends true ? (TFound extends "" ? TKnown : `${TFound}, ${TKnown}`) : TFound>
  : TFound;

type Tail<TText extends string> = TText extends `${string}${infer TRest}` ? TRest : "";

// `true` when one typo turns `TLeft` into `TRight`: a character changed, dropped or added, or two neighbours
// swapped. The common start is skipped first (tail-recursive).
type OneTypo<TLeft extends string, TRight extends string> = TLeft extends `${infer TChar}${infer TLeftRest}`
  ? TRight extends `${TChar}${infer TRightRest}`
    ? OneTypo<TLeftRest, TRightRest>
    : TLeftRest extends Tail<TRight>
      ? true
      : TLeftRest extends TRight
        ? true
        : TLeft extends Tail<TRight>
          ? true
          : TRight extends `${infer TFirst}${infer TSecond}${infer TEnd}`
            ? TLeft extends `${TSecond}${TFirst}${TEnd}`
              ? true
              : false
            : false
  : TRight extends "" // the same name: not a typo
    ? false
    : Tail<TRight> extends "" // one character added at the end
      ? true
      : false;

/**
 * The compile-time check of a policy literal: `unknown` per directive when it is fine, else the error
 * on the offending directive.
 *
 * @example
 * ```ts
 * import type { CspCheck } from "typed-headers";
 * type Fine = CspCheck<{ "default-src": readonly ["'self'"] }>; // { "default-src": unknown }
 * ```
 */
export type CspCheck<TPolicy> = {
  [TName in keyof TPolicy]: DirectiveCheck<TName, TPolicy[TName]>;
};

// One directive, keyed by its name and its list alone (not by the policy, a new type in each call), so
// that a directive repeated across calls, such as "default-src": ["'self'"], is checked once.
type DirectiveCheck<TName, TValue> = TName extends CspDirective
  ? [DirectiveProblem<TName, TValue>] extends [never]
    ? unknown
    : HeaderTypeError<`Invalid CSP ${TName}: ${DirectiveProblem<TName, TValue>}`>
  : HeaderTypeError<`Unknown CSP directive '${TName & string}'${Suggestion<TName & string>}`>;

// A policy written as header text, directive by directive; TSeen holds the directive names read.
type CspTextProblem<TText extends string, TSeen extends string = never> = TText extends `${string},${string}`
  ? "a comma starts a second policy: append() each policy on its own instead"
  : TText extends `${infer THead};${infer TRest}`
    ? CspTextDirective<TrimOws<THead>, TRest, true, TSeen>
    : CspTextDirective<TrimOws<TText>, "", false, TSeen>;

type CspTextDirective<TDirective extends string, TRest extends string, TMore extends boolean, TSeen extends string> =
  TDirective extends ""
    ? TMore extends true ? CspTextProblem<TRest, TSeen> : never
    : (TDirective extends `${infer TName} ${infer TValues}` ? [TName, TValues] : [TDirective, ""]) extends [
          infer TName extends string,
          infer TValues extends string,
        ]
      ? TName extends CspDirective
        ? TName extends TSeen
          ? `directive '${TName}' appears twice: the browser ignores the second`
          : TName extends SourceListDirective
            ? TextSourcesProblem<TValues, TName> extends infer TProblem extends string
              ? [TProblem] extends [never]
                ? TMore extends true ? CspTextProblem<TRest, TSeen | TName> : never
                : TProblem
              : never
            : TMore extends true ? CspTextProblem<TRest, TSeen | TName> : never
        : `unknown directive '${TName}'${Suggestion<TName>}`
      : never;

type TextSourcesProblem<TText extends string, TDirective extends string, TCount extends string = ""> =
  TText extends ` ${infer TRest}`
    ? TextSourcesProblem<TRest, TDirective, TCount>
    : TText extends `${infer THead} ${infer TRest}`
      ? [CspSourceProblem<THead, TDirective>] extends [never]
        ? THead extends "'none'"
          ? "'none' must stand alone: remove it or the other sources"
          : TextSourcesProblem<TRest, TDirective, `${TCount}1`>
        : CspSourceProblem<THead, TDirective>
      : TText extends ""
        ? TCount extends ""
          ? "an empty source list: to allow nothing, use the 'none' keyword"
          : never
        : TText extends "'none'"
          ? TCount extends ""
            ? never
            : "'none' must stand alone: remove it or the other sources"
          : CspSourceProblem<TText, TDirective>;

/**
 * What `header("Content-Security-Policy", …)` accepts: a policy literal the checks pass, or a {@link CspValue}.
 *
 * @example
 * ```ts
 * import type { CspArg } from "typed-headers";
 * type Accepted = CspArg<"default-src 'self'; frame-ancestors 'none'">;
 * ```
 */
export type CspArg<TValue extends string> = TValue extends CspValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Content-Security-Policy must be checked first: pass contentSecurityPolicy(value), or build it with csp({ ... })">
    : TValue extends ""
      ? CspCompletion
      : [CspTextProblem<TValue>] extends [never]
        ? TValue
        :
            | Extract<CspCompletion, `${NoInfer<TValue>}${string}`>
            | HeaderTypeError<`Invalid Content-Security-Policy '${NoInfer<TValue>}': ${CspTextProblem<NoInfer<TValue>>}`>;

type CspCompletion =
  | "default-src 'self'"
  | "default-src 'none'"
  | "default-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; upgrade-insecure-requests";

// ---------------------------------------------------------------------------------------------------
// Run time

const CSP = "Content-Security-Policy";

// The directive names in DirectiveOrder (the 20 source lists first), so that suggestions come in the types' order.
const DIRECTIVE_NAMES: readonly string[] = words(
  "default-src script-src script-src-elem script-src-attr style-src style-src-elem style-src-attr img-src font-src connect-src media-src object-src frame-src child-src worker-src manifest-src fenced-frame-src base-uri form-action frame-ancestors sandbox upgrade-insecure-requests report-to report-uri trusted-types require-trusted-types-for webrtc",
);
const SOURCE_LISTS: ReadonlySet<string> = new Set(DIRECTIVE_NAMES.slice(0, 20));
const DIRECTIVES: ReadonlySet<string> = new Set(DIRECTIVE_NAMES);
const KEYWORDS: readonly string[] = words(
  "self none unsafe-inline unsafe-eval strict-dynamic unsafe-hashes report-sample unsafe-allow-redirects wasm-unsafe-eval inline-speculation-rules trusted-types-eval",
);
const SANDBOX_TOKENS: readonly string[] = words(
  "downloads forms modals orientation-lock pointer-lock popups popups-to-escape-sandbox presentation same-origin scripts storage-access-by-user-activation top-navigation top-navigation-by-user-activation top-navigation-to-custom-protocols",
).map((token) => `allow-${token}`);

const URL_CHARS_RE = /^[A-Za-z0-9\-._~:/?#[\]@!$&()*+=%]+$/u;

// The directives other than source lists: [the test of a word, what a word is, the shape of the value], with
// shapes 0 `true`, 1 one word, 2 words, 3 one or more words, 4 `true` or words.
const OTHERS: Readonly<Record<string, readonly [{ test(word: string): boolean }, string, number]>> = {
  sandbox: [{ test: (word) => SANDBOX_TOKENS.includes(word) }, "sandbox token", 4],
  "upgrade-insecure-requests": [/^$/u, "", 0],
  "report-to": [/^[\w-]+$/u, "endpoint name (letters, digits, - and _)", 1],
  "report-uri": [URL_CHARS_RE, "report URL (escape spaces, ';', ',' and quotes)", 3],
  "trusted-types": [/^[^\s;,]+$/u, "policy name (no spaces, ';' or ',')", 2],
  "require-trusted-types-for": [/^'script'$/u, `sink group: write "'script'" with its quotes`, 3],
  webrtc: [/^'(?:allow|block)'$/u, `"'allow'" or "'block'", with the quotes`, 1],
};

/** Why `source` cannot stand in `directive`, or `undefined` when it can: the run-time twin of CspSourceProblem. */
function sourceProblem(source: unknown, directive: string): string | undefined {
  if (typeof source !== "string") return `expected a string source, got ${typeof source}`;
  if (source === "") return "an empty source";
  if (/[;,\s]/u.test(source)) return `'${source}' holds ${/[;,]/u.test(source) ? "';' or ','" : "whitespace"}: give each source its own entry`;
  const inner = /^'([^']*)'$/u.exec(source)?.[1];
  if (inner !== undefined) {
    if (directive === "frame-ancestors") {
      return inner === "self" || inner === "none" ? undefined : `'${inner}' cannot appear in frame-ancestors: only 'self', 'none', hosts and schemes`;
    }
    if (KEYWORDS.includes(inner) || /^(?:nonce|sha256|sha384|sha512)-[A-Za-z0-9+/_-]+={0,2}$/u.test(inner)) return undefined;
    if (inner.startsWith("nonce-")) return "a nonce is base64: make one with nonce()";
    return /^sha(?:256|384|512)-/u.test(inner) ? "a hash is the base64 of the digest (A-Za-z0-9+/_- and = padding)" : `'${inner}' is not a CSP keyword ('self', 'nonce-...', 'sha256-...', ...)`;
  }
  const lower = source.toLowerCase();
  if (KEYWORDS.includes(lower)) return `keywords keep their single quotes: write '${lower}' (a bare ${source} is a host name)`;
  // '=' cannot stand in a host or a scheme; a bare base64 string is a nonce that lost its quotes.
  if (source.includes("=") && !source.includes("://")) return `'${source}' is not a host or a scheme; write a nonce as 'nonce-…'`;
  return URL_CHARS_RE.test(source) ? undefined : `'${source}' is not a scheme (https:), a host (*.example.com) or a URL`;
}

function listProblem(sources: readonly unknown[], directive: string): string | undefined {
  if (sources.length === 0) return "an empty source list: use 'none' to allow nothing";
  if (sources.length > 1 && sources.includes("'none'")) return "'none' must stand alone";
  for (const source of sources) {
    const problem = sourceProblem(source, directive);
    if (problem !== undefined) return problem;
  }
  return undefined;
}

// "Did you mean": the known names that share the first two letters, listed as the compile-time message lists
// them (none for a one-letter name); when no name does, the names one typo away (sript-src, dfault-src), as the
// types' OneTypoAway finds them.
function unknownDirective(name: string): string {
  const lower = name.toLowerCase();
  const like = DIRECTIVE_NAMES.filter((known) => lower.length > 1 && known.startsWith(lower.slice(0, 2)));
  const near = (like.length > 0 ? like : DIRECTIVE_NAMES.filter((known) => oneEdit(lower, known))).join(", ");
  return `unknown directive '${name}'${DIRECTIVES.has(lower) ? `: write '${lower}' (names are lower case)` : near ? `: did you mean ${near}?` : " (see the CSP3 directive list)"}`;
}

function directiveProblem(name: string, value: unknown): string | undefined {
  if (!DIRECTIVES.has(name)) return unknownDirective(name);
  if (SOURCE_LISTS.has(name)) return Array.isArray(value) ? listProblem(value, name) : "expected an array of sources";
  const [word, what, shape] = OTHERS[name] as (typeof OTHERS)[string];
  if (value === true && shape % 4 === 0) return undefined;
  if (shape === 1) return typeof value === "string" && word.test(value) ? undefined : `expected one ${what}, got ${JSON.stringify(value)}`;
  if (shape === 0 || !Array.isArray(value)) return shape === 0 ? "expected true" : `expected ${shape === 4 ? "true or " : ""}an array, each a ${what}`;
  if (shape === 3 && value.length === 0) return `expected at least one ${what}`;
  for (const item of value) {
    if (typeof item !== "string" || !word.test(item)) return `'${String(item)}' is not a ${what}`;
  }
  return undefined;
}

/**
 * Checks one source expression at run time and brands it, for sources that come from a `string`
 * (a CDN host from configuration, say). Throws `HeaderError`.
 *
 * @see https://www.w3.org/TR/CSP3/#framework-directive-source-list
 * @param value The source, e.g. `https://cdn.example` or `'nonce-…'`.
 * @example
 * ```ts
 * import { cspSource, respond } from "typed-headers";
 * const cdn = cspSource(["https://cdn", "example"].join("."));
 * const res = respond().csp({ "script-src": ["'self'", cdn] }).build();
 * ```
 */
export function cspSource(value: string): CspSourceValue {
  const problem = sourceProblem(value, "default-src");
  return problem === undefined ? (value as CspSourceValue) : fail(CSP, problem);
}

/**
 * Writes a policy from an object keyed by directive name and checks every directive and source.
 * Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy
 * @see https://www.w3.org/TR/CSP3/#parse-serialized-policy
 * @param policy The policy.
 * @param header The header name used in errors.
 * @example
 * ```ts
 * import { serializeCsp } from "typed-headers";
 * serializeCsp({ "default-src": ["'self'"], "upgrade-insecure-requests": true });
 * // "default-src 'self'; upgrade-insecure-requests"
 * ```
 */
export function serializeCsp(policy: CspInit, header: string = CSP): CspValue {
  const write = (name: string, value: unknown): string => {
    const problem = directiveProblem(name, value);
    if (problem !== undefined) fail(header, DIRECTIVES.has(name) ? `${name}: ${problem}` : problem);
    // An empty list (e.g. sandbox: [] for every restriction) is the directive name alone, no trailing space.
    return [name, ...(value === true ? [] : [value as string | string[]].flat())].join(" ");
  };
  return writeEntries(header, policy, "directive", write, "; ", `{ "default-src": ["'self'"] }`) as CspValue;
}

/**
 * Parses a policy as a browser does (CSP3 §2.2.1): directive names in lower case, the first of a
 * repeated directive kept, unknown directives dropped. Only the first policy of a comma-separated list is read.
 *
 * @see https://www.w3.org/TR/CSP3/#parse-serialized-policy
 * @param value The header value.
 * @example
 * ```ts
 * import { parseCsp } from "typed-headers";
 * parseCsp("default-src 'self'; img-src 'self' data:");
 * // { "default-src": ["'self'"], "img-src": ["'self'", "data:"] }
 * ```
 */
export function parseCsp(value: string): CspInit {
  return typeof value === "string" ? readCsp(value) : {};
}

/** Throws `HeaderError` (for `header`) unless `value` is a policy the types would accept; returns it unchanged. */
export function checkCsp(value: string, header: string = CSP): string {
  readCsp(checkFieldValue(header, value), (problem) => failValue(header, value, problem));
  return value;
}

// One walk for parseCsp (as a browser: names in any case, the first of a repeated directive kept, unknown ones
// and any second policy dropped) and checkCsp, which passes `refuse` to be told why instead, and reads the text
// as the types do: one policy, names as written, sources separated by spaces and each one checked.
function readCsp(value: string, refuse?: (problem: string) => never): CspInit {
  const policy: Record<string, unknown> = {};
  if (refuse && value.includes(",")) refuse("a comma starts a second policy: append() it instead");
  for (const directive of (value.split(",")[0] as string).split(";")) {
    const [rawName, ...values] = (refuse ? trimOws(directive).split(" ") : directive.split(/[\t\n\f\r ]+/u)).filter((part) => part !== "");
    if (rawName === undefined) continue;
    const name = refuse ? rawName : rawName.toLowerCase();
    if (!DIRECTIVES.has(name)) refuse?.(unknownDirective(name));
    else if (Object.hasOwn(policy, name)) refuse?.(`directive '${name}' appears twice: the browser ignores the second`);
    else {
      const problem = refuse && SOURCE_LISTS.has(name) ? listProblem(values, name) : undefined;
      if (problem !== undefined) refuse?.(problem);
      const shape = OTHERS[name]?.[2];
      policy[name] = shape === 1 ? (values[0] ?? "") : shape === 0 || (shape === 4 && values.length === 0) ? true : values;
    }
  }
  return policy as CspInit;
}

/**
 * Checks a policy written as header text at run time and brands it, for policies that come from a
 * `string`: known directives, once each, and every source of every source list. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy
 * @see https://www.w3.org/TR/CSP3/#parse-serialized-policy
 * @param value The policy.
 * @example
 * ```ts
 * import { contentSecurityPolicy, respond } from "typed-headers";
 * const policy = contentSecurityPolicy(["default-src 'self'", "img-src *"].join("; "));
 * const res = respond().header("Content-Security-Policy", policy).build();
 * ```
 */
export function contentSecurityPolicy(value: string): CspValue {
  return checkCsp(value) as CspValue;
}

/**
 * Makes a fresh nonce for `'nonce-…'` sources: 16 random bytes from Web Crypto, in base64. Use a new
 * one for every response, and put the same value in the `nonce` attribute of the inline scripts it allows.
 *
 * @see https://developer.mozilla.org/docs/Web/HTML/Global_attributes/nonce
 * @see https://www.w3.org/TR/CSP3/#security-nonces
 * @example
 * ```ts
 * import { nonce, respond } from "typed-headers";
 * const value = nonce();
 * const res = respond()
 *   .csp({ "script-src": [`'nonce-${value}'`] })
 *   .html(`<script nonce="${value}">console.log("allowed")</script>`);
 * ```
 */
export function nonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

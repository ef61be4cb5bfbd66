// Link (RFC 8288 §3): typed links, and the resource hints browsers act on before the body arrives
// (preload, preconnect, modulepreload; HTML §4.6.7).
//
//   Link       = #link-value
//   link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
//   link-param = token BWS [ "=" BWS ( token / quoted-string ) ]
//
// RFC 8288 requires a rel parameter in each link-value. Lints beyond the grammar, from what browsers do
// (escape hatch: a `link(value)` validated string through `header()`):
// - `rel=preload` needs `as`: without it the browser does not know what to fetch and skips it;
// - `as` belongs only with preload, modulepreload and prefetch;
// - a preload `as: "font"` or `as: "fetch"` needs `crossorigin`: those requests are always made in
//   CORS mode, so a preload without it does not match the later request and is fetched twice.

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError, checkOptionKeys, type NoUnknownOptions } from "../errors.js";
import { TOKEN_RE, checkField, needObject, needString, show, tokenOrQuote, writeParams, type IsToken, type Ows, type IsDynamic } from "../internal/grammar.js";
import { readParams, type ParamsProblem, type TrimStart } from "./content-disposition.js";
import { checkMediaType, type MediaTypeProblem, type MediaTypeValue } from "./content-type.js";
import { urlProblem, type UrlProblem } from "./location.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/**
 * Link relation types `link()` completes: the IANA registry's common ones and HTML's resource hints.
 * Any other relation name (a token) or an absolute URI is accepted too.
 *
 * @see https://www.iana.org/assignments/link-relations/link-relations.xhtml
 * @example
 * ```ts
 * import type { LinkRelation } from "typed-headers";
 * const rel: LinkRelation = "preload";
 * ```
 */
export type LinkRelation =
  | "preload" | "preconnect" | "modulepreload" | "prefetch" | "dns-prefetch" | "prerender" | "compression-dictionary"
  | "canonical" | "alternate" | "author" | "describedby" | "first" | "last" | "next" | "prev" | "self" | "up"
  | "help" | "icon" | "license" | "manifest" | "me" | "privacy-policy" | "terms-of-service" | "related"
  | "search" | "service-desc" | "service-doc" | "service-meta" | "stylesheet" | "webmention" | "edit"
  | "nofollow" | "noopener" | "noreferrer" | "payment" | "hub" | "blocked-by" | "deprecation" | "sunset";

/**
 * What `as` accepts: the request destinations a preload can fetch for.
 *
 * @see https://html.spec.whatwg.org/multipage/links.html#attr-link-as
 * @example
 * ```ts
 * import type { LinkDestination } from "typed-headers";
 * const as: LinkDestination = "style";
 * ```
 */
export type LinkDestination =
  | "audio" | "audioworklet" | "document" | "embed" | "fetch" | "font" | "image" | "json" | "manifest" | "object"
  | "paintworklet" | "script" | "serviceworker" | "sharedworker" | "style" | "track" | "video" | "worker" | "xslt";

/**
 * Options of `link(url, options)`: the relation and the hints browsers read.
 *
 * @example
 * ```ts
 * import type { LinkOptions } from "typed-headers";
 * const options: LinkOptions = { rel: "preload", as: "font", type: "font/woff2", crossorigin: "anonymous" };
 * ```
 */
export interface LinkOptions {
  /** The relation type(s), space-separated: e.g. `preload`, `preconnect`, `canonical`. */
  rel: LinkRelation | (string & {});
  /** What a preload fetches: `style`, `script`, `font`, `image`, `fetch`, … */
  as?: LinkDestination;
  /** The target's media type, e.g. `font/woff2`. */
  type?: string;
  /** The CORS mode of the request: `anonymous` (no credentials) or `use-credentials`. */
  crossorigin?: "anonymous" | "use-credentials";
  /** The request's priority relative to others of its kind. */
  fetchpriority?: "high" | "low" | "auto";
}

/**
 * One link as an object: what {@link parseLink} returns and {@link serializeLink} takes.
 *
 * @example
 * ```ts
 * import type { LinkInit } from "typed-headers";
 * const init: LinkInit = { href: "/app.css", rel: "preload", as: "style" };
 * ```
 */
export interface LinkInit extends LinkOptions {
  /** The target, an absolute or relative URI-reference. */
  href: string;
  /** Other parameters (`title`, `hreflang`, `media`, …) by lower-case name. */
  params?: Record<string, string>;
}

type SplitRel<TRel extends string> = TRel extends `${infer THead} ${infer TRest}` ? THead | SplitRel<TRest> : TRel;

type RelProblem<TRel extends string> = TRel extends ""
  ? "rel is empty: name a relation such as 'preload'"
  : RelItemProblem<SplitRel<TRel>>;

// Distributes over the relation names; a bad one gives its sentence.
type RelItemProblem<TItem extends string> = TItem extends ""
  ? never
  : TItem extends `${string}:${string}`
    ? [UrlProblem<TItem>] extends [never] ? never : `relation '${TItem}': ${UrlProblem<TItem>}`
    : IsToken<TItem> extends true
      ? never
      : `'${TItem}' is not a relation name (a token such as 'preload') or an absolute URI`;

type HasRel<TRel extends string, TName extends string> = TName extends SplitRel<Lowercase<TRel>> ? true : false;

type FetchingRel = "preload" | "modulepreload" | "prefetch";

/**
 * The compile-time rules of `link()` options: `unknown` when they hold, else an object type whose
 * property names the option to fix.
 *
 * @example
 * ```ts
 * import type { LinkCheck } from "typed-headers";
 * type Fine = LinkCheck<{ rel: "preload"; as: "style" }>; // unknown
 * ```
 */
export type LinkCheck<TOptions extends LinkOptions> = NoUnknownOptions<TOptions, LinkOptions> & LinkRules<TOptions>;

type LinkRules<TOptions extends LinkOptions> = string extends TOptions["rel"]
  ? unknown
  : [RelProblem<TOptions["rel"]>] extends [never]
    ? HasRel<TOptions["rel"], "preload"> extends true
      ? TOptions extends { as: infer TAs }
        ? TAs extends "font" | "fetch"
          ? TOptions extends { crossorigin: string }
            ? TypeCheck<TOptions>
            : { crossorigin: HeaderTypeError<`as '${TAs & string}' needs crossorigin: 'anonymous': these requests always use CORS, so a preload without it is fetched twice`> }
          : TypeCheck<TOptions>
        : { as: HeaderTypeError<"rel 'preload' needs as (style, script, font, image, fetch, …): without it the browser skips the preload"> }
      : TOptions extends { as: string }
        ? [FetchingRel & SplitRel<Lowercase<TOptions["rel"]>>] extends [never]
          ? { as: HeaderTypeError<"as applies only to rel 'preload', 'modulepreload' or 'prefetch': remove it"> }
          : TypeCheck<TOptions>
        : TypeCheck<TOptions>
    : { rel: HeaderTypeError<`Invalid rel '${TOptions["rel"]}': ${RelProblem<TOptions["rel"]>}`> };

type TypeCheck<TOptions> = TOptions extends { type: infer TType extends string }
  ? string extends TType
    ? unknown
    : TType extends MediaTypeValue
      ? unknown
      : [MediaTypeProblem<TType>] extends [never]
        ? unknown
        : { type: HeaderTypeError<`Invalid media type '${TType}': ${MediaTypeProblem<TType>}`> }
  : unknown;

/**
 * What is wrong with a literal Link value, as a sentence, or `never`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8288#section-3
 * @example
 * ```ts
 * import type { LinkProblem } from "typed-headers";
 * type Problem = LinkProblem<"</app.css>; as=style">; // "link </app.css> needs a rel parameter, …"
 * ```
 */
export type LinkProblem<TValue extends string> = TValue extends `<${infer TUrl}>${infer TRest}`
  ? [UrlProblem<TUrl>] extends [never]
    ? ParamsProblem<TRest, never, true> extends infer TResult
      ? TResult extends { rest: infer TNext extends string; seen: infer TSeen }
        ? "rel" extends TSeen
          ? TrimStart<TNext> extends ""
            ? never
            : LinkProblem<TrimStart<TNext>>
          : `link <${TUrl}> needs a rel parameter, e.g. '; rel=preload'`
        : TResult
      : never
    : `target '${TUrl}': ${UrlProblem<TUrl>}`
  : TValue extends `${Ows}${string}`
    ? "it starts with whitespace; trim it"
    : `expected '<url>' before '${TValue}'`;

/**
 * A Link value checked by {@link link} or written by {@link serializeLink}.
 *
 * @example
 * ```ts
 * import { link, type LinkValue } from "typed-headers";
 * const value: LinkValue = link("</app.css>; rel=preload; as=style");
 * ```
 */
export type LinkValue = Brand<string, "Link">;

/**
 * What `header("Link", …)` accepts: a literal list of links, or a {@link LinkValue}.
 *
 * @example
 * ```ts
 * import type { LinkArg } from "typed-headers";
 * type Accepted = LinkArg<"</app.css>; rel=preload; as=style">;
 * ```
 */
export type LinkArg<TValue extends string> = TValue extends LinkValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Link must be checked first: pass link(value), or call .link(url, { rel })">
    : TValue extends ""
      ? "<"
      : [LinkProblem<TValue>] extends [never]
        ? TValue
        : HeaderTypeError<`Invalid Link '${NoInfer<TValue>}': ${LinkProblem<NoInfer<TValue>> & string}`>;

// ---------------------------------------------------------------------------------------------------
// Run time

const L = "Link";
/** The options whose values are fixed lists, in the order they are checked and written. */
const CHOICES: ReadonlyMap<string, readonly string[]> = new Map(
  [
    "as:audio audioworklet document embed fetch font image json manifest object paintworklet script serviceworker sharedworker style track video worker xslt",
    "crossorigin:anonymous use-credentials",
    "fetchpriority:high low auto",
  ].map((line): [string, string[]] => {
    const [key, values] = line.split(":") as [string, string];
    return [key, values.split(" ")];
  }),
);
/** The parameters written from options, after rel. */
const KEYS = ["as", "type", "crossorigin", "fetchpriority"] as const;
const FETCHING_RELS = ["preload", "modulepreload", "prefetch"];

function relProblem(rel: unknown): string | undefined {
  if (typeof rel !== "string") return `rel: expected a string, got ${typeof rel}`;
  const items = rel.split(" ").filter((item) => item !== "");
  if (items.length === 0) return "rel is empty: name a relation such as 'preload'";
  for (const item of items) {
    const problem = item.includes(":")
      ? urlProblem(item)
      : TOKEN_RE.test(item)
        ? undefined
        : "not a relation name (a token such as 'preload') or an absolute URI";
    if (problem !== undefined) return `relation ${show(item)}: ${problem}`;
  }
  return undefined;
}

/** Why a link's options break a rule, or `undefined`; the same rules as {@link LinkCheck}. */
function optionsProblem(init: LinkInit): string | undefined {
  const relError = relProblem(init.rel);
  if (relError !== undefined) return relError;
  for (const [key, values] of CHOICES) {
    const value = init[key as keyof LinkInit];
    if (value !== undefined && !values.includes(value as string)) return `${key} must be one of ${values.join(", ")}, got ${show(value)}`;
  }
  if (init.type !== undefined) checkMediaType(init.type);
  const rels = init.rel.toLowerCase().split(" ");
  const { as } = init;
  if (rels.includes("preload")) {
    if (as === undefined) return "rel 'preload' needs as, e.g. as: 'style' (the browser skips a preload without it)";
    if ((as === "font" || as === "fetch") && init.crossorigin === undefined) return `as '${as}' needs crossorigin: 'anonymous' (such requests use CORS)`;
  } else if (as !== undefined && !rels.some((rel) => FETCHING_RELS.includes(rel))) {
    return "as applies only to rel 'preload', 'modulepreload' or 'prefetch': remove it";
  }
  return undefined;
}

/**
 * Writes one link-value, e.g. `</app.css>; rel=preload; as=style`, checking the same rules as the
 * types. Throws `HeaderError`.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8288#section-3
 * @param init The target, relation, hints and other parameters.
 * @example
 * ```ts
 * import { serializeLink } from "typed-headers";
 * serializeLink({ href: "/font.woff2", rel: "preload", as: "font", crossorigin: "anonymous" });
 * // "</font.woff2>; rel=preload; as=font; crossorigin=anonymous"
 * ```
 */
export function serializeLink(init: LinkInit): LinkValue {
  needObject(L, init, "{ href, rel, … }");
  checkOptionKeys(L, init, ["href", "rel", ...KEYS, "params"]);
  // A URL object is the builder's business (link() turns it into its href); here href is a string.
  const href = needString(L, init.href, "a string or a URL target");
  const hrefProblem = urlProblem(href) ?? (/[<>]/u.test(href) ? "it contains '<' or '>': percent-encode them" : undefined);
  if (hrefProblem !== undefined) fail(L, `target ${show(href)}: ${hrefProblem}`);
  const problem = optionsProblem(init);
  if (problem !== undefined) return fail(L, problem);
  let text = `<${href}>; rel=${tokenOrQuote(init.rel)}`;
  for (const key of KEYS) {
    const value = init[key];
    if (value !== undefined) text += `; ${key}=${tokenOrQuote(value)}`;
  }
  text += writeParams(L, init.params, (lower) => lower === "rel" || (KEYS as readonly string[]).includes(lower), "rel and the options' names");
  return text as LinkValue;
}

/** Reads a Link value into links, or a problem sentence; `strict` applies RFC 8288's rel rule. */
function readLinks(value: string, strict: boolean): LinkInit[] | string {
  const links: LinkInit[] = [];
  let i = 0;
  for (;;) {
    while (value[i] === " " || value[i] === "\t" || value[i] === ",") i++;
    if (i >= value.length) return links;
    if (value[i] !== "<") return `expected '<url>' before '${value.slice(i)}'`;
    const close = value.indexOf(">", i);
    if (close < 0) return "a link target has no closing '>'";
    const href = value.slice(i + 1, close);
    const problem = strict ? urlProblem(href) : undefined;
    if (problem !== undefined) return `target ${show(href)}: ${problem}`;
    const read = readParams(value, close + 1, true, true);
    if (typeof read === "string") return read;
    i = read.end;
    let rel: string | undefined;
    const init: Record<string, unknown> = { href };
    const params: Record<string, string> = {};
    for (const { name, value: param } of read.params) {
      const lower = param.toLowerCase();
      if (name === "rel") {
        // RFC 8288 §3.3: occurrences after the first are ignored.
        if (rel !== undefined && strict) return `link <${href}> has rel twice`;
        rel ??= param;
      } else if (name === "crossorigin") init[name] = lower === "use-credentials" ? lower : "anonymous";
      else if (CHOICES.get(name)?.includes(lower)) init[name] = lower;
      else if (name === "type") init[name] = param;
      else if (!Object.hasOwn(params, name)) params[name] = param;
    }
    if (rel === undefined) {
      if (strict) return `link <${href}> needs a rel parameter, e.g. '; rel=preload'`;
      continue;
    }
    const relError = strict ? relProblem(rel) : undefined;
    if (relError !== undefined) return relError;
    init["rel"] = rel;
    if (Object.keys(params).length > 0) init["params"] = params;
    links.push(init as unknown as LinkInit);
  }
}

/**
 * Parses Link into its links; a link without `rel` is skipped (RFC 8288 §3.3), and a bare
 * `crossorigin` reads as `anonymous`, as in HTML.
 *
 * @see https://www.rfc-editor.org/rfc/rfc8288#section-3
 * @param value The field value.
 * @example
 * ```ts
 * import { parseLink } from "typed-headers";
 * parseLink("</app.css>; rel=preload; as=style"); // [{ href: "/app.css", rel: "preload", as: "style" }]
 * ```
 */
export function parseLink(value: string): LinkInit[] {
  const read = typeof value === "string" ? readLinks(value, false) : [];
  return typeof read === "string" ? [] : read;
}

/**
 * Checks a Link value at run time and brands it: `<url>` and `;`-separated parameters for each link,
 * with a rel parameter. Throws `HeaderError`. This is the escape hatch from the preload lints.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Link
 * @see https://www.rfc-editor.org/rfc/rfc8288#section-3
 * @param value The field value, e.g. `</app.css>; rel=preload; as=style`.
 * @example
 * ```ts
 * import { link, respond } from "typed-headers";
 * const res = respond().header("Link", link(`<${"/next?page=2"}>; rel=next`)).build();
 * ```
 */
export function link(value: string): LinkValue {
  const read = readLinks(checkField(L, value), true);
  if (typeof read === "string") return fail(L, `${show(value)}: ${read}`);
  return read.length > 0 ? (value as LinkValue) : fail(L, "expected at least one link, e.g. '</next>; rel=next'");
}

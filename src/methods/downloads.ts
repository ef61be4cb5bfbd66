// Builder methods for Content-Disposition, file(), Location, Link, Retry-After and the long tail (issue 6).
// A method group holds, side by side: the public method signatures (merged into ResponseBuilder),
// the header() value checks for its header names (types and run time), and the run-time methods.

import type { BodyArg, ContentKind, ResponseBuilder } from "../builder.js";
import { fail } from "../errors.js";
import {
  checkFilename,
  contentDisposition,
  serializeContentDisposition,
  type ContentDispositionArg,
  type DispositionTypeArg,
  type FilenameArg,
} from "../headers/content-disposition.js";
import {
  contentLanguage,
  serializeContentLanguage,
  type ContentLanguageArg,
  type LanguageTagArg,
  type LanguageTagArgs,
} from "../headers/content-language.js";
import { mediaTypeForFilename } from "../headers/file-types.js";
import { link, serializeLink, type LinkArg, type LinkCheck, type LinkOptions } from "../headers/link.js";
import { checkUrl, location, type LocationArg, type UrlArg } from "../headers/location.js";
import {
  acceptRanges,
  allow,
  clearSiteData,
  contentEncoding,
  serializeAllow,
  serializeClearSiteData,
  serializeContentEncoding,
  type AcceptRangesArg,
  type AllowArg,
  type ClearSiteDataArg,
  type ClearSiteDataHeaderArg,
  type ContentCodingArg,
  type ContentEncodingArg,
  type MethodArg,
} from "../headers/misc.js";
import { retryAfter, serializeRetryAfter, type RetryAfterArg, type RetryAfterDelayArg } from "../headers/retry-after.js";
import {
  serializeServerTiming,
  serverTiming,
  type MetricNameArg,
  type ServerTimingArg,
  type ServerTimingInit,
  type ServerTimingOptions,
} from "../headers/server-timing.js";
import type { Core, ValueChecks } from "../internal/core.js";
import { needObject, show } from "../internal/grammar.js";

/**
 * Options of `file()`.
 *
 * @example
 * ```ts
 * import type { FileInit } from "typed-headers";
 * const options: FileInit = { inline: true };
 * ```
 */
export interface FileInit {
  /** Show the file in the browser (`inline`) instead of saving it (`attachment`, the default). */
  inline?: true;
}

/**
 * Options of `contentDisposition(type, options)`.
 *
 * @example
 * ```ts
 * import type { ContentDispositionOptions } from "typed-headers";
 * const options: ContentDispositionOptions<"a.txt"> = { filename: "a.txt" };
 * ```
 */
export interface ContentDispositionOptions<TName extends string> {
  /** The file name the browser suggests: a base name, any Unicode. */
  filename?: FilenameArg<TName>;
}

/** The builder methods of this group; `ResponseBuilder` extends it. */
export interface DownloadMethods<TStatus extends number, TKind extends ContentKind> {
  /**
   * Sets `Content-Disposition: attachment`, so the browser saves the body as a file, optionally with a
   * suggested name; a non-ASCII name goes out as an ASCII fallback and an RFC 8187 `filename*`.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Disposition
   * @see https://www.rfc-editor.org/rfc/rfc6266#section-4
   * @param filename A base name (no slash, backslash, `..` or control character).
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().attachment("résumé 2024.pdf").build(new Uint8Array([37, 80, 68, 70]));
   * ```
   */
  attachment<const TName extends string = string, TSelf = never>(this: TSelf, filename?: FilenameArg<TName>): TSelf;

  /**
   * Sets `Content-Disposition: inline`, so the browser shows the body, optionally with a name for
   * when the user saves it.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Disposition
   * @see https://www.rfc-editor.org/rfc/rfc6266#section-4.2
   * @param filename A base name (no slash, backslash, `..` or control character).
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().inline("notes.txt").text("Hello");
   * ```
   */
  inline<const TName extends string = string, TSelf = never>(this: TSelf, filename?: FilenameArg<TName>): TSelf;

  /**
   * Sets Content-Disposition from a disposition type and an optional file name.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Disposition
   * @see https://www.rfc-editor.org/rfc/rfc6266#section-4.1
   * @param type `attachment`, `inline`, or an extension token.
   * @param options The file name.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().contentDisposition("attachment", { filename: "data.csv" }).build("a,b");
   * ```
   */
  contentDisposition<const TType extends string, const TName extends string = string, TSelf = never>(
    this: TSelf,
    type: DispositionTypeArg<TType>,
    options?: ContentDispositionOptions<TName>,
  ): TSelf;

  /**
   * Returns a `Response` that downloads `body` as `filename` (or shows it, with `{ inline: true }`); sets
   * a Content-Type from the file extension unless one is set (`application/octet-stream` when unknown).
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Disposition
   * @see https://www.rfc-editor.org/rfc/rfc6266#section-4
   * @param body Any body `new Response` accepts; none for 204, 205 and 304.
   * @param filename A base name (no slash, backslash, `..` or control character).
   * @param options `{ inline: true }` to show the file instead of saving it.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().file("id,name\n1,Ada\n", "users.csv");
   * ```
   */
  file<const TName extends string>(
    body: BodyArg<TStatus, BodyInit>,
    filename: FilenameArg<TName>,
    options?: FileInit,
  ): Response;

  /**
   * Sets Location: where a redirect (3xx) goes, or where a created resource (201) is. A relative
   * reference is resolved against the request URL; a `URL` is sent as its `href`.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Location
   * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.2
   * @param url An absolute or relative URL with no whitespace, control or non-ASCII character, or a `URL`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().status(201).location("/users/42").json({ id: 42 });
   * ```
   */
  location<const TUrl extends string, TSelf>(this: TSelf, url: UrlArg<TUrl> | URL): TSelf;

  /**
   * Adds a Link field line (RFC 8288): a typed link such as `canonical`, or a resource hint the browser
   * acts on early (`preload`, `preconnect`, `modulepreload`). Earlier links are kept.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Link
   * @see https://www.rfc-editor.org/rfc/rfc8288#section-3
   * @param url The target: an absolute or relative URL, or a `URL`.
   * @param options `rel`, and for preloads `as`, `type`, `crossorigin`, `fetchpriority`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond()
   *   .link("/app.css", { rel: "preload", as: "style" })
   *   .link("https://cdn.example", { rel: "preconnect" })
   *   .html("<!doctype html>");
   * ```
   */
  link<const TUrl extends string, const TOptions extends LinkOptions, TSelf>(
    this: TSelf,
    url: UrlArg<TUrl> | URL,
    options: TOptions & LinkCheck<TOptions>,
  ): TSelf;

  /**
   * Sets Retry-After: how long to wait before retrying, for 503 and 429 responses, or before following
   * a 3xx redirect. A number is whole seconds; a `Date` goes out as an HTTP date.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Retry-After
   * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3
   * @param delay Whole seconds from 0 up, or a `Date`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().status(503).retryAfter(120).text("Down for maintenance");
   * ```
   */
  retryAfter<const TDelay extends number | Date, TSelf>(this: TSelf, delay: RetryAfterDelayArg<TDelay>): TSelf;

  /**
   * Sets Content-Language: the languages of the intended audience, as BCP 47 tags.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Language
   * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.5
   * @param tag A language tag such as `en` or `fr-CA`.
   * @param more More tags.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().contentLanguage("de", "fr-CH").html("<p>…</p>");
   * ```
   */
  contentLanguage<const TTag extends string, const TMore extends readonly string[], TSelf>(
    this: TSelf,
    tag: LanguageTagArg<TTag>,
    ...more: LanguageTagArgs<TMore>
  ): TSelf;

  /**
   * Sets Allow: the methods the resource supports, as a 405 Method Not Allowed must say. No methods
   * means none is allowed.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Allow
   * @see https://www.rfc-editor.org/rfc/rfc9110#section-10.2.1
   * @param methods Methods such as `GET` and `HEAD` (case-sensitive).
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().status(405).allow("GET", "HEAD").build();
   * ```
   */
  allow<const TMethods extends readonly string[], TSelf>(this: TSelf, ...methods: { [TIndex in keyof TMethods]: MethodArg<TMethods[TIndex]> }): TSelf;

  /**
   * Sets Content-Encoding: the codings applied to the body, in order. The builder does not compress;
   * set it only for a body that is already encoded.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Encoding
   * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.4
   * @param coding A content coding such as `gzip`, `br` or `zstd`.
   * @param more Codings applied after it.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().contentType("application/json").contentEncoding("gzip").build(new Uint8Array([31, 139]));
   * ```
   */
  contentEncoding<const TCoding extends string, const TMore extends readonly string[], TSelf>(
    this: TSelf,
    coding: ContentCodingArg<TCoding>,
    ...more: { [TIndex in keyof TMore]: ContentCodingArg<TMore[TIndex]> }
  ): TSelf;

  /**
   * Sets Accept-Ranges: `bytes` when the resource serves range requests, `none` when it does not.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Accept-Ranges
   * @see https://www.rfc-editor.org/rfc/rfc9110#section-14.3
   * @param unit `bytes` or `none`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().acceptRanges("bytes").build("…");
   * ```
   */
  acceptRanges(unit: "bytes" | "none"): ResponseBuilder<TStatus, TKind>;

  /**
   * Sets Clear-Site-Data: what the browser deletes for this origin (on logout, say). Directives are
   * given bare and sent quoted.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Clear-Site-Data
   * @see https://w3c.github.io/webappsec-clear-site-data/#header
   * @param directive `cache`, `cookies`, `storage`, `executionContexts`, `clientHints`, `prefetchCache`, `prerenderCache` or `*`.
   * @param more More directives.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().clearSiteData("cookies", "storage").redirect("/", 303);
   * ```
   */
  clearSiteData<const TDirective extends string, const TMore extends readonly string[], TSelf>(
    this: TSelf,
    directive: ClearSiteDataArg<TDirective>,
    ...more: { [TIndex in keyof TMore]: ClearSiteDataArg<TMore[TIndex]> }
  ): TSelf;

  /**
   * Adds a Server-Timing metric, shown in the browser's network panel; earlier metrics are kept.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Server-Timing
   * @see https://w3c.github.io/server-timing/#the-server-timing-header-field
   * @param name The metric name, a token such as `db`.
   * @param options `dur` in milliseconds and `desc`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().serverTiming("db", { dur: 53.2, desc: "Postgres" }).serverTiming("cache", { desc: "hit" }).text("ok");
   * ```
   */
  serverTiming<const TName extends string, const TDur extends number = number, const TDesc extends string = string, TSelf = never>(
    this: TSelf,
    name: MetricNameArg<TName>,
    options?: ServerTimingOptions<TDur, TDesc>,
  ): TSelf;
}

/** Compile-time value checks for `header(name, value)`, keyed by lower-case header name. */
export interface DownloadHeaderArgs<TValue extends string> {
  "content-disposition": ContentDispositionArg<TValue>;
  location: LocationArg<TValue>;
  link: LinkArg<TValue>;
  "retry-after": RetryAfterArg<TValue>;
  "content-language": ContentLanguageArg<TValue>;
  allow: AllowArg<TValue>;
  "content-encoding": ContentEncodingArg<TValue>;
  "accept-ranges": AcceptRangesArg<TValue>;
  "clear-site-data": ClearSiteDataHeaderArg<TValue>;
  "server-timing": ServerTimingArg<TValue>;
}

/** `core` with Content-Disposition set from a type and an optional file name. */
function disposition(core: Core, type: string, filename: unknown): Core {
  return core.set("content-disposition", serializeContentDisposition(filename === undefined ? { type } : { type, filename: filename as string }));
}

/** Throws `HeaderError` when `options` is given but is not an object. */
function checkOptions(header: string, options: unknown, shape: string): void {
  if (options !== undefined) needObject(header, options, `options ${shape}`);
}

/** Run-time implementations of {@link DownloadMethods}. */
export const downloadsMethods: {
  attachment(this: Core, filename?: string): Core;
  inline(this: Core, filename?: string): Core;
  contentDisposition(this: Core, type: string, options?: { filename?: string }): Core;
  file(this: Core, body: BodyInit | null, filename: string, options?: FileInit): Response;
  location(this: Core, url: string | URL): Core;
  link(this: Core, url: string | URL, options: LinkOptions): Core;
  retryAfter(this: Core, delay: number | Date): Core;
  contentLanguage(this: Core, ...tags: string[]): Core;
  allow(this: Core, ...methods: string[]): Core;
  contentEncoding(this: Core, ...codings: string[]): Core;
  acceptRanges(this: Core, unit: "bytes" | "none"): Core;
  clearSiteData(this: Core, ...directives: string[]): Core;
  serverTiming(this: Core, name: string, options?: { dur?: number; desc?: string }): Core;
} = {
  attachment(this: Core, filename?: string): Core {
    return disposition(this, "attachment", filename);
  },

  inline(this: Core, filename?: string): Core {
    return disposition(this, "inline", filename);
  },

  contentDisposition(this: Core, type: string, options?: { filename?: string }): Core {
    checkOptions("Content-Disposition", options, "{ filename? }");
    return disposition(this, type, options?.filename);
  },

  file(this: Core, body: BodyInit | null, filename: string, options?: FileInit): Response {
    checkOptions("Content-Disposition", options, "{ inline?: true }");
    const inline = options?.inline;
    if (inline !== undefined && inline !== true) return fail("Content-Disposition", `inline must be true or absent, got ${String(inline)}`);
    // file() always names the file: a missing name is a caller's mistake, not "no name".
    let core = disposition(this, inline ? "inline" : "attachment", checkFilename(filename));
    if (core.get("content-type") === undefined) core = core.set("content-type", mediaTypeForFilename(filename));
    // build() is the builder's own terminal method, on Core's prototype (builder.ts): one body-and-status check for both.
    return (core as Core & { build(body: BodyInit | null): Response }).build(body);
  },

  location(this: Core, url: string | URL): Core {
    return this.set("location", checkUrl("Location", url));
  },

  link(this: Core, url: string | URL, options: LinkOptions): Core {
    // Link's options are required: a missing one is refused like a non-object.
    checkOptions("Link", options ?? null, "{ rel, as?, type?, crossorigin?, fetchpriority? }");
    return this.add("link", serializeLink({ ...options, href: url instanceof URL ? url.href : url }));
  },

  retryAfter(this: Core, delay: number | Date): Core {
    return this.set("retry-after", serializeRetryAfter(delay));
  },

  contentLanguage(this: Core, ...tags: string[]): Core {
    return this.set("content-language", serializeContentLanguage(tags));
  },

  allow(this: Core, ...methods: string[]): Core {
    return this.set("allow", serializeAllow(methods));
  },

  contentEncoding(this: Core, ...codings: string[]): Core {
    return this.set("content-encoding", serializeContentEncoding(codings));
  },

  acceptRanges(this: Core, unit: "bytes" | "none"): Core {
    if (unit !== "bytes" && unit !== "none") return fail("Accept-Ranges", `expected 'bytes' or 'none', got ${show(unit)}`);
    return this.set("accept-ranges", unit);
  },

  clearSiteData(this: Core, ...directives: string[]): Core {
    return this.set("clear-site-data", serializeClearSiteData(directives));
  },

  serverTiming(this: Core, name: string, options?: { dur?: number; desc?: string }): Core {
    checkOptions("Server-Timing", options, "{ dur?, desc? }");
    return this.add("server-timing", serializeServerTiming({ name, dur: options?.dur, desc: options?.desc } as ServerTimingInit));
  },
};

/** Run-time value checks for `header(name, value)`, keyed by lower-case header name. */
export const downloadsValueChecks: ValueChecks = {
  "content-disposition": contentDisposition,
  location,
  link,
  "retry-after": retryAfter,
  "content-language": contentLanguage,
  allow,
  "content-encoding": contentEncoding,
  "accept-ranges": acceptRanges,
  "clear-site-data": clearSiteData,
  "server-timing": serverTiming,
};

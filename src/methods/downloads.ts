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
import { mediaTypeForFilename } from "../headers/file-types.js";
import { NULL_BODY_STATUSES, type Core, type ValueChecks } from "../internal/core.js";

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
  attachment<const TName extends string = string>(filename?: FilenameArg<TName>): ResponseBuilder<TStatus, TKind>;

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
  inline<const TName extends string = string>(filename?: FilenameArg<TName>): ResponseBuilder<TStatus, TKind>;

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
  contentDisposition<const TType extends string, const TName extends string = string>(
    type: DispositionTypeArg<TType>,
    options?: ContentDispositionOptions<TName>,
  ): ResponseBuilder<TStatus, TKind>;

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
}

/** Compile-time value checks for `header(name, value)`, keyed by lower-case header name. */
export interface DownloadHeaderArgs<TValue extends string> {
  "content-disposition": ContentDispositionArg<TValue>;
}

function disposition(type: string, filename: unknown): string {
  return filename === undefined
    ? serializeContentDisposition({ type })
    : serializeContentDisposition({ type, filename: filename as string });
}

/** Run-time implementations of {@link DownloadMethods}. */
export const downloadsMethods: {
  attachment(this: Core, filename?: string): Core;
  inline(this: Core, filename?: string): Core;
  contentDisposition(this: Core, type: string, options?: { filename?: string }): Core;
  file(this: Core, body: BodyInit | null, filename: string, options?: FileInit): Response;
} = {
  attachment(this: Core, filename?: string): Core {
    return this.set("content-disposition", disposition("attachment", filename));
  },

  inline(this: Core, filename?: string): Core {
    return this.set("content-disposition", disposition("inline", filename));
  },

  contentDisposition(this: Core, type: string, options?: { filename?: string }): Core {
    if (options !== undefined && (typeof options !== "object" || options === null)) {
      return fail("Content-Disposition", "expected options { filename? }");
    }
    return this.set("content-disposition", disposition(type, options?.filename));
  },

  file(this: Core, body: BodyInit | null, filename: string, options?: FileInit): Response {
    if (options !== undefined && (typeof options !== "object" || options === null)) {
      return fail("Content-Disposition", "expected options { inline?: true }");
    }
    const inline = options?.inline;
    if (inline !== undefined && inline !== true) return fail("Content-Disposition", `inline must be true or absent, got ${String(inline)}`);
    // file() always names the file: a missing name is a caller's mistake, not "no name".
    let core = this.set("content-disposition", disposition(inline === true ? "inline" : "attachment", checkFilename(filename)));
    if (core.get("content-type") === undefined) core = core.set("content-type", mediaTypeForFilename(filename));
    const status = core.code;
    if (body != null && NULL_BODY_STATUSES.has(status)) {
      throw new TypeError(`Status ${status} has no body: call build() with no argument, or choose another status`);
    }
    const init: ResponseInit = { status, headers: core.fields() };
    if (core.statusText !== "") init.statusText = core.statusText;
    return new Response(body ?? null, init);
  },
};

/** Run-time value checks for `header(name, value)`, keyed by lower-case header name. */
export const downloadsValueChecks: ValueChecks = {
  "content-disposition": (value) => contentDisposition(value),
};

// Conditional requests (RFC 9110 §13): whether a request's preconditions let the full response through,
// turn it into 304 Not Modified, or into 412 Precondition Failed.
//
// The evaluation order is RFC 9110 §13.2.2: If-Match, else If-Unmodified-Since; then If-None-Match,
// else (GET and HEAD only) If-Modified-Since. Preconditions only apply when the response would be 2xx
// (§13.2.1): an error or a redirect is sent as it is.

import { parseEntityTag, parseEntityTagList, strongMatch, weakMatch } from "./etag.js";
import { parseHttpDate } from "./http-date.js";

/**
 * What a conditional request turns a response into: itself (`"full"`), 304 or 412.
 *
 * @example
 * ```ts
 * import type { ConditionalOutcome } from "typed-headers";
 * const outcome: ConditionalOutcome = "not-modified";
 * ```
 */
export type ConditionalOutcome = "full" | "not-modified" | "precondition-failed";

/**
 * The part of a `Request` that preconditions read.
 *
 * @example
 * ```ts
 * import type { ConditionalRequest } from "typed-headers";
 * const request: ConditionalRequest = new Request("https://example.com/", { headers: { "If-None-Match": '"v1"' } });
 * ```
 */
export interface ConditionalRequest {
  /** The request method, e.g. `GET`. */
  readonly method: string;
  /** The request headers. */
  readonly headers: Headers;
}

/**
 * The validators of the response: its `ETag` and `Last-Modified` field values, when set.
 *
 * @example
 * ```ts
 * import type { ResponseValidators } from "typed-headers";
 * const validators: ResponseValidators = { etag: '"v1"', lastModified: "Sun, 06 Nov 1994 08:49:37 GMT" };
 * ```
 */
export interface ResponseValidators {
  /** The ETag value, quotes included. */
  etag?: string | undefined;
  /** The Last-Modified value, an HTTP-date. */
  lastModified?: string | undefined;
}

/**
 * The header fields a 304 response keeps (RFC 9110 §15.4.5): those a cache updates its stored response with.
 *
 * @example
 * ```ts
 * import { NOT_MODIFIED_FIELDS } from "typed-headers";
 * NOT_MODIFIED_FIELDS.has("etag"); // true
 * ```
 */
export const NOT_MODIFIED_FIELDS: ReadonlySet<string> = new Set(
  "cache-control content-location date etag expires last-modified vary".split(" "),
);

/**
 * Evaluates a request's preconditions against a response's validators (RFC 9110 §13.2.2):
 * `If-None-Match` by weak comparison (lists and `*`), `If-Modified-Since` when there is no
 * `If-None-Match`, and `If-Match` (strong comparison) and `If-Unmodified-Since` before them.
 * Throws `TypeError` unless the request is an object with a string method and headers (as `conditional()`).
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Conditional_requests
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-13.2.2
 * @param request The request (its method and headers).
 * @param validators The response's ETag and Last-Modified values.
 * @param status The status the full response would have; preconditions apply only to 2xx.
 * @example
 * ```ts
 * import { evaluateConditional } from "typed-headers";
 * const request = new Request("https://example.com/", { headers: { "If-None-Match": 'W/"v1"' } });
 * evaluateConditional(request, { etag: '"v1"' }); // "not-modified"
 * ```
 */
export function evaluateConditional(
  request: ConditionalRequest,
  validators: ResponseValidators,
  status: number = 200,
): ConditionalOutcome {
  // A method that is not a string would be coerced (["GET"] read as GET, a missing one as not GET).
  if (typeof request != "object" || typeof request?.headers?.get != "function" || typeof request.method != "string") {
    throw new TypeError("expected a Request (an object with a string method and headers)");
  }
  if (status < 200 || status > 299) return "full";
  const { etag, lastModified } = validators;
  const current = etag === undefined ? undefined : parseEntityTag(etag);
  // Times in milliseconds; a missing or unreadable date compares false with everything (NaN).
  const time = (text: string | null | undefined): number => (text == null ? Number.NaN : (parseHttpDate(text)?.getTime() ?? Number.NaN));
  const modified = time(lastModified);
  const header = (name: string): string | null => request.headers.get(name);
  const matches = (text: string, match: typeof weakMatch): boolean => {
    const tags = parseEntityTagList(text);
    return tags === "*" || (current !== undefined && tags.some((tag) => match(tag, current)));
  };
  const getOrHead = /^(?:GET|HEAD)$/iu.test(request.method);

  const ifMatch = header("if-match");
  if (ifMatch === null ? modified > time(header("if-unmodified-since")) : !matches(ifMatch, strongMatch)) return "precondition-failed";
  const ifNoneMatch = header("if-none-match");
  if (ifNoneMatch !== null) return !matches(ifNoneMatch, weakMatch) ? "full" : getOrHead ? "not-modified" : "precondition-failed";
  return getOrHead && modified <= time(header("if-modified-since")) ? "not-modified" : "full";
}

// Builder methods for Cache-Control, ETag, Last-Modified, Expires, Vary, CDN-Cache-Control, conditional responses (issue 3).
// A method group holds, side by side: the public method signatures (merged into ResponseBuilder),
// the header() value checks for its header names (types and run time), and the run-time methods.

import type { ContentKind } from "../builder.js";
import type { MethodTable, ValueChecks } from "../internal/core.js";

/** The builder methods of this group; `ResponseBuilder` extends it. */
export interface CachingMethods<TStatus extends number, TKind extends ContentKind> {}

/** Compile-time value checks for `header(name, value)`, keyed by lower-case header name. */
export interface CachingHeaderArgs<TValue extends string> {}

/** Run-time implementations of {@link CachingMethods}. */
export const cachingMethods: MethodTable = {};

/** Run-time value checks for `header(name, value)`, keyed by lower-case header name. */
export const cachingValueChecks: ValueChecks = {};

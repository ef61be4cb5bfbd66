// Builder methods for Content-Disposition, file(), Location, Link, Retry-After and the long tail (issue 6).
// A method group holds, side by side: the public method signatures (merged into ResponseBuilder),
// the header() value checks for its header names (types and run time), and the run-time methods.

import type { ContentKind } from "../builder.js";
import type { MethodTable, ValueChecks } from "../internal/core.js";

/** The builder methods of this group; `ResponseBuilder` extends it. */
export interface DownloadMethods<TStatus extends number, TKind extends ContentKind> {}

/** Compile-time value checks for `header(name, value)`, keyed by lower-case header name. */
export interface DownloadHeaderArgs<TValue extends string> {}

/** Run-time implementations of {@link DownloadMethods}. */
export const downloadsMethods: MethodTable = {};

/** Run-time value checks for `header(name, value)`, keyed by lower-case header name. */
export const downloadsValueChecks: ValueChecks = {};

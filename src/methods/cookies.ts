// Builder methods for Set-Cookie (issue 4).
// A method group holds, side by side: the public method signatures (merged into ResponseBuilder),
// the header() value checks for its header names (types and run time), and the run-time methods.
//
// Set-Cookie has no header() check on purpose: the builder refuses `header("Set-Cookie", …)` and
// `append("Set-Cookie", …)` by name, so that every cookie goes through cookie() and stays its own field.

import type { ContentKind, ResponseBuilder } from "../builder.js";
import {
  checkClearCookie,
  checkSetCookie,
  type ClearCookieOptions,
  type CookieNameArg,
  type CookieOptions,
  type CookieOptionsCheck,
  type CookieValueArg,
} from "../headers/set-cookie.js";
import type { Core, ValueChecks } from "../internal/core.js";

// Gives the editor the attribute names to complete while the options literal is still `{}` or partial
// (the contextual type is then the inferred `TOptions`, which lacks them). It checks nothing. Its
// properties are `unknown`, not the options' own types: a type identical to the argument's (a
// `CookieOptions` variable) would make TypeScript match the two and infer nothing for `TOptions`.
type NamesToComplete<TOptions> = { [TKey in keyof TOptions]?: unknown };

/** The builder methods of this group; `ResponseBuilder` extends it. */
export interface CookieMethods<TStatus extends number, TKind extends ContentKind> {
  /**
   * Adds a cookie: one Set-Cookie field per call, so several cookies stay several fields. A later cookie
   * with the same name, path and domain replaces an earlier one in the same response (a browser keeps
   * one cookie per name, domain and path).
   *
   * The types check the name (a token), the value (cookie-octets), the prefix rules (`__Secure-`,
   * `__Host-`, `__Http-`, `__Host-Http-`), `sameSite: "None"` and `partitioned` without `secure`,
   * `maxAge` (0 to 400 days), `path` and `domain`; the run time checks them again, with `expires` and
   * the size limits.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Set-Cookie
   * @see https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-4.1
   * @param name The cookie name, a token; `cookie("` completes the prefixes.
   * @param value A literal of cookie-octets, or a {@link CookieValue} from `cookieValue()` or `encodeCookieValue()`.
   * @param options The attributes: `maxAge`, `expires`, `domain`, `path`, `secure`, `httpOnly`, `sameSite`, `partitioned`, `priority`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond()
   *   .cookie("__Host-session", "abc123", { secure: true, httpOnly: true, path: "/", sameSite: "Lax" })
   *   .cookie("theme", "dark", { maxAge: 31536000 })
   *   .text("ok");
   * ```
   */
  cookie<const TName extends string, const TValue extends string, const TOptions extends CookieOptions = {}>(
    name: CookieNameArg<TName, NoInfer<TOptions>>,
    value: CookieValueArg<TValue>,
    options?: TOptions & CookieOptionsCheck<TOptions> & NamesToComplete<CookieOptions>,
  ): ResponseBuilder<TStatus, TKind>;

  /**
   * Deletes a cookie: adds a Set-Cookie field with an empty value, `Max-Age=0` and an `Expires` in 1970.
   * Give the same `path` and `domain` as when it was set (and, for a prefixed cookie, the flags its
   * prefix needs), or the browser keeps the cookie. Replaces a `cookie()` of the same name, path and
   * domain set earlier in this response.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Cookies#removal_defining_the_lifetime_of_a_cookie
   * @see https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-rfc6265bis#section-5.6.2
   * @param name The cookie name.
   * @param options Path, Domain and flags of the cookie to clear.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().clearCookie("__Host-session", { secure: true, path: "/" }).redirect("/", 303);
   * ```
   */
  clearCookie<const TName extends string, const TOptions extends ClearCookieOptions = {}>(
    name: CookieNameArg<TName, NoInfer<TOptions>>,
    options?: TOptions & CookieOptionsCheck<TOptions, keyof ClearCookieOptions> & NamesToComplete<ClearCookieOptions>,
  ): ResponseBuilder<TStatus, TKind>;
}

/** Compile-time value checks for `header(name, value)`, keyed by lower-case header name. */
export interface CookieHeaderArgs<TValue extends string> {}

// cookie() remembers, for each cookie name, the last value and options it accepted and the field and key
// checkSetCookie() wrote for them, so that a route setting the same cookie on every response checks it
// once (checking is most of a cookie's cost: bench/profile.mjs). Only a deterministic check is
// remembered: options whose own properties are all cookie options holding primitives (an `expires` Date
// depends on the clock, and an object can change). They are compared as checkSetCookie() reads them, all
// nine names, own or inherited; any other input is checked every time.
interface Remembered {
  value: string;
  /** Undefined until the value comes a second time. */
  options: Snapshot | undefined;
  field: string;
  key: string;
}
type Snapshot = readonly [unknown, unknown, unknown, unknown, unknown, unknown, unknown, unknown, unknown];

const REMEMBER_LIMIT = 64;
const REMEMBERED = new Map<string, Remembered>();
const NO_OPTIONS: Snapshot = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined];

function isPrimitive(value: unknown): boolean {
  const type = typeof value;
  return type === "string" || type === "number" || type === "boolean" || type === "undefined";
}

// The options as a fixed list, or undefined when they cannot be remembered (checkSetCookie() decides).
function snapshot(options: unknown): Snapshot | undefined {
  if (options === undefined) return NO_OPTIONS;
  if (typeof options !== "object" || options === null || Array.isArray(options)) return undefined;
  const keys = Object.keys(options);
  for (let i = 0; i < keys.length; i++) {
    switch (keys[i]) {
      case "maxAge": case "domain": case "path": case "secure": case "httpOnly": case "sameSite": case "partitioned": case "priority":
        break;
      default:
        return undefined; // `expires`, or a name checkSetCookie() refuses
    }
  }
  const record = options as Record<string, unknown>;
  const seen: Snapshot = [
    record["maxAge"], record["expires"], record["domain"], record["path"], record["secure"],
    record["httpOnly"], record["sameSite"], record["partitioned"], record["priority"],
  ];
  for (let i = 0; i < seen.length; i++) if (!isPrimitive(seen[i])) return undefined;
  return seen[1] === undefined ? seen : undefined;
}

// Whether `options` reads as `seen` (and can be remembered), without allocating: the common case.
function sameOptions(seen: Snapshot, options: unknown): boolean {
  if (options === undefined) return seen.every((value) => value === undefined);
  if (typeof options !== "object" || options === null || Array.isArray(options)) return false;
  for (const name in options) {
    switch (name) {
      case "maxAge": case "domain": case "path": case "secure": case "httpOnly": case "sameSite": case "partitioned": case "priority":
        break;
      default:
        if (Object.hasOwn(options, name)) return false; // `expires`, or a name checkSetCookie() refuses
    }
  }
  // `seen` holds primitives only, so equal values are primitives too; `expires` is always undefined.
  const record = options as Record<string, unknown>;
  return record["maxAge"] === seen[0] && record["expires"] === undefined && record["domain"] === seen[2] &&
    record["path"] === seen[3] && record["secure"] === seen[4] && record["httpOnly"] === seen[5] &&
    record["sameSite"] === seen[6] && record["partitioned"] === seen[7] && record["priority"] === seen[8];
}

function optionsOf(seen: Snapshot): CookieOptions {
  const options: Record<string, unknown> = {};
  if (seen[0] !== undefined) options["maxAge"] = seen[0];
  if (seen[2] !== undefined) options["domain"] = seen[2];
  if (seen[3] !== undefined) options["path"] = seen[3];
  if (seen[4] !== undefined) options["secure"] = seen[4];
  if (seen[5] !== undefined) options["httpOnly"] = seen[5];
  if (seen[6] !== undefined) options["sameSite"] = seen[6];
  if (seen[7] !== undefined) options["partitioned"] = seen[7];
  if (seen[8] !== undefined) options["priority"] = seen[8];
  return options as CookieOptions;
}

/** Run-time implementations of {@link CookieMethods}. */
export const cookiesMethods: {
  cookie(this: Core, name: string, value: string, options?: CookieOptions): Core;
  clearCookie(this: Core, name: string, options?: ClearCookieOptions): Core;
} = {
  cookie(this: Core, name: string, value: string, options?: CookieOptions): Core {
    const last = typeof name === "string" ? REMEMBERED.get(name) : undefined;
    if (last !== undefined && last.value === value) {
      if (last.options !== undefined && sameOptions(last.options, options)) return this.add("set-cookie", last.field, last.key);
      const seen = snapshot(options);
      if (seen !== undefined) {
        // The check reads the snapshot, not the caller's object: what is remembered is what was checked.
        const { field, key } = checkSetCookie(name, value, optionsOf(seen));
        last.options = seen;
        last.field = field;
        last.key = key;
        return this.add("set-cookie", field, key);
      }
    }
    const { field, key } = checkSetCookie(name, value, options);
    // A value seen for the first time is not remembered in full (a session id never comes back); its
    // second call is.
    if (last !== undefined) {
      last.value = value;
      last.options = undefined;
    } else {
      if (REMEMBERED.size >= REMEMBER_LIMIT) REMEMBERED.clear();
      REMEMBERED.set(name, { value, options: undefined, field: "", key: "" });
    }
    return this.add("set-cookie", field, key);
  },

  clearCookie(this: Core, name: string, options?: ClearCookieOptions): Core {
    const { field, key } = checkClearCookie(name, options);
    return this.add("set-cookie", field, key);
  },
};

/** Run-time value checks for `header(name, value)`, keyed by lower-case header name. */
export const cookiesValueChecks: ValueChecks = {};

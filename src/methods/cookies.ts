// Builder methods for Set-Cookie (issue 4).
// A method group holds, side by side: the public method signatures (merged into ResponseBuilder),
// the header() value checks for its header names (types and run time), and the run-time methods.
//
// Set-Cookie has no header() check on purpose: the builder refuses `header("Set-Cookie", …)` and
// `append("Set-Cookie", …)` by name, so that every cookie goes through cookie() and stays its own field.

import type { ContentKind } from "../builder.js";
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
  cookie<const TName extends string, const TValue extends string, const TOptions extends CookieOptions = {}, TSelf = never>(
    this: TSelf,
    name: CookieNameArg<TName, NoInfer<TOptions>>,
    value: CookieValueArg<TValue>,
    options?: TOptions & CookieOptionsCheck<TOptions> & NamesToComplete<CookieOptions>,
  ): TSelf;

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
  clearCookie<const TName extends string, const TOptions extends ClearCookieOptions = {}, TSelf = never>(
    this: TSelf,
    name: CookieNameArg<TName, NoInfer<TOptions>>,
    options?: TOptions & CookieOptionsCheck<TOptions, keyof ClearCookieOptions> & NamesToComplete<ClearCookieOptions>,
  ): TSelf;
}

/** Compile-time value checks for `header(name, value)`, keyed by lower-case header name. */
export interface CookieHeaderArgs<TValue extends string> {}

/** Run-time implementations of {@link CookieMethods}. */
export const cookiesMethods: {
  cookie(this: Core, name: string, value: string, options?: CookieOptions): Core;
  clearCookie(this: Core, name: string, options?: ClearCookieOptions): Core;
} = {
  cookie(this: Core, name: string, value: string, options?: CookieOptions): Core {
    const { field, key } = checkSetCookie(name, value, options);
    return this.add("set-cookie", field, key);
  },

  clearCookie(this: Core, name: string, options?: ClearCookieOptions): Core {
    const { field, key } = checkClearCookie(name, options);
    return this.add("set-cookie", field, key);
  },
};

/** Run-time value checks for `header(name, value)`, keyed by lower-case header name. */
export const cookiesValueChecks: ValueChecks = {};

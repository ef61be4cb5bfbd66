// Builder methods for HSTS, CSP, Permissions-Policy, framing, isolation, CORS (issue 5).
// A method group holds, side by side: the public method signatures (merged into ResponseBuilder),
// the header() value checks for its header names (types and run time), and the run-time methods.

import type { ContentKind, ResponseBuilder } from "../builder.js";
import { fail } from "../errors.js";
import type { Core, MethodTable, ValueChecks } from "../internal/core.js";
import { flag } from "../internal/grammar.js";
import {
  checkHsts,
  securityToken,
  securityTokenChecks,
  securityTokenHeaders,
  serializeHsts,
  type HstsArg,
  type HstsCheck,
  type HstsInit,
  type ReferrerPolicyArg,
  type SecurityTokenArg,
  type SecurityTokens,
} from "../headers/security.js";
import {
  checkPermissionsPolicy,
  serializePermissionsPolicy,
  type PermissionsPolicyArg,
  type PermissionsPolicyCheck,
  type PermissionsPolicyInit,
} from "../headers/permissions-policy.js";
import { corsValueChecks, preflightFields, type CorsHeaderArgs, type PreflightCheck, type PreflightInit } from "../headers/cors.js";
import { checkCsp, serializeCsp, type CspArg, type CspCheck, type CspInit, type CspOptions } from "../headers/content-security-policy.js";

/** The builder methods of this group; `ResponseBuilder` extends it. */
export interface SecurityMethods<TStatus extends number, TKind extends ContentKind> {
  /**
   * Sets Strict-Transport-Security: tells the browser to reach this host only over HTTPS for `maxAge` seconds.
   *
   * `preload` needs `includeSubDomains` and `maxAge` ≥ 31536000 (a compile error on literals, a
   * `HeaderError` at run time).
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Strict-Transport-Security
   * @see https://www.rfc-editor.org/rfc/rfc6797#section-6.1
   * @param options `maxAge` in seconds, and the `includeSubDomains` and `preload` flags.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().hsts({ maxAge: 63072000, includeSubDomains: true, preload: true }).build();
   * ```
   */
  hsts<const TOptions extends HstsInit, TSelf>(this: TSelf, options: TOptions & HstsCheck<TOptions>): TSelf;

  /**
   * Sets Content-Security-Policy (or, with `reportOnly`, Content-Security-Policy-Report-Only): which
   * sources the page may load scripts, styles, images, frames… from, and who may frame it.
   *
   * Directive names complete and are checked (a typo gets a suggestion); keywords keep their single
   * quotes (`"'self'"`; a bare `"self"` is a compile error), `'none'` stands alone, nonces and hashes
   * are base64, and no source holds `;`, `,` or whitespace.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Security-Policy
   * @see https://www.w3.org/TR/CSP3/#csp-header
   * @param policy An object keyed by directive name; source lists are arrays.
   * @param options `reportOnly: true` to report violations without blocking.
   * @example
   * ```ts
   * import { nonce, respond } from "typed-headers";
   * const value = nonce();
   * const res = respond()
   *   .csp({ "default-src": ["'self'"], "script-src": ["'self'", `'nonce-${value}'`], "frame-ancestors": ["'none'"] })
   *   .html(`<script nonce="${value}">document.title = "ok"</script>`);
   * ```
   */
  csp<const TPolicy extends CspInit & { readonly [name: string]: unknown }>(
    policy: TPolicy & CspCheck<TPolicy>,
    options?: CspOptions,
  ): ResponseBuilder<TStatus, TKind>;

  /**
   * Sets Permissions-Policy: which browser features (camera, geolocation, payment…) this page and the
   * frames it embeds may use. `[]` allows a feature to no one; `"self"`, `"*"` and origins allow it to them.
   *
   * Feature names complete and an unknown one is a compile error; for a feature newer than the list,
   * use a computed key `[feature("name")]`. The output is an RFC 8941 dictionary.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Permissions-Policy
   * @see https://w3c.github.io/webappsec-permissions-policy/#permissions-policy-http-header-field
   * @param policy Features and their allowlists.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().permissionsPolicy({ camera: [], microphone: [], geolocation: ["self", "https://maps.example"] }).build();
   * // Permissions-Policy: camera=(), microphone=(), geolocation=(self "https://maps.example")
   * ```
   */
  permissionsPolicy<const TPolicy extends PermissionsPolicyInit & { readonly [name: string]: unknown }>(
    policy: TPolicy & PermissionsPolicyCheck<TPolicy>,
  ): ResponseBuilder<TStatus, TKind>;

  /**
   * Answers a CORS preflight (`OPTIONS`) request: 204 with Access-Control-Allow-Origin, -Allow-Methods,
   * -Allow-Headers, -Max-Age (and -Allow-Credentials), or a plain 403 when the request's Origin is not
   * allowed. The builder's other headers are kept.
   *
   * Without `allowHeaders`, the headers the browser asks for are allowed when they are valid names.
   *
   * @see https://developer.mozilla.org/docs/Glossary/Preflight_request
   * @see https://fetch.spec.whatwg.org/#cors-preflight-fetch
   * @param request The `OPTIONS` request.
   * @param options The allowed origin(s), methods, headers, credentials and cache time.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const request = new Request("https://api.example/items", {
   *   method: "OPTIONS",
   *   headers: { Origin: "https://app.example", "Access-Control-Request-Method": "PUT" },
   * });
   * const res = respond().preflight(request, { origin: "https://app.example", allowMethods: ["PUT", "DELETE"], maxAge: 600 });
   * ```
   */
  preflight<const TOptions extends PreflightInit>(request: Request, options: TOptions & PreflightCheck<TOptions>): Response;

  /**
   * Sets Referrer-Policy: how much of this page's URL the browser sends as `Referer` when it follows a link.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Referrer-Policy
   * @see https://w3c.github.io/webappsec-referrer-policy/#referrer-policy-header
   * @param policy One of the 8 policy tokens.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().referrerPolicy("strict-origin-when-cross-origin").build();
   * ```
   */
  referrerPolicy<const TValue extends string, TSelf>(this: TSelf, policy: SecurityTokenArg<"referrer-policy", TValue>): TSelf;

  /**
   * Sets X-Frame-Options: `DENY` keeps the page out of every frame, `SAMEORIGIN` allows frames of the same origin.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/X-Frame-Options
   * @see https://www.rfc-editor.org/rfc/rfc7034#section-2.1
   * @param value `DENY` or `SAMEORIGIN`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().frameOptions("DENY").html("<h1>Not in a frame</h1>");
   * ```
   */
  frameOptions<const TValue extends string, TSelf>(this: TSelf, value: SecurityTokenArg<"x-frame-options", TValue>): TSelf;

  /**
   * Sets `X-Content-Type-Options: nosniff`: the browser trusts the Content-Type and refuses a script or
   * style sheet served with the wrong one.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/X-Content-Type-Options
   * @see https://fetch.spec.whatwg.org/#x-content-type-options-header
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().noSniff().text("plain");
   * ```
   */
  noSniff(): ResponseBuilder<TStatus, TKind>;

  /**
   * Sets Cross-Origin-Opener-Policy: whether a cross-origin window that opens this page (or that it opens)
   * shares its browsing context group.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Cross-Origin-Opener-Policy
   * @see https://html.spec.whatwg.org/multipage/browsers.html#cross-origin-opener-policies
   * @param policy `same-origin`, `same-origin-allow-popups`, `noopener-allow-popups` or `unsafe-none`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().crossOriginOpenerPolicy("same-origin").build();
   * ```
   */
  crossOriginOpenerPolicy<const TValue extends string, TSelf>(
    this: TSelf,
    policy: SecurityTokenArg<"cross-origin-opener-policy", TValue>,
  ): TSelf;

  /**
   * Sets Cross-Origin-Embedder-Policy: whether the page may load cross-origin resources that did not opt in.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Cross-Origin-Embedder-Policy
   * @see https://html.spec.whatwg.org/multipage/browsers.html#coep
   * @param policy `require-corp`, `credentialless` or `unsafe-none`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().crossOriginEmbedderPolicy("require-corp").build();
   * ```
   */
  crossOriginEmbedderPolicy<const TValue extends string, TSelf>(
    this: TSelf,
    policy: SecurityTokenArg<"cross-origin-embedder-policy", TValue>,
  ): TSelf;

  /**
   * Sets Cross-Origin-Resource-Policy: which sites may load this resource with `no-cors` requests.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Cross-Origin-Resource-Policy
   * @see https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header
   * @param policy `same-site`, `same-origin` or `cross-origin`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().crossOriginResourcePolicy("same-origin").build();
   * ```
   */
  crossOriginResourcePolicy<const TValue extends string, TSelf>(
    this: TSelf,
    policy: SecurityTokenArg<"cross-origin-resource-policy", TValue>,
  ): TSelf;

  /**
   * Sets Origin-Agent-Cluster: `?1` (the default) asks the browser to isolate this origin in its own agent
   * cluster, `?0` to keep it site-keyed.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Origin-Agent-Cluster
   * @see https://html.spec.whatwg.org/multipage/browsers.html#origin-agent-cluster
   * @param enabled `true` (the default) for `?1`, `false` for `?0`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().originAgentCluster().build();
   * ```
   */
  originAgentCluster(enabled?: boolean): ResponseBuilder<TStatus, TKind>;

  /**
   * Sets `X-XSS-Protection: 0`, the only value OWASP recommends: it turns off the legacy XSS auditor,
   * whose filtering opened leaks of its own.
   *
   * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/X-XSS-Protection
   * @see https://owasp.org/www-project-secure-headers/#x-xss-protection
   * @param value `"0"`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().xssProtection("0").build();
   * ```
   */
  xssProtection<const TValue extends string, TSelf>(this: TSelf, value: SecurityTokenArg<"x-xss-protection", TValue>): TSelf;

  /**
   * Sets X-Permitted-Cross-Domain-Policies: whether Adobe clients (Flash, Acrobat) may load this site's
   * cross-domain policy files.
   *
   * @see https://owasp.org/www-project-secure-headers/#x-permitted-cross-domain-policies
   * @param value `none` (OWASP's choice), `master-only`, `by-content-type`, `by-ftp-filename`, `all` or `none-this-response`.
   * @example
   * ```ts
   * import { respond } from "typed-headers";
   * const res = respond().permittedCrossDomainPolicies("none").build();
   * ```
   */
  permittedCrossDomainPolicies<const TValue extends string, TSelf>(
    this: TSelf,
    value: SecurityTokenArg<"x-permitted-cross-domain-policies", TValue>,
  ): TSelf;
}

/** Compile-time value checks for `header(name, value)`, keyed by lower-case header name. */
export interface SecurityHeaderArgs<TValue extends string> extends CorsHeaderArgs<TValue> {
  "strict-transport-security": HstsArg<TValue>;
  "referrer-policy": ReferrerPolicyArg<TValue>;
  "content-security-policy": CspArg<TValue>;
  "permissions-policy": PermissionsPolicyArg<TValue>;
  "content-security-policy-report-only": CspArg<TValue>;
  "x-frame-options": SecurityTokenArg<"x-frame-options", TValue>;
  "x-content-type-options": SecurityTokenArg<"x-content-type-options", TValue>;
  "cross-origin-opener-policy": SecurityTokenArg<"cross-origin-opener-policy", TValue>;
  "cross-origin-embedder-policy": SecurityTokenArg<"cross-origin-embedder-policy", TValue>;
  "cross-origin-resource-policy": SecurityTokenArg<"cross-origin-resource-policy", TValue>;
  "origin-agent-cluster": SecurityTokenArg<"origin-agent-cluster", TValue>;
  "x-xss-protection": SecurityTokenArg<"x-xss-protection", TValue>;
  "x-permitted-cross-domain-policies": SecurityTokenArg<"x-permitted-cross-domain-policies", TValue>;
}

const CSP = "Content-Security-Policy";

// One method per single-token header, named after the header without its x- prefix: referrerPolicy,
// frameOptions, crossOriginOpenerPolicy, crossOriginEmbedderPolicy, crossOriginResourcePolicy, xssProtection,
// permittedCrossDomainPolicies (X-Content-Type-Options has noSniff() instead, and originAgentCluster() below
// takes a boolean).
const tokenMethods: MethodTable = /* @__PURE__ */ Object.fromEntries(
  securityTokenHeaders.filter((name) => name !== "x-content-type-options").map((name) => [
    name.replace(/^x-/u, "").replace(/-(.)/gu, (_, char: string) => char.toUpperCase()),
    function (this: Core, value: string): Core {
      return this.set(name, securityToken(name as keyof SecurityTokens, value));
    },
  ]),
);

/** Run-time implementations of {@link SecurityMethods}. */
export const securityMethods: MethodTable = {
  ...tokenMethods,
  hsts(this: Core, options: HstsInit): Core {
    return this.set("strict-transport-security", serializeHsts(options));
  },
  csp(this: Core, policy: CspInit, options?: CspOptions): Core {
    if (options !== undefined && (typeof options !== "object" || options === null)) return fail(CSP, "options must be an object { reportOnly?: true }");
    const header = flag(CSP, "reportOnly", options?.reportOnly) ? `${CSP}-Report-Only` : CSP;
    return this.set(header.toLowerCase(), serializeCsp(policy, header));
  },
  permissionsPolicy(this: Core, policy: PermissionsPolicyInit): Core {
    return this.set("permissions-policy", serializePermissionsPolicy(policy));
  },
  preflight(this: Core, request: Request, options: PreflightInit): Response {
    if (typeof request !== "object" || request === null || typeof request.headers?.get !== "function") {
      throw new TypeError("preflight() expects the Request to answer");
    }
    if (request.method !== "OPTIONS") throw new TypeError(`preflight() answers OPTIONS requests, not ${request.method}: use cors() for the others`);
    const lines = preflightFields(
      { origin: request.headers.get("origin"), requestHeaders: request.headers.get("access-control-request-headers") },
      options,
    );
    // The builder's own headers stay (security headers, say), but CORS ones and the body's type are this method's to set.
    const kept = this.fields().filter(([name]) => !name.startsWith("access-control-") && name !== "content-type");
    return lines === undefined
      ? new Response("Forbidden", { status: 403, headers: [...kept, ["content-type", "text/plain; charset=utf-8"]] })
      : new Response(null, { status: 204, headers: [...kept, ...lines] });
  },
  noSniff(this: Core): Core {
    return this.set("x-content-type-options", "nosniff");
  },
  originAgentCluster(this: Core, enabled?: boolean): Core {
    if (enabled !== undefined && typeof enabled !== "boolean") return fail("Origin-Agent-Cluster", `expected true, false or nothing, got ${String(enabled)}`);
    return this.set("origin-agent-cluster", enabled === false ? "?0" : "?1");
  },
};

/** Run-time value checks for `header(name, value)`, keyed by lower-case header name. */
export const securityValueChecks: ValueChecks = {
  ...securityTokenChecks,
  "strict-transport-security": checkHsts,
  "permissions-policy": checkPermissionsPolicy,
  ...corsValueChecks,
  "content-security-policy": (value) => checkCsp(value),
  "content-security-policy-report-only": (value) => checkCsp(value, `${CSP}-Report-Only`),
};

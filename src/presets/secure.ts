// The secure() preset: the OWASP Secure Headers Project's recommended response headers, each one
// overridable or turned off with a typed option.
//
// Source of the defaults: OWASP Secure Headers Project, ci/headers_add.json (kept as test data in
// test/data/owasp-secure-headers.json). Where we differ, and why:
// - CSP adds `base-uri 'self'` (a <base> tag injected by an attacker would redirect every relative
//   URL) and leaves out `block-all-mixed-content`, deprecated by CSP3 and made moot by
//   `upgrade-insecure-requests`.
// - Cross-Origin-Embedder-Policy `require-corp` is off by default: it blocks every cross-origin
//   image, font or script that does not send CORP or CORS, which breaks most pages that use a CDN.
//   Turn it on with `crossOriginEmbedderPolicy: "require-corp"` for cross-origin isolation.
// - Cache-Control and Clear-Site-Data are not set: caching is the caller's choice (cacheControl()),
//   and Clear-Site-Data on every response would log users out on every page.
// - X-Frame-Options is sent as `DENY` (the header is case-insensitive; upper case is its RFC 7034 spelling).

import { respond, type Preset, type ResponseBuilder } from "../builder.js";
import type { CspCheck, CspInit } from "../headers/content-security-policy.js";
import type { PermissionsPolicyCheck, PermissionsPolicyInit } from "../headers/permissions-policy.js";
import { words } from "../internal/grammar.js";
import type {
  CrossDomainPoliciesToken,
  EmbedderPolicyToken,
  FrameOptionsToken,
  HstsCheck,
  HstsInit,
  OpenerPolicyToken,
  ReferrerPolicyToken,
  ResourcePolicyToken,
} from "../headers/security.js";

/**
 * Options of {@link secure}: each header's value, or `false` to leave the header out.
 *
 * @example
 * ```ts
 * import type { SecureInit } from "typed-headers";
 * const init: SecureInit = { frameOptions: "SAMEORIGIN", hsts: false };
 * ```
 */
export interface SecureInit {
  /** Default `{ maxAge: 31536000, includeSubDomains: true }`: HTTPS only, for a year, subdomains too. */
  hsts?: HstsInit | false;
  /** Default OWASP's policy: own-origin resources only, no plugins, no framing, no `<base>` hijack, upgrade http:. */
  csp?: (CspInit & { readonly [name: string]: unknown }) | false;
  /** Default OWASP's list: every powerful feature off (`()`), sync-xhr for this origin. */
  permissionsPolicy?: (PermissionsPolicyInit & { readonly [name: string]: unknown }) | false;
  /** Default `no-referrer`: no URL leaks to other sites through `Referer`. */
  referrerPolicy?: ReferrerPolicyToken | false;
  /** Default `DENY`: the page never shows in a frame (clickjacking). */
  frameOptions?: FrameOptionsToken | false;
  /** Default on (`nosniff`): scripts and styles served with a wrong type are refused. */
  noSniff?: false;
  /** Default `same-origin`: cross-origin windows get no handle to this one (XS-Leaks, Spectre). */
  crossOriginOpenerPolicy?: OpenerPolicyToken | false;
  /** Default `same-origin`: other sites cannot embed this resource with no-cors requests. */
  crossOriginResourcePolicy?: ResourcePolicyToken | false;
  /** Default off; `require-corp` or `credentialless` with COOP `same-origin` gives cross-origin isolation. */
  crossOriginEmbedderPolicy?: EmbedderPolicyToken | false;
  /** Default `none`: Adobe clients load no cross-domain policy file from this site. */
  permittedCrossDomainPolicies?: CrossDomainPoliciesToken | false;
}

/**
 * The compile-time check of {@link SecureInit} options: the HSTS, CSP and Permissions-Policy rules of
 * `hsts()`, `csp()` and `permissionsPolicy()`.
 *
 * @example
 * ```ts
 * import type { SecureCheck } from "typed-headers";
 * type Fine = SecureCheck<{ hsts: { maxAge: 600 } }>;
 * ```
 */
export type SecureCheck<TOptions extends SecureInit> = (TOptions["hsts"] extends HstsInit ? { hsts: HstsCheck<TOptions["hsts"]> } : unknown) &
  (TOptions["csp"] extends object ? { csp: CspCheck<TOptions["csp"]> } : unknown) &
  (TOptions["permissionsPolicy"] extends object ? { permissionsPolicy: PermissionsPolicyCheck<TOptions["permissionsPolicy"]> } : unknown);

const OWASP_CSP: CspInit = {
  "default-src": ["'self'"],
  "form-action": ["'self'"],
  "base-uri": ["'self'"],
  "object-src": ["'none'"],
  "frame-ancestors": ["'none'"],
  "upgrade-insecure-requests": true,
};

const OWASP_PERMISSIONS: PermissionsPolicyInit = /* @__PURE__ */ Object.fromEntries(
  words(
    "accelerometer autoplay camera cross-origin-isolated display-capture encrypted-media fullscreen geolocation gyroscope keyboard-map magnetometer microphone midi payment picture-in-picture publickey-credentials-get screen-wake-lock sync-xhr usb web-share xr-spatial-tracking clipboard-read clipboard-write gamepad hid idle-detection interest-cohort serial unload",
  ).map((name) => [name, name === "sync-xhr" ? ["self"] : []]),
);

// The builder seen as its methods, to call the one an option is named after.
type Template = { readonly [method: string]: (value: unknown) => Template };

// Each option is named after the builder method that sets its header; its default, in the order the headers are sent.
const DEFAULTS: Readonly<Record<string, unknown>> = {
  hsts: { maxAge: 31536000, includeSubDomains: true },
  csp: OWASP_CSP,
  permissionsPolicy: OWASP_PERMISSIONS,
  noSniff: true,
  frameOptions: "DENY",
  referrerPolicy: "no-referrer",
  crossOriginOpenerPolicy: "same-origin",
  crossOriginResourcePolicy: "same-origin",
  crossOriginEmbedderPolicy: false,
  permittedCrossDomainPolicies: "none",
};

/**
 * A preset for `use()` that sets the OWASP Secure Headers Project's recommended headers: HSTS, a strict
 * CSP, Permissions-Policy, `nosniff`, `X-Frame-Options: DENY`, `Referrer-Policy: no-referrer`,
 * COOP and CORP `same-origin`, `X-Permitted-Cross-Domain-Policies: none`. Each can be overridden or
 * turned off (`false`). The options are read and checked once, when `secure()` is called: changing
 * the object afterwards changes nothing.
 *
 * @see https://owasp.org/www-project-secure-headers/
 * @param overrides Values to use instead of the defaults, or `false` to leave a header out.
 * @example
 * ```ts
 * import { respond, secure } from "typed-headers";
 * const page = respond().use(secure({ csp: { "default-src": ["'self'"], "img-src": ["'self'", "data:"] } }));
 * const res = page.html("<h1>Hello</h1>");
 * ```
 */
export function secure<const TOptions extends SecureInit = {}>(overrides?: TOptions & SecureCheck<TOptions>): Preset {
  const options = (overrides ?? {}) as Record<string, unknown>;
  if (typeof options !== "object" || options === null) throw new TypeError("secure() expects an options object");
  if (options.noSniff !== undefined && options.noSniff !== false) throw new TypeError("secure(): noSniff is false or left out");
  // Every value is checked here, once, by the builder method of its header, so a wrong option fails when
  // the preset is made; the preset then sets the checked lines.
  let template = respond() as unknown as Template;
  for (const [method, fallback] of Object.entries(DEFAULTS)) {
    const given = options[method];
    // Only a missing option takes the default: null is a wrong value, and its method says so.
    const value = given === undefined ? fallback : given;
    if (value !== false) template = template[method]!(value);
  }
  const lines = (template as unknown as ResponseBuilder).entries();
  return (builder) => lines.reduce((next, [name, value]) => next.header(name as never, value as never), builder);
}

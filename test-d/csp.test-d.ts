import { expectType } from "tsd";
import { respond, type ResponseBuilder } from "../src/index.js";
import { feature, permissionsPolicyValue } from "../src/headers/permissions-policy.js";
import { contentSecurityPolicy, cspSource, nonce, serializeCsp, type CspValue } from "../src/headers/content-security-policy.js";

declare const dynamic: string;
declare const dynamicList: string[];
const value = nonce();
const cdn = cspSource("https://cdn.example");

// Accepted policies
expectType<ResponseBuilder<200, "none">>(respond().csp({ "default-src": ["'self'"] }));
expectType<ResponseBuilder<200, "none">>(
  respond().csp({
    "default-src": ["'self'"],
    "form-action": ["'self'"],
    "base-uri": ["'self'"],
    "object-src": ["'none'"],
    "frame-ancestors": ["'none'"],
    "upgrade-insecure-requests": true,
  }),
);
expectType<ResponseBuilder<200, "none">>(respond().csp({ "script-src": ["'self'", `'nonce-${value}'`, "'strict-dynamic'", cdn] }));
expectType<ResponseBuilder<200, "none">>(respond().csp({ "script-src": ["'sha256-B2yPHKaXnvFWtRChIbabYmUBFZdVfKKXHbWtWidDVF8='"] }));
expectType<ResponseBuilder<200, "none">>(respond().csp({ "img-src": ["'self'", "data:", "https://*.example.com", "https://a.example:8443/img/"] }));
expectType<ResponseBuilder<200, "none">>(respond().csp({ sandbox: ["allow-scripts", "allow-forms"], "report-to": "csp-endpoint" }));
expectType<ResponseBuilder<200, "none">>(respond().csp({ sandbox: true, "require-trusted-types-for": ["'script'"], "trusted-types": ["default", "'allow-duplicates'"] }));
expectType<ResponseBuilder<200, "none">>(respond().csp({ "frame-ancestors": ["'self'", "https://partner.example"] }, { reportOnly: true }));
expectType<ResponseBuilder<201, "json">>(respond().status(201).contentType("application/json").csp({ "default-src": ["'none'"] }));

// Refused policies
// @ts-expect-error bare keyword
respond().csp({ "default-src": ["self"] });
// @ts-expect-error bare keyword, second position
respond().csp({ "script-src": ["'self'", "unsafe-inline"] });
// @ts-expect-error unknown keyword
respond().csp({ "script-src": ["'unsafe-everything'"] });
// @ts-expect-error 'none' with other sources
respond().csp({ "img-src": ["'none'", "'self'"] });
// @ts-expect-error empty list
respond().csp({ "img-src": [] });
// @ts-expect-error a semicolon inside a source
respond().csp({ "default-src": ["'self'; script-src *"] });
// @ts-expect-error a comma inside a source
respond().csp({ "default-src": ["'self',https:"] });
// @ts-expect-error two sources in one entry
respond().csp({ "default-src": ["'self' https:"] });
// @ts-expect-error a nonce that is not base64
respond().csp({ "script-src": ["'nonce-abc$'"] });
// @ts-expect-error a hash that is not base64
respond().csp({ "script-src": ["'sha256-not base64'"] });
// @ts-expect-error misspelt directive
respond().csp({ "scirpt-src": ["'self'"] });
// @ts-expect-error misspelt directive among good ones
respond().csp({ "default-src": ["'self'"], "frame-ancestor": ["'none'"] });
// @ts-expect-error upper case directive
respond().csp({ "Default-Src": ["'self'"] });
// @ts-expect-error keywords other than 'self' and 'none' in frame-ancestors
respond().csp({ "frame-ancestors": ["'unsafe-inline'"] });
// @ts-expect-error unknown sandbox token
respond().csp({ sandbox: ["allow-everything"] });
// @ts-expect-error upgrade-insecure-requests takes no list
respond().csp({ "upgrade-insecure-requests": ["'self'"] });
// @ts-expect-error a dynamic source must be checked
respond().csp({ "script-src": [dynamic] });
// @ts-expect-error a dynamic list must be checked
respond().csp({ "script-src": dynamicList });
// @ts-expect-error report-to is one endpoint name
respond().csp({ "report-to": "a b" });

// header() with text
expectType<ResponseBuilder<200, "none">>(respond().header("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"));
expectType<ResponseBuilder<200, "none">>(respond().header("Content-Security-Policy-Report-Only", "default-src 'self' https://a.example; upgrade-insecure-requests"));
expectType<ResponseBuilder<200, "none">>(respond().header("content-security-policy", contentSecurityPolicy(dynamic)));
expectType<ResponseBuilder<200, "none">>(respond().header("Content-Security-Policy", serializeCsp({ "default-src": ["'self'"] })));
expectType<CspValue>(contentSecurityPolicy("default-src 'self'"));
// @ts-expect-error bare keyword in text
respond().header("Content-Security-Policy", "default-src self");
// @ts-expect-error unknown directive in text
respond().header("Content-Security-Policy", "default-src 'self'; scirpt-src 'self'");
// @ts-expect-error duplicate directive
respond().header("Content-Security-Policy", "default-src 'self'; default-src *");
// @ts-expect-error 'none' not alone
respond().header("Content-Security-Policy", "default-src 'self' 'none'");
// @ts-expect-error a comma starts a second policy
respond().header("Content-Security-Policy", "default-src 'self', img-src *");
// @ts-expect-error dynamic text
respond().header("Content-Security-Policy", dynamic);

// A long realistic policy stays within the instantiation limits.
expectType<ResponseBuilder<200, "none">>(
  respond().header(
    "Content-Security-Policy",
    "default-src 'self'; script-src 'self' 'strict-dynamic' 'nonce-rAnd0m123' https://cdn.example https://www.googletagmanager.com; style-src 'self' 'unsafe-inline' https://fonts.googleapis.com; img-src 'self' data: blob: https://*.example.com; font-src 'self' https://fonts.gstatic.com; connect-src 'self' https://api.example.com wss://ws.example.com; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'; upgrade-insecure-requests",
  ),
);

// Permissions-Policy
expectType<ResponseBuilder<200, "none">>(respond().permissionsPolicy({ camera: [], geolocation: ["self", "https://a.example"] }));
expectType<ResponseBuilder<200, "none">>(respond().permissionsPolicy({ fullscreen: ["*"], payment: ["https://*.pay.example", "https://b.example:8443"] }));
expectType<ResponseBuilder<200, "none">>(respond().permissionsPolicy({ camera: [], [feature("new-sensor")]: [] }));
// @ts-expect-error unknown feature
respond().permissionsPolicy({ camra: [] });
// @ts-expect-error unknown feature among known ones
respond().permissionsPolicy({ camera: [], "geo-location": ["self"] });
// @ts-expect-error quoted self is CSP's spelling
respond().permissionsPolicy({ camera: ["'self'"] });
// @ts-expect-error 'none' is written []
respond().permissionsPolicy({ camera: ["'none'"] });
// @ts-expect-error * must stand alone
respond().permissionsPolicy({ camera: ["*", "self"] });
// @ts-expect-error an origin has no path
respond().permissionsPolicy({ camera: ["https://a.example/"] });
// @ts-expect-error not an origin
respond().permissionsPolicy({ camera: ["a.example"] });
// @ts-expect-error a dynamic origin
respond().permissionsPolicy({ camera: [dynamic] });
expectType<ResponseBuilder<200, "none">>(respond().header("Permissions-Policy", 'camera=(), geolocation=(self "https://a.example"), fullscreen=*'));
expectType<ResponseBuilder<200, "none">>(respond().header("Permissions-Policy", permissionsPolicyValue(dynamic)));
// @ts-expect-error unknown feature in text
respond().header("Permissions-Policy", "camra=()");
// @ts-expect-error unquoted origin in text
respond().header("Permissions-Policy", "camera=(self https://a.example)");
// @ts-expect-error missing allowlist
respond().header("Permissions-Policy", "camera");
// @ts-expect-error dynamic text
respond().header("Permissions-Policy", dynamic);

// OWASP's full Permissions-Policy as header text stays within the instantiation limits.
expectType<ResponseBuilder<200, "none">>(
  respond().header(
    "Permissions-Policy",
    "accelerometer=(), autoplay=(), camera=(), cross-origin-isolated=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), keyboard-map=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), sync-xhr=(self), usb=(), web-share=(), xr-spatial-tracking=(), clipboard-read=(), clipboard-write=(), gamepad=(), hid=(), idle-detection=(), interest-cohort=(), serial=(), unload=()",
  ),
);

// A template source is dynamic, unless it is a nonce or a hash (whose base64 the run time checks).
// @ts-expect-error a template host
respond().csp({ "img-src": [`https://${dynamic}`] });
expectType<ResponseBuilder<200, "none">>(respond().csp({ "img-src": [cspSource(`https://${dynamic}`)], "script-src": [`'sha256-${dynamic}'`] }));
// @ts-expect-error a template CSP text
respond().header("Content-Security-Policy", `default-src ${dynamic}`);
// @ts-expect-error a template origin in an allowlist
respond().permissionsPolicy({ camera: [`https://${dynamic}`] });

// A bare base64 string is a nonce that lost its quotes, not a host.
// @ts-expect-error 'abc==' is not a host or a scheme
respond().csp({ "script-src": ["abc=="] });
expectType<ResponseBuilder<200, "none">>(respond().csp({ "script-src": ["https://a.example/p?x=1"] }));

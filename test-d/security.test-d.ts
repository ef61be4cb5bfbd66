import { expectType } from "tsd";
import { respond, type ResponseBuilder } from "../src/index.js";
import { securityToken, serializeHsts, strictTransportSecurity, type HstsValue } from "../src/headers/security.js";

declare const dynamic: string;
declare const age: number;

// HSTS
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 31536000 }));
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 0 }));
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 63072000, includeSubDomains: true, preload: true }));
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 31536000, includeSubDomains: true, preload: true }));
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: age, includeSubDomains: true, preload: true }));
expectType<ResponseBuilder<404, "none">>(respond().status(404).hsts({ maxAge: 86400, includeSubDomains: true }));
// @ts-expect-error preload without includeSubDomains
respond().hsts({ maxAge: 63072000, preload: true });
// @ts-expect-error preload with less than a year
respond().hsts({ maxAge: 31535999, includeSubDomains: true, preload: true });
// @ts-expect-error preload with a day
respond().hsts({ maxAge: 86400, includeSubDomains: true, preload: true });
// @ts-expect-error preload with a maxAge that may be a day (a union: its short member fails, as at run time)
respond().hsts({ maxAge: null! as 31536000 | 86400, includeSubDomains: true, preload: true });
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: null! as 31536000 | 63072000, includeSubDomains: true, preload: true }));
// @ts-expect-error negative max-age
respond().hsts({ maxAge: -1 });
// @ts-expect-error fractional max-age
respond().hsts({ maxAge: 1.5 });
// @ts-expect-error flags are true or absent
respond().hsts({ maxAge: 60, includeSubDomains: false });
// @ts-expect-error maxAge is required
respond().hsts({ includeSubDomains: true });
// The year's edges, checked by patterns: nine digits or more, or eight from 31536000 up.
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 100000000, includeSubDomains: true, preload: true }));
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 31536999, includeSubDomains: true, preload: true }));
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 31537000, includeSubDomains: true, preload: true }));
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 31540000, includeSubDomains: true, preload: true }));
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 31600000, includeSubDomains: true, preload: true }));
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 32000000, includeSubDomains: true, preload: true }));
expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 40000000, includeSubDomains: true, preload: true }));
// @ts-expect-error eight digits below a year
respond().hsts({ maxAge: 31500000, includeSubDomains: true, preload: true });
// @ts-expect-error eight digits below a year
respond().hsts({ maxAge: 30000000, includeSubDomains: true, preload: true });
// @ts-expect-error seven digits
respond().hsts({ maxAge: 9999999, includeSubDomains: true, preload: true });
// @ts-expect-error a number maxAge with preload still needs includeSubDomains
respond().hsts({ maxAge: age, preload: true });
// @ts-expect-error 1e21 is written 1e+21: not a whole number of seconds for the header
respond().hsts({ maxAge: 1e21 });

expectType<ResponseBuilder<200, "none">>(respond().header("Strict-Transport-Security", "max-age=31536000; includeSubDomains"));
expectType<ResponseBuilder<200, "none">>(respond().header("strict-transport-security", "max-age=63072000; includeSubDomains; preload"));
expectType<ResponseBuilder<200, "none">>(respond().header("Strict-Transport-Security", 'max-age="0"'));
expectType<ResponseBuilder<200, "none">>(respond().header("Strict-Transport-Security", strictTransportSecurity(dynamic)));
expectType<ResponseBuilder<200, "none">>(respond().header("Strict-Transport-Security", serializeHsts({ maxAge: 5 })));
expectType<HstsValue>(strictTransportSecurity("max-age=5"));
// @ts-expect-error max-age missing
respond().header("Strict-Transport-Security", "includeSubDomains");
// @ts-expect-error preload needs a year
respond().header("Strict-Transport-Security", "max-age=600; includeSubDomains; preload");
// @ts-expect-error preload needs includeSubDomains
respond().header("Strict-Transport-Security", "max-age=63072000; preload");
// @ts-expect-error unknown directive
respond().header("Strict-Transport-Security", "max-age=60; includeSubdomain");
// @ts-expect-error duplicate
respond().header("Strict-Transport-Security", "max-age=60; max-age=70");
// @ts-expect-error dynamic string
respond().header("Strict-Transport-Security", dynamic);

// Single-token headers
expectType<ResponseBuilder<200, "none">>(respond().referrerPolicy("no-referrer"));
expectType<ResponseBuilder<200, "none">>(respond().referrerPolicy("strict-origin-when-cross-origin"));
expectType<ResponseBuilder<200, "none">>(respond().referrerPolicy(securityToken("referrer-policy", dynamic)));
// @ts-expect-error misspelt token
respond().referrerPolicy("no-referer");
// @ts-expect-error dynamic
respond().referrerPolicy(dynamic);
expectType<ResponseBuilder<200, "none">>(respond().header("Referrer-Policy", "no-referrer, strict-origin-when-cross-origin"));
// @ts-expect-error one bad token in the list
respond().header("Referrer-Policy", "no-referrer, never");

expectType<ResponseBuilder<200, "none">>(respond().frameOptions("DENY"));
expectType<ResponseBuilder<200, "none">>(respond().frameOptions("SAMEORIGIN"));
expectType<ResponseBuilder<200, "none">>(respond().header("X-Frame-Options", "DENY"));
// @ts-expect-error obsolete
respond().frameOptions("ALLOW-FROM https://a.example");
// @ts-expect-error lower case
respond().frameOptions("deny");
// @ts-expect-error through header()
respond().header("x-frame-options", "ALLOWALL");

expectType<ResponseBuilder<200, "none">>(respond().noSniff());
expectType<ResponseBuilder<200, "none">>(respond().header("X-Content-Type-Options", "nosniff"));
// @ts-expect-error only nosniff
respond().header("X-Content-Type-Options", "sniff");

expectType<ResponseBuilder<200, "none">>(respond().crossOriginOpenerPolicy("same-origin"));
expectType<ResponseBuilder<200, "none">>(respond().crossOriginOpenerPolicy("noopener-allow-popups"));
// @ts-expect-error COEP token in COOP
respond().crossOriginOpenerPolicy("require-corp");
expectType<ResponseBuilder<200, "none">>(respond().crossOriginEmbedderPolicy("credentialless"));
// @ts-expect-error
respond().crossOriginEmbedderPolicy("same-origin");
expectType<ResponseBuilder<200, "none">>(respond().crossOriginResourcePolicy("cross-origin"));
// @ts-expect-error
respond().crossOriginResourcePolicy("same-site-allow");
expectType<ResponseBuilder<200, "none">>(respond().header("Cross-Origin-Resource-Policy", "same-site"));

expectType<ResponseBuilder<200, "none">>(respond().originAgentCluster());
expectType<ResponseBuilder<200, "none">>(respond().originAgentCluster(false));
expectType<ResponseBuilder<200, "none">>(respond().header("Origin-Agent-Cluster", "?1"));
// @ts-expect-error structured boolean, not a word
respond().header("Origin-Agent-Cluster", "true");

expectType<ResponseBuilder<200, "none">>(respond().xssProtection("0"));
// @ts-expect-error the auditor is gone
respond().xssProtection("1; mode=block");
// @ts-expect-error through header()
respond().header("X-XSS-Protection", "1");

expectType<ResponseBuilder<200, "none">>(respond().permittedCrossDomainPolicies("none"));
// @ts-expect-error
respond().permittedCrossDomainPolicies("some");

// A template-typed value is dynamic: it must go through the validator.
declare const seconds: number;
// @ts-expect-error a template is not a checked literal
respond().header("Strict-Transport-Security", `max-age=${seconds}`);
expectType<ResponseBuilder<200, "none">>(respond().header("Strict-Transport-Security", strictTransportSecurity(`max-age=${seconds}`)));
// @ts-expect-error a template token
respond().header("Referrer-Policy", `${dynamic}-origin`);

import { expectType } from "tsd";
import { headerName, headerValue, respond, type HeaderName, type HeaderValue, type ResponseBuilder } from "../src/index.js";

declare const dynamic: string;

// ---- accepted
expectType<ResponseBuilder<200, "none">>(respond().header("X-Powered-By", "Flask"));
expectType<ResponseBuilder<200, "none">>(respond().header("x-request-id", "abc123"));
expectType<ResponseBuilder<200, "none">>(respond().header("X-Custom", ""));
expectType<ResponseBuilder<200, "none">>(respond().header("X-Tab", "a\tb"));
expectType<ResponseBuilder<200, "none">>(respond().header("X-Latin1", "caf\u00e9"));
expectType<ResponseBuilder<200, "none">>(respond().header("X-Symbols", "!#$%&'*+-.^_`|~"));
expectType<ResponseBuilder<200, "none">>(respond().header("Server", "typed-headers/1.0"));
expectType<ResponseBuilder<200, "none">>(respond().header("X-Dynamic", dynamic));
expectType<ResponseBuilder<200, "none">>(respond().header("X-Checked", headerValue(dynamic)));
expectType<ResponseBuilder<200, "none">>(respond().header(headerName(dynamic), dynamic));
expectType<ResponseBuilder<200, "none">>(respond().append("Link", "</a.css>; rel=preload; as=style"));
expectType<ResponseBuilder<200, "none">>(respond().append("X-Trace", "a").append("X-Trace", "b"));
expectType<ResponseBuilder<200, "none">>(respond().delete("X-Trace"));
expectType<ResponseBuilder<200, "none">>(respond().header("!#$%&'*+-.^_`|~09azAZ", "v"));
expectType<HeaderName>(headerName("X-Id"));
expectType<HeaderValue>(headerValue("v"));

// ---- refused
// @ts-expect-error a space is not a token character
respond().header("X Powered By", "x");
// @ts-expect-error a colon is not a token character
respond().header("X-A:", "x");
// @ts-expect-error the empty name
respond().header("", "x");
// @ts-expect-error non-ASCII in a name
respond().header("X-Caf\u00e9", "x");
// @ts-expect-error Set-Cookie goes through cookie()
respond().header("Set-Cookie", "a=b");
// @ts-expect-error in any case
respond().append("set-cookie", "a=b");
// @ts-expect-error LF splits the header
respond().header("X-A", "a\nb");
// @ts-expect-error CR too
respond().header("X-A", "a\rb");
// @ts-expect-error NUL
respond().header("X-A", "a\0b");
// @ts-expect-error other control characters
respond().header("X-A", "a\x07b");
// @ts-expect-error DEL
respond().header("X-A", "a\x7fb");
// @ts-expect-error above U+00FF
respond().header("X-A", "\u20ac");
// @ts-expect-error leading whitespace
respond().header("X-A", " a");
// @ts-expect-error trailing whitespace
respond().header("X-A", "a\t");
// @ts-expect-error a dynamic name must be branded by headerName()
respond().header(dynamic, "x");
// @ts-expect-error delete() takes names by the same rules
respond().delete("Bad Name");
// @ts-expect-error append() checks values too
respond().append("X-A", "a\r\nInjected: 1");

// Template-literal values (e.g. crypto.randomUUID()) are dynamic: checked at run time, like string.
declare const uuid: `${string}-${string}-${string}-${string}-${string}`;
expectType<ResponseBuilder<200, "none">>(respond().header("X-Request-Id", uuid));
expectType<ResponseBuilder<200, "none">>(respond().header("X-Request-Id", crypto.randomUUID()));
// @ts-expect-error a template-literal name is dynamic: it must be branded by headerName()
respond().header(`X-${uuid}`, "1");

// append() refuses headers that hold one value; delete() may drop every cookie.
// @ts-expect-error Content-Type holds one value
respond().append("Content-Type", "text/plain");
// @ts-expect-error Location holds one value, in any case
respond().append("location", "/a");
expectType<ResponseBuilder<200, "none">>(respond().append("Vary", "Origin"));
expectType<ResponseBuilder<200, "none">>(respond().delete("Set-Cookie"));

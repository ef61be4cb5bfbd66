import { expectType } from "tsd";
import { respond, type ResponseBuilder } from "../src/index.js";
import { cdnCacheControl, serializeCdnCacheControl, type CdnCacheControlValue } from "../src/headers/cdn-cache-control.js";
import { evaluateConditional, type ConditionalOutcome } from "../src/headers/conditional.js";
import { entityTag, parseEntityTag, type EntityTagInit, type EntityTagValue } from "../src/headers/etag.js";
import { httpDate, parseHttpDate, type HttpDateValue } from "../src/headers/http-date.js";
import { varyValue, type VaryValue } from "../src/headers/vary.js";

declare const dynamic: string;
declare const seconds: number;
declare const request: Request;

// ---- ETag
expectType<ResponseBuilder<200, "none">>(respond().etag("33a64df5"));
expectType<ResponseBuilder<200, "none">>(respond().etag("v1", { weak: true }));
expectType<ResponseBuilder<200, "none">>(respond().etag(""));
expectType<ResponseBuilder<200, "none">>(respond().etag(dynamic));
expectType<ResponseBuilder<200, "none">>(respond().header("ETag", '"33a64df5"'));
expectType<ResponseBuilder<200, "none">>(respond().header("etag", 'W/"v1"'));
expectType<ResponseBuilder<200, "none">>(respond().header("ETag", entityTag(dynamic)));
expectType<EntityTagValue>(entityTag('"x"'));
expectType<EntityTagInit | undefined>(parseEntityTag('"x"'));
// @ts-expect-error etag() adds the quotes itself
respond().etag('"33a64df5"');
// @ts-expect-error an entity tag holds no space
respond().etag("a b");
// @ts-expect-error an entity tag holds no control character
respond().etag("a\nb");
// @ts-expect-error weak is true or absent
respond().etag("v1", { weak: false });
// @ts-expect-error header("ETag") takes a quoted tag
respond().header("ETag", "33a64df5");
// @ts-expect-error the weak prefix is upper case
respond().header("ETag", 'w/"v1"');
// @ts-expect-error a dynamic ETag header value must go through entityTag()
respond().header("ETag", dynamic);

// ---- Last-Modified, Expires
expectType<ResponseBuilder<200, "none">>(respond().lastModified(new Date()));
expectType<ResponseBuilder<200, "none">>(respond().expires(new Date()));
expectType<ResponseBuilder<200, "none">>(respond().header("Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT"));
expectType<ResponseBuilder<200, "none">>(respond().header("Expires", "Thu, 01 Jan 1970 00:00:00 GMT"));
expectType<ResponseBuilder<200, "none">>(respond().header("Expires", httpDate(new Date())));
expectType<HttpDateValue>(httpDate(dynamic));
expectType<Date | undefined>(parseHttpDate(dynamic));
// @ts-expect-error a string is not a Date
respond().lastModified("Sun, 06 Nov 1994 08:49:37 GMT");
// @ts-expect-error a number is not a Date
respond().expires(0);
// @ts-expect-error Expires: 0 is not an HTTP date
respond().header("Expires", "0");
// @ts-expect-error an ISO date is not an HTTP date
respond().header("Last-Modified", "1994-11-06T08:49:37Z");
// @ts-expect-error the obsolete RFC 850 form is not generated
respond().header("Last-Modified", "Sunday, 06-Nov-94 08:49:37 GMT");
// @ts-expect-error a wrong month name
respond().header("Last-Modified", "Sun, 06 Noe 1994 08:49:37 GMT");
// @ts-expect-error a one-digit day
respond().header("Last-Modified", "Sun, 6 Nov 1994 08:49:37 GMT");
// @ts-expect-error a dynamic date must go through httpDate()
respond().header("Expires", dynamic);

// ---- Vary
expectType<ResponseBuilder<200, "none">>(respond().vary("Accept-Encoding"));
expectType<ResponseBuilder<200, "none">>(respond().vary("Accept-Encoding", "Origin", "X-Custom"));
expectType<ResponseBuilder<200, "none">>(respond().vary("*"));
expectType<ResponseBuilder<200, "none">>(respond().vary(dynamic));
expectType<ResponseBuilder<200, "none">>(respond().vary(...[dynamic, dynamic]));
expectType<ResponseBuilder<200, "none">>(respond().header("Vary", "Accept-Encoding, Origin"));
expectType<ResponseBuilder<200, "none">>(respond().header("Vary", "*"));
expectType<ResponseBuilder<200, "none">>(respond().header("Vary", varyValue(dynamic)));
expectType<VaryValue>(varyValue("Accept"));
// @ts-expect-error a name is a token
respond().vary("Accept Encoding");
// @ts-expect-error at least one name
respond().vary();
// @ts-expect-error one name per argument
respond().vary("Accept, Origin");
// @ts-expect-error '*' stands alone
respond().vary("*", "Accept");
// @ts-expect-error '*' stands alone, in header() too
respond().header("Vary", "Accept, *");
// @ts-expect-error a dynamic Vary value must go through varyValue()
respond().header("Vary", dynamic);

// ---- CDN-Cache-Control
expectType<ResponseBuilder<200, "none">>(respond().cdnCacheControl({ maxAge: 600, staleWhileRevalidate: 60 }));
expectType<ResponseBuilder<200, "none">>(respond().cdnCacheControl("max-age=600"));
expectType<ResponseBuilder<200, "none">>(respond().cdnCacheControl(cdnCacheControl(dynamic)));
expectType<ResponseBuilder<200, "none">>(respond().header("CDN-Cache-Control", "no-store"));
expectType<CdnCacheControlValue>(serializeCdnCacheControl({ maxAge: seconds }));
// @ts-expect-error the same contradictions as Cache-Control
respond().cdnCacheControl({ noStore: true, maxAge: 600 });
// @ts-expect-error the same contradictions as Cache-Control, in a literal
respond().cdnCacheControl("no-store, max-age=600");
// Keys are lower case; the field names in a quoted string may hold capitals, as at run time.
expectType<ResponseBuilder<200, "none">>(respond().cdnCacheControl('private="Set-Cookie", max-age=600'));
expectType<ResponseBuilder<200, "none">>(respond().header("CDN-Cache-Control", 'no-cache="Set-Cookie"'));
// @ts-expect-error structured-field keys are lower case
respond().cdnCacheControl("Max-Age=600");
// @ts-expect-error structured-field keys are lower case, after a quoted string too
respond().cdnCacheControl('private="Set-Cookie", Max-Age=600');
// @ts-expect-error a dynamic value must go through cdnCacheControl()
respond().cdnCacheControl(dynamic);

// ---- Age
expectType<ResponseBuilder<200, "none">>(respond().age(30));
expectType<ResponseBuilder<200, "none">>(respond().age(seconds));
expectType<ResponseBuilder<200, "none">>(respond().header("Age", "30"));
// @ts-expect-error whole seconds
respond().age(1.5);
// @ts-expect-error not negative
respond().age(-1);
// @ts-expect-error digits only
respond().header("Age", "1h");

// ---- conditional()
expectType<Response>(respond().etag("v1").conditional(request));
expectType<Response>(respond().etag("v1").conditional(request, "body"));
expectType<Response>(respond().status(204).etag("v1").conditional(request));
expectType<ConditionalOutcome>(evaluateConditional(request, { etag: '"v1"' }));
// @ts-expect-error a 204 has no body
respond().status(204).etag("v1").conditional(request, "body");
// @ts-expect-error conditional() needs the request
respond().etag("v1").conditional();

// ---- template-typed values
declare const id: `${string}-${string}`;
expectType<ResponseBuilder<200, "none">>(respond().etag(id));
expectType<ResponseBuilder<200, "none">>(respond().etag(`v-${seconds}`));
expectType<ResponseBuilder<200, "none">>(respond().vary(`X-${dynamic}`));
// @ts-expect-error a template-typed ETag header value must go through entityTag()
respond().header("ETag", `"${id}"`);

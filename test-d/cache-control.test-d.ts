import { expectType } from "tsd";
import { respond, type ResponseBuilder } from "../src/index.js";
import {
  cacheControl,
  parseCacheControl,
  serializeCacheControl,
  type CacheControlInit,
  type CacheControlProblem,
  type CacheControlValue,
  type CommonCacheControl,
} from "../src/headers/cache-control.js";

declare const dynamic: string;
declare const seconds: number;

// ---- every directive, alone and with its argument
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("max-age=60"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("s-maxage=600"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("no-cache"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl('no-cache="Set-Cookie"'));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("no-store"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("no-transform"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("must-revalidate"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("proxy-revalidate"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("no-store, must-understand"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("private"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl('private="Set-Cookie, Authorization"'));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("public"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("public, max-age=31536000, immutable"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("stale-while-revalidate=30"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("stale-if-error=86400"));

// ---- combinations, case, whitespace
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("no-store, max-age=0"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("no-store, max-age=000"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("no-cache, no-store, must-revalidate"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("Public, MAX-AGE=60"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("public,max-age=60"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("public ,\tmax-age=60"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("immutable, s-maxage=60"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl('private="Set-Cookie", max-age=60, must-revalidate'));
// ten directives: no "excessively deep"
expectType<ResponseBuilder<200, "none">>(
  respond().cacheControl(
    'public, max-age=60, s-maxage=600, stale-while-revalidate=30, stale-if-error=86400, must-revalidate, proxy-revalidate, no-transform, immutable, no-cache="Set-Cookie, Authorization, X-Request-Id"',
  ),
);
expectType<ResponseBuilder<404, "none">>(respond().status(404).cacheControl("no-store"));
expectType<ResponseBuilder<200, "json">>(respond().contentType("application/json").cacheControl("no-cache"));

// ---- header() checks the same grammar
expectType<ResponseBuilder<200, "none">>(respond().header("Cache-Control", "public, max-age=60"));
expectType<ResponseBuilder<200, "none">>(respond().header("cache-control", "no-store"));

// ---- branded and dynamic values
expectType<CacheControlValue>(cacheControl(dynamic));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl(cacheControl(dynamic)));
expectType<ResponseBuilder<200, "none">>(respond().header("Cache-Control", cacheControl(dynamic)));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl(serializeCacheControl({ maxAge: seconds })));
// @ts-expect-error a plain string must go through cacheControl()
respond().cacheControl(dynamic);
// @ts-expect-error a plain string must go through cacheControl(), in header() too
respond().header("Cache-Control", dynamic);

// ---- options objects
expectType<ResponseBuilder<200, "none">>(respond().cacheControl({ public: true, maxAge: 60, staleWhileRevalidate: 30 }));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl({ noStore: true, maxAge: 0 }));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl({ private: ["Set-Cookie"], noCache: true }));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl({ maxAge: seconds, public: true }));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl({ noCache: ["Set-Cookie", "Authorization"], maxAge: 0 }));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl({ private: [dynamic] }));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl({ immutable: true, maxAge: 31536000 }));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl({ noStore: true, mustUnderstand: true }));
expectType<CacheControlInit>(parseCacheControl("public, max-age=60"));
// @ts-expect-error no-store contradicts max-age
respond().cacheControl({ noStore: true, maxAge: 60 });
// @ts-expect-error public contradicts private
respond().cacheControl({ public: true, private: true });
// @ts-expect-error immutable needs max-age
respond().cacheControl({ immutable: true });
// @ts-expect-error must-understand needs no-store
respond().cacheControl({ mustUnderstand: true, maxAge: 60 });
// @ts-expect-error private contradicts s-maxage
respond().cacheControl({ private: true, sMaxage: 60 });
// @ts-expect-error an age is whole seconds
respond().cacheControl({ maxAge: 1.5 });
// @ts-expect-error an age is not negative
respond().cacheControl({ maxAge: -1 });
// @ts-expect-error flags are true or absent
respond().cacheControl({ public: false });
// @ts-expect-error unknown option
respond().cacheControl({ maxage: 60 });
// @ts-expect-error a field list holds field names
respond().cacheControl({ private: ["Set Cookie"] });
// @ts-expect-error a field list is not empty
respond().cacheControl({ noCache: [] });

// ---- contradictions in literals
// @ts-expect-error a repeated directive
respond().cacheControl("max-age=60, max-age=120");
// @ts-expect-error a repeated directive, case-insensitively
respond().cacheControl("public, PUBLIC");
// @ts-expect-error public with private
respond().cacheControl("public, private");
// @ts-expect-error no-store with max-age
respond().cacheControl("no-store, max-age=60");
// @ts-expect-error no-store with s-maxage
respond().cacheControl("no-store, s-maxage=60");
// @ts-expect-error no-store with s-maxage=0 (only max-age=0 is allowed)
respond().cacheControl("no-store, s-maxage=0");
// @ts-expect-error no-store with public
respond().cacheControl("public, no-store");
// @ts-expect-error no-store with immutable
respond().cacheControl("no-store, immutable");
// @ts-expect-error no-store with stale-while-revalidate
respond().cacheControl("no-store, stale-while-revalidate=30");
// @ts-expect-error no-store with stale-if-error
respond().cacheControl("no-store, stale-if-error=30");
// @ts-expect-error must-understand without no-store
respond().cacheControl("must-understand, max-age=60");
// @ts-expect-error private with s-maxage
respond().cacheControl("private, s-maxage=60");
// @ts-expect-error private with proxy-revalidate
respond().cacheControl("private, proxy-revalidate");
// @ts-expect-error immutable without a lifetime
respond().cacheControl("public, immutable");
// @ts-expect-error contradictions are checked through header() too
respond().header("Cache-Control", "no-store, max-age=60");

// ---- malformed literals
// @ts-expect-error a typo
respond().cacheControl("must-revalidat");
// @ts-expect-error a typo
respond().cacheControl("publc, max-age=60");
// @ts-expect-error underscores
respond().cacheControl("max_age=60");
// @ts-expect-error an unknown directive
respond().cacheControl("cache-forever");
// @ts-expect-error a request directive
respond().cacheControl("max-stale=60");
// @ts-expect-error a unit
respond().cacheControl("max-age=1h");
// @ts-expect-error a negative age
respond().cacheControl("max-age=-1");
// @ts-expect-error a decimal age
respond().cacheControl("max-age=1.5");
// @ts-expect-error a missing age
respond().cacheControl("max-age");
// @ts-expect-error an empty age
respond().cacheControl("max-age=");
// @ts-expect-error a quoted age
respond().cacheControl('max-age="60"');
// @ts-expect-error whitespace around '='
respond().cacheControl("max-age = 60");
// @ts-expect-error an argument to a flag
respond().cacheControl("no-store=true");
// @ts-expect-error an unquoted field list
respond().cacheControl("private=Set-Cookie");
// @ts-expect-error an empty field list
respond().cacheControl('no-cache=""');
// @ts-expect-error a field list that is not field names
respond().cacheControl('private="Set Cookie"');
// @ts-expect-error an unclosed quote
respond().cacheControl('private="Set-Cookie');
// @ts-expect-error a trailing comma
respond().cacheControl("public, max-age=60,");
// @ts-expect-error an empty member
respond().cacheControl("public,, max-age=60");
// @ts-expect-error a missing comma
respond().cacheControl("public max-age=60");
// @ts-expect-error semicolons are not separators
respond().cacheControl("public; max-age=60");
// @ts-expect-error leading whitespace
respond().cacheControl(" no-store");
// @ts-expect-error the empty string
respond().cacheControl("");

// ---- every completion offered is itself a valid value
expectType<never>(null as unknown as CacheControlProblem<CommonCacheControl>);

// a long field-name list (40 names) in a nine-directive value, through header(): no "excessively deep"
expectType<ResponseBuilder<200, "none">>(
  respond().header("Cache-Control", "private=\"X-Header-Number-0, X-Header-Number-1, X-Header-Number-2, X-Header-Number-3, X-Header-Number-4, X-Header-Number-5, X-Header-Number-6, X-Header-Number-7, X-Header-Number-8, X-Header-Number-9, X-Header-Number-10, X-Header-Number-11, X-Header-Number-12, X-Header-Number-13, X-Header-Number-14, X-Header-Number-15, X-Header-Number-16, X-Header-Number-17, X-Header-Number-18, X-Header-Number-19, X-Header-Number-20, X-Header-Number-21, X-Header-Number-22, X-Header-Number-23, X-Header-Number-24, X-Header-Number-25, X-Header-Number-26, X-Header-Number-27, X-Header-Number-28, X-Header-Number-29, X-Header-Number-30, X-Header-Number-31, X-Header-Number-32, X-Header-Number-33, X-Header-Number-34, X-Header-Number-35, X-Header-Number-36, X-Header-Number-37, X-Header-Number-38, X-Header-Number-39\", max-age=0, must-revalidate, no-transform, stale-if-error=60, stale-while-revalidate=5, no-cache=\"Set-Cookie, Authorization\", immutable"),
);

// ---- a template-typed value is dynamic: it must go through cacheControl()
declare const ttl: number;
declare const flag: boolean;
// @ts-expect-error `max-age=${number}` could be 'max-age=1.5'
respond().cacheControl(`max-age=${ttl}`);
expectType<ResponseBuilder<200, "none">>(respond().cacheControl(cacheControl(`max-age=${ttl}`)));
// a union of literals: each member is checked
expectType<ResponseBuilder<200, "none">>(respond().cacheControl(flag ? "private, max-age=0" : "public, max-age=60"));
// @ts-expect-error one member of the union contradicts itself
respond().cacheControl(flag ? "private, max-age=0" : "public, private");

// ---- the common spelling (known lower-case directives joined by ", ") is read by patterns; these are its edges
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("public, max-age=007, stale-while-revalidate=30"));
expectType<ResponseBuilder<200, "none">>(respond().cacheControl("no-store, max-age=0, must-revalidate"));
expectType<ResponseBuilder<200, "none">>(respond().header("Cache-Control", "private, max-age=600"));
// @ts-expect-error a directive twice, in the common spelling
respond().cacheControl("public, max-age=60, public");
// @ts-expect-error max-age twice, in the common spelling
respond().cacheControl("max-age=60, max-age=60");
// @ts-expect-error no-store with a non-zero max-age, in the common spelling
respond().cacheControl("no-store, max-age=60");
// @ts-expect-error a negative max-age
respond().cacheControl("private, max-age=-1");
// @ts-expect-error a hexadecimal max-age
respond().cacheControl("private, max-age=0x10");
// @ts-expect-error a trailing comma
respond().cacheControl("private, max-age=60, ");

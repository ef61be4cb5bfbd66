import { expectType } from "tsd";
import { headerName, headerValue, respond, type Preset, type ResponseBuilder } from "../src/index.js";
import { corsOrigin } from "../src/headers/cors.js";
import { cors } from "../src/presets/cors.js";
import { secure } from "../src/presets/secure.js";

declare const dynamic: string;
declare const request: Request;

// cors()
expectType<Preset>(cors({ origin: "https://app.example" }));
expectType<Preset>(cors({ origin: "https://app.example", credentials: true, exposeHeaders: ["X-Request-Id", "ETag"] }));
expectType<Preset>(cors({ origin: "*" }));
expectType<Preset>(cors({ origin: "null" }));
expectType<Preset>(cors({ origin: "http://localhost:5173" }));
expectType<Preset>(cors({ origin: corsOrigin(dynamic), credentials: true }));
expectType<ResponseBuilder<200, "none">>(respond().use(cors({ origin: "https://app.example" })));
expectType<ResponseBuilder<201, "json">>(respond().status(201).contentType("application/json").use(cors({ origin: "*" })));
// @ts-expect-error '*' with credentials
cors({ origin: "*", credentials: true });
// @ts-expect-error a trailing slash never matches
cors({ origin: "https://app.example/" });
// @ts-expect-error a path never matches
cors({ origin: "https://app.example/api" });
// @ts-expect-error a list is not an origin
cors({ origin: "https://a.example, https://b.example" });
// @ts-expect-error no pattern
cors({ origin: "https://*.example.com" });
// @ts-expect-error not an origin
cors({ origin: "app.example" });
// @ts-expect-error a dynamic origin must be checked
cors({ origin: dynamic });
// @ts-expect-error an exposed header must be a token
cors({ origin: "*", exposeHeaders: ["X Request Id"] });

// preflight()
expectType<Response>(respond().preflight(request, { origin: "https://app.example", allowMethods: ["PUT", "DELETE"], maxAge: 600 }));
expectType<Response>(respond().preflight(request, { origin: ["https://a.example", "https://b.example"], credentials: true, allowHeaders: ["Content-Type"] }));
expectType<Response>(respond().preflight(request, { origin: "*" }));
// @ts-expect-error '*' with credentials
respond().preflight(request, { origin: "*", credentials: true });
// @ts-expect-error '*' in a list
respond().preflight(request, { origin: ["*", "https://a.example"] });
// @ts-expect-error a trailing slash in a list
respond().preflight(request, { origin: ["https://a.example", "https://b.example/"] });
// @ts-expect-error a method must be a token
respond().preflight(request, { origin: "*", allowMethods: ["PUT DELETE"] });
// @ts-expect-error max-age in whole seconds
respond().preflight(request, { origin: "*", maxAge: 1.5 });

// CORS headers through header()
expectType<ResponseBuilder<200, "none">>(respond().header("Access-Control-Allow-Origin", "https://app.example"));
expectType<ResponseBuilder<200, "none">>(respond().header("Access-Control-Allow-Origin", corsOrigin(dynamic)));
expectType<ResponseBuilder<200, "none">>(respond().header("Access-Control-Allow-Credentials", "true"));
expectType<ResponseBuilder<200, "none">>(respond().header("Access-Control-Allow-Methods", "GET, PUT, DELETE"));
expectType<ResponseBuilder<200, "none">>(respond().header("Access-Control-Max-Age", "600"));
// @ts-expect-error a list of origins
respond().header("Access-Control-Allow-Origin", "https://a.example https://b.example");
// @ts-expect-error a dynamic origin
respond().header("Access-Control-Allow-Origin", dynamic);
// @ts-expect-error false is sent by leaving the header out
respond().header("Access-Control-Allow-Credentials", "false");
// @ts-expect-error not a method token
respond().header("Access-Control-Allow-Methods", "GET, PUT/DELETE");
// @ts-expect-error not seconds
respond().header("Access-Control-Max-Age", "10m");

// secure()
expectType<Preset>(secure());
expectType<ResponseBuilder<200, "none">>(respond().use(secure()));
expectType<Preset>(secure({ hsts: { maxAge: 63072000, includeSubDomains: true, preload: true }, frameOptions: "SAMEORIGIN", csp: false }));
expectType<Preset>(secure({ csp: { "default-src": ["'self'"], "img-src": ["'self'", "data:"] }, crossOriginEmbedderPolicy: "require-corp" }));
expectType<Preset>(secure({ permissionsPolicy: { camera: ["self"] }, referrerPolicy: "strict-origin-when-cross-origin" }));
expectType<ResponseBuilder<200, "none">>(respond().use(secure()).use(cors({ origin: "https://a.example" })));
// @ts-expect-error HSTS preload rules hold in secure() too
secure({ hsts: { maxAge: 600, includeSubDomains: true, preload: true } });
// @ts-expect-error CSP rules hold in secure() too
secure({ csp: { "default-src": ["self"] } });
// @ts-expect-error unknown CSP directive in secure()
secure({ csp: { "scirpt-src": ["'self'"] } });
// @ts-expect-error unknown feature in secure()
secure({ permissionsPolicy: { camra: [] } });
// @ts-expect-error token unions
secure({ frameOptions: "ALLOWALL" });
// @ts-expect-error noSniff can only be turned off
secure({ noSniff: true });

// Templates and dynamic lists are dynamic: they must go through a validator.

declare const names: string[];
// @ts-expect-error a template origin
cors({ origin: `https://${dynamic}` });
// @ts-expect-error a dynamic list of exposed headers
cors({ origin: "*", exposeHeaders: names });
expectType<Preset>(cors({ origin: "*", exposeHeaders: names.map((name) => headerName(name)) }));
expectType<ResponseBuilder<200, "none">>(respond().header("Access-Control-Allow-Methods", headerValue(dynamic)));
// @ts-expect-error a dynamic list of methods through header()
respond().header("Access-Control-Allow-Methods", dynamic);

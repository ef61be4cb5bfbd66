// Options objects are checked for unknown keys: a misspelled flag must not silently weaken a header.
import { expectType } from "tsd";
import { cors, respond, type Preset, type ResponseBuilder } from "../src/index.js";

expectType<ResponseBuilder<200, "none">>(respond().hsts({ maxAge: 31536000, includeSubDomains: true }));
expectType<Preset>(cors({ origin: "https://a.example", credentials: true, exposeHeaders: ["X-Id"] }));
expectType<ResponseBuilder<200, "none">>(respond().link("/a.css", { rel: "preload", as: "style" }));

// @ts-expect-error includeSubdomains is misspelled (includeSubDomains)
respond().hsts({ maxAge: 31536000, includeSubdomains: true });
// @ts-expect-error credential is misspelled (credentials)
cors({ origin: "https://a.example", credential: true });
// @ts-expect-error allowMethods belongs to preflight(), not cors()
cors({ origin: "https://a.example", allowMethods: ["PUT"] });
// @ts-expect-error hreflang is not a link() option
respond().link("/de", { rel: "alternate", hreflang: "de" });
// @ts-expect-error maxage is misspelled in preflight() too
respond().preflight(new Request("https://a.example"), { origin: "https://a.example", maxage: 600 });

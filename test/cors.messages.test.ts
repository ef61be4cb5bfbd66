// Compile errors users meet with cors(), preflight(), secure() and the CORS headers.
import { describe, expect, it } from "vitest";
import { typeErrors } from "./helpers/type-check.js";

const header = [
  `import { respond } from "typed-headers";`,
  `import { corsOrigin } from "../src/headers/cors.js";`,
  `import { cors } from "../src/presets/cors.js";`,
  `import { secure } from "../src/presets/secure.js";`,
  `declare const dynamic: string;`,
  `declare const request: Request;`,
  ``,
].join("\n");

const rows: Array<[string, string]> = [
  [`cors({ origin: "*", credentials: true });`, "credentials: true cannot go with origin '*' (browsers refuse it): name the origin"],
  [`cors({ origin: "https://app.example/" });`, "Invalid CORS origin: 'https://app.example/' is not an origin, and browsers compare origins exactly: drop the path (the trailing /)"],
  [`cors({ origin: "https://a.example, https://b.example" });`, "holds one origin, never a list"],
  [`cors({ origin: "https://*.example.com" });`, "never a pattern"],
  [`cors({ origin: dynamic });`, "pass corsOrigin(value)"],
  [`cors({ origin: "*", exposeHeaders: ["X Id"] });`, "Invalid exposeHeaders: header 'X Id' is not a token"],
  [`respond().preflight(request, { origin: "*", credentials: true });`, "cannot go with origin '*'"],
  [`respond().preflight(request, { origin: "*", maxAge: 1.5 });`, "maxAge must be a whole number of seconds, 0 or more, not 1.5"],
  [`respond().header("Access-Control-Allow-Credentials", "false");`, "delete the header instead of sending false"],
  [`secure({ hsts: { maxAge: 600, includeSubDomains: true, preload: true } });`, "HSTS preload needs maxAge >= 31536000 (one year), not 600"],
  [`secure({ csp: { "default-src": ["self"] } });`, "write 'self'"],
  [`secure({ frameOptions: "ALLOWALL" });`, "ALLOWALL"],
];

describe("CORS and preset compile errors", () => {
  it.each(rows)("%s", (snippet, fragment) => {
    expect(typeErrors(header + snippet).join("\n")).toContain(fragment);
  });

  it("valid code compiles", () => {
    const ok = `respond().use(secure()).use(cors({ origin: corsOrigin(dynamic), credentials: true })).json({ ok: true });\nrespond().preflight(request, { origin: ["https://a.example"], allowMethods: ["PUT"], maxAge: 600 });`;
    expect(typeErrors(header + ok)).toEqual([]);
  });
});

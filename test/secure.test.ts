// The secure() preset against the OWASP Secure Headers Project's recommended values (test/data), and its options.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { HeaderError, respond } from "../src/index.js";
import { parseCsp } from "../src/headers/content-security-policy.js";
import { secure } from "../src/presets/secure.js";

interface OwaspData {
  source: string;
  headers: Array<{ name: string; value: string }>;
}

const owasp = JSON.parse(readFileSync(new URL("./data/owasp-secure-headers.json", import.meta.url), "utf8")) as OwaspData;

// Where secure() knowingly differs from the OWASP file; each reason is documented in src/presets/secure.ts.
const NOT_SENT = new Set(["cache-control", "clear-site-data", "cross-origin-embedder-policy"]);

describe("secure() defaults", () => {
  const headers = respond().use(secure()).build().headers;

  it("the test data names its source", () => {
    expect(owasp.source).toMatch(/^OWASP Secure Headers Project, https:\/\/github\.com\/OWASP\/www-project-secure-headers\//u);
    expect(owasp.headers.length).toBeGreaterThanOrEqual(12);
  });

  it.each(owasp.headers.filter(({ name }) => !NOT_SENT.has(name.toLowerCase())).map(({ name, value }) => [name, value]))(
    "%s matches OWASP's %s",
    (name, value) => {
      const sent = headers.get(name);
      expect(sent).not.toBeNull();
      if (name === "Content-Security-Policy") {
        // Same directives, plus base-uri 'self', minus the deprecated block-all-mixed-content.
        const expected = parseCsp(value) as Record<string, unknown>;
        delete expected["block-all-mixed-content"];
        expect(parseCsp(sent ?? "")).toEqual({ ...expected, "base-uri": ["'self'"] });
      } else if (name === "X-Frame-Options") {
        expect(sent?.toLowerCase()).toBe(value.toLowerCase());
      } else {
        expect(sent).toBe(value);
      }
    },
  );

  it("sends the issue's CSP exactly", () => {
    expect(headers.get("content-security-policy")).toBe(
      "default-src 'self'; form-action 'self'; base-uri 'self'; object-src 'none'; frame-ancestors 'none'; upgrade-insecure-requests",
    );
  });

  it("leaves out what the OWASP file sets but a preset should not", () => {
    for (const name of NOT_SENT) expect(headers.get(name)).toBeNull();
  });
});

describe("secure() options", () => {
  it("overrides each header", () => {
    const headers = respond()
      .use(
        secure({
          hsts: { maxAge: 63072000, includeSubDomains: true, preload: true },
          csp: { "default-src": ["'self'"], "img-src": ["'self'", "data:"] },
          permissionsPolicy: { camera: ["self"] },
          referrerPolicy: "strict-origin-when-cross-origin",
          frameOptions: "SAMEORIGIN",
          crossOriginOpenerPolicy: "same-origin-allow-popups",
          crossOriginResourcePolicy: "same-site",
          crossOriginEmbedderPolicy: "require-corp",
          permittedCrossDomainPolicies: "master-only",
        }),
      )
      .build().headers;
    expect(headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains; preload");
    expect(headers.get("content-security-policy")).toBe("default-src 'self'; img-src 'self' data:");
    expect(headers.get("permissions-policy")).toBe("camera=(self)");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    expect(headers.get("x-frame-options")).toBe("SAMEORIGIN");
    expect(headers.get("cross-origin-opener-policy")).toBe("same-origin-allow-popups");
    expect(headers.get("cross-origin-resource-policy")).toBe("same-site");
    expect(headers.get("cross-origin-embedder-policy")).toBe("require-corp");
    expect(headers.get("x-permitted-cross-domain-policies")).toBe("master-only");
  });

  it("turns each header off with false", () => {
    const off = secure({
      hsts: false,
      csp: false,
      permissionsPolicy: false,
      referrerPolicy: false,
      frameOptions: false,
      noSniff: false,
      crossOriginOpenerPolicy: false,
      crossOriginResourcePolicy: false,
      permittedCrossDomainPolicies: false,
    });
    expect(respond().use(off).entries()).toEqual([]);
  });

  it("checks the options when the preset is made", () => {
    const loose = secure as unknown as (options: unknown) => unknown;
    const cases: Array<[unknown, RegExp]> = [
      [{ hsts: { maxAge: 600, includeSubDomains: true, preload: true } }, /preload needs max-age=31536000/u],
      [{ csp: { "default-src": ["self"] } }, /write 'self'/u],
      [{ csp: { "scirpt-src": ["'self'"] } }, /did you mean script-src/u],
      [{ permissionsPolicy: { camera: ["'self'"] } }, /write self without quotes/u],
      [{ frameOptions: "ALLOWALL" }, /expected 'DENY', 'SAMEORIGIN'/u],
      [{ crossOriginEmbedderPolicy: "same-origin" }, /expected 'require-corp'/u],
    ];
    for (const [options, reason] of cases) {
      let caught: unknown;
      try {
        loose(options);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(HeaderError);
      expect((caught as HeaderError).reason).toMatch(reason);
    }
    expect(() => loose({ noSniff: true })).toThrow(/noSniff is false or left out/u);
    // null is a wrong value, not "use the default".
    for (const key of ["hsts", "csp", "permissionsPolicy", "frameOptions", "crossOriginEmbedderPolicy", "noSniff"]) {
      expect(() => loose({ [key]: null })).toThrow(TypeError);
    }
  });

  it("reads the options once, when secure() is called: changing the object afterwards changes nothing", () => {
    const options: { noSniff?: false; frameOptions?: "DENY" | "SAMEORIGIN" } = {};
    const preset = secure(options);
    options.noSniff = false;
    options.frameOptions = "SAMEORIGIN";
    const headers = respond().use(preset).headers();
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("x-frame-options")).toBe("DENY");
  });

  it("composes with other presets and keeps the builder immutable", () => {
    const base = respond();
    const page = base.use(secure());
    expect(base.entries()).toEqual([]);
    expect(page.use(secure({ frameOptions: "SAMEORIGIN" })).headers().get("x-frame-options")).toBe("SAMEORIGIN");
    expect(page.headers().get("x-frame-options")).toBe("DENY");
  });
});

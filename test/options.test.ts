import { describe, expect, it } from "vitest";
import { cors, respond } from "../src/index.js";
import { reasonOf } from "./helpers/errors.js";
import { typeErrors } from "./helpers/type-check.js";

const loose = (value: unknown): never => value as never;

describe("unknown options are refused, never dropped", () => {
  it("hsts()", () => {
    expect(reasonOf(() => respond().hsts(loose({ maxAge: 31536000, includeSubdomains: true })))).toBe(
      "unknown option 'includeSubdomains': did you mean 'includeSubDomains'?",
    );
  });

  it("cors()", () => {
    expect(reasonOf(() => respond().use(cors(loose({ origin: "https://a.example", credential: true }))))).toContain(
      "unknown option 'credential'",
    );
    expect(reasonOf(() => cors(loose({ origin: "https://a.example", maxAge: 600 })))).toContain("unknown option 'maxAge'");
  });

  it("preflight()", () => {
    const request = new Request("https://api.example/", { method: "OPTIONS", headers: { Origin: "https://a.example" } });
    expect(reasonOf(() => respond().preflight(request, loose({ origin: "https://a.example", maxage: 600 })))).toBe(
      "unknown option 'maxage': did you mean 'maxAge'?",
    );
  });

  it("link()", () => {
    expect(reasonOf(() => respond().link("/de", loose({ rel: "alternate", hreflang: "de" })))).toContain(
      "unknown option 'hreflang'",
    );
  });

  it("the compile error names the key and the fix", () => {
    const errors = typeErrors(
      `import { respond } from "typed-headers";\nrespond().hsts({ maxAge: 31536000, includeSubdomains: true });`,
    ).join("\n");
    expect(errors).toContain("Unknown option 'includeSubdomains': did you mean 'includeSubDomains'?");
  });
});

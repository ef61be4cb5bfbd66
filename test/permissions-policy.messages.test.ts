// Compile errors and completions users meet with permissionsPolicy() and header("Permissions-Policy").
import { describe, expect, it } from "vitest";
import { completionsAt, typeErrors } from "./helpers/type-check.js";

const header = `import { respond } from "typed-headers";\nimport { feature } from "../src/headers/permissions-policy.js";\ndeclare const dynamic: string;\n`;

const rows: Array<[string, string]> = [
  [`respond().permissionsPolicy({ camra: [] });`, "Unknown Permissions-Policy feature 'camra': did you mean camera, captured-surface-control? For a feature newer than this list, use [feature('name')]"],
  [`respond().permissionsPolicy({ camera: ["'self'"] });`, "Invalid Permissions-Policy camera: write self without quotes: Permissions-Policy is not CSP"],
  [`respond().permissionsPolicy({ camera: ["none"] });`, "use an empty list [] to allow a feature to no one"],
  [`respond().permissionsPolicy({ camera: ["*", "self"] });`, "* allows everyone and must stand alone"],
  [`respond().permissionsPolicy({ camera: ["https://a.example/"] });`, "is not an origin: drop the path (and the trailing /)"],
  [`respond().permissionsPolicy({ camera: [dynamic] });`, "a dynamic origin must be checked first"],
  [`respond().header("Permissions-Policy", "camra=()");`, "Invalid Permissions-Policy 'camra=()': unknown feature 'camra'"],
  [`respond().header("Permissions-Policy", "camera");`, "'camera' needs an allowlist"],
  [`respond().header("Permissions-Policy", 'camera=("self")');`, "write self without double quotes"],
];

describe("Permissions-Policy compile errors", () => {
  it.each(rows)("%s", (snippet, fragment) => {
    expect(typeErrors(header + snippet).join("\n")).toContain(fragment);
  });

  it("valid code compiles, with the feature() escape hatch", () => {
    const ok = `respond().permissionsPolicy({ camera: [], geolocation: ["self", "https://maps.example"], [feature("new-sensor")]: [] }).build();`;
    expect(typeErrors(header + ok)).toEqual([]);
  });
});

describe("Permissions-Policy completions", () => {
  it("permissionsPolicy({ \" offers the feature names and no error text", () => {
    const entries = completionsAt(header + `respond().permissionsPolicy({ "|" });`);
    expect(entries).toEqual(expect.arrayContaining(["camera", "geolocation", "microphone", "fullscreen", "payment"]));
    expect(entries.some((entry) => /invalid|error|must|unknown/iu.test(entry))).toBe(false);
  });

  it("an allowlist offers self and *", () => {
    expect(completionsAt(header + `respond().permissionsPolicy({ camera: ["|"] });`)).toEqual(expect.arrayContaining(["self", "*"]));
  });
});

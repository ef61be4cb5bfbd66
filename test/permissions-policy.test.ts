// Run-time rules of Permissions-Policy, and its output read back by the structured-headers parser (RFC 8941).
import { describe, expect, it } from "vitest";
import { parseDictionary, Token, type Dictionary } from "structured-headers";
import { HeaderError, respond } from "../src/index.js";
import {
  feature,
  parsePermissionsPolicy,
  permissionsPolicyValue,
  serializePermissionsPolicy,
  type PermissionsPolicyInit,
} from "../src/headers/permissions-policy.js";
import { headerError } from "./helpers/errors.js";

const loose = respond() as unknown as { permissionsPolicy(policy: unknown): { build(): Response } };

/** Reads a structured-headers dictionary back to feature → allowlist strings. */
function viaStructuredHeaders(value: string): Record<string, string[]> {
  const dictionary: Dictionary = parseDictionary(value);
  const out: Record<string, string[]> = {};
  for (const [name, [item]] of dictionary) {
    const items = Array.isArray(item) ? item.map(([bare]) => bare) : [item];
    out[name] = items.map((bare) => {
      if (bare instanceof Token) return bare.toString();
      if (typeof bare === "string") return bare;
      throw new Error(`unexpected item ${String(bare)}`);
    });
  }
  return out;
}

const policies: PermissionsPolicyInit[] = [
  { camera: [] },
  { camera: [], microphone: [], geolocation: ["self", "https://a.example"] },
  { fullscreen: ["*"], payment: ["https://*.pay.example", "https://b.example:8443", "self"] },
  { "ch-ua-platform-version": ["self"], "xr-spatial-tracking": ["http://[::1]:8080"] },
];

describe("permissionsPolicy()", () => {
  it("writes an RFC 8941 dictionary: () for no one, tokens for self and *, strings for origins", () => {
    const res = respond().permissionsPolicy({ camera: [], geolocation: ["self", "https://a.example"], fullscreen: ["*"] }).build();
    expect(res.headers.get("permissions-policy")).toBe('camera=(), geolocation=(self "https://a.example"), fullscreen=*');
  });

  it.each(policies)("parses back with structured-headers and parsePermissionsPolicy: %j", (policy) => {
    const value = serializePermissionsPolicy(policy);
    expect(viaStructuredHeaders(value)).toEqual(policy);
    expect(parsePermissionsPolicy(value)).toEqual(policy);
    // A widened PermissionsPolicyInit is dynamic for the types (test-d covers that); the run time is tested here.
    expect(respond().permissionsPolicy(policy as never).build().headers.get("permissions-policy")).toBe(value);
  });

  it("accepts a newer feature through feature()", () => {
    const value = respond().permissionsPolicy({ camera: [], [feature("new-sensor")]: ["self"] }).build().headers.get("permissions-policy");
    expect(value).toBe("camera=(), new-sensor=(self)");
    expect(viaStructuredHeaders(value ?? "")).toEqual({ camera: [], "new-sensor": ["self"] });
    expect(headerError(() => feature("New Sensor")).reason).toMatch(/is not a feature name/u);
    expect(headerError(() => feature("1st")).reason).toMatch(/starting with a letter/u);
  });

  const refused: Array<[string, unknown, RegExp]> = [
    ["quoted self", { camera: ["'self'"] }, /write self without quotes/u],
    ["'none'", { camera: ["'none'"] }, /use an empty list \[\]/u],
    ["src", { camera: ["src"] }, /iframe allow attribute/u],
    ["* with others", { camera: ["*", "self"] }, /camera: \* must stand alone/u],
    ["an origin with a path", { camera: ["https://a.example/"] }, /drop the path \(the trailing \/\)/u],
    ["a host without scheme", { camera: ["a.example"] }, /is not self, \* or an origin/u],
    ["a quote in an origin", { camera: ['https://a"b.example'] }, /no valid scheme or host/u],
    ["a backslash in an origin", { camera: ["https://a\\b.example"] }, /no valid scheme or host/u],
    ["CR LF in an origin", { camera: ["https://a.example\r\nX: y"] }, /no valid scheme or host/u],
    ["an upper-case feature", { Camera: [] }, /is not a feature name/u],
    ["a non-array allowlist", { camera: "self" }, /expected an array/u],
    ["an empty policy", {}, /^an empty policy: give at least one feature, e\.g\. \{ camera: \[\] \}$/u],
    ["not an object", "camera=()", /expected an object keyed by feature name/u],
  ];

  it.each(refused)("refuses %s", (_, policy, reason) => {
    const error = headerError(() => loose.permissionsPolicy(policy));
    expect(error.header).toBe("Permissions-Policy");
    expect(error.reason).toMatch(reason);
  });
});

describe("header('Permissions-Policy') and permissionsPolicyValue()", () => {
  it("accepts dictionaries unchanged", () => {
    for (const value of ['camera=(), geolocation=(self "https://a.example"), fullscreen=*', "camera=()", "geolocation=self", "usb=(  self  )"]) {
      expect(respond().header("Permissions-Policy", permissionsPolicyValue(value)).build().headers.get("permissions-policy")).toBe(value);
      expect(() => parseDictionary(value)).not.toThrow();
    }
  });

  const refused: Array<[string, RegExp]> = [
    ["camera", /expected feature=allowlist/u],
    ["camera=(self https://a.example)", /expected feature=allowlist/u],
    ["camera=(),", /expected feature=allowlist/u],
    ['camera=("self")', /expected feature=allowlist/u],
    ["camera=(\"'self'\")", /write self without quotes/u],
    ['camera=(* self)', /must stand alone/u],
    ['camera=("https://a.example/x")', /drop the path/u],
    ["camera=()\r\nX: y", /CR or LF/u],
    ["", /expected feature=allowlist/u],
  ];

  it.each(refused)("refuses %j", (value, reason) => {
    expect(headerError(() => permissionsPolicyValue(value)).reason).toMatch(reason);
    expect(headerError(() => respond().header("Permissions-Policy", value as never)).reason).toMatch(reason);
  });

  it("parsePermissionsPolicy refuses what is not a dictionary of allowlists", () => {
    expect(parsePermissionsPolicy("camera=(self")).toBeUndefined();
    expect(parsePermissionsPolicy('camera=("a\\"b")')).toBeUndefined();
    expect(parsePermissionsPolicy("camera=(selfself)")).toBeUndefined();
    expect(parsePermissionsPolicy("camera=1")).toBeUndefined();
  });
});

// Properties of serializePermissionsPolicy(), a structured-field dictionary, read back by the
// structured-headers package (an RFC 8941/9651 parser written by others) and by the platform's Headers.
import { fc, test } from "@fast-check/vitest";
import { parseDictionary, Token } from "structured-headers";
import { describe, expect, it } from "vitest";
import {
  parsePermissionsPolicy,
  serializePermissionsPolicy,
  type PermissionsPolicyInit,
} from "../../src/headers/permissions-policy.js";
import { assertSafeField, RUNS, Tally } from "./arbitraries.js";

const feature = fc.constantFrom("camera", "microphone", "geolocation", "fullscreen", "payment", "usb", "Camera", "bad feature", "x");
const member = fc.oneof(
  fc.constantFrom("self", "*", "https://maps.example", "https://a.example:8443", "http://localhost:3000"),
  fc.constantFrom("'self'", "none", "https://a.example/path", "https://ü.example", "a\"b", "", "https://a.example\\"),
);
const policy = fc.dictionary(feature, fc.array(member, { maxLength: 3 }), { minKeys: 1, maxKeys: 3 }) as fc.Arbitrary<PermissionsPolicyInit>;

/** structured-headers' dictionary as plain data: feature → list of `self`/`*` tokens and origin strings. */
function theirReading(value: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, [item]] of parseDictionary(value)) {
    const items = Array.isArray(item) ? item.map(([inner]) => inner) : [item];
    out[name] = items.map((inner) => (inner instanceof Token ? inner.toString() : String(inner)));
  }
  return out;
}

describe("serializePermissionsPolicy(policy)", () => {
  const tally = new Tally();
  test.prop([policy], { numRuns: RUNS })("throws HeaderError or writes a dictionary structured-headers reads back to the policy", (value) => {
    const written = tally.run(() => serializePermissionsPolicy(value));
    if (written === undefined) return;
    assertSafeField("permissions-policy", written);
    const expected = Object.fromEntries(Object.entries(value).map(([name, list]) => [name, [...(list as readonly string[])]]));
    expect(theirReading(written)).toEqual(expected);
    expect(parsePermissionsPolicy(written)).toEqual(expected);
  });
  it("was exercised on both sides", () => tally.assertExercised());
});

// CDN-Cache-Control (RFC 9213) is a Structured Field Dictionary: the library validates and parses it
// with Cache-Control's rules plus the structured-field ones. The httpwg structured-field-tests
// (test/data/vectors/structured-field-tests) check that it never accepts what a structured-field parser
// must refuse, and that integers and dictionaries it accepts read as the vectors say.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cdnCacheControl, parseCdnCacheControl } from "../../src/headers/cdn-cache-control.js";
import { HeaderError } from "../../src/errors.js";
import { parsePermissionsPolicy, permissionsPolicyValue } from "../../src/headers/permissions-policy.js";

interface SfVector {
  name: string;
  raw: string[];
  header_type: "item" | "list" | "dictionary";
  expected?: unknown;
  must_fail?: boolean;
  can_fail?: boolean;
}

function load(file: string): SfVector[] {
  return JSON.parse(readFileSync(new URL(`../data/vectors/structured-field-tests/${file}`, import.meta.url), "utf8")) as SfVector[];
}

function accepts(value: string): boolean {
  try {
    cdnCacheControl(value);
    return true;
  } catch (error) {
    expect(error).toBeInstanceOf(HeaderError);
    return false;
  }
}

const dictionaries = ["dictionary.json", "param-dict.json", "key-generated.json"].flatMap(load).filter((vector) => vector.header_type === "dictionary");
const integers = ["number.json", "number-generated.json"].flatMap(load).filter((vector) => vector.header_type === "item");
const strings = load("string.json").filter((vector) => vector.header_type === "item");

describe("structured-field-tests against CDN-Cache-Control", () => {
  it("refuses every dictionary a structured-field parser must refuse", () => {
    const mustFail = dictionaries.filter((vector) => vector.must_fail === true);
    expect(mustFail.length).toBeGreaterThan(100);
    const accepted = mustFail.filter((vector) => accepts(vector.raw.join(", "))).map((vector) => vector.name);
    expect(accepted).toEqual([]);
    console.log(`structured-field-tests: CDN-Cache-Control refuses ${mustFail.length} of ${mustFail.length} must-fail dictionaries`);
  });

  it("reads max-age=<integer> as the vectors do, and refuses every integer a parser must refuse", () => {
    let agreed = 0;
    let ages = 0;
    for (const vector of integers) {
      const value = `max-age=${vector.raw.join(", ")}`;
      const accepted = accepts(value);
      const expected = vector.expected as [unknown, unknown[]] | undefined;
      const number = expected?.[0];
      // delta-seconds is digits only: decimals and negatives (even -0) are valid Items but not ages.
      const isAge = vector.must_fail !== true && typeof number === "number" && /^[0-9]+$/u.test(vector.raw.join(", "));
      expect(accepted, `${vector.name}: ${value}`).toBe(isAge);
      if (isAge) {
        ages++;
        expect(parseCdnCacheControl(value)?.maxAge, vector.name).toBe(number);
      }
      agreed++;
    }
    expect(agreed).toBe(integers.length);
    expect(ages).toBeGreaterThan(10);
    console.log(`structured-field-tests: max-age agrees with ${agreed} of ${integers.length} integer vectors (${ages} of them ages)`);
  });

  it("refuses every string a structured-field parser must refuse, as a private field-name list", () => {
    const mustFail = strings.filter((vector) => vector.must_fail === true);
    expect(mustFail.length).toBeGreaterThan(3);
    const accepted = mustFail.filter((vector) => accepts(`private=${vector.raw.join(", ")}`)).map((vector) => vector.name);
    expect(accepted).toEqual([]);
  });

  it("Permissions-Policy refuses and will not parse any dictionary a structured-field parser must refuse", () => {
    const mustFail = dictionaries.filter((vector) => vector.must_fail === true);
    const accepted: string[] = [];
    for (const vector of mustFail) {
      const value = vector.raw.join(", ");
      expect(parsePermissionsPolicy(value), vector.name).toBeUndefined();
      try {
        permissionsPolicyValue(value);
        accepted.push(vector.name);
      } catch (error) {
        expect(error).toBeInstanceOf(HeaderError);
      }
    }
    expect(accepted).toEqual([]);
    console.log(`structured-field-tests: Permissions-Policy refuses ${mustFail.length} of ${mustFail.length} must-fail dictionaries`);
  });
});

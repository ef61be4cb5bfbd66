// cookie() must send, for every call, what checkSetCookie() sends for that call's input, or throw the same
// HeaderError, whatever came before and whatever a caller does to an options object between calls. A
// guard for any remembering of checks in src/methods/cookies.ts (tried: a repeated cookie 170 -> 27 ns,
// but 360-460 B min+gzip, over the size budget), and for the builder's key handling.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HeaderError, respond } from "../src/index.js";
import { checkSetCookie } from "../src/headers/set-cookie.js";
import { reasonOf } from "./helpers/errors.js";

type Outcome = { field: string } | { error: string; reason: string };

function outcome(run: () => string): Outcome {
  try {
    return { field: run() };
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
    return { error: (error as Error).constructor.name, reason: error instanceof HeaderError ? error.reason : (error as Error).message };
  }
}

function sent(name: unknown, value: unknown, options: unknown): string {
  const lines = (respond() as any).cookie(name, value, options).entries();
  expect(lines).toHaveLength(1);
  expect(lines[0][0]).toBe("set-cookie");
  return lines[0][1];
}

const NAMES: unknown[] = ["a", "theme", "__Host-id", "__Secure-x", "__Http-y", "bad name", "", 7];
const VALUES: unknown[] = ["1", "dark", "x y", '"q"', "", undefined];
// Each call gets a fresh object made by one of these, as a handler's literal would be.
const OPTIONS: Array<() => unknown> = [
  () => undefined,
  () => ({}),
  () => ({ path: "/" }),
  () => ({ path: "/", secure: true }),
  () => ({ path: "/", secure: true, httpOnly: true }),
  () => ({ sameSite: "None" }),
  () => ({ sameSite: "none", secure: true }),
  () => ({ maxAge: 60 }),
  () => ({ maxAge: -1 }),
  () => ({ maxAge: 60.5 }),
  () => ({ maxAge: "60" }),
  () => ({ maxAge: Number.NaN }),
  () => ({ domain: undefined, path: "/" }),
  () => ({ domain: "example.com" }),
  () => ({ domain: ".example.com" }),
  () => ({ bogus: 1 }),
  () => ({ bogus: undefined }),
  () => ({ expires: new Date(Date.now() + 60_000) }),
  () => ({ secure: true, partitioned: true }),
  () => ({ partitioned: true }),
  () => ({ priority: "high" }),
  () => ({ httpOnly: "yes" }),
  () => ({ path: { toString: () => "/" } }),
  () => Object.assign(Object.create({ secure: true }) as object, { path: "/" }),
  () => Object.create({ sameSite: "None" }) as object,
  () => [],
  () => null,
  () => "path=/",
];

describe("cookie() sends what checkSetCookie() sends", () => {
  // Wide: any name and value; narrow: one name and value, so that options follow each other on one entry.
  it.each([
    ["any name and value", NAMES, VALUES],
    ["one name and value", ["a"], ["1"]],
  ])("sends, for every call of any sequence (%s), what checkSetCookie() sends for that call", (_, names, values) => {
    const call = fc.tuple(
      fc.nat({ max: names.length - 1 }),
      fc.nat({ max: values.length - 1 }),
      fc.nat({ max: OPTIONS.length - 1 }),
    );
    fc.assert(
      fc.property(fc.array(call, { maxLength: 40 }), (calls) => {
        for (const [n, v, o] of calls) {
          const name = names[n];
          const value = values[v];
          const want = outcome(() => checkSetCookie(name as string, value as string, OPTIONS[o]!() as never).field);
          expect(outcome(() => sent(name, value, OPTIONS[o]!()))).toEqual(want);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("checks an options object again after it changes", () => {
    const options: Record<string, unknown> = { path: "/" };
    for (let i = 0; i < 3; i++) expect(sent("pref", "1", options)).toBe("pref=1; Path=/");
    options["sameSite"] = "None";
    expect(reasonOf(() => sent("pref", "1", options))).toMatch(/needs secure: true/u);
    options["secure"] = true;
    expect(sent("pref", "1", options)).toBe("pref=1; Path=/; Secure; SameSite=None");
    options["bogus"] = true;
    expect(reasonOf(() => sent("pref", "1", options))).toMatch(/unknown option 'bogus' \(known: maxAge, expires/u);
    delete options["bogus"];
    options["expires"] = new Date(Date.now() + 1000 * 60 * 60 * 24 * 500);
    expect(reasonOf(() => sent("pref", "1", options))).toMatch(/over 400 days ahead/u);
  });

  it("checks an inherited option after the prototype changes", () => {
    const proto: Record<string, unknown> = {};
    const options = Object.create(proto) as Record<string, unknown>;
    for (let i = 0; i < 3; i++) expect(sent("inherit", "1", options)).toBe("inherit=1");
    proto["sameSite"] = "None";
    expect(reasonOf(() => sent("inherit", "1", options))).toMatch(/needs secure: true/u);
  });

  it("sends what a getter returned for this call, and refuses it when it turns invalid", () => {
    let reads = 0;
    const options = {
      get path(): string {
        reads++;
        return reads <= 4 ? "/" : "no-slash";
      },
    };
    expect(sent("getter", "1", options)).toBe("getter=1; Path=/");
    expect(sent("getter", "1", options)).toBe("getter=1; Path=/");
    expect(() => {
      for (let i = 0; i < 4; i++) sent("getter", "1", options);
    }).toThrow(HeaderError);
  });

  it("a remembered cookie still replaces an earlier one of the same name, path and domain", () => {
    for (let i = 0; i < 3; i++) {
      const res = respond().cookie("id", "1", { path: "/" }).cookie("id", "2", { path: "/" }).cookie("id", "3", { path: "/a" }).build();
      expect(res.headers.getSetCookie()).toEqual(["id=2; Path=/", "id=3; Path=/a"]);
    }
  });
});

import { describe, expect, it } from "vitest";
import { memoize } from "../src/internal/core.js";

describe("memoize()", () => {
  it("calls the check once per accepted value, and every time for refused ones", () => {
    let calls = 0;
    const check = memoize((value) => {
      calls++;
      if (value === "bad") throw new TypeError("bad");
      return value;
    }, 2);
    expect(check("a")).toBe("a");
    expect(check("a")).toBe("a");
    expect(calls).toBe(1);
    expect(() => check("bad")).toThrow(TypeError);
    expect(() => check("bad")).toThrow(TypeError);
    expect(calls).toBe(3);
    check("b");
    check("c"); // over the limit of 2: starts over
    check("a");
    expect(calls).toBe(6);
  });
});

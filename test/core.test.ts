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

describe("the remembered field list", () => {
  it("entries() hands out copies: changing them changes neither the builder nor later responses", async () => {
    const { respond } = await import("../src/index.js");
    const template = respond().header("X-A", "1").append("Vary", "Origin");
    const first = template.entries();
    first[0]![1] = "changed\r\nInjected: 1";
    first.push(["x-extra", "1"]);
    expect(template.entries()).toEqual([["x-a", "1"], ["vary", "Origin"]]);
    expect([...template.build().headers]).toEqual([["vary", "Origin"], ["x-a", "1"]]);
    expect(template.headers().get("x-a")).toBe("1");
  });

  it("a template's derived builders each work out their own list", async () => {
    const { respond } = await import("../src/index.js");
    const template = respond().header("X-A", "1");
    template.build();
    expect(template.header("X-A", "2").entries()).toEqual([["x-a", "2"]]);
    expect(template.delete("X-A").entries()).toEqual([]);
    expect(template.entries()).toEqual([["x-a", "1"]]);
  });
});

import { describe, expect, it } from "vitest";
import { HeaderError, headerName, headerValue, respond } from "../src/index.js";

describe("headerName()", () => {
  it.each(["X-Request-Id", "content-type", "!#$%&'*+-.^_`|~09azAZ"])("brands the token %j unchanged", (name) => {
    expect(headerName(name)).toBe(name);
  });

  it.each(["", "X A", "X-A:", "X\u00e9", "X\nA", "Set-Cookie", "SET-COOKIE", 42])("refuses %j", (name) => {
    expect(() => headerName(name as string)).toThrow(HeaderError);
  });

  it("a branded name works in the builder", () => {
    const name = headerName(["X", "Trace"].join("-"));
    expect(respond().header(name, "1").build().headers.get("x-trace")).toBe("1");
  });
});

describe("headerValue()", () => {
  it.each(["", "abc", "a b", "a\tb", "caf\u00e9", "\u00ff"])("brands %j unchanged", (value) => {
    expect(headerValue(value)).toBe(value);
  });

  it.each([
    ["a\nb", "CR or LF"],
    ["a\rb", "CR or LF"],
    ["a\0b", "NUL"],
    ["a\x1bb", "control character"],
    ["\u0100", "above U+00FF"],
    [" a", "whitespace"],
    ["a\t", "whitespace"],
  ])("refuses %j (%s)", (value, reason) => {
    try {
      headerValue(value);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HeaderError);
      expect((error as HeaderError).reason).toContain(reason);
    }
  });

  it("every accepted value goes into a real Headers object unchanged", () => {
    for (let code = 0; code <= 0x1ff; code++) {
      const value = `a${String.fromCharCode(code)}b`;
      let accepted: string | undefined;
      try {
        accepted = headerValue(value);
      } catch (error) {
        expect(error).toBeInstanceOf(HeaderError);
      }
      if (accepted !== undefined) {
        const headers = new Headers([["x-a", accepted]]);
        expect(headers.get("x-a"), `U+${code.toString(16)}`).toBe(value);
      } else {
        expect(code === 9 || (code >= 0x20 && code !== 0x7f && code <= 0xff), `U+${code.toString(16)}`).toBe(false);
      }
    }
  });
});

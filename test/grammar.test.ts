import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { trimEndOws, trimOws } from "../src/internal/grammar.js";

describe("trimOws() and trimEndOws()", () => {
  it.each([
    ["", ""],
    ["a", "a"],
    [" \ta b\t ", "a b"],
    ["   ", ""],
    ["\na\r", "\na\r"],
  ])("trimOws(%j) is %j", (input, output) => {
    expect(trimOws(input)).toBe(output);
  });

  it("takes other characters when asked", () => {
    expect(trimOws("\r\n a \n", " \t\n\r")).toBe("a");
  });

  it("trimEndOws keeps the start", () => {
    expect(trimEndOws("  a \t")).toBe("  a");
    expect(trimEndOws("a")).toBe("a");
  });

  it("handles a long run of spaces before another character, the input that made the old regex quadratic", () => {
    const input = `a${" ".repeat(200_000)}b`;
    expect(trimOws(input)).toBe(input);
    expect(trimOws(`${" ".repeat(200_000)}x${" ".repeat(200_000)}`)).toBe("x");
  });
});

describe("no quadratic whitespace trimming in src", () => {
  // `/[\t ]+$/` and `/^[\t ]+|[\t ]+$/g` backtrack quadratically on a long run of spaces followed by
  // another character (a review measured 3 s for 64,000 spaces); request headers reach these parsers.
  it("no regex ends in a whitespace class with + or * before $ unless anchored at the start", () => {
    const root = path.resolve(import.meta.dirname, "../src");
    const files = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".ts"));
    const offenders: string[] = [];
    for (const file of files) {
      const text = readFileSync(path.join(root, file), "utf8");
      for (const match of text.matchAll(/\/(?!\^)[^/\n]*\[(?:\\t|\\s| |\\n|\\r)+[^\]]*\][+*]\$\/[a-z]*/gu)) {
        offenders.push(`${file}: ${match[0]}`);
      }
      for (const match of text.matchAll(/\|\[(?:\\t|\\s| |\\n|\\r)+[^\]]*\][+*]\$\/[a-z]*/gu)) {
        offenders.push(`${file}: ${match[0]}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

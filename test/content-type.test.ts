import { describe, expect, it } from "vitest";
import { HeaderError, isJsonMediaType, mediaType, parseMediaType, respond, serializeMediaType } from "../src/index.js";


describe("mediaType()", () => {
  it.each([
    "text/plain",
    "text/plain; charset=utf-8",
    "TEXT/HTML;charset=UTF-8",
    'text/plain; charset="utf-8"',
    'text/plain; x="a;b\\"c"',
    "multipart/form-data; boundary=----abc",
    "application/vnd.example+json; version=2",
    "application/x-www-form-urlencoded",
    "image/svg+xml",
    "text/plain ; charset=utf-8",
    "text/plain;;charset=utf-8",
  ])("accepts %j unchanged", (value) => {
    expect(mediaType(value)).toBe(value);
    expect(respond().contentType(mediaType(value)).build().headers.get("content-type")).toBe(value);
  });

  it.each([
    ["textplain", "expected type/subtype"],
    ["", "expected type/subtype"],
    ["txt/plain", "not a top-level media type"],
    ["text/", "not a restricted name"],
    ["/plain", "not a restricted name"],
    ["text/-plain", "not a restricted name"],
    ["multipart/form-data", "boundary"],
    ["text/plain; charset=utf-8; CHARSET=latin1", "appears twice"],
    ["text/plain; charset", "needs a value"],
    ["text/plain; charset=utf 8", "token or a quoted string"],
    ['text/plain; x="abc', "no closing quote"],
    ["application/vnd.example+jsonn", "structured syntax suffix"],
    ["text/plain\r\nX-Injected: 1", "CR or LF"],
    [" text/plain", "starts or ends with whitespace"],
    ["text/plain x", "not a restricted name"],
    ["text/plain; =x", "not a token"],
  ])("refuses %j (%s)", (value, reason) => {
    let caught: unknown;
    try {
      mediaType(value);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(HeaderError);
    expect((caught as HeaderError).header).toBe("Content-Type");
    expect((caught as HeaderError).reason).toContain(reason);
  });

  it("refuses non-strings with HeaderError", () => {
    expect(() => mediaType(42 as never)).toThrow(HeaderError);
  });

  it("the builder checks contentType() at run time too", () => {
    expect(() => respond().contentType("text/plain; x=\u0001" as never)).toThrow(HeaderError);
  });
});

describe("parseMediaType() and serializeMediaType()", () => {
  it("parses type, subtype, suffix and parameters", () => {
    expect(parseMediaType('Application/LD+JSON; Charset=UTF-8; profile="a b"')).toEqual({
      type: "application",
      subtype: "ld+json",
      suffix: "json",
      parameters: { charset: "UTF-8", profile: "a b" },
    });
  });

  it("returns undefined without type/subtype", () => {
    expect(parseMediaType("json")).toBeUndefined();
    expect(parseMediaType(";a/b")).toBeUndefined();
  });

  it("serializes, quoting values that are not tokens", () => {
    expect(serializeMediaType({ type: "text", subtype: "plain", parameters: { charset: "utf-8" } })).toBe(
      "text/plain; charset=utf-8",
    );
    expect(serializeMediaType({ type: "multipart", subtype: "mixed", parameters: { boundary: 'a "b" \\c' } })).toBe(
      'multipart/mixed; boundary="a \\"b\\" \\\\c"',
    );
  });

  it("round-trips", () => {
    const samples = [
      { type: "text", subtype: "html", parameters: { charset: "utf-8" } },
      { type: "application", subtype: "problem+json", suffix: "json", parameters: {} },
      { type: "multipart", subtype: "form-data", parameters: { boundary: "x y;z" } },
    ];
    for (const sample of samples) expect(parseMediaType(serializeMediaType(sample))).toEqual(sample);
  });

  it("serialize refuses what it cannot write", () => {
    expect(() => serializeMediaType({ type: "text", subtype: "plain", parameters: { x: "a\nb" } })).toThrow(HeaderError);
    expect(() => serializeMediaType({ type: "nope", subtype: "plain", parameters: {} })).toThrow(HeaderError);
  });
});

describe("isJsonMediaType()", () => {
  it.each([
    ["application/json", true],
    ["application/json; charset=utf-8", true],
    ["Application/JSON", true],
    ["application/problem+json", true],
    ["application/vnd.api+json;v=1", true],
    ["application/jsonx", false],
    ["text/json", false],
    ["text/html", false],
    ["application/json-seq", false],
  ])("%s → %s", (value, expected) => {
    expect(isJsonMediaType(value)).toBe(expected);
  });
});

describe("the generated registry and the completion list", () => {
  it("the generated file is current with mime-db", async () => {
    const { execFileSync } = await import("node:child_process");
    expect(execFileSync(process.execPath, ["scripts/generate-media-types.mjs", "--check"], { encoding: "utf8" })).toContain(
      "is current",
    );
  });

  it("every completion is valid at run time and registered (or in a vnd./x-/prs. tree)", async () => {
    const { readFileSync } = await import("node:fs");
    const source = readFileSync("src/headers/content-type.ts", "utf8");
    const block = source.slice(source.indexOf("export type CommonMediaType"), source.indexOf("type TextType"));
    const textBlock = source.slice(source.indexOf("type TextType"), source.indexOf("/**", source.indexOf("type TextType")));
    const text = [...textBlock.matchAll(/"([^"]+)"/gu)].map((match) => match[1] as string);
    const common = [...block.matchAll(/\| "([^"]+)"/gu)].map((match) => match[1] as string);
    const all = [...common, ...text, ...text.map((type) => `${type}; charset=utf-8`)];
    expect(all.length).toBeGreaterThan(120);
    const generated = readFileSync("src/generated/media-types.ts", "utf8");
    const registry = new Set([...generated.matchAll(/\| "([^"]+)"/gu)].map((match) => match[1]));
    for (const type of all) {
      expect(() => mediaType(type), type).not.toThrow();
      const base = type.split(";")[0] as string;
      const subtype = base.split("/")[1] as string;
      const registered = registry.has(base.toLowerCase());
      expect(registered || /^(?:vnd\.|prs\.|x\.|x-)/u.test(subtype), base).toBe(true);
    }
  });
});

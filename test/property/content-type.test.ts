// Properties of mediaType(), serializeMediaType() and parseMediaType(), checked against the
// Content-Type parser of @remix-run/headers (written by others) and against the platform's Headers.
import { ContentType } from "@remix-run/headers";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { mediaType, parseMediaType, serializeMediaType, type MediaTypeInit } from "../../src/headers/content-type.js";
import { alnum, assertSafeField, joined, mutated, RUNS, Tally, text, token } from "./arbitraries.js";

// @remix-run/headers reads parameter names case-sensitively (RFC 9110 §5.6.6 says they are not) and
// trims whitespace inside a quoted value; its reading is compared only where it follows the RFC.
function remixReads(raw: string, name: "charset" | "boundary", value: string | undefined): boolean {
  return value !== undefined && value === value.trim() && new RegExp(`;\\s*${name}=`, "u").test(raw);
}

const topLevel = fc.constantFrom("text", "application", "image", "multipart", "TEXT", "video", "font", "txt", "x");
const subtype = fc.oneof(
  fc.constantFrom("plain", "html", "json", "ld+json", "vnd.api+json", "x-custom", "svg+xml", "form-data", "a+nope", "plain "),
  alnum,
);
const paramValue = fc.oneof(token, fc.constant("utf-8"), text.map((value) => `"${value}"`), text);
const parameter = fc.tuple(fc.oneof(fc.constantFrom("charset", "boundary", "q", "Charset"), token), paramValue).map(([name, value]) => `${name}=${value}`);
const mediaTypeText = mutated(
  fc
    .tuple(topLevel, subtype, fc.array(parameter, { maxLength: 3 }), fc.constantFrom(";", "; ", " ; ", ";\t"))
    .map(([type, sub, params, separator]) => [`${type}/${sub}`, ...params].join(separator)),
);

describe("mediaType(value)", () => {
  const tally = new Tally();
  test.prop([mediaTypeText], { numRuns: RUNS })("throws HeaderError or returns the value unchanged, safe, and as others read it", (value) => {
    const checked = tally.run(() => mediaType(value));
    if (checked === undefined) return;
    expect(checked).toBe(value);
    assertSafeField("content-type", checked);
    const ours = parseMediaType(checked);
    const theirs = ContentType.from(checked);
    expect(ours).toBeDefined();
    expect(theirs.mediaType?.toLowerCase()).toBe(`${ours?.type}/${ours?.subtype}`);
    for (const name of ["charset", "boundary"] as const) {
      if (remixReads(checked, name, ours?.parameters[name])) expect(theirs[name]).toBe(ours?.parameters[name]);
    }
  });
  it("was exercised on both sides", () => tally.assertExercised());
});

const init: fc.Arbitrary<MediaTypeInit> = fc.record({
  type: fc.constantFrom("text", "application", "image", "multipart"),
  subtype: fc.oneof(alnum, fc.constantFrom("ld+json", "svg+xml", "vnd.example")),
  parameters: fc.dictionary(fc.constantFrom("charset", "boundary", "q", "format"), fc.oneof(token, text), { maxKeys: 3 }),
});

describe("serializeMediaType(init)", () => {
  const tally = new Tally();
  test.prop([init], { numRuns: RUNS })("throws HeaderError or writes a value that parses back to the init", (value) => {
    const written = tally.run(() => serializeMediaType(value));
    if (written === undefined) return;
    assertSafeField("content-type", written);
    const ours = parseMediaType(written);
    expect(ours?.type).toBe(value.type);
    expect(ours?.subtype).toBe(value.subtype);
    expect(ours?.parameters).toEqual(value.parameters);
    const theirs = ContentType.from(written);
    expect(theirs.mediaType).toBe(`${value.type}/${value.subtype}`);
    for (const name of ["charset", "boundary"] as const) {
      if (remixReads(written, name, value.parameters[name])) expect(theirs[name]).toBe(value.parameters[name]);
    }
  });
  it("was exercised on both sides", () => tally.assertExercised());
});

describe("parseMediaType(value)", () => {
  test.prop([fc.oneof(mediaTypeText, fc.string())], { numRuns: RUNS })("never throws, on any string", (value) => {
    const parsed = parseMediaType(value);
    if (parsed !== undefined) expect(parsed.type).toBe(parsed.type.toLowerCase());
  });
});

// Keeps `joined` referenced for families that list values; see cache-control and vary properties.
void joined;

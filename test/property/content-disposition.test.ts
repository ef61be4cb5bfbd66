// Properties of serializeContentDisposition(), contentDisposition() and parseContentDisposition(),
// read back by the `content-disposition` package (jshttp, written by others) and by the platform's Headers.
import { parse as theirParse } from "content-disposition";
import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  contentDisposition,
  parseContentDisposition,
  serializeContentDisposition,
} from "../../src/headers/content-disposition.js";
import { assertSafeField, mutated, RUNS, Tally, text, token } from "./arbitraries.js";

const filename = fc.oneof(
  text,
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
  fc.constantFrom("résumé 2024.pdf", "naïve café.txt", "日本語.txt", "a%20b.txt", "../etc/passwd", "a\\b", "x.", "\u20ac rates.csv"),
);

describe("serializeContentDisposition({ type, filename })", () => {
  const tally = new Tally();
  test.prop([fc.constantFrom("attachment", "inline"), filename], { numRuns: RUNS })(
    "throws HeaderError or writes a value that the content-disposition package reads back to the same name",
    (type, name) => {
      const written = tally.run(() => serializeContentDisposition({ type, filename: name }));
      if (written === undefined) return;
      assertSafeField("content-disposition", written);
      const theirs = theirParse(written);
      expect(theirs.type).toBe(type);
      expect(theirs.parameters["filename"]).toBe(name);
      expect(parseContentDisposition(written)).toEqual({ type, filename: name });
    },
  );
  it("was exercised on both sides", () => tally.assertExercised());
});

const dispositionText = mutated(
  fc
    .tuple(
      fc.constantFrom("attachment", "inline", "Attachment", "form-data", "attach ment", ""),
      fc.array(
        fc.oneof(
          filename.map((name) => `filename="${name}"`),
          token.map((name) => `filename=${name}`),
          fc.constantFrom("filename*=UTF-8''r%C3%A9sum%C3%A9.pdf", "filename*=utf-8'en'a%20b.txt", "filename*=UTF-8''%E2%82%AC", "size=10"),
        ),
        { maxLength: 2 },
      ),
    )
    .map(([type, params]) => [type, ...params].join("; ")),
);

describe("contentDisposition(value)", () => {
  const tally = new Tally();
  test.prop([dispositionText], { numRuns: RUNS })(
    "throws HeaderError or returns the value unchanged, which the content-disposition package reads as we do",
    (value) => {
      const checked = tally.run(() => contentDisposition(value));
      if (checked === undefined) return;
      expect(checked).toBe(value);
      assertSafeField("content-disposition", checked);
      const ours = parseContentDisposition(checked);
      const theirs = theirParse(checked);
      expect(theirs.type).toBe(ours?.type);
      expect(theirs.parameters["filename"]).toBe(ours?.filename);
    },
  );
  it("was exercised on both sides", () => tally.assertExercised());
});

describe("parseContentDisposition(value)", () => {
  test.prop([fc.oneof(dispositionText, fc.string())], { numRuns: RUNS })("never throws, on any string", (value) => {
    const parsed = parseContentDisposition(value);
    if (parsed !== undefined) expect(parsed.type).toBe(parsed.type.toLowerCase());
  });
});

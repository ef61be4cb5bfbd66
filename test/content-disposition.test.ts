import { create as cdCreate, parse as cdParse } from "content-disposition";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HeaderError } from "../src/errors.js";
import { respond } from "../src/index.js";
import {
  checkFilename,
  contentDisposition,
  encodeExtValue,
  filenameProblem,
  parseContentDisposition,
  serializeContentDisposition,
} from "../src/headers/content-disposition.js";
import { reasonOf } from "./helpers/errors.js";

// Names that stress each part of the encoding: ASCII, quotes, backslash-free specials, spaces, accents,
// CJK, emoji, and every character at an attr-char boundary.
const NAMES: string[] = [
  "report.pdf",
  "REPORT.PDF",
  "data 2024.csv",
  "  spaced  name .txt",
  'say "hi".txt',
  "it's.txt",
  "a;b,c=d.txt",
  "semi;colon.txt",
  "percent 100%.txt",
  "encoded%20name.txt",
  "%E2%82%AC.txt",
  "(parens) [brackets] {braces}.txt",
  "star*.txt",
  "bang!hash#dollar$amp&plus+.txt",
  "caret^under_back`pipe|tilde~.txt",
  "colon:less<greater>question?.txt",
  "at@equals=.txt",
  "résumé 2024.pdf",
  "naïve café.txt",
  "Ärger über Öl.docx",
  "façade.png",
  "ñandú.jpg",
  "½ price £5.txt",
  "日本語のファイル.txt",
  "中文文件名.xlsx",
  "한국어.hwp",
  "Ελληνικά.txt",
  "Русский файл.txt",
  "עברית.txt",
  "العربية.pdf",
  "emoji 😀🎉.png",
  "👨‍👩‍👧‍👦 family.jpg",
  "mixed é \" ' ( ) * %.txt",
  "tab\u00a0nbsp.txt",
  "ends with dot.",
  ".hidden",
  "x",
  "a".repeat(200) + ".txt",
];

describe("serializeContentDisposition", () => {
  it("writes an ASCII name as a quoted filename", () => {
    expect(serializeContentDisposition({ type: "attachment", filename: "report.pdf" })).toBe('attachment; filename="report.pdf"');
  });

  it("escapes quotes and backslashes are refused as separators", () => {
    expect(serializeContentDisposition({ type: "attachment", filename: 'say "hi".txt' })).toBe('attachment; filename="say \\"hi\\".txt"');
  });

  it("adds an ASCII fallback and filename* for a non-ASCII name", () => {
    expect(serializeContentDisposition({ type: "attachment", filename: "résumé 2024.pdf" })).toBe(
      "attachment; filename=\"r_sum_ 2024.pdf\"; filename*=UTF-8''r%C3%A9sum%C3%A9%202024.pdf",
    );
  });

  it("replaces each emoji (one code point) by one _ in the fallback", () => {
    expect(serializeContentDisposition({ type: "inline", filename: "😀.png" })).toBe(
      "inline; filename=\"_.png\"; filename*=UTF-8''%F0%9F%98%80.png",
    );
  });

  it("percent-encodes what encodeURIComponent leaves alone but attr-char forbids", () => {
    expect(encodeExtValue("a'b(c)d*e!f")).toBe("UTF-8''a%27b%28c%29d%2Ae!f");
  });

  it("adds filename* to an ASCII name that looks percent-encoded", () => {
    expect(serializeContentDisposition({ type: "attachment", filename: "a%20b.txt" })).toBe(
      "attachment; filename=\"a%20b.txt\"; filename*=UTF-8''a%2520b.txt",
    );
  });

  it("writes other parameters, quoting non-tokens", () => {
    expect(serializeContentDisposition({ type: "form-data", parameters: { name: "field 1" } })).toBe('form-data; name="field 1"');
  });

  it("writes a lower-case type", () => {
    expect(serializeContentDisposition({ type: "Attachment" })).toBe("attachment");
  });

  it.each([
    ["a/b.txt", "path separator"],
    ["a\\b.txt", "path separator"],
    ["../etc/passwd", "path separator"],
    ["..", "names a directory"],
    [".", "names a directory"],
    ["", "empty"],
    ["a\r\nSet-Cookie: x=1", "control character"],
    ["nul\0.txt", "control character"],
    ["del\x7f.txt", "control character"],
    ["c1\x85.txt", "control character"],
    ["lone\ud800.txt", "lone UTF-16 surrogate"],
  ])("refuses the file name %j", (name, fragment) => {
    expect(reasonOf(() => serializeContentDisposition({ type: "attachment", filename: name }))).toContain(fragment);
    expect(reasonOf(() => checkFilename(name))).toContain(fragment);
  });

  it("refuses a type that is not a token and a misplaced parameter", () => {
    expect(reasonOf(() => serializeContentDisposition({ type: "at tachment" }))).toContain("not a token");
    expect(reasonOf(() => serializeContentDisposition({ type: "attachment", parameters: { filename: "x" } }))).toContain("not allowed");
    expect(reasonOf(() => serializeContentDisposition({ type: "attachment", parameters: { x: "é" } }))).toContain("printable ASCII");
  });
});

describe("round trips", () => {
  it(`has at least 30 names`, () => {
    expect(NAMES.length).toBeGreaterThanOrEqual(30);
  });

  it("keeps the last of two ext-value parameters and the first of two plain ones, as before", () => {
    expect(parseContentDisposition("attachment; foo*=UTF-8''a; foo*=UTF-8''b; bar=1; bar=2")).toEqual({
      type: "attachment",
      parameters: { "foo*": "b", bar: "1" },
    });
  });

  it.each(NAMES)("%j through our parser", (name) => {
    const value = serializeContentDisposition({ type: "attachment", filename: name });
    expect(parseContentDisposition(value)).toEqual({ type: "attachment", filename: name });
    expect(contentDisposition(value)).toBe(value);
  });

  it.each(NAMES)("%j through the content-disposition package", (name) => {
    const value = serializeContentDisposition({ type: "attachment", filename: name });
    expect(cdParse(value)).toMatchObject({ type: "attachment" });
    const parsed = cdParse(value).parameters;
    expect(parsed["filename"]).toBe(name);
    // and the other way round: what the package writes, we read
    expect(parseContentDisposition(cdCreate(name))?.filename).toBe(name);
  });

  it.each(NAMES)("%j through a real Response", (name) => {
    const res = respond().attachment(name).build("x");
    const header = res.headers.get("content-disposition");
    expect(header).not.toBeNull();
    expect(parseContentDisposition(header as string)?.filename).toBe(name);
  });

  it("keeps other parameters", () => {
    expect(parseContentDisposition('form-data; name="a b"; filename=x.txt')).toEqual({
      type: "form-data",
      filename: "x.txt",
      parameters: { name: "a b" },
    });
  });

  it("prefers filename* whichever comes first, and reads ISO-8859-1", () => {
    expect(parseContentDisposition("attachment; filename*=UTF-8''%C3%A9.txt; filename=\"e.txt\"")?.filename).toBe("é.txt");
    expect(parseContentDisposition("attachment; filename*=iso-8859-1'en'%E9.txt")?.filename).toBe("é.txt");
  });

  it("falls back to filename when filename* is malformed", () => {
    expect(parseContentDisposition("attachment; filename=\"e.txt\"; filename*=UTF-8''%ZZ")?.filename).toBe("e.txt");
  });

  it("returns undefined without a type", () => {
    expect(parseContentDisposition('; filename="a"')).toBeUndefined();
    expect(parseContentDisposition("")).toBeUndefined();
  });
});

describe("contentDisposition (validator)", () => {
  it.each([
    "attachment",
    "inline",
    "INLINE",
    'attachment; filename="a b.txt"',
    "attachment; filename=plain.txt",
    "attachment;filename=plain.txt",
    "attachment; filename*=UTF-8''%E2%82%AC%20rates.txt",
    "attachment; filename=\"EURO rates.txt\"; filename*=utf-8''%e2%82%ac%20rates.txt",
    "attachment; filename*=UTF-8'en'a.txt",
    "form-data; name=field",
  ])("accepts %j unchanged", (value) => {
    expect(contentDisposition(value)).toBe(value);
  });

  it.each([
    ["", "expected a disposition type"],
    ["; filename=a", "expected a disposition type"],
    ["attachment filename=a", "expected ';'"],
    ["attachment; filename", "needs a value"],
    ["attachment; filename=", "needs a token or a quoted string"],
    ['attachment; filename="a', "no closing quote"],
    ['attachment; filename="a/b"', "path separator"],
    ["attachment; filename*=UTF-8''a%2Fb", "path separator"],
    ["attachment; filename*=UTF-8''a%5Cb", "path separator"],
    ['attachment; filename=".."', "names a directory"],
    ["attachment; filename*=\"UTF-8''a\"", "not a quoted string"],
    ["attachment; filename*=a.txt", "charset'language'value"],
    ["attachment; filename*=UTF-8''a%2", "charset'language'value"],
    ["attachment; filename*=UTF-8''%C3", "charset'language'value"],
    ["attachment; filename*=KOI8-R''a", "charset'language'value"],
    ['attachment; filename="a"; filename="b"', "appears twice"],
    ["attachment; name=a; NAME=b", "appears twice"],
    // Object.hasOwn could not see a repeated __proto__ (an assignment sets the prototype): a set can.
    ["attachment; __proto__=a; __proto__=b", "appears twice"],
    ["attachment\r\nX: y", "CR or LF"],
    [" attachment", "whitespace"],
  ])("refuses %j", (value, fragment) => {
    expect(reasonOf(() => contentDisposition(value))).toContain(fragment);
  });
});

describe("builder", () => {
  it("attachment() and inline() without a name", () => {
    expect(respond().attachment().build().headers.get("content-disposition")).toBe("attachment");
    expect(respond().inline().build().headers.get("content-disposition")).toBe("inline");
  });

  it("inline() with a name", () => {
    expect(respond().inline("notes.txt").text("hi").headers.get("content-disposition")).toBe('inline; filename="notes.txt"');
  });

  it("contentDisposition(type, { filename })", () => {
    const res = respond().contentDisposition("attachment", { filename: "données.csv" }).build("a");
    expect(res.headers.get("content-disposition")).toBe("attachment; filename=\"donn_es.csv\"; filename*=UTF-8''donn%C3%A9es.csv");
    expect(respond().contentDisposition("inline").build().headers.get("content-disposition")).toBe("inline");
  });

  it("a later call replaces the earlier one", () => {
    const res = respond().attachment("a.txt").inline().build();
    expect(res.headers.get("content-disposition")).toBe("inline");
  });

  it("header('Content-Disposition', …) is checked", () => {
    expect(respond().header("Content-Disposition", 'attachment; filename="a.txt"').headers().get("content-disposition")).toBe(
      'attachment; filename="a.txt"',
    );
    expect(() => respond().header("Content-Disposition", 'attachment; filename="../a.txt"' as any)).toThrow(HeaderError);
    expect(() => (respond() as any).append("content-disposition", "attachment; x")).toThrow(HeaderError);
  });

  it("refuses bad names from JavaScript callers", () => {
    const builder = respond() as any;
    expect(reasonOf(() => builder.attachment("../secret.txt"))).toContain("path separator");
    expect(reasonOf(() => builder.inline(42))).toContain("expected a string");
    expect(reasonOf(() => builder.contentDisposition("attachment", { filename: "a\nb" }))).toContain("control character");
    expect(reasonOf(() => builder.contentDisposition("bad type"))).toContain("not a token");
    expect(reasonOf(() => builder.contentDisposition("inline", "a.txt"))).toContain("expected options");
  });
});

describe("properties", () => {
  it("any valid name round-trips through our parser, the content-disposition package and Headers", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", minLength: 1 }), fc.string({ unit: "grapheme", minLength: 1 })), (name) => {
        fc.pre(filenameProblem(name) === undefined);
        const value = serializeContentDisposition({ type: "attachment", filename: name });
        expect(value).toMatch(/^[\x20-\x7e]+$/u);
        expect(parseContentDisposition(value)?.filename).toBe(name);
        expect(cdParse(value).parameters["filename"]).toBe(name);
        expect(contentDisposition(value)).toBe(value);
        expect(new Headers({ "content-disposition": value }).get("content-disposition")).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });

  it("a name the checks refuse is never written", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.constantFrom("/", "\\", "\n", "\r", "\0", "\u0085"), fc.string(), (head, bad, tail) => {
        expect(() => serializeContentDisposition({ type: "attachment", filename: head + bad + tail })).toThrow(HeaderError);
      }),
      { numRuns: 300 },
    );
  });
});

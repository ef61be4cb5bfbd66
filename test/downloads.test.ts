import { parse as cdParse } from "content-disposition";
import { describe, expect, it } from "vitest";
import { HeaderError } from "../src/errors.js";
import { respond } from "../src/index.js";

describe("file()", () => {
  it("downloads with a Content-Type from the extension", async () => {
    const res = respond().file("id,name\n1,Ada\n", "users.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="users.csv"');
    expect(await res.text()).toBe("id,name\n1,Ada\n");
  });

  it("shows the file with { inline: true }", () => {
    const res = respond().file(new Uint8Array([1, 2, 3]), "photo.png", { inline: true });
    expect(res.headers.get("content-disposition")).toBe('inline; filename="photo.png"');
    expect(res.headers.get("content-type")).toBe("image/png");
  });

  it("keeps a Content-Type set before", () => {
    const res = respond().contentType("application/x-custom-thing").file("x", "a.pdf");
    expect(res.headers.get("content-type")).toBe("application/x-custom-thing");
  });

  it("falls back to application/octet-stream", () => {
    expect(respond().file("x", "LICENSE").headers.get("content-type")).toBe("application/octet-stream");
  });

  it("encodes a non-ASCII name that parsers read back", () => {
    const res = respond().file("x", "résumé 2024.pdf");
    expect(cdParse(res.headers.get("content-disposition") as string).parameters["filename"]).toBe("résumé 2024.pdf");
    expect(res.headers.get("content-type")).toBe("application/pdf");
  });

  it("keeps the status, status text and other headers", () => {
    const res = respond({ status: 201, statusText: "Created" }).header("X-Id", "7").file("x", "a.txt");
    expect(res.status).toBe(201);
    expect(res.statusText).toBe("Created");
    expect(res.headers.get("x-id")).toBe("7");
  });

  it("replaces an earlier Content-Disposition", () => {
    const res = respond().inline("old.txt").file("x", "new.txt");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="new.txt"');
  });

  it("refuses a body for 204, 205 and 304", () => {
    for (const status of [204, 205, 304] as const) {
      expect(() => (respond().status(status) as any).file("x", "a.txt")).toThrow(/has no body/u);
    }
  });

  it("refuses bad names and options at run time", () => {
    const builder = respond() as any;
    expect(() => builder.file("x", "../a.txt")).toThrow(HeaderError);
    expect(() => builder.file("x", "dir/a.txt")).toThrow(/path separator/u);
    expect(() => builder.file("x", undefined)).toThrow(HeaderError);
    expect(() => builder.file("x", "a.txt", { inline: "yes" })).toThrow(/inline must be true/u);
    expect(() => builder.file("x", "a.txt", "inline")).toThrow(/expected options/u);
  });

  it("does not change the builder it was called on", () => {
    const base = respond().header("X-A", "1");
    base.file("x", "a.txt");
    expect(base.headers().get("content-disposition")).toBeNull();
    expect(base.headers().get("content-type")).toBeNull();
  });
});

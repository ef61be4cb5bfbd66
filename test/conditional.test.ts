import { describe, expect, it } from "vitest";
import { respond } from "../src/index.js";
import { evaluateConditional } from "../src/headers/conditional.js";

const url = "https://example.com/report.txt";
const modified = new Date(Date.UTC(2024, 4, 1, 12, 0, 0));

function get(headers: Record<string, string>, method = "GET"): Request {
  return new Request(url, { method, headers });
}

const page = respond()
  .etag("v1")
  .lastModified(modified)
  .cacheControl("no-cache")
  .vary("Accept-Encoding")
  .expires(new Date(Date.UTC(2030, 0, 1)))
  .header("Content-Location", "/report.txt")
  .header("Date", "Wed, 01 May 2024 12:00:00 GMT")
  .header("X-Request-Id", "abc")
  .contentType("text/plain; charset=utf-8")
  .header("Content-Language", "en");

describe("conditional() with If-None-Match", () => {
  it("answers 304 with no body when the tag matches", async () => {
    const res = page.conditional(get({ "If-None-Match": '"v1"' }), "full body");
    expect(res.status).toBe(304);
    expect(await res.text()).toBe("");
  });

  it("keeps only ETag, Cache-Control, Vary, Last-Modified, Expires, Date and Content-Location on a 304", () => {
    const res = page.conditional(get({ "If-None-Match": '"v1"' }), "full body");
    expect([...res.headers.keys()].sort()).toEqual(["cache-control", "content-location", "date", "etag", "expires", "last-modified", "vary"]);
    expect(res.headers.get("etag")).toBe('"v1"');
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
  });

  it("compares weakly: W/ on either side matches", () => {
    expect(page.conditional(get({ "If-None-Match": 'W/"v1"' }), "x").status).toBe(304);
    expect(respond().etag("v1", { weak: true }).conditional(get({ "If-None-Match": '"v1"' }), "x").status).toBe(304);
  });

  it("matches any member of a list, and '*'", () => {
    expect(page.conditional(get({ "If-None-Match": '"v0", "v1" , W/"v2"' }), "x").status).toBe(304);
    expect(page.conditional(get({ "If-None-Match": "*" }), "x").status).toBe(304);
  });

  it("sends the full response when no tag matches", async () => {
    const res = page.conditional(get({ "If-None-Match": '"v0", W/"v2"' }), "full body");
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("full body");
    expect(res.headers.get("x-request-id")).toBe("abc");
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("takes precedence over If-Modified-Since", () => {
    const later = "Thu, 01 May 2025 00:00:00 GMT";
    expect(page.conditional(get({ "If-None-Match": '"v0"', "If-Modified-Since": later }), "x").status).toBe(200);
  });

  it("answers 412 to a matching If-None-Match on an unsafe method", () => {
    expect(page.conditional(get({ "If-None-Match": "*" }, "PUT"), "x").status).toBe(412);
  });

  it("does not match when the response has no ETag", () => {
    expect(respond().conditional(get({ "If-None-Match": '"v1"' }), "x").status).toBe(200);
  });
});

describe("conditional() with If-Modified-Since", () => {
  it("answers 304 when the content has not changed since", () => {
    expect(page.conditional(get({ "If-Modified-Since": "Wed, 01 May 2024 12:00:00 GMT" }), "x").status).toBe(304);
    expect(page.conditional(get({ "If-Modified-Since": "Thu, 02 May 2024 00:00:00 GMT" }), "x").status).toBe(304);
  });

  it("sends the full response when it changed since", () => {
    expect(page.conditional(get({ "If-Modified-Since": "Wed, 01 May 2024 11:59:59 GMT" }), "x").status).toBe(200);
  });

  it("reads the obsolete date forms", () => {
    expect(page.conditional(get({ "If-Modified-Since": "Wednesday, 01-May-24 12:00:00 GMT" }), "x").status).toBe(304);
    expect(page.conditional(get({ "If-Modified-Since": "Wed May  1 12:00:00 2024" }), "x").status).toBe(304);
  });

  it("is ignored when invalid, on other methods than GET and HEAD, and without Last-Modified", () => {
    expect(page.conditional(get({ "If-Modified-Since": "yesterday" }), "x").status).toBe(200);
    expect(page.conditional(get({ "If-Modified-Since": "Thu, 02 May 2024 00:00:00 GMT" }, "POST"), "x").status).toBe(200);
    expect(respond().conditional(get({ "If-Modified-Since": "Thu, 02 May 2024 00:00:00 GMT" }), "x").status).toBe(200);
  });

  it("applies to HEAD", () => {
    expect(page.conditional(get({ "If-Modified-Since": "Thu, 02 May 2024 00:00:00 GMT" }, "HEAD")).status).toBe(304);
  });
});

describe("conditional() with If-Match and If-Unmodified-Since", () => {
  it("answers 412 when If-Match fails (strong comparison)", () => {
    expect(page.conditional(get({ "If-Match": '"v0"' }, "PUT"), "x").status).toBe(412);
    expect(respond().etag("v1", { weak: true }).conditional(get({ "If-Match": 'W/"v1"' }, "PUT"), "x").status).toBe(412);
    expect(page.conditional(get({ "If-Match": '"v1"' }, "PUT"), "x").status).toBe(200);
    expect(page.conditional(get({ "If-Match": "*" }, "PUT"), "x").status).toBe(200);
  });

  it("answers 412 when the content changed after If-Unmodified-Since", () => {
    expect(page.conditional(get({ "If-Unmodified-Since": "Tue, 30 Apr 2024 00:00:00 GMT" }, "PUT"), "x").status).toBe(412);
    expect(page.conditional(get({ "If-Unmodified-Since": "Wed, 01 May 2024 12:00:00 GMT" }, "PUT"), "x").status).toBe(200);
  });
});

describe("conditional() and statuses", () => {
  it("sends a non-2xx response as it is", () => {
    const res = respond().status(404).etag("v1").conditional(get({ "If-None-Match": '"v1"' }), "not found");
    expect(res.status).toBe(404);
  });

  it("keeps the status and status text of a full response", () => {
    const res = respond({ status: 201, statusText: "Created" }).etag("v1").conditional(get({}), "made");
    expect([res.status, res.statusText]).toEqual([201, "Created"]);
  });

  it("refuses a body for a null-body status, like build()", () => {
    expect(() => respond().status(204).conditional(get({}), "x" as never)).toThrow("Status 204 has no body");
  });

  it("refuses what is not a request", () => {
    expect(() => page.conditional({} as never)).toThrow(new TypeError("expected a Request (an object with a string method and headers)"));
    expect(() => page.conditional(null as never)).toThrow(new TypeError("expected a Request (an object with a string method and headers)"));
  });

  it("refuses a function carrying method and headers, as it did before the size change", () => {
    const request = Object.assign(() => undefined, { method: "GET", headers: new Headers({ "If-None-Match": '"v1"' }) });
    expect(() => page.conditional(request as never)).toThrow(new TypeError("expected a Request (an object with a string method and headers)"));
  });

  it("reuses one builder for many requests", () => {
    expect(page.conditional(get({ "If-None-Match": '"v1"' }), "x").status).toBe(304);
    expect(page.conditional(get({}), "x").status).toBe(200);
  });
});

describe("evaluateConditional()", () => {
  it("works on the validators alone", () => {
    expect(evaluateConditional(get({ "If-None-Match": 'W/"a"' }), { etag: '"a"' })).toBe("not-modified");
    expect(evaluateConditional(get({ "If-None-Match": '"b"' }), { etag: '"a"' })).toBe("full");
    expect(evaluateConditional(get({ "If-None-Match": '"a"' }), { etag: '"a"' }, 500)).toBe("full");
  });

  // A method that is not a string was coerced: ["GET"] read as GET, a missing one turned a match into 412.
  const toString = { toString: () => "GET" };
  it.each([
    ["undefined", undefined],
    ["an array", ["GET"]],
    ["an object whose toString gives GET", toString],
    ["a Symbol", Symbol("GET")],
    ["a number", 5],
  ])("throws conditional()'s TypeError for a method that is %s, on every path", (_, method) => {
    const headers = (init: Record<string, string>) => ({ method, headers: new Headers(init) }) as never;
    const error = new TypeError("expected a Request (an object with a string method and headers)");
    expect(() => evaluateConditional(headers({ "If-None-Match": '"a"' }), { etag: '"a"' })).toThrow(error);
    expect(() => evaluateConditional(headers({ "If-Match": '"b"' }), { etag: '"a"' })).toThrow(error);
    expect(() => evaluateConditional(headers({}), { etag: '"a"' }, 404)).toThrow(error);
    expect(() => respond().etag("a").conditional(headers({ "If-None-Match": '"a"' }))).toThrow(error);
  });

  it("refuses what is not a request, a function too", () => {
    expect(() => evaluateConditional(null as never, {})).toThrow(TypeError);
    expect(() => evaluateConditional({ method: "GET" } as never, {})).toThrow(TypeError);
    const request = Object.assign(() => undefined, { method: "GET", headers: new Headers() });
    expect(() => evaluateConditional(request as never, {})).toThrow("expected a Request");
  });
});

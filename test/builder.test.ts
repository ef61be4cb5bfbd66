import { describe, expect, it } from "vitest";
import { HeaderError, mediaType, respond, type ResponseBuilder } from "../src/index.js";

// Calls the builder as JavaScript would: no compile-time checks, so the run-time checks must hold.
const loose = (builder: unknown): Record<string, (...args: unknown[]) => any> => builder as never;

describe("respond()", () => {
  it("builds a real Response with status 200 and no headers", async () => {
    const res = respond().build();
    expect(res).toBeInstanceOf(Response);
    expect(res.status).toBe(200);
    expect([...res.headers]).toEqual([]);
    expect(await res.text()).toBe("");
  });

  it("takes a status and status text from init", () => {
    const res = respond({ status: 201, statusText: "Created" }).build();
    expect(res.status).toBe(201);
    expect(res.statusText).toBe("Created");
  });

  it.each([199, 600, 1000, 20.5, Number.NaN, "200"])("refuses status %s in init", (status) => {
    expect(() => respond({ status } as never)).toThrow(HeaderError);
  });

  it("refuses a status text with a line break", () => {
    expect(() => respond({ statusText: "OK\r\nX: 1" })).toThrow(HeaderError);
  });
});

describe("immutability", () => {
  it("never changes a builder: each call returns a new one", () => {
    const base = respond().header("X-Base", "1");
    const a = base.header("X-A", "a");
    const b = base.status(404).header("X-B", "b");
    expect(a).not.toBe(base);
    expect(base.entries()).toEqual([["x-base", "1"]]);
    expect(a.entries()).toEqual([["x-base", "1"], ["x-a", "a"]]);
    expect(b.entries()).toEqual([["x-base", "1"], ["x-b", "b"]]);
    expect(a.build().status).toBe(200);
    expect(b.build().status).toBe(404);
  });

  it("serves as a template for many responses", async () => {
    const template = respond().header("X-Powered-By", "typed-headers").contentType("text/plain; charset=utf-8");
    const responses = ["a", "b", "c"].map((body) => template.text(body));
    expect(await Promise.all(responses.map((res) => res.text()))).toEqual(["a", "b", "c"]);
    for (const res of responses) expect(res.headers.get("x-powered-by")).toBe("typed-headers");
  });
});

describe("header(), append(), delete()", () => {
  it("sets, replacing earlier values case-insensitively", () => {
    const res = respond().header("X-A", "1").header("x-a", "2").build();
    expect(res.headers.get("X-A")).toBe("2");
  });

  it("appends field lines", () => {
    const builder = respond().append("X-Trace", "a").append("x-trace", "b");
    expect(builder.entries()).toEqual([["x-trace", "a"], ["x-trace", "b"]]);
    expect(builder.build().headers.get("x-trace")).toBe("a, b");
  });

  it("set after append replaces every appended line", () => {
    expect(respond().append("X-A", "1").append("X-A", "2").header("X-A", "3").entries()).toEqual([["x-a", "3"]]);
  });

  it("append after set keeps both", () => {
    expect(respond().header("X-A", "1").append("X-A", "2").entries()).toEqual([["x-a", "1"], ["x-a", "2"]]);
  });

  it("deletes, case-insensitively", () => {
    const builder = respond().header("X-A", "1").append("X-A", "2").header("X-B", "b").delete("x-a");
    expect(builder.entries()).toEqual([["x-b", "b"]]);
    expect(builder.delete("X-B").header("X-B", "again").entries()).toEqual([["x-b", "again"]]);
  });

  it("headers() returns a fresh Headers each time", () => {
    const builder = respond().header("X-A", "1");
    const first = builder.headers();
    first.set("x-a", "changed");
    expect(builder.headers().get("x-a")).toBe("1");
  });

  it("keeps values exactly as given", () => {
    const value = "caf\u00e9 \t !#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    expect(respond().header("X-Exact", value).entries()).toEqual([["x-exact", value]]);
  });

  it.each([
    ["X Bad", "v"],
    ["X-A:", "v"],
    ["", "v"],
    ["X-Caf\u00e9", "v"],
    ["Set-Cookie", "a=b"],
    ["set-cookie", "a=b"],
  ])("refuses name %j", (name, value) => {
    expect(() => loose(respond()).header!(name, value)).toThrow(HeaderError);
    expect(() => loose(respond()).append!(name, value)).toThrow(HeaderError);
  });

  it.each([
    "a\nb",
    "a\rb",
    "a\r\nInjected: 1",
    "a\0b",
    "a\x07b",
    "a\x7fb",
    "\u20ac",
    "\u{1F600}",
    " a",
    "a ",
    "\ta",
  ])("refuses value %j and never emits it", (value) => {
    expect(() => loose(respond()).header!("X-A", value)).toThrow(HeaderError);
    expect(() => loose(respond()).append!("X-A", value)).toThrow(HeaderError);
  });

  it.each([42, undefined, null, {}, ["a"]])("refuses a non-string value %j with HeaderError", (value) => {
    expect(() => loose(respond()).header!("X-A", value)).toThrow(HeaderError);
  });

  it("names the header and the reason in the error", () => {
    try {
      loose(respond()).header!("X-A", "a\nb");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(HeaderError);
      expect(error).toBeInstanceOf(TypeError);
      const headerError = error as HeaderError;
      expect(headerError.header).toBe("X-A");
      expect(headerError.reason).toContain("CR or LF");
      expect(headerError.message).toContain("X-A");
    }
  });

  it.each(["constructor", "__proto__", "toString", "hasOwnProperty"])(
    "a header named %j is an ordinary custom header",
    (name) => {
      expect(respond().header(name as "x", "v").build().headers.get(name)).toBe("v");
      expect(() => loose(respond()).header!(name, "a\nb")).toThrow(HeaderError);
    },
  );

  it("checks typed headers' values through header() too", () => {
    expect(() => loose(respond()).header!("Content-Type", "textplain")).toThrow(HeaderError);
    expect(respond().header("Content-Type", "text/csv").build().headers.get("content-type")).toBe("text/csv");
  });
});

describe("status()", () => {
  it.each([200, 201, 299, 302, 404, 500, 599])("accepts %i", (code) => {
    expect(respond().status(code).build().status).toBe(code);
  });

  it.each([0, 100, 101, 199, 600, 999, 1.5, -200, Number.NaN, Number.POSITIVE_INFINITY, "404", null])(
    "refuses %s with HeaderError",
    (code) => {
      expect(() => loose(respond()).status!(code)).toThrow(HeaderError);
    },
  );
});

describe("terminals", () => {
  it("text() sets text/plain; charset=utf-8 when no Content-Type is set", async () => {
    const res = respond().text("héllo");
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toBe("héllo");
  });

  it("text() keeps a Content-Type that was set", () => {
    expect(respond().contentType("text/csv").text("a,b").headers.get("content-type")).toBe("text/csv");
  });

  it("html() sets text/html; charset=utf-8", async () => {
    const res = respond().html("<h1>hi</h1>");
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await res.text()).toBe("<h1>hi</h1>");
  });

  it("json() sets application/json and serializes", async () => {
    const res = respond().status(201).json({ id: 1, tags: ["a"] });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({ id: 1, tags: ["a"] });
  });

  it("json() keeps a JSON Content-Type", () => {
    for (const type of ["application/problem+json", "application/json; charset=utf-8", "application/vnd.api+json"]) {
      expect(respond().header("Content-Type", mediaType(type)).json({}).headers.get("content-type")).toBe(type);
    }
  });

  it("json() refuses a non-JSON Content-Type at run time (e.g. a branded one)", () => {
    expect(() => loose(respond().contentType("text/html")).json!({})).toThrow(HeaderError);
  });

  it("json() refuses values JSON cannot represent", () => {
    expect(() => respond().json(undefined)).toThrow(TypeError);
    expect(() => respond().json(() => 1)).toThrow(TypeError);
    expect(() => respond().json(10n)).toThrow(TypeError);
  });

  it("text() and html() refuse non-string bodies", () => {
    expect(() => loose(respond()).text!(42)).toThrow(TypeError);
    expect(() => loose(respond()).html!({})).toThrow(TypeError);
  });

  it("build() passes any BodyInit", async () => {
    const res = respond().contentType("application/octet-stream").build(new Uint8Array([1, 2, 3]));
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(new Uint8Array([1, 2, 3]));
  });

  it.each([204, 205, 304])("status %i: build() without a body works, with a body throws TypeError", (code) => {
    const builder = respond().status(code) as unknown as ResponseBuilder<200>;
    expect(builder.build().status).toBe(code);
    expect(builder.build(null).body).toBeNull();
    expect(() => builder.build("x")).toThrow(TypeError);
    expect(() => builder.text("x")).toThrow(TypeError);
    expect(() => builder.json({})).toThrow(TypeError);
    expect(() => builder.html("x")).toThrow(TypeError);
  });

  it("redirect() sets Location and the status, with no body", async () => {
    const res = respond().header("X-Kept", "1").redirect("/login");
    expect(res.status).toBe(302);
    expect(res.headers.get("location")).toBe("/login");
    expect(res.headers.get("x-kept")).toBe("1");
    expect(res.body).toBeNull();
    expect(respond().redirect(new URL("https://a.example/p?q=1"), 308).headers.get("location")).toBe(
      "https://a.example/p?q=1",
    );
  });

  it.each([200, 300, 304, 399, 404])("redirect() refuses status %i", (code) => {
    expect(() => loose(respond()).redirect!("/x", code)).toThrow(HeaderError);
  });

  it("redirect() refuses a Location with CR or LF", () => {
    expect(() => respond().redirect("/x\r\nSet-Cookie: a=b")).toThrow(HeaderError);
  });
});

describe("use()", () => {
  it("applies a preset and composes", () => {
    const a = <TBuilder extends { header: (...args: never[]) => unknown }>(builder: TBuilder): TBuilder => builder;
    const res = respond()
      .use((builder) => builder.header("X-A", "1"))
      .use((builder) => builder.header("X-B", "2"))
      .use(a)
      .build();
    expect(res.headers.get("x-a")).toBe("1");
    expect(res.headers.get("x-b")).toBe("2");
  });

  it("refuses a non-function", () => {
    expect(() => loose(respond()).use!("secure")).toThrow(TypeError);
  });
});

describe("remembered checks", () => {
  it("a remembered media type is still the same value, and bad values are never remembered", () => {
    for (let round = 0; round < 3; round++) {
      expect(respond().contentType("text/csv").build().headers.get("content-type")).toBe("text/csv");
      expect(() => loose(respond()).contentType!("text/csv\r\nX: 1")).toThrow(HeaderError);
    }
  });

  it("keeps working past its size limit", () => {
    for (let index = 0; index < 200; index++) {
      const type = `application/x-item-${index}`;
      expect(respond().header("Content-Type", mediaType(type)).build().headers.get("content-type")).toBe(type);
    }
    expect(() => loose(respond()).contentType!("application/x-item-1;")).not.toThrow();
    expect(() => loose(respond()).contentType!("application/x-item-1; a")).toThrow(HeaderError);
  });
});

describe("single-value headers, cookies and status text", () => {
  it.each(["Content-Type", "location", "ETag", "Strict-Transport-Security", "Content-Length"])(
    "append(%j) is refused: two lines would join into one invalid value",
    (name) => {
      expect(() => loose(respond()).append!(name, "text/plain")).toThrow(HeaderError);
    },
  );

  it("append() still adds lines to list headers", () => {
    expect(respond().append("Vary", "Origin").append("Vary", "Accept").build().headers.get("vary")).toBe("Origin, Accept");
  });

  it("delete('Set-Cookie') drops every cookie set so far", () => {
    const template = respond().cookie("a", "1").cookie("b", "2");
    expect(template.build().headers.getSetCookie()).toHaveLength(2);
    const res = template.delete("Set-Cookie").cookie("c", "3").build();
    expect(res.headers.getSetCookie()).toEqual(["c=3"]);
  });

  it("status() drops the old status text", () => {
    const created = respond({ status: 201, statusText: "Created" });
    expect(created.build().statusText).toBe("Created");
    expect(created.status(404).build().statusText).toBe("");
  });
});

describe("run-time fast paths keep every check", () => {
  it("a header name accepted before is still stored in lower case, and refused names stay refused", () => {
    for (let i = 0; i < 3; i++) {
      expect(respond().header("X-Repeat", `${i}`).entries()).toEqual([["x-repeat", `${i}`]]);
      expect(() => loose(respond()).header!("Set-Cookie", "a=b")).toThrow(HeaderError);
      expect(() => loose(respond()).header!("bad name", "1")).toThrow(HeaderError);
      expect(() => loose(respond()).header!(undefined, "1")).toThrow(HeaderError);
      expect(respond().header("X-Repeat", "1").delete("x-REPEAT").entries()).toEqual([]);
    }
  });

  it("status() with the builder's own status still checks it, and still drops a status text", () => {
    expect(() => loose(respond()).status!("200")).toThrow(HeaderError);
    expect(() => loose(respond()).status!(200.5)).toThrow(HeaderError);
    const created = respond({ status: 201, statusText: "Created" });
    expect(created.status(201).build().statusText).toBe("");
    expect(respond().status(200).header("X-A", "1").build().status).toBe(200);
  });

  it("build() sends the builder's Content-Type instead of the body's, and the body's when none is set", async () => {
    const png = new Blob(["x"], { type: "image/png" });
    expect(respond().build(png).headers.get("content-type")).toBe("image/png");
    expect(respond().contentType("application/octet-stream").build(png).headers.get("content-type")).toBe("application/octet-stream");
    expect(respond().contentType("text/csv").build("a,b").headers.get("content-type")).toBe("text/csv");
    const res = respond({ status: 201, statusText: "Created" }).append("Vary", "Origin").append("Vary", "Accept").cookie("a", "1").cookie("b", "2").text("hi");
    expect([res.status, res.statusText, await res.text()]).toEqual([201, "Created", "hi"]);
    expect([...res.headers]).toEqual([
      ["content-type", "text/plain; charset=utf-8"],
      ["set-cookie", "a=1"],
      ["set-cookie", "b=2"],
      ["vary", "Origin, Accept"],
    ]);
  });
});

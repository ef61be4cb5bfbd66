// The typical response of the run-time benchmark, written six ways: with respond(), by hand with
// `new Headers()` + `new Response()` (and by hand into the Response's own headers), from a reused
// builder template (and its hand-written twin), with @remix-run/headers' SuperHeaders, and as a Hono
// route. Every way must send the same header lines;
// `checkSameHeaders` proves it before any timing, so a faster variant cannot be one that does less.
//
// The families land one by one: where a family method is missing the builder falls back to header(),
// and while cookie() is missing no variant sends cookies (the report says so).

import { SuperHeaders } from "@remix-run/headers";
import { Hono } from "hono";
import { setCookie } from "hono/cookie";

export const BODY = "Hello, world!";
const TYPE = "text/plain; charset=utf-8";
const CACHE = "private, max-age=60";
const REQUEST_ID = "7f3a9c";
const HSTS = "max-age=63072000; includeSubDomains; preload";
const SESSION = { name: "session", value: "abc123", path: "/", httpOnly: true, secure: true, sameSite: "Lax" };
const THEME = { name: "theme", value: "dark", path: "/", maxAge: 31536000, sameSite: "Lax" };
const SESSION_LINE = "session=abc123; Path=/; HttpOnly; Secure; SameSite=Lax";
const THEME_LINE = "theme=dark; Path=/; Max-Age=31536000; SameSite=Lax";

/** Which family methods the builder has right now (a family has landed when its method exists). */
export function landed(lib) {
  const probe = lib.respond();
  return {
    cacheControl: typeof probe.cacheControl === "function",
    cookie: typeof probe.cookie === "function",
    hsts: typeof probe.hsts === "function",
  };
}

/** The variants of the typical response, as functions that each return a fresh `Response`. */
export function variants(lib) {
  const has = landed(lib);
  const cookies = has.cookie;
  const { respond } = lib;

  const cacheControl = has.cacheControl ? (b) => b.cacheControl(CACHE) : (b) => b.header("Cache-Control", CACHE);
  const hsts = has.hsts
    ? (b) => b.hsts({ maxAge: 63072000, includeSubDomains: true, preload: true })
    : (b) => b.header("Strict-Transport-Security", HSTS);
  const cookie = (b, { name, value, ...options }) => b.cookie(name, value, options);

  const builder = () => {
    let b = cacheControl(respond().status(200).contentType(TYPE));
    if (cookies) b = cookie(cookie(b, SESSION), THEME);
    return hsts(b.header("X-Request-Id", REQUEST_ID)).text(BODY);
  };

  const hand = () => {
    const headers = new Headers();
    headers.set("Content-Type", TYPE);
    headers.set("Cache-Control", CACHE);
    if (cookies) {
      headers.append("Set-Cookie", SESSION_LINE);
      headers.append("Set-Cookie", THEME_LINE);
    }
    headers.set("X-Request-Id", REQUEST_ID);
    headers.set("Strict-Transport-Security", HSTS);
    return new Response(BODY, { status: 200, headers });
  };

  // The same lines written by hand into the Response's own Headers (what build() does): no init.headers
  // for new Response to convert and copy. Timed for reference, so that the report shows what the
  // hand-written baseline leaves on the table.
  const handInto = () => {
    const res = new Response(BODY, { status: 200 });
    const headers = res.headers;
    headers.set("Content-Type", TYPE);
    headers.set("Cache-Control", CACHE);
    if (cookies) {
      headers.append("Set-Cookie", SESSION_LINE);
      headers.append("Set-Cookie", THEME_LINE);
    }
    headers.set("X-Request-Id", REQUEST_ID);
    headers.set("Strict-Transport-Security", HSTS);
    return res;
  };

  // A template: what every response of a route shares, built once; each response adds its own lines.
  const base = hsts(cacheControl(respond().contentType(TYPE)));
  const template = () => {
    let b = base;
    if (cookies) b = cookie(cookie(b, SESSION), THEME);
    return b.header("X-Request-Id", REQUEST_ID).text(BODY);
  };
  const baseLines = [
    ["Content-Type", TYPE],
    ["Cache-Control", CACHE],
    ["Strict-Transport-Security", HSTS],
  ];
  const handTemplate = () => {
    const headers = new Headers(baseLines);
    if (cookies) {
      headers.append("Set-Cookie", SESSION_LINE);
      headers.append("Set-Cookie", THEME_LINE);
    }
    headers.set("X-Request-Id", REQUEST_ID);
    return new Response(BODY, { status: 200, headers });
  };

  const remix = () => {
    const headers = new SuperHeaders({
      contentType: TYPE,
      cacheControl: { private: true, maxAge: 60 },
      ...(cookies ? { setCookie: [SESSION, THEME] } : {}),
      "X-Request-Id": REQUEST_ID,
      strictTransportSecurity: HSTS,
    });
    return new Response(BODY, { status: 200, headers });
  };

  const app = new Hono();
  app.get("/", (c) => {
    c.status(200);
    c.header("Content-Type", TYPE);
    c.header("Cache-Control", CACHE);
    if (cookies) {
      setCookie(c, SESSION.name, SESSION.value, { path: "/", httpOnly: true, secure: true, sameSite: "Lax" });
      setCookie(c, THEME.name, THEME.value, { path: "/", maxAge: 31536000, sameSite: "Lax" });
    }
    c.header("X-Request-Id", REQUEST_ID);
    c.header("Strict-Transport-Security", HSTS);
    return c.body(BODY);
  });
  // One Request reused: the route's cost (routing, Context, handler, Response), not the Request's.
  const request = new Request("http://localhost/");
  const hono = () => app.fetch(request);

  return { has, builder, hand, handInto, template, handTemplate, remix, hono };
}

// Attribute order and case differ between serializers (`SameSite=Lax` vs `samesite=lax`); compare
// each line as a sorted list of its lower-cased parts.
function normalize(headers) {
  const lines = [];
  headers.forEach((value, name) => {
    if (name !== "set-cookie") lines.push(`${name}: ${split(value)}`);
  });
  for (const line of headers.getSetCookie()) lines.push(`set-cookie: ${split(line)}`);
  return lines.sort();
}
function split(value) {
  return value
    .split(/[;,]/u)
    .map((part) => part.trim().toLowerCase())
    .sort()
    .join("; ");
}

/**
 * Throws unless every variant sends the same status, header lines and body as the hand-written one;
 * returns the builder's header lines.
 */
export async function checkSameHeaders(all) {
  const want = await all.hand();
  const wantLines = normalize(want.headers);
  const wantBody = await want.text();
  for (const [name, make] of Object.entries(all)) {
    if (typeof make !== "function") continue;
    const res = await make();
    const lines = normalize(res.headers);
    const body = await res.text();
    if (res.status !== want.status || body !== wantBody || lines.join("\n") !== wantLines.join("\n")) {
      throw new Error(`variant ${name} differs from the hand-written response:\n${lines.join("\n")}\n--- want ---\n${wantLines.join("\n")}`);
    }
  }
  // What the builder sends, as sent (the comparison above works on normalized lines).
  const sent = [];
  (await all.builder()).headers.forEach((value, name) => {
    if (name !== "set-cookie") sent.push(`${name}: ${value}`);
  });
  for (const line of (await all.builder()).headers.getSetCookie()) sent.push(`set-cookie: ${line}`);
  return sent;
}

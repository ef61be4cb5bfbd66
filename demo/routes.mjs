// The demo's routes: each builds its response with typed-headers; the page shows this very code.
// `npm test` type-checks this file against the built types (tsconfig.demo.json), so every literal
// below passed the compiler's checks.
import { cookieValue, cors, nonce, respond, secure } from "../dist/index.js";

/** What each header makes the browser (or a cache) do, in one line. */
export const meaning = {
  "content-type": "tells the browser how to read the body (and in which charset)",
  "x-powered-by": "a custom header: any token name, any checked field value",
  "x-request-id": "a custom header, e.g. for tracing a request through logs",
  location: "sends the browser on to another URL",
  "cache-control": "how long the browser (and shared caches) may reuse the response without asking again",
  "cdn-cache-control": "the same, for CDNs only; browsers ignore it",
  etag: "a version tag: the browser sends it back as If-None-Match and gets a 304 while it still matches",
  "last-modified": "the browser sends it back as If-Modified-Since",
  vary: "caches keep one copy per value of these request headers",
  "set-cookie": "stores a cookie (one field line per cookie)",
  "strict-transport-security": "the browser uses HTTPS only for this host (and subdomains) for max-age seconds",
  "content-security-policy": "which scripts, styles, frames… the page may load; the rest is blocked",
  "x-content-type-options": "nosniff: the browser never guesses a type, so a text file cannot run as a script",
  "x-frame-options": "DENY: no other page may frame this one (clickjacking)",
  "referrer-policy": "how much of this URL the browser sends as Referer on the next request",
  "permissions-policy": "which powerful features (camera, geolocation, …) the page may use",
  "cross-origin-opener-policy": "same-origin: pop-ups from other origins get no handle on this window",
  "cross-origin-resource-policy": "same-origin: other origins may not embed this resource",
  "x-permitted-cross-domain-policies": "none: Flash/PDF clients may not load cross-domain policy files",
  "origin-agent-cluster": "asks the browser to isolate this origin in its own agent cluster",
  "x-xss-protection": "0: turns off the old XSS auditor, which did more harm than good",
  "access-control-allow-origin": "that origin's scripts may read this response",
  "access-control-allow-credentials": "…even when the request carried cookies",
  "content-disposition": "attachment: the browser downloads the body and suggests this file name",
  link: "preload/preconnect hints: the browser fetches or connects early",
  "content-language": "the language of the content, for translation prompts and screen readers",
  "server-timing": "shows the server's timings in the developer tools' Network › Timing tab",
  "retry-after": "clients wait this long before trying again",
  "clear-site-data": "the browser wipes this site's cookies and storage",
};

export const routes = [
  {
    path: "/text",
    title: "Plain text with custom headers",
    build: () =>
      respond()
        .status(200)
        .contentType("text/plain; charset=utf-8")
        .header("X-Powered-By", "Flask")
        .header("X-Request-Id", crypto.randomUUID())
        .text("Welcome to my site!"),
  },
  {
    path: "/json",
    title: "JSON",
    build: () => respond().status(201).json({ id: 42, name: "Ada", roles: ["admin"] }),
  },
  {
    path: "/cache",
    title: "Caching and conditional requests (reload: the second answer is a 304)",
    build: (/** @type {Request} */ request) =>
      respond()
        .contentType("text/plain; charset=utf-8")
        .cacheControl("public, max-age=60, stale-while-revalidate=30")
        .cdnCacheControl({ maxAge: 600 })
        .etag("v1-2026-11-27")
        .lastModified(new Date("2026-11-27T12:00:00Z"))
        .vary("Accept-Encoding")
        .conditional(request, "Cached for a minute; revalidated with the ETag after that."),
  },
  {
    path: "/cookies",
    title: "Cookies that browsers will not drop",
    build: () =>
      respond()
        .cookie("__Host-session", cookieValue(crypto.randomUUID()), {
          secure: true,
          httpOnly: true,
          path: "/",
          sameSite: "Lax",
          maxAge: 3600,
        })
        .cookie("theme", "dark", { path: "/", maxAge: 31536000, sameSite: "Lax" })
        .clearCookie("legacy_session", { path: "/" })
        .text("Three Set-Cookie field lines: a session, a preference, and one cleared."),
  },
  {
    path: "/secure",
    title: "Security headers: the secure() preset, a CSP nonce and CORS",
    build: () => {
      const scriptNonce = nonce();
      return respond()
        .use(secure())
        .csp({
          "default-src": ["'self'"],
          "script-src": [`'nonce-${scriptNonce}'`],
          "frame-ancestors": ["'none'"],
        })
        .permissionsPolicy({ geolocation: ["self"], camera: [] })
        .use(cors({ origin: "https://app.example", credentials: true }))
        .html(`<p id="out">The nonced script ran: <span></span></p>
<script nonce="${scriptNonce}">document.querySelector("#out span").textContent = "yes";</script>`);
    },
  },
  {
    path: "/download",
    title: "A download with a non-ASCII file name",
    build: () =>
      respond()
        .link("/app.css", { rel: "preload", as: "style" })
        .contentLanguage("en")
        .serverTiming("db", { dur: 12.3, desc: "Postgres" })
        .file("name,city\nAda,London\n", "résumé 2024.csv"),
  },
  {
    path: "/maintenance",
    title: "Service unavailable, with Retry-After",
    build: () => respond().status(503).retryAfter(120).text("Back in two minutes."),
  },
  {
    path: "/logout",
    title: "Logout: wipe the site's data, then redirect",
    build: () => respond().clearSiteData("cookies", "storage").redirect("/text", 303),
  },
];

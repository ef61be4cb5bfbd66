// The demo's routes: each builds its response with typed-headers; the page shows this very code.
import { respond } from "../dist/index.js";

/** What each header makes the browser (or a cache) do, in one line. */
export const meaning = {
  "content-type": "tells the browser how to read the body (and in which charset)",
  "x-powered-by": "a custom header: any token name, any checked field value",
  "x-request-id": "a custom header, e.g. for tracing a request through logs",
  location: "sends the browser on to another URL",
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
    path: "/redirect",
    title: "A redirect",
    build: () => respond().redirect("/text", 303),
  },
];

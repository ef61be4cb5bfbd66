// A Hono app: handlers return the Response typed-headers builds. Hono runs on any fetch runtime; here it
// is served by node:http through typed-headers/node (with Bun or Deno, pass app.fetch to their serve()).
import { Hono } from "hono";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { respond } from "typed-headers";
import { sendResponse } from "typed-headers/node";

export const app = new Hono();

app.get("/", () =>
  respond()
    .hsts({ maxAge: 63072000, includeSubDomains: true })
    .noSniff()
    .frameOptions("DENY")
    .referrerPolicy("no-referrer")
    .cacheControl("no-cache")
    .html("<h1>Hello from Hono</h1>"),
);
app.get("/api", () =>
  respond()
    .status(201)
    .header("X-Request-Id", "abc123")
    .cookie("__Host-session", "abc123", { secure: true, httpOnly: true, path: "/", sameSite: "Lax" })
    .cookie("theme", "dark", { maxAge: 31536000 })
    .json({ ok: true }),
);
app.get("/report.csv", () => respond().file("id,name\n1,Ada\n", "résumé 2024.csv"));

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://localhost");
  void Promise.resolve(app.fetch(new Request(url, { method: request.method ?? "GET" }))).then((res) => sendResponse(response, res));
});

server.listen(Number(process.env["PORT"] ?? 3000), "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  console.log(`listening http://127.0.0.1:${port}/`);
});

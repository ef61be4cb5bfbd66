// A plain node:http server: build a Web Response with typed-headers, write it with typed-headers/node.
// Run: npm run build && node --experimental-strip-types examples/node-http.ts (Node ≥ 22.6), or bundle it.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { respond } from "typed-headers";
import { sendResponse } from "typed-headers/node";

function route(path: string): Response {
  switch (path) {
    case "/":
      return respond()
        .hsts({ maxAge: 63072000, includeSubDomains: true })
        .noSniff()
        .frameOptions("DENY")
        .referrerPolicy("no-referrer")
        .cacheControl("no-cache")
        .html("<h1>Hello from node:http</h1>");
    case "/api":
      return respond()
        .status(201)
        .header("X-Request-Id", "abc123")
        .cookie("__Host-session", "abc123", { secure: true, httpOnly: true, path: "/", sameSite: "Lax" })
        .cookie("theme", "dark", { maxAge: 31536000 })
        .json({ ok: true });
    case "/report.csv":
      return respond().file("id,name\n1,Ada\n", "résumé 2024.csv");
    default:
      return respond().status(404).text("Not found");
  }
}

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  void sendResponse(response, route(pathname));
});

server.listen(Number(process.env["PORT"] ?? 3000), "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  console.log(`listening http://127.0.0.1:${port}/`);
});

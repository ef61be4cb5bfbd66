// An Express route: build the Response with typed-headers, send it with typed-headers/node.
// Run: npm run build, then bundle or run this file with a TypeScript-aware Node.
import express from "express";
import type { AddressInfo } from "node:net";
import { respond } from "typed-headers";
import { sendResponse } from "typed-headers/node";

const app = express();
app.disable("x-powered-by");

app.get("/", (_request, response) => {
  void sendResponse(
    response,
    respond()
      .hsts({ maxAge: 63072000, includeSubDomains: true })
      .noSniff()
      .frameOptions("DENY")
      .referrerPolicy("no-referrer")
      .cacheControl("no-cache")
      .html("<h1>Hello from Express</h1>"),
  );
});

app.get("/api", (_request, response) => {
  void sendResponse(
    response,
    respond()
      .status(201)
      .header("X-Request-Id", "abc123")
      .cookie("__Host-session", "abc123", { secure: true, httpOnly: true, path: "/", sameSite: "Lax" })
      .cookie("theme", "dark", { maxAge: 31536000 })
      .json({ ok: true }),
  );
});

app.get("/report.csv", (_request, response) => {
  void sendResponse(response, respond().file("id,name\n1,Ada\n", "résumé 2024.csv"));
});

const server = app.listen(Number(process.env["PORT"] ?? 3000), "127.0.0.1", () => {
  const { port } = server.address() as AddressInfo;
  console.log(`listening http://127.0.0.1:${port}/`);
});

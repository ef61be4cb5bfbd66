// A Cloudflare Worker (module syntax) with typed-headers. Run: wrangler dev examples/worker.ts
import { respond } from "typed-headers";

export default {
  fetch(request: Request): Response {
    switch (new URL(request.url).pathname) {
      case "/":
        return respond()
          .hsts({ maxAge: 63072000, includeSubDomains: true })
          .noSniff()
          .frameOptions("DENY")
          .referrerPolicy("no-referrer")
          .cacheControl("no-cache")
          .html("<h1>Hello from a Worker</h1>");
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
  },
};

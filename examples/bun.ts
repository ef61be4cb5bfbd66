// Bun.serve with typed-headers. Run: bun run examples/bun.ts
import { respond } from "typed-headers";

// Bun's own types (bun-types) declare this; the declaration lets Node's type-checker read the file too.
declare const Bun: {
  serve(options: { hostname: string; port: number; fetch: (request: Request) => Response }): { url: URL };
  env: Record<string, string | undefined>;
};

function route(request: Request): Response {
  switch (new URL(request.url).pathname) {
    case "/":
      return respond()
        .hsts({ maxAge: 63072000, includeSubDomains: true })
        .noSniff()
        .frameOptions("DENY")
        .referrerPolicy("no-referrer")
        .cacheControl("no-cache")
        .html("<h1>Hello from Bun</h1>");
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

const server = Bun.serve({ hostname: "127.0.0.1", port: Number(Bun.env["PORT"] ?? 3000), fetch: route });
console.log(`listening ${server.url.href}`);

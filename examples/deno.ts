// Deno.serve with typed-headers. Run: deno run --allow-net --allow-env examples/deno.ts
// (with an import map that maps "typed-headers" to the package, e.g. npm:typed-headers).
import { respond } from "typed-headers";

// Deno's own types declare this; the declaration lets Node's type-checker read the file too.
declare const Deno: {
  serve(
    options: { hostname: string; port: number; onListen: (address: { port: number }) => void },
    handler: (request: Request) => Response,
  ): unknown;
  env: { get(name: string): string | undefined };
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
        .html("<h1>Hello from Deno</h1>");
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

Deno.serve(
  {
    hostname: "127.0.0.1",
    port: Number(Deno.env.get("PORT") ?? 3000),
    onListen: ({ port }) => console.log(`listening http://127.0.0.1:${port}/`),
  },
  route,
);

// The framework examples run: each is bundled as a user's build would (typed-headers from dist/),
// started in its runtime, fetched over HTTP on 127.0.0.1, and its headers checked.
import type { ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertFreshBuild, bundleExample, root } from "./bundle.js";
import { startServer, stop } from "./servers.js";

interface Example {
  file: string;
  runtime: "node" | "bun" | "deno" | "workerd";
  greeting: string;
}

const examples: Example[] = [
  { file: "node-http.ts", runtime: "node", greeting: "Hello from node:http" },
  { file: "express.ts", runtime: "node", greeting: "Hello from Express" },
  { file: "hono.ts", runtime: "node", greeting: "Hello from Hono" },
  { file: "deno.ts", runtime: "deno", greeting: "Hello from Deno" },
  { file: "bun.ts", runtime: "bun", greeting: "Hello from Bun" },
  { file: "worker.ts", runtime: "workerd", greeting: "Hello from a Worker" },
];

beforeAll(() => {
  assertFreshBuild();
});

async function start(example: Example): Promise<{ url: string; close: () => Promise<void> }> {
  const bundled = await bundleExample(example.file, `example-${example.file.replace(/\.ts$/u, ".mjs")}`, example.runtime === "node" ? "node" : "neutral");
  if (example.runtime === "workerd") {
    const { Miniflare } = await import("miniflare");
    const mf = new Miniflare({ modules: true, scriptPath: bundled, compatibilityDate: "2026-07-01", host: "127.0.0.1", port: 0 });
    const url = (await mf.ready).href;
    return { url, close: () => mf.dispose() };
  }
  const env = { PORT: "0", DENO_NO_UPDATE_CHECK: "1" };
  let started: { child: ChildProcess; url: string };
  if (example.runtime === "node") started = await startServer(process.execPath, [bundled], env);
  else if (example.runtime === "bun") started = await startServer(path.join(root, "node_modules/.bin/bun"), ["run", bundled], env);
  else started = await startServer(path.join(root, "node_modules/.bin/deno"), ["run", "--quiet", "--no-prompt", "--allow-net=127.0.0.1", "--allow-env=PORT", bundled], env);
  return { url: started.url, close: async () => stop(started.child) };
}

for (const example of examples) {
  describe(`examples/${example.file} (${example.runtime})`, () => {
    let server: { url: string; close: () => Promise<void> } | undefined;
    beforeAll(async () => {
      server = await start(example);
    });
    afterAll(async () => server?.close());

    const get = (pathname: string): Promise<Response> => {
      if (server === undefined) throw new Error(`examples/${example.file} did not start`);
      return fetch(new URL(pathname, server.url), { headers: { "accept-encoding": "identity" } });
    };

    it("GET / sends the security headers and the page", async () => {
      const response = await get("/");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("strict-transport-security")).toBe("max-age=63072000; includeSubDomains");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("referrer-policy")).toBe("no-referrer");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(response.headers.has("x-powered-by")).toBe(false);
      expect(await response.text()).toBe(`<h1>${example.greeting}</h1>`);
    });

    it("GET /api sends 201 JSON and two cookies as two Set-Cookie fields", async () => {
      const response = await get("/api");
      expect(response.status).toBe(201);
      expect(response.headers.getSetCookie()).toEqual([
        "__Host-session=abc123; Path=/; Secure; HttpOnly; SameSite=Lax",
        "theme=dark; Max-Age=31536000",
      ]);
      expect(response.headers.get("content-type")).toBe("application/json");
      expect(response.headers.get("x-request-id")).toBe("abc123");
      expect(await response.json()).toEqual({ ok: true });
    });

    it("GET /report.csv downloads résumé 2024.csv", async () => {
      const response = await get("/report.csv");
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/csv/u);
      expect(response.headers.get("content-disposition")).toBe(
        `attachment; filename="r_sum_ 2024.csv"; filename*=UTF-8''r%C3%A9sum%C3%A9%202024.csv`,
      );
      expect(await response.text()).toBe("id,name\n1,Ada\n");
    });
  });
}

// `npm run demo`: a server on 127.0.0.1 (PORT, default 8787) answering routes built with typed-headers.
// It prints a `curl -i`-style dump of each route at start; `--once` prints and exits.
import { createServer } from "node:http";
import { sendResponse } from "../dist/node.js";
import { respond } from "../dist/index.js";
import { meaning, routes } from "./routes.mjs";

const port = Number(process.env.PORT ?? 8787);
const once = process.argv.includes("--once");

/** A Web Request for a Node request: what the routes' conditional() needs (method and headers). */
function toRequest(req) {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  return new Request(new URL(req.url ?? "/", `http://127.0.0.1:${port}`), { method: req.method, headers });
}

function escape(text) {
  return text.replace(/[&<>"']/gu, (char) => `&#${char.charCodeAt(0)};`);
}

function codeOf(route) {
  const source = route.build.toString().replace(/^\((?:\/\*\* @type \{Request\} \*\/ )?(?:request)?\) =>\s*/u, "");
  const lines = source.split("\n");
  const indent = Math.min(...lines.slice(1).filter((line) => line.trim()).map((line) => line.match(/^ */u)[0].length));
  return [lines[0], ...lines.slice(1).map((line) => line.slice(Number.isFinite(indent) ? indent - 2 : 0))].join("\n");
}

async function dump(route) {
  const response = route.build(new Request(`http://127.0.0.1:${port}${route.path}`));
  const lines = [`HTTP/1.1 ${response.status} ${response.statusText || ""}`.trimEnd()];
  for (const [name, value] of response.headers) {
    if (name === "set-cookie") continue;
    lines.push(`${name}: ${value}`);
  }
  for (const cookie of response.headers.getSetCookie()) lines.push(`set-cookie: ${cookie}`);
  const body = await response.text();
  return { response, text: `${lines.join("\n")}\n\n${body.length > 200 ? `${body.slice(0, 200)}…` : body}` };
}

async function page() {
  const sections = [];
  for (const route of routes) {
    const { response } = await dump(route);
    const rows = [];
    const seen = [...response.headers].map(([name, value]) => [name, value]);
    for (const cookie of response.headers.getSetCookie()) seen.push(["set-cookie", cookie]);
    for (const [name, value] of seen) {
      if (name === "set-cookie" && !value.includes("=")) continue;
      rows.push(
        `<tr><td><code>${escape(name)}</code></td><td><code>${escape(value)}</code></td><td>${escape(meaning[name] ?? "")}</td></tr>`,
      );
    }
    sections.push(`<section>
  <h2>${escape(route.title)} — <a href="${route.path}">${route.path}</a></h2>
  <pre>${escape(codeOf(route))}</pre>
  <p>Status <b>${response.status}</b></p>
  <table><tr><th>header</th><th>value</th><th>what it makes the browser do</th></tr>${rows.join("")}</table>
</section>`);
  }
  return respond()
    .contentType("text/html; charset=utf-8")
    .html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>typed-headers demo</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}
pre{background:#f4f4f4;padding:.75rem;overflow:auto}table{border-collapse:collapse;width:100%}
td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}section{margin-bottom:2.5rem}</style>
</head><body><h1>typed-headers demo</h1>
<p>Every response below was built with <code>respond()</code>: its headers were checked by the compiler and again at run time.
Follow a link to see the real response (your browser's developer tools show its headers).</p>
${sections.join("\n")}</body></html>`);
}

for (const route of routes) {
  const { text } = await dump(route);
  console.log(`$ curl -i http://127.0.0.1:${port}${route.path}\n${text}\n`);
}

if (once) {
  console.log(`demo: ${routes.length} routes built and printed`);
} else {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    const route = routes.find((candidate) => candidate.path === path);
    const response = path === "/" ? page() : route !== undefined ? Promise.resolve(route.build(toRequest(req))) : Promise.resolve(respond().status(404).text("Not found"));
    response
      .then((built) => sendResponse(res, built))
      .catch((error) => {
        console.error(error);
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
  });
  server.listen(port, "127.0.0.1", () => {
    console.log(`typed-headers demo on http://127.0.0.1:${port}/ (Ctrl-C to stop)`);
  });
}

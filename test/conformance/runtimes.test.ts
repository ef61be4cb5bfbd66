// The runtime matrix: the same responses (cases.ts), built by dist/index.js, observed through each
// platform's own Response and Headers — Node, @edge-runtime/vm, Bun, Deno, workerd (miniflare) — and,
// where the platform has a server, fetched over HTTP on 127.0.0.1 so the field lines are seen on the wire.
// A runtime that cannot start fails its tests: nothing here is skipped.
import type { ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertFreshBuild, bundle, root } from "./bundle.js";
import { startServer, stop } from "./servers.js";
import {
  cases,
  handle,
  observe,
  observeAll,
  problems,
  refusalProblems,
  refusals,
  type ErrorObservation,
  type Lib,
  type Observation,
  type Platform,
} from "./cases.js";

interface Run {
  cases: Observation[];
  refusals: ErrorObservation[];
}

const SERVER_ENTRY_IMPORTS = `import * as lib from "./dist/index.js";\nimport { handle } from "./test/conformance/cases.ts";\n`;

/** Fetches every case from a server over HTTP and observes it with Node's own fetch. */
async function overHttp(base: string): Promise<Observation[]> {
  const out: Observation[] = [];
  for (const testCase of cases) {
    const url = new URL(base);
    url.searchParams.set("case", testCase.name);
    out.push(await observe(testCase.name, await fetch(url, { redirect: "manual" })));
  }
  return out;
}

async function fetchRun(base: string): Promise<Run> {
  const response = await fetch(new URL("/observe", base));
  expect(response.status).toBe(200);
  return (await response.json()) as Run;
}

/** The assertions every runtime must pass: one test per case and per refusal. */
function judge(label: string, platform: Platform, load: () => Run | undefined, transport = false): void {
  describe(label, () => {
    it.each(cases.map((testCase, index) => [testCase.name, index] as const))("%s", (_name, index) => {
      const run = load();
      expect(run, `${label} produced no observations`).toBeDefined();
      const seen = run?.cases[index];
      const testCase = cases[index];
      expect(seen?.name).toBe(testCase?.name);
      if (seen === undefined || testCase === undefined) return;
      expect(problems(testCase, platform, seen, transport)).toEqual([]);
    });
    if (transport) return;
    refusals.forEach((refusal, index) => {
      // A known bug is asserted as failing, so the suite stays honest and turns red once it is fixed.
      const test = refusal.bug === undefined ? it : it.fails;
      test(`refuses: ${refusal.name}${refusal.bug === undefined ? "" : ` (known bug: ${refusal.bug})`}`, () => {
        const seen = load()?.refusals[index];
        expect(seen).toBeDefined();
        if (seen === undefined) return;
        expect(refusalProblems(refusal, seen)).toEqual([]);
      });
    });
  });
}

beforeAll(() => {
  assertFreshBuild();
});

describe("Node", () => {
  let run: Run | undefined;
  let http: Observation[] | undefined;
  let server: Server | undefined;
  beforeAll(async () => {
    const lib = (await import(path.join(root, "dist/index.js"))) as Lib;
    const { sendResponse } = (await import(path.join(root, "dist/node.js"))) as typeof import("../../src/node.js");
    run = await observeAll(lib);
    server = createServer((request, response) => {
      const url = new URL(request.url ?? "/", "http://127.0.0.1");
      // A case that throws must still answer, or the fetch would wait forever.
      void handle(lib, new Request(url))
        .catch((error: unknown) => new Response(String(error), { status: 500 }))
        .then((res) => sendResponse(response, res));
    });
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    http = await overHttp(`http://127.0.0.1:${port}/`);
  });
  afterAll(() => new Promise<void>((resolve) => (server === undefined ? resolve() : server.close(() => resolve()))));
  judge(`Node ${process.version}: Response and Headers`, "node", () => run);
  judge("Node: node:http through typed-headers/node, fetched over HTTP", "node-http", () => (http === undefined ? undefined : { cases: http, refusals: [] }), true);
});

describe("@edge-runtime/vm", () => {
  let run: Run | undefined;
  beforeAll(async () => {
    const file = await bundle(
      "edge.js",
      `import * as lib from "./dist/index.js";\nimport { observeAll } from "./test/conformance/cases.ts";\n` +
        `globalThis.__conformance = async () => JSON.stringify(await observeAll(lib));\n`,
      "iife",
    );
    const { EdgeVM } = await import("@edge-runtime/vm");
    const vm = new EdgeVM();
    vm.evaluate(readFileSync(file, "utf8"));
    run = JSON.parse(await vm.evaluate<Promise<string>>("globalThis.__conformance()")) as Run;
  });
  judge("@edge-runtime/vm: Response and Headers", "edge-runtime", () => run);
});

for (const runtime of ["Bun", "Deno"] as const) {
  describe(runtime, () => {
    let child: ChildProcess | undefined;
    let run: Run | undefined;
    let http: Observation[] | undefined;
    beforeAll(async () => {
      const serve =
        runtime === "Bun"
          ? `const server = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: (request) => handle(lib, request) });\n` +
            `console.log("listening " + server.url.href);\n`
          : `Deno.serve({ hostname: "127.0.0.1", port: 0, onListen: ({ port }) => console.log("listening http://127.0.0.1:" + port + "/") },` +
            ` (request) => handle(lib, request));\n`;
      const file = await bundle(`${runtime.toLowerCase()}.js`, SERVER_ENTRY_IMPORTS + serve);
      const started =
        runtime === "Bun"
          ? await startServer(path.join(root, "node_modules/.bin/bun"), ["run", file])
          : await startServer(path.join(root, "node_modules/.bin/deno"), ["run", "--quiet", "--no-prompt", "--allow-net=127.0.0.1", file], {
              DENO_NO_UPDATE_CHECK: "1",
            });
      child = started.child;
      run = await fetchRun(started.url);
      http = await overHttp(started.url);
    });
    afterAll(() => stop(child));
    judge(`${runtime}: Response and Headers`, runtime === "Bun" ? "bun" : "deno", () => run);
    judge(`${runtime}: ${runtime}.serve, fetched over HTTP`, runtime === "Bun" ? "bun-http" : "deno-http", () => (http === undefined ? undefined : { cases: http, refusals: [] }), true);
  });
}

describe("workerd (miniflare)", () => {
  let dispose: (() => Promise<void>) | undefined;
  let run: Run | undefined;
  let http: Observation[] | undefined;
  beforeAll(async () => {
    const file = await bundle("worker.js", SERVER_ENTRY_IMPORTS + `export default { fetch: (request) => handle(lib, request) };\n`);
    const { Miniflare } = await import("miniflare");
    const mf = new Miniflare({ modules: true, scriptPath: file, compatibilityDate: "2026-07-01", host: "127.0.0.1", port: 0 });
    dispose = () => mf.dispose();
    const url = (await mf.ready).href;
    run = await fetchRun(url);
    http = await overHttp(url);
  });
  afterAll(async () => dispose?.());
  judge("workerd: Response and Headers", "workerd", () => run);
  judge("workerd: a worker on 127.0.0.1, fetched over HTTP", "workerd-http", () => (http === undefined ? undefined : { cases: http, refusals: [] }), true);
});

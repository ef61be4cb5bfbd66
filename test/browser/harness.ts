// The browser suite's parts: Debian's chromium driven by playwright-core with a fresh profile, and
// node:http servers on 127.0.0.1 whose routes are built with the library and written by
// typed-headers/node. A missing chromium is an error, never a skip: CI must not pass without a browser.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { sendResponse } from "../../src/node.js";

/** Where Debian installs chromium; `.ci/run` installs it with apt when it is missing. */
export const CHROMIUM = "/usr/bin/chromium";

/** The flags the issue asks for (playwright adds `--headless`). */
export const CHROMIUM_ARGS: string[] = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A launched browser with its own fresh profile directory. */
export interface Browser {
  context: BrowserContext;
  version: string;
  close: () => Promise<void>;
}

/** Launches chromium with a fresh user-data dir; throws when chromium is missing. */
export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: the browser suite cannot run. Install it (apt-get install -y chromium); .ci/run does this. Refusing to skip.`,
    );
  }
  const profile = mkdtempSync(path.join(tmpdir(), "typed-headers-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
  });
  return {
    context,
    version: context.browser()?.version() ?? "unknown",
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A route: builds the response for a request. */
export type Route = (request: IncomingMessage, url: URL) => Response | Promise<Response>;

/** A node:http server on 127.0.0.1 that counts the requests each path receives. */
export interface Site {
  origin: string;
  /** Requests received for `path` so far. */
  hits: (path: string) => number;
  /** The request headers of the last request to `path`. */
  lastRequest: (path: string) => IncomingMessage["headers"] | undefined;
  close: () => Promise<void>;
}

/** Serves `routes` (by path) on 127.0.0.1 through `sendResponse`; other paths get 404. */
export async function serve(routes: Record<string, Route>): Promise<Site> {
  const hits = new Map<string, number>();
  const last = new Map<string, IncomingMessage["headers"]>();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    last.set(url.pathname, request.headers);
    const route = routes[url.pathname];
    const made = route === undefined ? new Response("not found", { status: 404 }) : route(request, url);
    void Promise.resolve(made)
      .then((res) => sendResponse(response, res))
      .catch((error: unknown) => {
        response.statusCode = 500;
        response.end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    hits: (pathname) => hits.get(pathname) ?? 0,
    lastRequest: (pathname) => last.get(pathname),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

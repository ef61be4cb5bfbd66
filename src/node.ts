// typed-headers/node: writes a Web Response to a Node.js `http.ServerResponse`, so that Express, Fastify
// and plain `node:http` handlers can use the builder. Node-only; the core stays runtime-neutral.

/**
 * The part of Node's `http.ServerResponse` that {@link sendResponse} uses (an Express `res` fits).
 *
 * @example
 * ```ts
 * import type { ServerResponseLike } from "typed-headers/node";
 * import type { ServerResponse } from "node:http";
 * const check = (res: ServerResponse): ServerResponseLike => res;
 * ```
 */
export interface ServerResponseLike {
  statusCode: number;
  statusMessage: string;
  readonly destroyed?: boolean;
  setHeader(name: string, value: string | string[]): unknown;
  write(chunk: Uint8Array): boolean;
  end(chunk?: Uint8Array): unknown;
  destroy(error?: Error): unknown;
  once(event: "drain" | "close" | "error", listener: (...args: unknown[]) => void): unknown;
  off(event: "drain" | "close" | "error", listener: (...args: unknown[]) => void): unknown;
}

/**
 * Writes a Web `Response` to a Node.js `http.ServerResponse`: the status, every header (each
 * Set-Cookie as its own field line), and the body streamed with back-pressure. Resolves when the
 * response has ended; if the body stream fails, the Node response is destroyed and the promise rejects.
 *
 * @see https://nodejs.org/api/http.html#class-httpserverresponse
 * @param serverResponse Node's response object (an Express `res` works too).
 * @param response The Web `Response`, e.g. from `respond()…text()`.
 * @example
 * ```ts
 * import { createServer } from "node:http";
 * import { respond } from "typed-headers";
 * import { sendResponse } from "typed-headers/node";
 * createServer((req, res) => {
 *   void sendResponse(res, respond().header("X-Powered-By", "typed-headers").text("Hello"));
 * });
 * ```
 */
export async function sendResponse(serverResponse: ServerResponseLike, response: Response): Promise<void> {
  serverResponse.statusCode = response.status;
  if (response.statusText !== "") serverResponse.statusMessage = response.statusText;
  const cookies = response.headers.getSetCookie();
  for (const [name, value] of response.headers) {
    if (name !== "set-cookie") serverResponse.setHeader(name, value);
  }
  if (cookies.length > 0) serverResponse.setHeader("set-cookie", cookies);
  if (response.body === null) {
    serverResponse.end();
    return;
  }
  const reader = response.body.getReader();
  let closed = false;
  const onClose = (): void => {
    closed = true;
  };
  serverResponse.once("close", onClose);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (closed || serverResponse.destroyed === true) {
        await reader.cancel();
        return;
      }
      if (!serverResponse.write(value)) await drained(serverResponse);
    }
    serverResponse.end();
  } catch (error) {
    serverResponse.destroy(error instanceof Error ? error : new Error(String(error)));
    await reader.cancel(error).catch(() => undefined);
    throw error;
  } finally {
    serverResponse.off("close", onClose);
  }
}

function drained(serverResponse: ServerResponseLike): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      serverResponse.off("drain", done);
      serverResponse.off("close", done);
      resolve();
    };
    serverResponse.once("drain", done);
    serverResponse.once("close", done);
  });
}

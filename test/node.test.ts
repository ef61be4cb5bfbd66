import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { respond } from "../src/index.js";
import { sendResponse } from "../src/node.js";

let server: Server | undefined;

afterEach(async () => {
  if (server !== undefined) {
    server.close();
    await once(server, "close");
    server = undefined;
  }
});

async function serve(handler: () => Response): Promise<string> {
  server = createServer((_req, res) => {
    sendResponse(res, handler()).catch(() => undefined);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe("sendResponse()", () => {
  it("writes status, headers and body to node:http", async () => {
    const url = await serve(() => respond({ status: 201, statusText: "Fine" }).header("X-Powered-By", "typed-headers").text("hello"));
    const res = await fetch(url);
    expect(res.status).toBe(201);
    expect(res.statusText).toBe("Fine");
    expect(res.headers.get("x-powered-by")).toBe("typed-headers");
    expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await res.text()).toBe("hello");
  });

  it("keeps each Set-Cookie its own field line", async () => {
    const headers = new Headers();
    headers.append("set-cookie", "a=1; Path=/");
    headers.append("set-cookie", "b=2; Expires=Sun, 06 Nov 1994 08:49:37 GMT");
    const url = await serve(() => new Response("x", { headers }));
    const res = await fetch(url);
    expect(res.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Expires=Sun, 06 Nov 1994 08:49:37 GMT"]);
  });

  it("ends a bodiless response", async () => {
    const url = await serve(() => respond().status(204).build());
    const res = await fetch(url);
    expect(res.status).toBe(204);
    expect(await res.text()).toBe("");
  });

  it("streams a large body with back-pressure", async () => {
    const chunk = new Uint8Array(64 * 1024).fill(97);
    const count = 64;
    let pulled = 0;
    const url = await serve(() =>
      respond()
        .contentType("application/octet-stream")
        .build(
          new ReadableStream<Uint8Array>({
            pull(controller) {
              if (pulled++ < count) controller.enqueue(chunk);
              else controller.close();
            },
          }),
        ),
    );
    const res = await fetch(url);
    const body = new Uint8Array(await res.arrayBuffer());
    expect(body.length).toBe(chunk.length * count);
    expect(body.every((byte) => byte === 97)).toBe(true);
  });

  it("a failing body stream destroys the response and rejects", async () => {
    let failure: Promise<void> | undefined;
    server = createServer((_req, res) => {
      failure = sendResponse(
        res,
        new Response(
          new ReadableStream({
            start(controller) {
              controller.enqueue(new TextEncoder().encode("partial"));
              controller.error(new Error("disk gone"));
            },
          }),
        ),
      );
      failure.catch(() => undefined);
    });
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await expect(fetch(url).then((res) => res.text())).rejects.toThrow();
    await expect(failure).rejects.toThrow("disk gone");
  });
});

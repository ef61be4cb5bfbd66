// The cors() preset: the CORS headers of a response to an actual (non-preflight) request, for use().
// Preflights are answered by the builder's preflight() terminal.

import type { Preset } from "../builder.js";
import { serializeCors, type CorsCheck, type CorsInit } from "../headers/cors.js";

/**
 * A preset for `use()` that lets one origin (or `*`) read the response: Access-Control-Allow-Origin,
 * -Allow-Credentials and -Expose-Headers, and `Vary: Origin` when the origin is not `*`.
 *
 * `origin: "*"` with `credentials: true` is a compile error and a `HeaderError`, as browsers refuse it;
 * an origin with a path or a trailing slash is refused too, as it would never match.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/CORS
 * @see https://fetch.spec.whatwg.org/#http-responses
 * @param options The allowed origin, and `credentials`, `exposeHeaders`.
 * @example
 * ```ts
 * import { cors, respond } from "typed-headers";
 * const res = respond()
 *   .use(cors({ origin: "https://app.example", credentials: true, exposeHeaders: ["X-Request-Id"] }))
 *   .json({ ok: true });
 * ```
 */
export function cors<const TOptions extends CorsInit>(options: TOptions & CorsCheck<TOptions>): Preset {
  // Checked once, when the preset is made, so that a wrong option fails at start-up, not per request.
  const lines = serializeCors(options);
  return (builder) =>
    lines.reduce((next, [name, value]) => (name === "vary" ? next.append("Vary", value as never) : next.header(name as never, value as never)), builder);
}

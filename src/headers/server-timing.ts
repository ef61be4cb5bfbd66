// Server-Timing (W3C Server Timing §3): metrics the browser shows in its network panel and exposes to
// PerformanceServerTiming.
//
//   Server-Timing             = #server-timing-metric
//   server-timing-metric      = metric-name *( OWS ";" OWS server-timing-param )
//   metric-name               = token
//   server-timing-param       = server-timing-param-name OWS "=" OWS server-timing-param-value
//   server-timing-param-value = token / quoted-string      ; "dur" (milliseconds) and "desc"

import type { Brand } from "../brand.js";
import { fail, type HeaderTypeError } from "../errors.js";
import { QDTEXT_RE, TOKEN_RE, checkField, needObject, show, tokenOrQuote, type FieldValueProblem, type IsToken, type IsDynamic } from "../internal/grammar.js";
import { readParams, type ParamsProblem, type ReadToken, type TrimStart } from "./content-disposition.js";

// ---------------------------------------------------------------------------------------------------
// Grammar types

/**
 * A metric as an object: what {@link parseServerTiming} returns and {@link serializeServerTiming} takes.
 *
 * @example
 * ```ts
 * import type { ServerTimingInit } from "typed-headers";
 * const metric: ServerTimingInit = { name: "db", dur: 53.2, desc: "Postgres" };
 * ```
 */
export interface ServerTimingInit {
  /** The metric name, a token such as `db` or `cache`. */
  name: string;
  /** The duration in milliseconds, finite and not negative. */
  dur?: number;
  /** A description shown in developer tools. */
  desc?: string;
}

/**
 * What a metric name argument accepts: a literal token, or a `string` checked at run time.
 *
 * @example
 * ```ts
 * import type { MetricNameArg } from "typed-headers";
 * type Accepted = MetricNameArg<"db">; // "db"
 * ```
 */
export type MetricNameArg<TName extends string> = IsDynamic<TName> extends true
  ? TName
  : IsToken<TName> extends true
    ? TName
    : HeaderTypeError<`Invalid Server-Timing metric name '${NoInfer<TName>}': a name is a token (letters, digits and !#$%&'*+-.^_\`|~), e.g. 'db'`>;

/**
 * What the `dur` option accepts: a non-negative number of milliseconds.
 *
 * @example
 * ```ts
 * import type { DurationArg } from "typed-headers";
 * type Accepted = DurationArg<12.5>; // 12.5
 * ```
 */
export type DurationArg<TDur extends number> = number extends TDur
  ? TDur
  : `${TDur}` extends `-${string}`
    ? HeaderTypeError<`Invalid Server-Timing dur ${NoInfer<TDur>}: a duration is milliseconds from 0 up`>
    : TDur;

/**
 * What the `desc` option accepts: text without control characters or characters above U+00FF.
 *
 * @example
 * ```ts
 * import type { DescriptionArg } from "typed-headers";
 * type Accepted = DescriptionArg<"Postgres">; // "Postgres"
 * ```
 */
export type DescriptionArg<TDesc extends string> = IsDynamic<TDesc> extends true
  ? TDesc
  : [FieldValueProblem<`x${TDesc}x`>] extends [never]
    ? TDesc
    : HeaderTypeError<`Invalid Server-Timing desc '${NoInfer<TDesc>}': ${FieldValueProblem<`x${NoInfer<TDesc>}x`>}`>;

/**
 * Options of `serverTiming(name, options)`.
 *
 * @example
 * ```ts
 * import type { ServerTimingOptions } from "typed-headers";
 * const options: ServerTimingOptions<number, string> = { dur: 12, desc: "Cache" };
 * ```
 */
export interface ServerTimingOptions<TDur extends number, TDesc extends string> {
  /** The duration in milliseconds. */
  dur?: DurationArg<TDur>;
  /** A description shown in developer tools. */
  desc?: DescriptionArg<TDesc>;
}

/**
 * What is wrong with a literal Server-Timing value, as a sentence, or `never`.
 *
 * @see https://w3c.github.io/server-timing/#the-server-timing-header-field
 * @example
 * ```ts
 * import type { ServerTimingProblem } from "typed-headers";
 * type Problem = ServerTimingProblem<"db;dur=53, app;dur=47.2">; // never
 * ```
 */
export type ServerTimingProblem<TValue extends string> = ReadToken<TValue> extends [infer TName extends string, infer TRest extends string]
  ? TName extends ""
    ? `expected a metric name (a token) before '${TValue}'`
    : ParamsProblem<TRest, never, true> extends infer TResult
      ? TResult extends { rest: infer TNext extends string }
        ? TrimStart<TNext> extends ""
          ? never
          : ServerTimingProblem<TrimStart<TNext>>
        : TResult
      : never
  : never;

/**
 * A Server-Timing value checked by {@link serverTiming} or written by {@link serializeServerTiming}.
 *
 * @example
 * ```ts
 * import { serverTiming, type ServerTimingValue } from "typed-headers";
 * const value: ServerTimingValue = serverTiming("db;dur=53");
 * ```
 */
export type ServerTimingValue = Brand<string, "ServerTiming">;

/**
 * What `header("Server-Timing", …)` accepts: a literal metric list, or a {@link ServerTimingValue}.
 *
 * @example
 * ```ts
 * import type { ServerTimingArg } from "typed-headers";
 * type Accepted = ServerTimingArg<"db;dur=53">; // "db;dur=53"
 * ```
 */
export type ServerTimingArg<TValue extends string> = TValue extends ServerTimingValue
  ? TValue
  : IsDynamic<TValue> extends true
    ? HeaderTypeError<"A dynamic Server-Timing must be checked first: pass serverTiming(value), or call .serverTiming(name, { dur, desc })">
    : [ServerTimingProblem<TValue>] extends [never]
      ? TValue
      : HeaderTypeError<`Invalid Server-Timing '${NoInfer<TValue>}': ${ServerTimingProblem<NoInfer<TValue>> & string}`>;

// ---------------------------------------------------------------------------------------------------
// Run time

const ST = "Server-Timing";

function formatDuration(dur: number): string {
  const text = String(dur);
  // A tiny duration prints as 1e-7; the header's number grammar has no exponent.
  return text.includes("e") ? dur.toFixed(6).replace(/\.?0+$/u, "") : text;
}

/**
 * Writes one Server-Timing metric, e.g. `db;dur=53.2;desc="Postgres primary"`. Throws `HeaderError`.
 *
 * @see https://w3c.github.io/server-timing/#the-server-timing-header-field
 * @param init The metric name, duration and description.
 * @example
 * ```ts
 * import { serializeServerTiming } from "typed-headers";
 * serializeServerTiming({ name: "db", dur: 53.2, desc: "Postgres" }); // "db;dur=53.2;desc=Postgres"
 * ```
 */
export function serializeServerTiming(init: ServerTimingInit): ServerTimingValue {
  needObject(ST, init, "{ name, dur?, desc? }");
  const { name, dur, desc } = init;
  let text =
    typeof name === "string" && TOKEN_RE.test(name)
      ? name
      : fail(ST, `metric name ${show(name)} is not a token (letters, digits and !#$%&'*+-.^_\`|~)`);
  if (dur !== undefined) {
    if (!(Number.isFinite(dur) && dur >= 0 && dur < 1e21)) fail(ST, `dur must be a finite number of milliseconds from 0 to 1e21, got ${typeof dur === "string" ? show(dur) : String(dur)}`);
    text += `;dur=${formatDuration(dur)}`;
  }
  if (desc !== undefined) {
    if (typeof desc !== "string" || !QDTEXT_RE.test(desc.replace(/["\\]/gu, ""))) {
      fail(ST, `desc ${show(desc)} holds a control character or a character above U+00FF`);
    }
    text += `;desc=${tokenOrQuote(desc)}`;
  }
  return text as ServerTimingValue;
}

/** Reads a Server-Timing value into metrics, or a problem sentence. */
function readServerTiming(value: string): ServerTimingInit[] | string {
  const metrics: ServerTimingInit[] = [];
  let i = 0;
  while (i < value.length) {
    while (value[i] === " " || value[i] === "\t" || value[i] === ",") i++;
    if (i >= value.length) break;
    const match = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+/u.exec(value.slice(i));
    if (match === null) return `expected a metric name (a token) before '${value.slice(i)}'`;
    const metric: ServerTimingInit = { name: match[0] };
    const read = readParams(value, i + match[0].length, true, true);
    if (typeof read === "string") return read;
    for (const { name, value: param } of read.params) {
      if (name === "dur" && metric.dur === undefined) {
        const dur = Number(param);
        if (Number.isFinite(dur)) metric.dur = dur;
      } else if (name === "desc" && metric.desc === undefined) {
        metric.desc = param;
      }
    }
    metrics.push(metric);
    i = read.end;
  }
  return metrics;
}

/**
 * Parses Server-Timing into its metrics; unknown parameters are dropped, as browsers do.
 *
 * @see https://w3c.github.io/server-timing/#the-server-timing-header-field
 * @param value The field value.
 * @example
 * ```ts
 * import { parseServerTiming } from "typed-headers";
 * parseServerTiming("db;dur=53, cache;desc=hit"); // [{ name: "db", dur: 53 }, { name: "cache", desc: "hit" }]
 * ```
 */
export function parseServerTiming(value: string): ServerTimingInit[] {
  const read = typeof value === "string" ? readServerTiming(value) : [];
  return typeof read === "string" ? [] : read;
}

/**
 * Checks a Server-Timing value at run time and brands it: a list of metric names with `;`-separated
 * parameters. Throws `HeaderError`.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Server-Timing
 * @see https://w3c.github.io/server-timing/#the-server-timing-header-field
 * @param value The field value, e.g. `db;dur=53, app;dur=47.2`.
 * @example
 * ```ts
 * import { respond, serverTiming } from "typed-headers";
 * const res = respond().header("Server-Timing", serverTiming(`db;dur=${(12.5).toFixed(1)}`)).build();
 * ```
 */
export function serverTiming(value: string): ServerTimingValue {
  const read = readServerTiming(checkField(ST, value));
  if (typeof read === "string") return fail(ST, `${show(value)}: ${read}`);
  return read.length > 0 ? (value as ServerTimingValue) : fail(ST, "expected at least one metric, e.g. 'db;dur=53'");
}

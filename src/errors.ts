/**
 * The error every validator throws: a `TypeError` that names the header and what is wrong with it.
 *
 * @example
 * ```ts
 * import { HeaderError, mediaType } from "typed-headers";
 * try {
 *   mediaType("text");
 * } catch (error) {
 *   if (error instanceof HeaderError) console.log(error.header, error.reason);
 * }
 * ```
 */
export class HeaderError extends TypeError {
  /** The header the value was meant for, e.g. `Content-Type`. */
  readonly header: string;
  /** What is wrong, e.g. `expected type/subtype`. */
  readonly reason: string;

  /**
   * @param header The header the value was meant for.
   * @param reason What is wrong with it, in a sentence a user can act on.
   */
  constructor(header: string, reason: string) {
    super(`Invalid ${header}: ${reason}`);
    this.name = "HeaderError";
    this.header = header;
    this.reason = reason;
  }
}

/**
 * A compile-time error message, shown where a literal or a type breaks a rule.
 *
 * It is an object type on purpose: a string literal in a parameter type would show up as a completion.
 *
 * @example
 * ```ts
 * import type { HeaderTypeError } from "typed-headers";
 * type Message = HeaderTypeError<"Invalid media type 'text': expected type/subtype">;
 * ```
 */
export interface HeaderTypeError<TMessage extends string> {
  readonly "typed-headers error": TMessage;
}

/** Throws a {@link HeaderError}; a function so that callers stay expressions. */
export function fail(header: string, reason: string): never {
  throw new HeaderError(header, reason);
}

/**
 * A compile-time check that an options literal has no key outside `TKnown`: `unknown` when it has
 * none, else an object type whose property names the unknown key (and the known key it resembles).
 * Generic options parameters (`TOptions & Check<TOptions>`) get no excess-property check of their own.
 *
 * @example
 * ```ts
 * import type { NoUnknownOptions } from "typed-headers";
 * type Problem = NoUnknownOptions<{ maxage: 1 }, { maxAge: number }>;
 * // { maxage: HeaderTypeError<"Unknown option 'maxage': did you mean 'maxAge'?"> }
 * ```
 */
export type NoUnknownOptions<TOptions, TKnown> = keyof TOptions extends keyof TKnown
  ? unknown
  : {
      [TKey in Exclude<keyof TOptions, keyof TKnown> & string]: HeaderTypeError<
        [SimilarKey<TKey, keyof TKnown & string>] extends [never]
          ? `Unknown option '${TKey}': remove it (known: ${keyof TKnown & string})`
          : `Unknown option '${TKey}': did you mean '${SimilarKey<TKey, keyof TKnown & string>}'?`
      >;
    };

type SimilarKey<TKey extends string, TKnown extends string> = TKnown extends TKnown
  ? Lowercase<TKnown> extends Lowercase<TKey>
    ? TKnown
    : never
  : never;

/** Throws `HeaderError` when `options` has an own key outside `known`; the twin of {@link NoUnknownOptions}. */
export function checkOptionKeys(header: string, options: object, known: readonly string[]): void {
  for (const key of Object.keys(options)) {
    if (known.includes(key)) continue;
    const similar = known.find((name) => name.toLowerCase() === key.toLowerCase());
    fail(header, similar === undefined ? `unknown option '${key}' (known: ${known.join(", ")})` : `unknown option '${key}': did you mean '${similar}'?`);
  }
}

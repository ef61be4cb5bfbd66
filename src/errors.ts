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

import { expect } from "vitest";
import { HeaderError } from "../../src/index.js";

/** Runs `run`, expects it to throw a `HeaderError`, and returns the error. */
export function headerError(run: () => unknown): HeaderError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(HeaderError);
    return error as HeaderError;
  }
  throw new Error("expected a HeaderError");
}

/** Runs `run`, expects it to throw a `HeaderError`, and returns the error's `reason`. */
export function reasonOf(run: () => unknown): string {
  return headerError(run).reason;
}

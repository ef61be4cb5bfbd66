// Generators for the property tests. Plain random strings would almost all be refused, which proves
// little; these build values from the grammar's pieces and then break some of them (CR, LF, NUL,
// controls, characters above U+00FF, stray quotes and separators), so that both sides are exercised.
// Every property also counts what was accepted and asserts that the count is not tiny.
import { fc } from "@fast-check/vitest";
import { expect } from "vitest";
import { HeaderError } from "../../src/errors.js";

/** Runs per property: 1,000 in `npm test`, `FUZZ_RUNS` (100,000 in `npm run fuzz`) otherwise. */
export const RUNS: number = Number(process.env["FUZZ_RUNS"] ?? 1000);

const TCHARS = "!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** One tchar. */
export const tchar: fc.Arbitrary<string> = fc.constantFrom(...TCHARS);

/** An RFC 9110 token, short. */
export const token: fc.Arbitrary<string> = fc.string({ unit: tchar, minLength: 1, maxLength: 12 });

/** Lower-case letters and digits (names that are valid almost everywhere). */
export const alnum: fc.Arbitrary<string> = fc.string({
  unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789"),
  minLength: 1,
  maxLength: 10,
});

/** Characters that break headers, or that only some grammars allow. */
export const nasty: fc.Arbitrary<string> = fc.constantFrom(
  "\r", "\n", "\r\n", "\0", "\x01", "\x7f", "\t", " ", "\"", "\\", ";", ",", "=", "/", "'", "%", "%41", "%zz",
  "\u00e9", "\u00ff", "\u0100", "\u20ac", "\u{1f600}", "\ud800", "..", "*", "(", ")", "<", ">", "@", ":",
);

/** Any text: mostly printable ASCII, some nasty characters. */
export const text: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 6 }) }, { weight: 1, arbitrary: nasty }), {
    maxLength: 6,
  })
  .map((parts) => parts.join(""));

/** A list of pieces joined by a separator drawn from typical and broken ones. */
export function joined(piece: fc.Arbitrary<string>, separators: string[], maxLength = 5): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(piece, fc.constantFrom(...separators)), { minLength: 1, maxLength })
    .map((pairs) => pairs.map(([value, separator], index) => (index === 0 ? value : separator + value)).join(""));
}

/** Sometimes replaces a random slice of a generated value with a nasty character. */
export function mutated(valid: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: valid },
    {
      weight: 1,
      arbitrary: fc.tuple(valid, fc.nat(), nasty).map(([value, at, bad]) => {
        const index = value.length === 0 ? 0 : at % value.length;
        return value.slice(0, index) + bad + value.slice(index + 1);
      }),
    },
  );
}

/** Counts accepted and refused inputs of one property. */
export class Tally {
  accepted = 0;
  refused = 0;

  /** Runs `attempt`; a `HeaderError` counts as refused, any other error fails the property. */
  run<TResult>(attempt: () => TResult): TResult | undefined {
    try {
      const result = attempt();
      this.accepted++;
      return result;
    } catch (error) {
      if (!(error instanceof HeaderError)) throw error;
      expect(error.reason.length).toBeGreaterThan(0);
      this.refused++;
      return undefined;
    }
  }

  /** Both outcomes must have happened often enough for the property to mean something. */
  assertExercised(minShare = 0.05): void {
    const total = this.accepted + this.refused;
    expect(total).toBeGreaterThan(0);
    expect(this.accepted / total, `accepted ${this.accepted} of ${total}`).toBeGreaterThanOrEqual(minShare);
    expect(this.refused / total, `refused ${this.refused} of ${total}`).toBeGreaterThanOrEqual(minShare);
  }
}

/** The properties every emitted value must have: `Headers` keeps it unchanged, and no CR, LF or NUL. */
export function assertSafeField(name: string, value: string): void {
  expect(value).not.toMatch(/[\r\n\0]/u);
  const headers = new Headers();
  headers.set(name, value);
  expect(headers.get(name)).toBe(value);
}

// parseMediaType() against the web-platform-tests MIME vectors (test/data/vectors/wpt-mimesniff):
// parseMediaType reads leniently, as browsers do, so each vector's parsed-and-serialised output is
// compared with the WHATWG serialisation of what we parsed. mediaType() stays strict: it must refuse
// every input that browsers fail to parse.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mediaType, parseMediaType, type MediaTypeInit } from "../../src/headers/content-type.js";
import { HeaderError } from "../../src/errors.js";

interface Vector {
  input: string;
  output: string | null;
}

const vectors = (JSON.parse(readFileSync(new URL("../data/vectors/wpt-mimesniff/mime-types.json", import.meta.url), "utf8")) as Array<string | Vector>).filter(
  (entry): entry is Vector => typeof entry === "object",
);

/** Vectors our lenient reading does not match yet (by input), each with why; shrinking is welcome. */
const KNOWN_DIFFERENCES: Record<string, string> = {
  // parseMediaType returns undefined only when there is no "/": it does not check that the type and
  // subtype are non-empty runs of token code points, as WHATWG's parser does.
  "/": "empty type and subtype accepted",
  "bogus/": "empty subtype accepted",
  "bogus/ ": "empty subtype accepted",
  "bogus/bogus/;": "'/' inside the subtype accepted",
  "</>": "non-token type and subtype accepted",
  "(/)": "non-token type and subtype accepted",
  "\u00ff/\u00ff": "non-token type and subtype accepted",
  "text/html(;doesnot=matter": "non-token subtype accepted",
  "{/}": "non-token type and subtype accepted",
  "\u0100/\u0100": "non-Latin-1 type and subtype accepted",
  // WHATWG drops a parameter whose value is empty or holds a code point above U+00FF.
  "text/html;test=;charset=gbk": "empty parameter value kept",
  "x/x;x= ": "empty parameter value kept",
  "x/x;x=\t": "empty parameter value kept",
  "x/x;test=\ufffd;x=x": "parameter value above U+00FF kept",
  // WHATWG reads an unterminated quoted string to the end of the input, and skips what follows a
  // closing quote up to the next ';'; parseMediaType stops reading parameters at either.
  'text/html;charset="gbk': "unterminated quoted string dropped",
  'text/html;charset=";charset=GBK': "unterminated quoted string dropped",
  'x/x;test="\\': "unterminated quoted string dropped",
  'text/html;charset= "\u007f;charset=GBK': "a quoted string holding DEL is kept (with its leading space)",
  'text/html;charset="\u007f;charset=foo";charset=GBK': "a quoted string holding DEL is kept",
};

// WHATWG MIME Sniffing §4.6 serialisation: a value that is empty or has a non-token code point is quoted.
const TOKEN_CODE_POINTS = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/u;
function serialize(init: MediaTypeInit): string {
  let text = `${init.type}/${init.subtype}`;
  for (const [name, value] of Object.entries(init.parameters)) {
    text += `;${name}=${TOKEN_CODE_POINTS.test(value) ? value : `"${value.replace(/["\\]/gu, "\\$&")}"`}`;
  }
  return text;
}

function expectedOf(vector: Vector): string | null {
  // This revision of the file writes "; " between parameters (see SOURCE.md).
  return vector.output === null ? null : vector.output.replaceAll("; ", ";");
}

function reading(input: string): string | null {
  const parsed = parseMediaType(input);
  return parsed === undefined ? null : serialize(parsed);
}

describe("web-platform-tests mime-types.json", () => {
  const results = vectors.map((vector) => ({ vector, ours: reading(vector.input), expected: expectedOf(vector) }));
  const failing = results.filter((result) => result.ours !== result.expected);

  it(`has its ${vectors.length} vectors`, () => {
    expect(vectors.length).toBe(57);
  });

  it("parseMediaType matches every vector but the known differences", () => {
    const unexpected = failing
      .filter((result) => !(result.vector.input in KNOWN_DIFFERENCES))
      .map((result) => `${JSON.stringify(result.vector.input)}: ours ${JSON.stringify(result.ours)}, browsers ${JSON.stringify(result.expected)}`);
    expect(unexpected).toEqual([]);
    // A difference that went away is good news: take it off the list.
    const fixed = Object.keys(KNOWN_DIFFERENCES).filter((input) => !failing.some((result) => result.vector.input === input));
    expect(fixed).toEqual([]);
    console.log(`WPT MIME vectors: parseMediaType matches ${results.length - failing.length} of ${results.length}`);
  });

  it("mediaType() (strict) refuses every input browsers cannot parse", () => {
    const failures = vectors.filter((vector) => vector.output === null);
    expect(failures.length).toBeGreaterThan(10);
    for (const vector of failures) {
      expect(() => mediaType(vector.input), JSON.stringify(vector.input)).toThrow(HeaderError);
    }
  });
});

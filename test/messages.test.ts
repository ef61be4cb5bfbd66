// Compile errors users read: each row is a snippet and a fragment its diagnostic must contain.
import { describe, expect, it } from "vitest";
import { completionsAt, typeErrors } from "./helpers/type-check.js";

const header = `import { respond, mediaType, headerName } from "typed-headers";\ndeclare const dynamic: string;\n`;

const rows: Array<[string, string]> = [
  [`respond().contentType("text/plian");`, "Invalid media type 'text/plian': 'text/plian' is not registered with IANA"],
  [`respond().contentType("textplain");`, "Invalid media type 'textplain': expected type/subtype"],
  [`respond().contentType(dynamic);`, "pass mediaType(value)"],
];

describe("compile errors", () => {
  it.each(rows)("%s", (snippet, fragment) => {
    const errors = typeErrors(header + snippet);
    expect(errors.join("\n")).toContain(fragment);
  });

  it("valid code compiles", () => {
    expect(typeErrors(header + `respond().contentType("application/json").json({ ok: true });`)).toEqual([]);
  });
});

describe("completions", () => {
  it('contentType(" offers media types and no error text', () => {
    const entries = completionsAt(header + `respond().contentType("|");`);
    expect(entries).toContain("application/json");
    expect(entries.some((entry) => /invalid|error|must/iu.test(entry))).toBe(false);
  });
});

// What the editor offers: the TypeScript language service's completions at the places users type
// header values, and a check that no error text ever shows up as a completion (error texts are object
// types on purpose; a string-literal error would be offered as a value).
import { describe, expect, it } from "vitest";
import { completionsAt } from "./helpers/type-check.js";

const prelude = `import { respond } from "typed-headers";\nimport { cors } from "../src/presets/cors.js";\n`;

/**
 * Entries that read like an error message (a sentence: "Invalid …", "… must …", "…: pass …"), or the key
 * of a HeaderTypeError object. Directive names such as `must-revalidate` are not sentences.
 */
function leaks(entries: string[]): string[] {
  return entries.filter(
    (entry) =>
      entry === "typed-headers error" ||
      /^(?:invalid|a dynamic)\b|: | (?:must|needs?|is not|cannot|contradicts|expected|pass|use) /iu.test(entry),
  );
}

interface Position {
  /** Where the cursor is, marked with `|`. */
  snippet: string;
  /** Entries that must be offered. */
  offers: string[];
  /** Entries that must not be offered. */
  omits?: string[];
}

const positions: Record<string, Position> = {
  'contentType("': {
    snippet: `respond().contentType("|");`,
    offers: ["application/json", "text/html; charset=utf-8", "image/png", "text/event-stream"],
  },
  'contentType("text/': {
    snippet: `respond().contentType("text/|");`,
    offers: ["text/plain", "text/csv; charset=utf-8"],
    omits: ["application/json"],
  },
  'header("': {
    snippet: `respond().header("|", "x");`,
    offers: ["Cache-Control", "Content-Type", "Strict-Transport-Security", "Access-Control-Allow-Origin"],
    omits: ["Set-Cookie"],
  },
  'header("Content-Type", "': {
    snippet: `respond().header("Content-Type", "|");`,
    offers: ["application/json", "text/plain"],
  },
  'frameOptions("': {
    snippet: `respond().frameOptions("|");`,
    offers: ["DENY", "SAMEORIGIN"],
    omits: ["ALLOW-FROM"],
  },
  'referrerPolicy("': {
    snippet: `respond().referrerPolicy("|");`,
    offers: ["no-referrer", "strict-origin-when-cross-origin", "same-origin"],
  },
  "hsts({ option keys": {
    snippet: `respond().hsts({ | });`,
    offers: ["maxAge", "includeSubDomains", "preload"],
  },
  'contentDisposition("': {
    snippet: `respond().contentDisposition("|");`,
    offers: ["attachment", "inline"],
  },
  'crossOriginOpenerPolicy("': {
    snippet: `respond().crossOriginOpenerPolicy("|");`,
    offers: ["same-origin", "same-origin-allow-popups", "unsafe-none"],
  },
  'cacheControl("': {
    snippet: `respond().cacheControl("|");`,
    offers: ["no-store", "no-cache"],
  },
  'header("Cache-Control", "': {
    snippet: `respond().header("Cache-Control", "|");`,
    offers: ["no-store", "no-cache"],
  },
  "cacheControl({ option keys": {
    snippet: `respond().cacheControl({ | });`,
    offers: ["maxAge", "noStore", "staleWhileRevalidate"],
  },
  "cookie option keys": {
    snippet: `respond().cookie("id", "1", { | });`,
    offers: ["httpOnly", "secure", "sameSite", "maxAge", "path", "domain", "partitioned"],
  },
  "sameSite:": {
    snippet: `respond().cookie("id", "1", { secure: true, sameSite: "|" });`,
    offers: ["Strict", "Lax", "None"],
  },
  "CSP directive keys": {
    snippet: `respond().csp({ | });`,
    // Keys that are not identifiers come quoted, as the editor inserts them.
    offers: ['"default-src"', '"script-src"', '"frame-ancestors"', '"upgrade-insecure-requests"'],
  },
  "CSP source list": {
    snippet: `respond().csp({ "script-src": ["|"] });`,
    offers: ["'self'", "'none'", "'strict-dynamic'"],
    omits: ["self"],
  },
  "permissionsPolicy feature keys": {
    snippet: `respond().permissionsPolicy({ | });`,
    offers: ["camera", "geolocation", "microphone"],
  },
  "cors option keys": {
    snippet: `respond().use(cors({ | }));`,
    offers: ["origin", "credentials", "exposeHeaders"],
  },
};

describe("completions", () => {
  for (const [label, position] of Object.entries(positions)) {
    it(`${label} offers ${position.offers.join(", ")}, and no error text`, () => {
      const entries = completionsAt(prelude + position.snippet);
      for (const entry of position.offers) expect(entries).toContain(entry);
      for (const entry of position.omits ?? []) expect(entries).not.toContain(entry);
      expect(leaks(entries)).toEqual([]);
    });
  }

  it("the leak check itself catches an error text offered as a completion", () => {
    const offered = ["text/plain", "must-revalidate", "typed-headers error", "Invalid media type 'x'", "preload needs maxAge >= 31536000"];
    expect(leaks(offered)).toEqual(["typed-headers error", "Invalid media type 'x'", "preload needs maxAge >= 31536000"]);
  });
});

// Compile errors and completions users meet with csp() and header("Content-Security-Policy").
import { describe, expect, it } from "vitest";
import { completionsAt, typeErrors } from "./helpers/type-check.js";

const header = `import { respond } from "typed-headers";\nimport { cspSource, nonce } from "../src/headers/content-security-policy.js";\ndeclare const dynamic: string;\n`;

const rows: Array<[string, string]> = [
  [`respond().csp({ "default-src": ["self"] });`, "Invalid CSP default-src: keywords keep their single quotes: write 'self' (a bare self is a host name)"],
  [`respond().csp({ "script-src": ["'self'", "unsafe-inline"] });`, "write 'unsafe-inline'"],
  [`respond().csp({ "scirpt-src": ["'self'"] });`, "Unknown CSP directive 'scirpt-src': did you mean script-src"],
  // No known name shares the first two letters: the names one typo away, as the run time suggests them.
  [`respond().csp({ "sript-src": ["'self'"] });`, "Unknown CSP directive 'sript-src': did you mean script-src?"],
  [`respond().csp({ "dfeault-src": ["'self'"] });`, "Unknown CSP directive 'dfeault-src': did you mean default-src?"],
  [`respond().csp({ "xdefault-src": ["'self'"] });`, "Unknown CSP directive 'xdefault-src': did you mean default-src?"],
  [`respond().csp({ "ebrtc": ["'self'"] });`, "Unknown CSP directive 'ebrtc': did you mean webrtc?"],
  [`respond().csp({ "zzz-src": ["'self'"] });`, "Unknown CSP directive 'zzz-src' (see the CSP3 directive list)"],
  [`respond().header("Content-Security-Policy", "dfault-src 'self'");`, "unknown directive 'dfault-src': did you mean default-src?"],
  [`respond().csp({ "Default-Src": ["'self'"] });`, "directive names are lower case, write 'default-src'"],
  [`respond().csp({ "img-src": ["'none'", "data:"] });`, "Invalid CSP img-src: 'none' must stand alone"],
  [`respond().csp({ "img-src": [] });`, "an empty source list: to allow nothing, use the 'none' keyword"],
  [`respond().csp({ "default-src": ["'self'; script-src *"] });`, "holds ';' or ',', which end a directive or a policy"],
  [`respond().csp({ "default-src": ["'self' https:"] });`, "holds whitespace: give each source its own array entry"],
  [`respond().csp({ "script-src": ["'nonce-a$b'"] });`, "a nonce is base64"],
  [`respond().csp({ "frame-ancestors": ["'unsafe-inline'"] });`, "cannot appear in frame-ancestors"],
  [`respond().csp({ "script-src": [dynamic] });`, "pass cspSource(value)"],
  [`respond().header("Content-Security-Policy", "default-src self");`, "Invalid Content-Security-Policy 'default-src self': keywords keep their single quotes"],
  [`respond().header("Content-Security-Policy", "default-src 'self'; default-src *");`, "directive 'default-src' appears twice"],
  [`respond().header("Content-Security-Policy", "default-src 'self', img-src *");`, "a comma starts a second policy: append() each policy on its own instead"],
  [`respond().header("Content-Security-Policy", dynamic);`, "pass contentSecurityPolicy(value), or build it with csp({ ... })"],
];

describe("CSP compile errors", () => {
  it.each(rows)("%s", (snippet, fragment) => {
    expect(typeErrors(header + snippet).join("\n")).toContain(fragment);
  });

  it("valid code compiles, with a nonce and a checked dynamic source", () => {
    const ok = `const n = nonce();\nrespond().csp({ "default-src": ["'self'"], "script-src": ["'self'", \`'nonce-\${n}'\`, cspSource(dynamic)], "frame-ancestors": ["'none'"], "upgrade-insecure-requests": true }).html("<p>ok</p>");`;
    expect(typeErrors(header + ok)).toEqual([]);
  });
});

describe("CSP completions", () => {
  const hasErrorText = (entries: string[]): boolean => entries.some((entry) => /invalid|error|must|unknown/iu.test(entry));

  it("csp({ \" offers the directive names", () => {
    const entries = completionsAt(header + `respond().csp({ "|" });`);
    expect(entries).toEqual(expect.arrayContaining(["default-src", "script-src", "frame-ancestors", "upgrade-insecure-requests", "sandbox"]));
    expect(hasErrorText(entries)).toBe(false);
  });

  it("a source list offers the quoted keywords and schemes", () => {
    const entries = completionsAt(header + `respond().csp({ "script-src": ["|"] });`);
    expect(entries).toEqual(expect.arrayContaining(["'self'", "'none'", "'strict-dynamic'", "https:", "data:"]));
    expect(entries).not.toContain("self");
    expect(hasErrorText(entries)).toBe(false);
  });

  it("header('Content-Security-Policy', \" offers whole policies", () => {
    const entries = completionsAt(header + `respond().header("Content-Security-Policy", "|");`);
    expect(entries).toContain("default-src 'self'");
    expect(hasErrorText(entries)).toBe(false);
  });
});

import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { fileTypes, mediaTypeForFilename } from "../src/headers/file-types.js";

type MimeEntry = { extensions?: string[]; source?: string };
// mime-db ships no type declarations: load its JSON table through require.
const mimeDb = createRequire(import.meta.url)("mime-db") as Record<string, MimeEntry>;

// mime-db lists extensions under each type; invert it to extension → every type that claims it.
const typesByExtension = new Map<string, Set<string>>();
for (const [type, entry] of Object.entries(mimeDb)) {
  for (const extension of entry.extensions ?? []) {
    let set = typesByExtension.get(extension);
    if (set === undefined) typesByExtension.set(extension, (set = new Set()));
    set.add(type);
  }
}

describe("the file-type table", () => {
  const entries = Object.entries(fileTypes);

  it("has about a hundred extensions", () => {
    expect(entries.length).toBeGreaterThanOrEqual(100);
  });

  it.each(entries)(".%s → %s agrees with mime-db", (extension, type) => {
    expect(extension).toBe(extension.toLowerCase());
    expect([...(typesByExtension.get(extension) ?? [])]).toContain(type);
  });

  it.each(entries)(".%s → %s: mime-db knows the type, and prefers an IANA one when there is one", (extension, type) => {
    const db = mimeDb;
    expect(db[type]).toBeDefined();
    const claimants = [...(typesByExtension.get(extension) ?? [])];
    const iana = claimants.filter((candidate) => db[candidate]?.source === "iana" && candidate !== "application/octet-stream");
    if (iana.length > 0) expect(iana).toContain(type);
  });
});

describe("mediaTypeForFilename", () => {
  it.each([
    ["report.pdf", "application/pdf"],
    ["Photo.JPG", "image/jpeg"],
    ["archive.tar.gz", "application/gzip"],
    ["notes.txt", "text/plain; charset=utf-8"],
    ["index.html", "text/html; charset=utf-8"],
    ["app.mjs", "text/javascript; charset=utf-8"],
    ["data.json", "application/json"],
    ["font.woff2", "font/woff2"],
    ["movie.mp4", "video/mp4"],
    ["résumé 2024.pdf", "application/pdf"],
    ["README", "application/octet-stream"],
    [".bashrc", "application/octet-stream"],
    ["file.", "application/octet-stream"],
    ["weird.unknownext", "application/octet-stream"],
    ["constructor", "application/octet-stream"],
    ["x.constructor", "application/octet-stream"],
    ["x.__proto__", "application/octet-stream"],
  ])("%s → %s", (name, type) => {
    expect(mediaTypeForFilename(name)).toBe(type);
  });
});

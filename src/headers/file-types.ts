// File extension → media type, for `file()`: the common extensions of the web, documents, archives
// and media, with no dependency. Each entry agrees with mime-db (checked in test/file-types.test.ts);
// where mime-db lists an extension under several types, the IANA-registered one is chosen.
// Text types get `; charset=utf-8`: without it browsers guess the encoding of a text file.

import type { MediaTypeValue } from "./content-type.js";

const TABLE: Readonly<Record<string, string>> = {
  // text and web
  txt: "text/plain",
  text: "text/plain",
  log: "text/plain",
  html: "text/html",
  htm: "text/html",
  css: "text/css",
  csv: "text/csv",
  tsv: "text/tab-separated-values",
  md: "text/markdown",
  markdown: "text/markdown",
  js: "text/javascript",
  mjs: "text/javascript",
  ics: "text/calendar",
  vcard: "text/vcard",
  vtt: "text/vtt",
  json: "application/json",
  jsonld: "application/ld+json",
  map: "application/json",
  geojson: "application/geo+json",
  webmanifest: "application/manifest+json",
  xml: "application/xml",
  xsl: "application/xml",
  xhtml: "application/xhtml+xml",
  atom: "application/atom+xml",
  rss: "application/rss+xml",
  wasm: "application/wasm",
  toml: "application/toml",
  sql: "application/sql",
  // documents
  pdf: "application/pdf",
  rtf: "application/rtf",
  epub: "application/epub+zip",
  doc: "application/msword",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xls: "application/vnd.ms-excel",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ppt: "application/vnd.ms-powerpoint",
  pptx: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  odt: "application/vnd.oasis.opendocument.text",
  ods: "application/vnd.oasis.opendocument.spreadsheet",
  odp: "application/vnd.oasis.opendocument.presentation",
  ps: "application/postscript",
  eps: "application/postscript",
  ai: "application/postscript",
  eml: "message/rfc822",
  mbox: "application/mbox",
  kml: "application/vnd.google-earth.kml+xml",
  kmz: "application/vnd.google-earth.kmz",
  gpx: "application/gpx+xml",
  // archives and programs
  zip: "application/zip",
  gz: "application/gzip",
  tar: "application/x-tar",
  "7z": "application/x-7z-compressed",
  rar: "application/vnd.rar",
  bz2: "application/x-bzip2",
  xz: "application/x-xz",
  jar: "application/java-archive",
  war: "application/java-archive",
  apk: "application/vnd.android.package-archive",
  dmg: "application/x-apple-diskimage",
  exe: "application/x-msdownload",
  msi: "application/x-msdownload",
  deb: "application/x-debian-package",
  rpm: "application/x-redhat-package-manager",
  iso: "application/x-iso9660-image",
  sh: "application/x-sh",
  bin: "application/octet-stream",
  m3u8: "application/vnd.apple.mpegurl",
  mpd: "application/dash+xml",
  // keys and certificates
  pem: "application/x-x509-ca-cert",
  crt: "application/x-x509-ca-cert",
  der: "application/x-x509-ca-cert",
  cer: "application/pkix-cert",
  p12: "application/x-pkcs12",
  pfx: "application/x-pkcs12",
  sig: "application/pgp-signature",
  asc: "application/pgp-signature",
  // images
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  jpe: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  apng: "image/apng",
  svg: "image/svg+xml",
  svgz: "image/svg+xml",
  ico: "image/vnd.microsoft.icon",
  bmp: "image/bmp",
  tif: "image/tiff",
  tiff: "image/tiff",
  heic: "image/heic",
  heif: "image/heif",
  jxl: "image/jxl",
  psd: "image/vnd.adobe.photoshop",
  // audio
  mp3: "audio/mpeg",
  wav: "audio/wav",
  ogg: "audio/ogg",
  oga: "audio/ogg",
  opus: "audio/ogg",
  flac: "audio/x-flac",
  aac: "audio/aac",
  m4a: "audio/mp4",
  weba: "audio/webm",
  mid: "audio/midi",
  midi: "audio/midi",
  // video
  mp4: "video/mp4",
  m4v: "video/x-m4v",
  webm: "video/webm",
  ogv: "video/ogg",
  mov: "video/quicktime",
  avi: "video/x-msvideo",
  mkv: "video/x-matroska",
  mpeg: "video/mpeg",
  mpg: "video/mpeg",
  ts: "video/mp2t",
  "3gp": "video/3gpp",
  // fonts and 3D models
  woff: "font/woff",
  woff2: "font/woff2",
  ttf: "font/ttf",
  otf: "font/otf",
  ttc: "font/collection",
  eot: "application/vnd.ms-fontobject",
  glb: "model/gltf-binary",
  gltf: "model/gltf+json",
  obj: "model/obj",
  stl: "model/stl",
  "3mf": "model/3mf",
};

/**
 * The built-in table of file extensions (lower case, without the dot) and their media types.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Guides/MIME_types/Common_types
 * @see https://www.rfc-editor.org/rfc/rfc6838
 * @example
 * ```ts
 * import { fileTypes } from "typed-headers";
 * fileTypes["pdf"]; // "application/pdf"
 * ```
 */
export const fileTypes: Readonly<Record<string, string>> = TABLE;

/**
 * The media type for a file name, from its extension: `text/*` types with `; charset=utf-8`,
 * `application/octet-stream` for an unknown or missing extension.
 *
 * @see https://developer.mozilla.org/docs/Web/HTTP/Headers/Content-Type
 * @see https://www.rfc-editor.org/rfc/rfc9110#section-8.3
 * @param filename A file name such as `report.pdf` (case-insensitive).
 * @example
 * ```ts
 * import { mediaTypeForFilename } from "typed-headers";
 * mediaTypeForFilename("Photo.JPG"); // "image/jpeg"
 * mediaTypeForFilename("notes.txt"); // "text/plain; charset=utf-8"
 * ```
 */
export function mediaTypeForFilename(filename: string): MediaTypeValue {
  const dot = typeof filename === "string" ? filename.lastIndexOf(".") : -1;
  // A leading dot starts a hidden file's name (".bashrc"), not an extension.
  const extension = dot > 0 ? filename.slice(dot + 1).toLowerCase() : "";
  const type = Object.hasOwn(TABLE, extension) ? (TABLE[extension] as string) : "application/octet-stream";
  return (type.startsWith("text/") ? `${type}; charset=utf-8` : type) as MediaTypeValue;
}

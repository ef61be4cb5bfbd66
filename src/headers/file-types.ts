// File extension → media type, for `file()`: the common extensions of the web, documents, archives
// and media, with no dependency. Each entry agrees with mime-db (checked in test/file-types.test.ts);
// where mime-db lists an extension under several types, the IANA-registered one is chosen.
// Text types get `; charset=utf-8`: without it browsers guess the encoding of a text file.

import type { MediaTypeValue } from "./content-type.js";

// The table as text, common prefixes factored out: `prefix:item,item;…`, where an item is a subtype
// followed by its extensions, or a subtype alone when the extension is the subtype itself.
const SPEC =
  "text/:plain txt text log,html html htm,css,csv,tab-separated-values tsv,markdown md markdown,javascript js mjs,calendar ics,vcard,vtt;" +
  "application/:json json map,ld+json jsonld,geo+json geojson,manifest+json webmanifest,xml xml xsl,xhtml+xml xhtml,atom+xml atom,rss+xml rss,wasm,toml,sql,pdf,rtf,epub+zip epub,msword doc,postscript ps eps ai,mbox,gpx+xml gpx,zip,gzip gz,java-archive jar war,octet-stream bin,dash+xml mpd,pkix-cert cer,pgp-signature sig asc;" +
  "application/vnd.openxmlformats-officedocument.:wordprocessingml.document docx,spreadsheetml.sheet xlsx,presentationml.presentation pptx;" +
  "application/vnd.oasis.opendocument.:text odt,spreadsheet ods,presentation odp;" +
  "application/vnd.:ms-excel xls,ms-powerpoint ppt,google-earth.kml+xml kml,google-earth.kmz kmz,rar,android.package-archive apk,apple.mpegurl m3u8,ms-fontobject eot;" +
  "application/x-:tar,7z-compressed 7z,bzip2 bz2,xz,apple-diskimage dmg,msdownload exe msi,debian-package deb,redhat-package-manager rpm,iso9660-image iso,sh,x509-ca-cert pem crt der,pkcs12 p12 pfx;" +
  "message/:rfc822 eml;" +
  "image/:png,jpeg jpg jpeg jpe,gif,webp,avif,apng,svg+xml svg svgz,vnd.microsoft.icon ico,bmp,tiff tif tiff,heic,heif,jxl,vnd.adobe.photoshop psd;" +
  "audio/:mpeg mp3,wav,ogg ogg oga opus,x-flac flac,aac,mp4 m4a,webm weba,midi mid midi;" +
  "video/:mp4,x-m4v m4v,webm,ogg ogv,quicktime mov,x-msvideo avi,x-matroska mkv,mpeg mpeg mpg,mp2t ts,3gpp 3gp;" +
  "font/:woff,woff2,ttf,otf,collection ttc;" +
  "model/:gltf-binary glb,gltf+json gltf,obj,stl,3mf";

const TABLE: Readonly<Record<string, string>> = /* @__PURE__ */ (() => {
  const table: Record<string, string> = {};
  for (const group of SPEC.split(";")) {
    const [prefix, items] = group.split(":") as [string, string];
    for (const item of items.split(",")) {
      const [subtype, ...extensions] = item.split(" ") as [string, ...string[]];
      for (const extension of extensions.length > 0 ? extensions : [subtype]) table[extension] = prefix + subtype;
    }
  }
  return table;
})();

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

// The public API on one screen: named re-exports only.

export type { Brand } from "./brand.js";
export { HeaderError, type HeaderTypeError } from "./errors.js";
export {
  respond,
  type BodyArg,
  type ContentKind,
  type JsonArg,
  type NullBodyStatus,
  type Preset,
  type RedirectStatus,
  type RespondInit,
  type ResponseBuilder,
  type StatusArg,
} from "./builder.js";
export {
  headerName,
  headerValue,
  type FieldValueArg,
  type HeaderName,
  type HeaderNameArg,
  type HeaderValue,
  type HeaderValueArg,
  type KnownHeaderName,
  type TypedHeaderArgs,
} from "./header-name.js";
export {
  isJsonMediaType,
  mediaType,
  parseMediaType,
  serializeMediaType,
  type CommonMediaType,
  type ContentKindOf,
  type ContentTypeArg,
  type MediaTypeInit,
  type MediaTypeProblem,
  type MediaTypeValue,
  type StructuredSuffix,
  type TopLevelType,
} from "./headers/content-type.js";
export type { RegisteredMediaType } from "./generated/media-types.js";
export {
  cookieValue,
  encodeCookieValue,
  parseSetCookie,
  serializeSetCookie,
  type ClearCookieOptions,
  type CookieNameArg,
  type CookieNameProblem,
  type CookieOptions,
  type CookieOptionsCheck,
  type CookiePrefix,
  type CookiePrefixProblem,
  type CookiePriority,
  type CookieSameSite,
  type CookieValue,
  type CookieValueArg,
  type CookieValueProblem,
  type SetCookieInit,
  type SetCookieValue,
} from "./headers/set-cookie.js";

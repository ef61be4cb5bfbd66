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
export {
  cacheControl,
  parseCacheControl,
  serializeCacheControl,
  type CacheControlArg,
  type CacheControlCheck,
  type CacheControlConflict,
  type CacheControlInit,
  type CacheControlProblem,
  type CacheControlValue,
  type CacheDirective,
  type CommonCacheControl,
} from "./headers/cache-control.js";
export {
  cdnCacheControl,
  parseCdnCacheControl,
  serializeCdnCacheControl,
  type CdnCacheControlArg,
  type CdnCacheControlProblem,
  type CdnCacheControlValue,
} from "./headers/cdn-cache-control.js";
export {
  entityTag,
  parseEntityTag,
  parseEntityTagList,
  serializeEntityTag,
  strongMatch,
  weakMatch,
  type ETagOptions,
  type EntityTagArg,
  type EntityTagInit,
  type EntityTagProblem,
  type EntityTagValue,
  type OpaqueTagArg,
  type OpaqueTagProblem,
} from "./headers/etag.js";
export { httpDate, parseHttpDate, type HttpDateArg, type HttpDateProblem, type HttpDateValue } from "./headers/http-date.js";
export {
  mergeVary,
  parseVary,
  serializeVary,
  varyValue,
  type CommonVaryName,
  type VaryArg,
  type VaryArgs,
  type VaryNameArg,
  type VaryProblem,
  type VaryValue,
} from "./headers/vary.js";
export {
  evaluateConditional,
  NOT_MODIFIED_FIELDS,
  type ConditionalOutcome,
  type ConditionalRequest,
  type ResponseValidators,
} from "./headers/conditional.js";
export type { AgeArg, AgeSecondsArg } from "./methods/caching.js";

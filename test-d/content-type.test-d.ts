import { expectType } from "tsd";
import { mediaType, respond, type CommonMediaType, type MediaTypeValue, type ResponseBuilder, type MediaTypeProblem } from "../src/index.js";

declare const dynamic: string;

// ---- accepted
expectType<ResponseBuilder<200, "other">>(respond().contentType("text/plain"));
expectType<ResponseBuilder<200, "other">>(respond().contentType("TEXT/HTML; Charset=UTF-8"));
expectType<ResponseBuilder<200, "other">>(respond().contentType("text/plain;charset=utf-8"));
expectType<ResponseBuilder<200, "other">>(respond().contentType('text/plain; charset="utf-8"'));
expectType<ResponseBuilder<200, "other">>(respond().contentType('text/plain; x="a;b\\"c"'));
expectType<ResponseBuilder<200, "other">>(respond().contentType("multipart/form-data; boundary=----abc123"));
expectType<ResponseBuilder<200, "other">>(respond().contentType("multipart/mixed; boundary=\"x y\""));
expectType<ResponseBuilder<200, "other">>(respond().contentType("application/vnd.ms-excel"));
expectType<ResponseBuilder<200, "other">>(respond().contentType("application/x-custom-thing"));
expectType<ResponseBuilder<200, "other">>(respond().contentType("application/prs.example"));
expectType<ResponseBuilder<200, "json">>(respond().contentType("application/vnd.example+json; version=2"));
expectType<ResponseBuilder<200, "other">>(respond().contentType("image/svg+xml"));
expectType<ResponseBuilder<200, "other">>(respond().contentType("font/woff2"));
expectType<ResponseBuilder<200, "other">>(respond().contentType("text/event-stream"));
expectType<ResponseBuilder<200, "unknown">>(respond().contentType(mediaType(dynamic)));
expectType<MediaTypeValue>(mediaType("text/plain"));
expectType<never>(null as unknown as MediaTypeProblem<"application/json">);
expectType<"expected type/subtype">(null as unknown as MediaTypeProblem<"json">);

// ---- refused
// @ts-expect-error a typo: not registered with IANA
respond().contentType("text/plian");
// @ts-expect-error not registered
respond().contentType("application/jsn");
// @ts-expect-error no slash
respond().contentType("textplain");
// @ts-expect-error unknown top-level type
respond().contentType("txt/plain");
// @ts-expect-error an empty subtype
respond().contentType("text/");
// @ts-expect-error the empty media type
respond().contentType("");
// @ts-expect-error multipart needs a boundary
respond().contentType("multipart/form-data");
// @ts-expect-error a duplicate parameter
respond().contentType("text/plain; charset=utf-8; CHARSET=latin1");
// @ts-expect-error a parameter without a value
respond().contentType("text/plain; charset");
// @ts-expect-error a space inside a token value
respond().contentType("text/plain; charset=utf 8");
// @ts-expect-error an unterminated quoted string
respond().contentType('text/plain; x="abc');
// @ts-expect-error an unregistered +suffix
respond().contentType("application/vnd.example+jsonn");
// @ts-expect-error a subtype must start with a letter or digit
respond().contentType("text/-plain");
// @ts-expect-error a dynamic string must go through mediaType()
respond().contentType(dynamic);
// @ts-expect-error the same through header()
respond().header("Content-Type", dynamic);
// @ts-expect-error and literal checks through header() in any case
respond().header("content-type", "text/plian");
// @ts-expect-error CR/LF never pass
respond().contentType("text/plain\r\nX-Injected: 1");

// Every completion obeys the grammar and the registry (the list may not offer what the check refuses).
expectType<never>(null as unknown as MediaTypeProblem<CommonMediaType>);
declare const subtype: string;
// @ts-expect-error a template-literal media type is dynamic: it must go through mediaType()
respond().contentType(`text/${subtype}`);
expectType<ResponseBuilder<200, "unknown">>(respond().contentType(mediaType(`text/${subtype}`)));

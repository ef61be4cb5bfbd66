import { expectType } from "tsd";
import { respond, type ResponseBuilder, type Preset } from "../src/index.js";

declare const dynamicStatus: number;
declare const dynamicText: string;

// ---- accepted
expectType<ResponseBuilder<200, "none">>(respond());
expectType<ResponseBuilder<201, "none">>(respond({ status: 201 }));
expectType<ResponseBuilder<404, "none">>(respond().status(404));
expectType<ResponseBuilder<599, "none">>(respond().status(599));
expectType<ResponseBuilder<200, "none">>(respond().status(200));
expectType<ResponseBuilder<number, "none">>(respond().status(dynamicStatus));
expectType<Response>(respond().text("hi"));
expectType<Response>(respond().html("<p>hi</p>"));
expectType<Response>(respond().json({ ok: true }));
expectType<Response>(respond().build());
expectType<Response>(respond().build(new Uint8Array([1, 2])));
expectType<Response>(respond().status(204).build());
expectType<Response>(respond().status(304).build(null));
expectType<Response>(respond().status(205).build(undefined));
expectType<Response>(respond().status(dynamicStatus).text("body checked at run time"));
expectType<Response>(respond().redirect("/login"));
expectType<Response>(respond().redirect(new URL("https://a.example/"), 308));
expectType<Response>(respond().redirect("/next", 303));
expectType<Headers>(respond().headers());
expectType<Array<[string, string]>>(respond().entries());
expectType<ResponseBuilder<200, "json">>(respond().contentType("application/json"));
expectType<ResponseBuilder<200, "json">>(respond().contentType("application/problem+json"));
expectType<ResponseBuilder<200, "json">>(respond().contentType("application/json; charset=utf-8"));
expectType<ResponseBuilder<200, "other">>(respond().contentType("text/html; charset=utf-8"));
expectType<ResponseBuilder<200, "json">>(respond().header("Content-Type", "application/ld+json"));
expectType<ResponseBuilder<200, "none">>(respond().contentType("text/csv").delete("Content-Type"));
expectType<Response>(respond().contentType("application/vnd.api+json").json([1]));
expectType<Response>(respond().contentType("text/html").delete("content-type").json(1));
expectType<Response>(respond().contentType("text/plain").text(dynamicText));
const poweredBy: Preset = (builder) => builder.header("X-Powered-By", "typed-headers");
expectType<ResponseBuilder<201, "none">>(respond().status(201).use(poweredBy));
expectType<ResponseBuilder<200, "other">>(respond().contentType("text/plain").use(poweredBy));
expectType<ResponseBuilder<200, "none">>(respond().use((builder) => builder.header("X-A", "1")));

// ---- refused
// @ts-expect-error 199 is below the range new Response accepts
respond().status(199);
// @ts-expect-error 600 is above it
respond().status(600);
// @ts-expect-error 1000 is not a status
respond().status(1000);
// @ts-expect-error 20.5 is not an integer
respond().status(20.5);
// @ts-expect-error status in the init is checked too
respond({ status: 700 });
// @ts-expect-error 204 has no body
respond().status(204).text("x");
// @ts-expect-error 304 has no body
respond().status(304).json({});
// @ts-expect-error 205 has no body
respond().status(205).html("<p>x</p>");
// @ts-expect-error 204 has no body, even through build()
respond().status(204).build("x");
// @ts-expect-error a 204 from the init has no body either
respond({ status: 204 }).text("x");
// @ts-expect-error json() after a non-JSON Content-Type
respond().contentType("text/html").json({});
// @ts-expect-error json() after a non-JSON Content-Type set through header()
respond().header("Content-Type", "text/csv").json([]);
// @ts-expect-error redirect() takes 301, 302, 303, 307 or 308 only
respond().redirect("/x", 200);
// @ts-expect-error 300 is not a redirect status redirect() accepts
respond().redirect("/x", 300);
// @ts-expect-error text() takes a string
respond().text(42);
// @ts-expect-error a preset is a function
respond().use("secure");

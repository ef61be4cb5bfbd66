import { expectType } from "tsd";
import { respond, type ResponseBuilder } from "../src/index.js";
import { contentLanguage, type LanguageTagProblem } from "../src/headers/content-language.js";
import { link, parseLink, type LinkInit, type LinkProblem } from "../src/headers/link.js";
import { location, type LocationValue, type UrlProblem } from "../src/headers/location.js";
import { allow, clearSiteData, contentEncoding, acceptRanges } from "../src/headers/misc.js";
import { retryAfter, type IsImfFixdate } from "../src/headers/retry-after.js";
import { serverTiming, type ServerTimingProblem } from "../src/headers/server-timing.js";

declare const dynamic: string;
declare const count: number;
type B = ResponseBuilder<200, "none">;

// ---- location
expectType<B>(respond().location("/login"));
expectType<B>(respond().location("https://example.com/a?b=c#d"));
expectType<B>(respond().location("../up/one"));
expectType<B>(respond().location("?page=2"));
expectType<B>(respond().location("/caf%C3%A9"));
expectType<B>(respond().location(new URL("https://example.com/")));
expectType<B>(respond().location(dynamic));
expectType<B>(respond().header("Location", "/next"));
expectType<B>(respond().header("Location", location(dynamic)));
expectType<LocationValue>(location("/a"));
expectType<never>(null as unknown as UrlProblem<"https://example.com/a?b=%20">);
// @ts-expect-error CR/LF
respond().location("/a\r\nSet-Cookie: x=1");
// @ts-expect-error a space
respond().location("/a b");
// @ts-expect-error non-ASCII
respond().location("/café");
// @ts-expect-error a control character
respond().location("/a\x01");
// @ts-expect-error a dynamic header value needs location()
respond().header("Location", dynamic);
// @ts-expect-error non-ASCII through header()
respond().header("location", "/ü");

// ---- link
expectType<B>(respond().link("/app.css", { rel: "preload", as: "style" }));
expectType<B>(respond().link("/font.woff2", { rel: "preload", as: "font", type: "font/woff2", crossorigin: "anonymous" }));
expectType<B>(respond().link("/data.json", { rel: "preload", as: "fetch", crossorigin: "use-credentials", fetchpriority: "high" }));
expectType<B>(respond().link("https://cdn.example", { rel: "preconnect" }));
expectType<B>(respond().link("https://cdn.example", { rel: "preconnect", crossorigin: "anonymous" }));
expectType<B>(respond().link("/main.js", { rel: "modulepreload" }));
expectType<B>(respond().link("/worker.js", { rel: "modulepreload", as: "worker" }));
expectType<B>(respond().link("/next", { rel: "prefetch", as: "document" }));
expectType<B>(respond().link("https://example.com/a", { rel: "canonical" }));
expectType<B>(respond().link("/feed", { rel: "alternate", type: "application/atom+xml" }));
expectType<B>(respond().link("/x", { rel: "https://example.com/rels/custom" }));
expectType<B>(respond().link("/x", { rel: "pingback" }));
expectType<B>(respond().link("/x", { rel: "preload prefetch", as: "image" }));
expectType<B>(respond().link(new URL("https://example.com/a.css"), { rel: "preload", as: "style" }));
expectType<B>(respond().link(dynamic, { rel: dynamic }));
expectType<B>(respond().header("Link", "</app.css>; rel=preload; as=style"));
expectType<B>(respond().header("Link", '</a>; rel="preload"; as=image, <https://cdn.example>; rel=preconnect; crossorigin'));
expectType<B>(respond().append("Link", "<https://example.com/page/2>; rel=next; title=\"Page, two\""));
expectType<B>(respond().header("Link", link(dynamic)));
expectType<LinkInit[]>(parseLink("</a>; rel=next"));
expectType<never>(null as unknown as LinkProblem<"</a>; rel=next">);
// @ts-expect-error preload needs as
respond().link("/app.css", { rel: "preload" });
// @ts-expect-error as=font needs crossorigin
respond().link("/font.woff2", { rel: "preload", as: "font" });
// @ts-expect-error as only with preload/modulepreload/prefetch
respond().link("/a", { rel: "canonical", as: "document" });
// @ts-expect-error an unknown destination
respond().link("/a", { rel: "preload", as: "stylesheet" });
// @ts-expect-error an unknown crossorigin
respond().link("/a", { rel: "preconnect", crossorigin: "true" });
// @ts-expect-error a bad media type
respond().link("/a", { rel: "alternate", type: "text/plian" });
// @ts-expect-error an empty rel
respond().link("/a", { rel: "" });
// @ts-expect-error a rel that is not a token
respond().link("/a", { rel: "next!?/" });
// @ts-expect-error a space in the URL
respond().link("/a b", { rel: "next" });
// @ts-expect-error no rel in the header
respond().header("Link", "</a>; as=style");
// @ts-expect-error no angle brackets
respond().header("Link", "/a; rel=next");
// @ts-expect-error the second link has no rel
respond().header("Link", "</a>; rel=next, </b>");
// @ts-expect-error a dynamic value needs link()
respond().header("Link", dynamic);

// ---- retryAfter
expectType<B>(respond().retryAfter(120));
expectType<B>(respond().retryAfter(0));
expectType<B>(respond().retryAfter(count));
expectType<B>(respond().retryAfter(new Date()));
expectType<B>(respond().header("Retry-After", "120"));
expectType<B>(respond().header("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"));
expectType<B>(respond().header("Retry-After", retryAfter(dynamic)));
expectType<true>(null as unknown as IsImfFixdate<"Sun, 06 Nov 1994 08:49:37 GMT">);
expectType<false>(null as unknown as IsImfFixdate<"Sun, 6 Nov 1994 08:49:37 GMT">);
// @ts-expect-error negative
respond().retryAfter(-1);
// @ts-expect-error fractional
respond().retryAfter(1.5);
// @ts-expect-error a string
respond().retryAfter("120");
// @ts-expect-error not a date or seconds
respond().header("Retry-After", "2 minutes");
// @ts-expect-error an ISO date
respond().header("Retry-After", "2015-10-21T07:28:00Z");

// ---- contentLanguage
expectType<B>(respond().contentLanguage("en"));
expectType<B>(respond().contentLanguage("en-US", "fr-CA", "zh-Hant-TW", "es-419", "sl-rozaj-biske", "x-private"));
expectType<B>(respond().contentLanguage(dynamic));
expectType<B>(respond().header("Content-Language", "de, en"));
expectType<B>(respond().header("Content-Language", contentLanguage(dynamic)));
expectType<never>(null as unknown as LanguageTagProblem<"de-CH-1901">);
// @ts-expect-error an underscore
respond().contentLanguage("en_US");
// @ts-expect-error the second tag is bad
respond().contentLanguage("en", "fr-subtaglonger");
// @ts-expect-error a one-letter primary subtag
respond().contentLanguage("e");
// @ts-expect-error no tag
respond().contentLanguage();
// @ts-expect-error an empty subtag
respond().header("Content-Language", "en--US");

// ---- allow
expectType<B>(respond().allow("GET", "HEAD"));
expectType<B>(respond().allow("GET", "PROPFIND"));
expectType<B>(respond().allow());
expectType<B>(respond().allow(dynamic));
expectType<B>(respond().header("Allow", "GET, HEAD, OPTIONS"));
expectType<B>(respond().header("Allow", ""));
expectType<B>(respond().header("Allow", allow(dynamic)));
// @ts-expect-error lower case
respond().allow("get");
// @ts-expect-error not a token
respond().allow("GET HEAD");
// @ts-expect-error lower case in the header
respond().header("Allow", "GET, post");

// ---- contentEncoding, acceptRanges, clearSiteData
expectType<B>(respond().contentEncoding("gzip"));
expectType<B>(respond().contentEncoding("gzip", "br"));
expectType<B>(respond().header("Content-Encoding", "zstd"));
expectType<B>(respond().header("Content-Encoding", contentEncoding(dynamic)));
expectType<B>(respond().acceptRanges("bytes"));
expectType<B>(respond().acceptRanges("none"));
expectType<B>(respond().header("Accept-Ranges", "bytes"));
expectType<B>(respond().header("Accept-Ranges", acceptRanges(dynamic)));
expectType<B>(respond().clearSiteData("cache", "cookies", "storage"));
expectType<B>(respond().clearSiteData("*"));
expectType<B>(respond().header("Clear-Site-Data", '"cache", "cookies"'));
expectType<B>(respond().header("Clear-Site-Data", clearSiteData(dynamic)));
// @ts-expect-error identity is not a content coding to send
respond().contentEncoding("identity");
// @ts-expect-error not a token
respond().contentEncoding("g zip");
// @ts-expect-error not a range unit the method takes
respond().acceptRanges("pages");
// @ts-expect-error an unknown directive
respond().clearSiteData("localStorage");
// @ts-expect-error quoted by the caller
respond().clearSiteData('"cache"');
// @ts-expect-error unquoted in the header
respond().header("Clear-Site-Data", "cache");

// ---- serverTiming
expectType<B>(respond().serverTiming("db"));
expectType<B>(respond().serverTiming("db", { dur: 53.2 }));
expectType<B>(respond().serverTiming("db", { dur: 53, desc: "Postgres primary" }));
expectType<B>(respond().serverTiming(dynamic, { dur: count, desc: dynamic }));
expectType<B>(respond().header("Server-Timing", "db;dur=53, app;dur=47.2;desc=\"App, total\""));
expectType<B>(respond().append("Server-Timing", "miss"));
expectType<B>(respond().header("Server-Timing", serverTiming(dynamic)));
expectType<never>(null as unknown as ServerTimingProblem<"cache;desc=hit, db;dur=1">);
// @ts-expect-error not a token
respond().serverTiming("db query");
// @ts-expect-error negative
respond().serverTiming("db", { dur: -1 });
// @ts-expect-error a control character in desc
respond().serverTiming("db", { desc: "a\nb" });
// @ts-expect-error a bad header value
respond().header("Server-Timing", "db dur=53");

// ---- long literals stay within the compiler's limits (no TS2589)
expectType<B>(respond().header("Link", "</assets/chunk-000.js>; rel=modulepreload, </assets/chunk-001.js>; rel=modulepreload, </assets/chunk-002.js>; rel=modulepreload, </assets/chunk-003.js>; rel=modulepreload, </assets/chunk-004.js>; rel=modulepreload, </assets/chunk-005.js>; rel=modulepreload, </assets/chunk-006.js>; rel=modulepreload, </assets/chunk-007.js>; rel=modulepreload, </assets/chunk-008.js>; rel=modulepreload, </assets/chunk-009.js>; rel=modulepreload, </assets/chunk-010.js>; rel=modulepreload, </assets/chunk-011.js>; rel=modulepreload"));
expectType<B>(respond().header("Server-Timing", "m0;dur=0.5;desc=\"step 0\", m1;dur=1.5;desc=\"step 1\", m2;dur=2.5;desc=\"step 2\", m3;dur=3.5;desc=\"step 3\", m4;dur=4.5;desc=\"step 4\", m5;dur=5.5;desc=\"step 5\", m6;dur=6.5;desc=\"step 6\", m7;dur=7.5;desc=\"step 7\", m8;dur=8.5;desc=\"step 8\", m9;dur=9.5;desc=\"step 9\", m10;dur=10.5;desc=\"step 10\", m11;dur=11.5;desc=\"step 11\", m12;dur=12.5;desc=\"step 12\", m13;dur=13.5;desc=\"step 13\", m14;dur=14.5;desc=\"step 14\""));
expectType<B>(respond().location("/segment0/segment1/segment2/segment3/segment4/segment5/segment6/segment7/segment8/segment9/segment10/segment11/segment12/segment13/segment14/segment15/segment16/segment17/segment18/segment19/segment20/segment21/segment22/segment23/segment24/segment25/segment26/segment27/segment28/segment29/segment30/segment31/segment32/segment33/segment34/segment35/segment36/segment37/segment38/segment39/segment40/segment41/segment42/segment43/segment44/segment45/segment46/segment47/segment48/segment49/segment50/segment51/segment52/segment53/segment54/segment55/segment56/segment57/segment58/segment59?q=1"));
expectType<B>(respond().attachment("rrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrrr.pdf"));

// Template-literal values are dynamic like string: a typed header needs its validator.
declare const templateHole: string;
// @ts-expect-error a template Link value must go through link()
respond().header("Link", `<${templateHole}>; rel=preload; as=style`);
// @ts-expect-error a template Allow value must go through allow()
respond().header("Allow", `GET, ${templateHole}`);
// @ts-expect-error a template Content-Disposition must go through contentDisposition()
respond().header("Content-Disposition", `attachment; filename="${templateHole}"`);

import { expectType } from "tsd";
import { respond, type ResponseBuilder } from "../src/index.js";
import {
  cookieValue,
  encodeCookieValue,
  parseSetCookie,
  serializeSetCookie,
  type CookieOptions,
  type CookieValue,
  type SetCookieInit,
  type SetCookieValue,
} from "../src/headers/set-cookie.js";

declare const dynamic: string;
declare const seconds: number;
declare const options: CookieOptions;

// ---------------------------------------------------------------------------------------------------
// Names: a token; a dynamic name is checked at run time.
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1"));
expectType<ResponseBuilder<200, "none">>(respond().cookie("!#$%&'*+-.^_`|~Az09", "1"));
expectType<ResponseBuilder<200, "none">>(respond().cookie(dynamic, "1"));
expectType<ResponseBuilder<200, "none">>(respond().cookie(`user-${dynamic}`, "1"));
// @ts-expect-error a template name keeps its prefix rules
respond().cookie(`__Host-${dynamic}`, "1");
// @ts-expect-error a space is not a tchar
respond().cookie("my id", "1");
// @ts-expect-error '=' would end the name
respond().cookie("a=b", "1");
// @ts-expect-error ';' is not a tchar
respond().cookie("a;", "1");
// @ts-expect-error a name cannot be empty
respond().cookie("", "1");
// @ts-expect-error non-ASCII is not a tchar
respond().cookie("café", "1");

// ---------------------------------------------------------------------------------------------------
// Values: cookie-octets, optionally in one pair of double quotes; dynamic ones need a brand.
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", ""));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "\"quoted\""));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "a!#$%&'()*+-./:<=>?@[]^_`{|}~Z9"));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", cookieValue(dynamic)));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", encodeCookieValue(dynamic)));
expectType<ResponseBuilder<200, "none">>(respond().cookie("n", `${seconds}`));
expectType<CookieValue>(cookieValue("abc"));
expectType<CookieValue>(encodeCookieValue("a b"));
expectType<ResponseBuilder<200, "none">>(respond().cookie("n", `v-${seconds}`));
expectType<ResponseBuilder<200, "none">>(respond().cookie("n", `"${seconds}"`));
// @ts-expect-error a dynamic value needs cookieValue() or encodeCookieValue()
respond().cookie("id", dynamic);
// @ts-expect-error a template with a dynamic string part needs them too
respond().cookie("id", `v-${dynamic}`);
// @ts-expect-error a space
respond().cookie("id", "a b");
// @ts-expect-error a comma
respond().cookie("id", "a,b");
// @ts-expect-error a semicolon
respond().cookie("id", "a;b");
// @ts-expect-error a backslash
respond().cookie("id", "a\\b");
// @ts-expect-error a double quote inside
respond().cookie("id", "a\"b");
// @ts-expect-error an unpaired double quote
respond().cookie("id", "\"ab");
// @ts-expect-error a quote pair with a space inside
respond().cookie("id", "\"a b\"");
// @ts-expect-error CR LF
respond().cookie("id", "a\r\nSet-Cookie: x=y");
// @ts-expect-error non-ASCII
respond().cookie("id", "é");

// ---------------------------------------------------------------------------------------------------
// Prefixes, matched case-insensitively.
expectType<ResponseBuilder<200, "none">>(respond().cookie("__Secure-id", "1", { secure: true }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("__secure-id", "1", { secure: true, domain: "example.com" }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("__Host-id", "1", { secure: true, path: "/" }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("__HOST-id", "1", { secure: true, path: "/", httpOnly: true }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("__Http-id", "1", { secure: true, httpOnly: true }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("__Host-Http-id", "1", { secure: true, httpOnly: true, path: "/" }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("__Host-id", "1", options));
// @ts-expect-error __Secure- needs secure
respond().cookie("__Secure-id", "1");
// @ts-expect-error __Secure- needs secure (lower case)
respond().cookie("__secure-id", "1", { httpOnly: true });
// @ts-expect-error __Host- needs secure
respond().cookie("__Host-id", "1", { path: "/" });
// @ts-expect-error __Host- needs path "/"
respond().cookie("__Host-id", "1", { secure: true });
// @ts-expect-error __Host- needs path "/", not another
respond().cookie("__Host-id", "1", { secure: true, path: "/app" });
// @ts-expect-error __Host- cannot have a domain
respond().cookie("__Host-id", "1", { secure: true, path: "/", domain: "example.com" });
// @ts-expect-error __Host- upper case too
respond().cookie("__HOST-id", "1", { secure: true });
// @ts-expect-error __Http- needs httpOnly
respond().cookie("__Http-id", "1", { secure: true });
// @ts-expect-error __Http- needs secure
respond().cookie("__Http-id", "1", { httpOnly: true });
// @ts-expect-error __Host-Http- needs httpOnly
respond().cookie("__Host-Http-id", "1", { secure: true, path: "/" });
// @ts-expect-error __Host-Http- needs path "/"
respond().cookie("__Host-Http-id", "1", { secure: true, httpOnly: true });

// ---------------------------------------------------------------------------------------------------
// SameSite and Partitioned.
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { sameSite: "None", secure: true }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { sameSite: "none", secure: true }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { sameSite: "Strict" }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { sameSite: "lax" }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { partitioned: true, secure: true }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { priority: "High" }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { priority: "low" }));
// @ts-expect-error SameSite=None needs Secure
respond().cookie("id", "1", { sameSite: "None" });
// @ts-expect-error SameSite=none needs Secure
respond().cookie("id", "1", { sameSite: "none", httpOnly: true });
// @ts-expect-error Partitioned needs Secure
respond().cookie("id", "1", { partitioned: true });
// @ts-expect-error not a SameSite value
respond().cookie("id", "1", { sameSite: "Loose" });
// @ts-expect-error not a Priority value
respond().cookie("id", "1", { priority: "Urgent" });
// @ts-expect-error flags are true or omitted
respond().cookie("id", "1", { secure: false });

// ---------------------------------------------------------------------------------------------------
// Max-Age: 0 to 34,560,000 on literals; a number is checked at run time.
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { maxAge: 0 }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { maxAge: 34560000 }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { maxAge: 9999999 }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { maxAge: 29999999 }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { maxAge: seconds }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { expires: new Date(0) }));
// @ts-expect-error more than 400 days
respond().cookie("id", "1", { maxAge: 34560001 });
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { maxAge: seconds > 0 ? 60 : 120 }));
// @ts-expect-error one of the literals is more than 400 days
respond().cookie("id", "1", { maxAge: seconds > 0 ? 60 : 99999999 });
// @ts-expect-error more than 400 days (longer)
respond().cookie("id", "1", { maxAge: 100000000 });
// @ts-expect-error more than 400 days (same length, larger first digit)
respond().cookie("id", "1", { maxAge: 40000000 });
// @ts-expect-error negative
respond().cookie("id", "1", { maxAge: -1 });
// @ts-expect-error not whole seconds
respond().cookie("id", "1", { maxAge: 1.5 });
// @ts-expect-error expires is a Date
respond().cookie("id", "1", { expires: "tomorrow" });

// ---------------------------------------------------------------------------------------------------
// Path and Domain.
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { path: "/" }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { path: "/app/a b/x" }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { domain: "example.com" }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { domain: "a-b.Example.co.uk" }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { domain: "localhost" }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { domain: dynamic, path: dynamic }));
expectType<ResponseBuilder<200, "none">>(respond().cookie("id", "1", { domain: `${dynamic}.example.com`, path: `/u/${dynamic}` }));
// @ts-expect-error path must start with /
respond().cookie("id", "1", { path: "app" });
// @ts-expect-error path cannot hold ;
respond().cookie("id", "1", { path: "/a;b" });
// @ts-expect-error path cannot hold a control character
respond().cookie("id", "1", { path: "/a\nb" });
// @ts-expect-error domain without a leading dot
respond().cookie("id", "1", { domain: ".example.com" });
// @ts-expect-error domain labels are LDH
respond().cookie("id", "1", { domain: "exa_mple.com" });
// @ts-expect-error domain labels do not start with -
respond().cookie("id", "1", { domain: "-example.com" });
// @ts-expect-error domain has no empty label
respond().cookie("id", "1", { domain: "example..com" });
// @ts-expect-error domain has no trailing dot
respond().cookie("id", "1", { domain: "example.com." });
// @ts-expect-error a misspelt option
respond().cookie("id", "1", { secure: true, httponly: true });

// ---------------------------------------------------------------------------------------------------
// clearCookie
expectType<ResponseBuilder<200, "none">>(respond().clearCookie("id"));
expectType<ResponseBuilder<200, "none">>(respond().clearCookie("id", { path: "/app", domain: "example.com" }));
expectType<ResponseBuilder<200, "none">>(respond().clearCookie("__Host-id", { secure: true, path: "/" }));
expectType<ResponseBuilder<404, "none">>(respond().status(404).clearCookie("id").cookie("x", "y"));
// @ts-expect-error __Host- needs secure and path "/" to be cleared too
respond().clearCookie("__Host-id");
// @ts-expect-error clearCookie sets the lifetime itself
respond().clearCookie("id", { maxAge: 10 });
// @ts-expect-error a name is a token
respond().clearCookie("a b");

// ---------------------------------------------------------------------------------------------------
// Set-Cookie only through cookie().
// @ts-expect-error header() refuses Set-Cookie
respond().header("Set-Cookie", "a=b");

// ---------------------------------------------------------------------------------------------------
// parse and serialize
expectType<SetCookieValue>(serializeSetCookie("id", "1", { httpOnly: true }));
expectType<SetCookieInit | undefined>(parseSetCookie("id=1"));

// A long literal stays within the compiler's limits.
expectType<ResponseBuilder<200, "none">>(
  respond().cookie(
    "__Host-Http-a-rather-long-cookie-name-that-goes-on-and-on-0123456789",
    "0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz",
    { secure: true, httpOnly: true, path: "/", sameSite: "Strict", maxAge: 34559999, priority: "High" },
  ),
);

// Past 1,000 characters, 8 characters a step keeps the check under the compiler's recursion limit (4,000 here).
expectType<ResponseBuilder<200, "none">>(respond().cookie("big", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"));
// @ts-expect-error the space at the end of a long value is still found
respond().cookie("big", "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef ");

// What the headers make a real browser do: Debian chromium, driven by playwright-core, against a
// node:http server whose responses the library builds. Each rule has a control beside it (the same
// page without the header) so that a check cannot pass because the page never worked.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nonce } from "../../src/headers/content-security-policy.js";
import { respond } from "../../src/index.js";
import { corsOrigin } from "../../src/headers/cors.js";
import { cors } from "../../src/presets/cors.js";
import { launch, serve, type Browser, type Site } from "./harness.js";

let browser: Browser;
let site: Site;
/** A second origin (another port on 127.0.0.1) for cross-origin requests. */
let api: Site;

const pwnedHtml = "<h1 id='pwned'>pwned</h1><script>document.title = 'pwned'</script>";
const frameChild = "<p>child</p><script>parent.postMessage('loaded', '*')</script>";
const frameParent = (child: string): string =>
  `<!doctype html><title>parent</title><script>window.messages = []; addEventListener('message', (e) => messages.push(e.data));</script>` +
  `<iframe src="${child}" onload="window.frameLoaded = true"></iframe>`;

beforeAll(async () => {
  browser = await launch();
  site = await serve({
    "/": () => respond().html("<!doctype html><title>home</title><a id='download' href='/download'>download</a>"),
    // Content-Type
    "/json": () => respond().json({ html: pwnedHtml }),
    "/json-as-html": () => respond().html(pwnedHtml),
    // X-Content-Type-Options
    "/sniff-page": () =>
      respond().html(`<!doctype html><script src="/plain-nosniff.js"></script><script src="/plain-sniffable.js"></script>`),
    "/plain-nosniff.js": () => respond().noSniff().text("window.ranNoSniff = true;"),
    "/plain-sniffable.js": () => respond().text("window.ranSniffable = true;"),
    // X-Frame-Options
    "/frame-deny-parent": () => respond().html(frameParent("/frame-deny")),
    "/frame-deny": () => respond().frameOptions("DENY").html(frameChild),
    "/frame-plain-parent": () => respond().html(frameParent("/frame-plain")),
    "/frame-plain": () => respond().html(frameChild),
    // Content-Disposition
    "/download": () => respond().attachment("résumé 2024.pdf").build(new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55])),
    "/inline": () => respond().inline("notes.txt").text("Hello inline"),
    // Cache-Control
    "/cache-page": () =>
      respond().html(`<!doctype html><script src="/no-store.js"></script><script src="/max-age.js"></script>`),
    "/no-store.js": () => respond().cacheControl("no-store").contentType("text/javascript").build("window.noStore = true;"),
    "/max-age.js": () => respond().cacheControl("max-age=60").contentType("text/javascript").build("window.maxAge = true;"),
    // Set-Cookie
    "/cookies": () =>
      respond()
        .cookie("__Host-session", "abc123", { secure: true, httpOnly: true, path: "/", sameSite: "Lax" })
        .cookie("theme", "dark", { maxAge: 3600, path: "/" })
        .cookie("visible", "yes", { path: "/" })
        .html("<!doctype html><title>cookies</title>"),
    // Content-Security-Policy
    "/csp": () => {
      const value = nonce();
      return respond()
        .csp({ "script-src": [`'nonce-${value}'`] })
        .html(
          `<!doctype html><script>window.inlineRan = true;</script><script nonce="${value}">window.nonceRan = true;</script>`,
        );
    },
    "/csp-control": () => respond().html(`<!doctype html><script>window.inlineRan = true;</script>`),
    "/frame-ancestors-parent": () => respond().html(frameParent("/frame-ancestors")),
    "/frame-ancestors": () => respond().csp({ "frame-ancestors": ["'none'"] }).html(frameChild),
  });
});

beforeAll(async () => {
  api = await serve({
    "/login": () => respond().cookie("api-session", "s1", { path: "/", httpOnly: true }).text("logged in"),
    "/with-cors": (request) =>
      respond()
        .use(cors({ origin: corsOrigin(site.origin), credentials: true }))
        .json({ cookie: request.headers.cookie ?? null }),
    "/without-credentials": (request) =>
      respond()
        .use(cors({ origin: corsOrigin(site.origin) }))
        .json({ cookie: request.headers.cookie ?? null }),
  });
});

afterAll(async () => {
  await api?.close();
  await site?.close();
  await browser?.close();
});

async function page(): Promise<Page> {
  return browser.context.newPage();
}

describe(`chromium`, () => {
  it("runs a real browser", () => {
    expect(browser.version).toMatch(/^\d+\./u);
  });
});

describe("Content-Type", () => {
  it("application/json is shown as text, never rendered as HTML", async () => {
    const tab = await page();
    await tab.goto(`${site.origin}/json`);
    expect(await tab.evaluate(() => document.getElementById("pwned"))).toBeNull();
    expect(await tab.title()).not.toBe("pwned");
    expect(await tab.evaluate(() => document.body.innerText)).toContain("<h1 id='pwned'>");
    await tab.close();
  });

  it("control: the same text served by html() is rendered", async () => {
    const tab = await page();
    await tab.goto(`${site.origin}/json-as-html`);
    expect(await tab.evaluate(() => document.getElementById("pwned")?.textContent)).toBe("pwned");
    await tab.close();
  });
});

describe("X-Content-Type-Options: nosniff", () => {
  it("noSniff() blocks a script served as text/plain; without it the script runs", async () => {
    const tab = await page();
    await tab.goto(`${site.origin}/sniff-page`);
    const ran = await tab.evaluate(() => {
      const flags = window as unknown as { ranNoSniff?: boolean; ranSniffable?: boolean };
      return { noSniff: flags.ranNoSniff ?? false, sniffable: flags.ranSniffable ?? false };
    });
    expect(ran).toEqual({ noSniff: false, sniffable: true });
    expect(site.hits("/plain-nosniff.js")).toBeGreaterThan(0);
    await tab.close();
  });
});

describe("X-Frame-Options and frame-ancestors", () => {
  async function framed(parentPath: string): Promise<{ messages: unknown[]; childUrl: string | undefined }> {
    const tab = await page();
    await tab.goto(`${site.origin}${parentPath}`);
    await tab.waitForFunction(() => (window as unknown as { frameLoaded?: boolean }).frameLoaded === true);
    // A message posted by the child arrives right after its load event; give it a moment.
    await tab.waitForTimeout(200);
    const messages = await tab.evaluate(() => (window as unknown as { messages: unknown[] }).messages);
    const childUrl = tab.frames().find((frame) => frame !== tab.mainFrame())?.url();
    await tab.close();
    return { messages, childUrl };
  }

  it("frameOptions('DENY') keeps a page out of an iframe", async () => {
    const { messages, childUrl } = await framed("/frame-deny-parent");
    expect(messages).toEqual([]);
    expect(childUrl).not.toBe(`${site.origin}/frame-deny`);
  });

  it("csp({ 'frame-ancestors': [\"'none'\"] }) keeps a page out of an iframe", async () => {
    const { messages, childUrl } = await framed("/frame-ancestors-parent");
    expect(messages).toEqual([]);
    expect(childUrl).not.toBe(`${site.origin}/frame-ancestors`);
  });

  it("control: without either header the page loads in the iframe", async () => {
    const { messages, childUrl } = await framed("/frame-plain-parent");
    expect(messages).toEqual(["loaded"]);
    expect(childUrl).toBe(`${site.origin}/frame-plain`);
  });
});

describe("Content-Security-Policy", () => {
  it("csp() blocks an inline script, and its nonce lets the other one run", async () => {
    const tab = await page();
    await tab.goto(`${site.origin}/csp`);
    const ran = await tab.evaluate(() => {
      const flags = window as unknown as { inlineRan?: boolean; nonceRan?: boolean };
      return { inline: flags.inlineRan ?? false, nonce: flags.nonceRan ?? false };
    });
    expect(ran).toEqual({ inline: false, nonce: true });
    await tab.close();
  });

  it("control: without csp() the inline script runs", async () => {
    const tab = await page();
    await tab.goto(`${site.origin}/csp-control`);
    expect(await tab.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBe(true);
    await tab.close();
  });
});

describe("Set-Cookie", () => {
  it("stores a valid __Host- cookie and both other cookies of one response; httpOnly is hidden from document.cookie", async () => {
    await browser.context.clearCookies();
    const tab = await page();
    await tab.goto(`${site.origin}/cookies`);
    const stored = await browser.context.cookies(site.origin);
    const byName = new Map(stored.map((cookie) => [cookie.name, cookie]));
    expect([...byName.keys()].sort()).toEqual(["__Host-session", "theme", "visible"]);
    expect(byName.get("__Host-session")).toMatchObject({ value: "abc123", httpOnly: true, secure: true, path: "/", sameSite: "Lax" });
    expect(byName.get("theme")?.expires).toBeGreaterThan(Date.now() / 1000 + 3000);
    const visible = (await tab.evaluate(() => document.cookie)).split("; ").sort();
    expect(visible).toEqual(["theme=dark", "visible=yes"]);
    await tab.close();
  });
});

describe("CORS", () => {
  async function crossOriginFetch(path: string): Promise<{ ok: boolean; body: unknown; error: string | null }> {
    const tab = await page();
    await tab.goto(`${site.origin}/`);
    const result = await tab.evaluate(async (url) => {
      try {
        const response = await fetch(url, { credentials: "include" });
        return { ok: response.ok, body: (await response.json()) as unknown, error: null };
      } catch (error) {
        return { ok: false, body: null, error: String(error) };
      }
    }, `${api.origin}${path}`);
    await tab.close();
    return result;
  }

  it("a credentialed cross-origin fetch succeeds with cors({ origin, credentials: true }), cookie sent", async () => {
    // Cookies ignore ports: clear the ones other tests set on 127.0.0.1.
    await browser.context.clearCookies();
    const login = await page();
    await login.goto(`${api.origin}/login`);
    await login.close();
    const result = await crossOriginFetch("/with-cors");
    expect(result).toEqual({ ok: true, body: { cookie: "api-session=s1" }, error: null });
  });

  it("the same fetch fails when the response does not allow credentials", async () => {
    const result = await crossOriginFetch("/without-credentials");
    expect(result.ok).toBe(false);
    expect(result.error).toMatch(/TypeError/u);
    // The request reached the server; the browser withheld the response from the page.
    expect(api.hits("/without-credentials")).toBe(1);
  });
});

describe("Content-Disposition", () => {
  it("attachment('résumé 2024.pdf') downloads with exactly that suggested name", async () => {
    const tab = await page();
    await tab.goto(`${site.origin}/`);
    const [download] = await Promise.all([tab.waitForEvent("download"), tab.click("#download")]);
    expect(download.suggestedFilename()).toBe("résumé 2024.pdf");
    await download.cancel();
    await tab.close();
  });

  it("inline() on text shows it and does not download", async () => {
    const tab = await page();
    const downloads: string[] = [];
    tab.on("download", (download) => downloads.push(download.suggestedFilename()));
    await tab.goto(`${site.origin}/inline`);
    expect(await tab.evaluate(() => document.body.innerText.trim())).toBe("Hello inline");
    await tab.waitForTimeout(200);
    expect(downloads).toEqual([]);
    await tab.close();
  });
});

describe("Cache-Control", () => {
  it("on reload, a no-store script is fetched again and a max-age=60 one comes from the cache", async () => {
    const tab = await page();
    await tab.goto(`${site.origin}/cache-page`);
    await tab.reload();
    expect(site.hits("/cache-page")).toBe(2);
    expect(site.hits("/no-store.js")).toBe(2);
    expect(site.hits("/max-age.js")).toBe(1);
    expect(await tab.evaluate(() => (window as unknown as { maxAge?: boolean }).maxAge)).toBe(true);
    await tab.close();
  });
});

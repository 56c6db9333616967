// Shared helpers for the end-to-end tests: a headless Debian Chromium driven by
// playwright-core, and a static server for dist/ on an ephemeral loopback port.
import { chromium } from "playwright-core";
import { before, after } from "node:test";
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const ROOT = resolve(new URL("../..", import.meta.url).pathname);
export const DIST = resolve(ROOT, process.env.DIST ?? "dist");
export const ARTIFACTS = resolve(ROOT, "test-artifacts");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ts": "text/plain; charset=utf-8",
};

/** Serve `dir` (default dist/) on 127.0.0.1 at a free port. Returns { url, close, requests }. */
export async function serve(dir = DIST) {
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    let file = normalize(join(dir, path.endsWith("/") ? path + "index.html" : path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

/** Launch headless Debian Chromium with the flags this machine needs. */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** file:// URL of a file under dist/. */
export function fileUrl(rel) {
  return pathToFileURL(join(DIST, rel)).href;
}

/** New page that fails the test on uncaught page errors (collected in page.errors). */
export async function newPage(browser, opts = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...opts });
  const page = await context.newPage();
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") page.errors.push("console: " + m.text());
  });
  return page;
}

/** Record the page's analysis-worker traffic from now on (before the app
 *  starts: call before `goto`), for `waitForAnalysis`'s failure message. */
export async function traceWorkers(page) {
  await page.addInitScript(() => {
    window.__workerLog = [];
    const t0 = performance.now();
    const log = (s) => window.__workerLog.push(`${Math.round(performance.now() - t0)} ms ${s}`);
    navigator.serviceWorker?.addEventListener("controllerchange", () => log("service worker took control"));
    document.addEventListener(
      "change",
      (e) => e.target?.files && log(`files chosen: ${e.target.files.length}, input in page: ${e.target.isConnected}`),
      true,
    );
    const Native = window.Worker;
    window.Worker = function (url, opts) {
      log(`new worker (${opts?.type ?? "classic"}), page controlled: ${!!navigator.serviceWorker?.controller}`);
      const w = new Native(url, opts);
      w.addEventListener("message", ({ data: d }) =>
        log(d?.ready !== undefined ? `worker ready: ${d.ready} ${d.error ?? ""}` : `reply ${d?.doc}@${d?.generation} part ${d?.part}/${d?.parts} ${d?.error ?? ""}`),
      );
      w.addEventListener("error", (e) => log(`worker error: ${e.message}`));
      const post = w.postMessage.bind(w);
      w.postMessage = (m, ...rest) => {
        log(m?.type === "init" ? "init sent" : `job ${m?.doc}@${m?.generation} (${m?.text?.length} chars)`);
        return post(m, ...rest);
      };
      return w;
    };
    window.Worker.prototype = Native.prototype;
  });
}

/** Wait for `locator` (a sign that an analysis landed); on a timeout, fail
 *  with the status line and the worker traffic recorded by `traceWorkers`. */
export async function waitForAnalysis(page, locator, timeout) {
  try {
    await locator.waitFor({ timeout });
  } catch (err) {
    const seen = await page
      .evaluate(
        () =>
          `status: ${document.querySelector(".status")?.textContent}\n` +
          `tabs: ${[...document.querySelectorAll(".doc-tab-name")].map((b) => b.textContent).join(" | ")}\n` +
          `notices: ${[...document.querySelectorAll("[role=alert]")].map((n) => n.textContent).join(" | ")}\n` +
          (window.__workerLog ?? []).join("\n"),
      )
      .catch((e) => `page not readable: ${e}`);
    err.message += `\n${seen}`;
    throw err;
  }
}

/** Save a screenshot under test-artifacts/. */
export async function screenshot(page, name) {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name), fullPage: false });
}

/** Replace the article text (as a user typing/pasting would) and wait for the analysis. */
export async function setArticle(page, text, date) {
  const area = page.getByLabel("Article text");
  await area.fill(text);
  if (date !== undefined) {
    await page.getByLabel("Publication date").fill(date);
  }
}

/** Open the app served by `env` (see `browserAndServer`) in a new page (CSP bypassed, so
 *  tests may evaluate scripts; `opts` go to the browser context) and wait until the
 *  example article is highlighted and its entities listed. */
export async function openApp(env, opts = {}, { trace = false } = {}) {
  const page = await newPage(env.browser, { bypassCSP: true, ...opts });
  if (trace) await traceWorkers(page);
  await page.goto(env.server.url + "index.html");
  await page.locator('[aria-label="Document"] mark').first().waitFor({ timeout: 20000 });
  // The side panels are first drawn a frame after the text (issue 17.3).
  await page.locator('[aria-label="Entities"] button[data-entity]').first().waitFor({ timeout: 20000 });
  return page;
}

/** Wait until no analysis is running (the status line says neither "Updating" nor "Analysing"). */
export async function settled(page) {
  await page.waitForFunction(() => {
    const s = document.querySelector(".status")?.textContent ?? "";
    return !s.includes("Updating") && !s.includes("Analysing");
  });
}

/** Select the `nth` (0-based) occurrence of `needle` in the document view, as a user dragging
 *  the mouse over it would (a DOM range over the text nodes, which marks split). */
export async function selectInDocument(page, needle, nth = 0) {
  await page.evaluate(
    ([needle, nth]) => {
      const root = document.querySelector('[aria-label="Document"] .doc-text');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let all = "";
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push([n, all.length]);
        all += n.data;
      }
      let at = -1;
      for (let k = 0; k <= nth; k++) at = all.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`not in the document ${nth + 1} times: ${needle}`);
      const locate = (pos) => {
        for (let i = nodes.length - 1; i >= 0; i--) {
          if (nodes[i][1] <= pos) return [nodes[i][0], pos - nodes[i][1]];
        }
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + needle.length));
      const sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    },
    [needle, nth],
  );
}

/** The entity panel's button of the entity whose name holds `name`. */
export const entityButton = (page, name) =>
  page.locator('[aria-label="Entities"] button[data-entity]', { hasText: name });

/** Register before/after hooks that launch Chromium and serve dist/ for a test file.
 *  Returns an object whose `browser` and `server` are set once the hooks ran. */
export function browserAndServer() {
  const env = {};
  before(async () => {
    env.browser = await launch();
    env.server = await serve();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

// Issue 16, the gaps left after session 56, each in headless Chromium:
// - 16.1: tab B saves before it handles tab A's storage event, so B's save
//   lacks A's new correction; A read that as an undo and dropped the correction
//   until B saved again. Only an undo made in the other tab takes one back now;
// - 16.2: after "storage is full", saving resumes by itself once room is freed
//   (it waited for the next change before);
// - 16.5: an article over 20 MB chosen with "Open files" asks first, and
//   "Analyse anyway" analyses it in the worker;
// - 16.3: the read-only HTML export of a document whose id is hostile (quotes,
//   </style>, </script>, braces, a line break) holds it as data, never as markup.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { browserAndServer, newPage, screenshot, setArticle, traceWorkers, waitForAnalysis } from "./lib.mjs";

const KEY = "annalist.workspace";
const DOC = '[aria-label="Document"]';
const env = browserAndServer();

const workspace = (page) => page.locator('[aria-label="Workspace"]');
const entityButton = (page, name) =>
  page.locator('[aria-label="Entities"] button[data-entity]', { hasText: name }).first();

async function open(page) {
  await page.goto(env.server.url + "index.html");
  await workspace(page).waitFor({ timeout: 20000 });
}

const watchErrors = (p) => {
  p.errors = [];
  p.on("pageerror", (e) => p.errors.push(String(e)));
  return p;
};

test("16.1: a correction is kept when the other tab saves before it hears of it", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const [a, b] = [watchErrors(await context.newPage()), watchErrors(await context.newPage())];
  // B can hold back its storage events (registered before the app's listener).
  await b.addInitScript(() => {
    window.__held = [];
    addEventListener("storage", (e) => {
      if (window.__hold) {
        e.stopImmediatePropagation();
        window.__held.push({ key: e.key, oldValue: e.oldValue, newValue: e.newValue, url: e.url });
      }
    });
  });
  await open(a);
  await open(b);
  const ferry = "Ferry news\n\nTove Skarland sailed the ferry from Bergen to Bodø on Friday, and Skarland said the sea was calm.";
  await a.getByRole("button", { name: "+ New" }).click();
  await setArticle(a, ferry, "2024-05-10");
  await entityButton(a, "Tove Skarland").waitFor({ timeout: 20000 });
  await b.locator(".doc-tab-name", { hasText: "Ferry news" }).waitFor({ timeout: 20000 });

  // B stops hearing A; A renames the skipper and saves.
  await b.evaluate(() => (window.__hold = true));
  await entityButton(a, "Tove Skarland").click();
  const form = a.locator('form[aria-label="Correct entity"]');
  await form.getByLabel("New name").fill("Captain Skarland");
  await form.getByRole("button", { name: "Rename" }).click();
  await entityButton(a, "Captain Skarland").waitFor({ timeout: 15000 });
  await a.waitForFunction((k) => localStorage.getItem(k)?.includes("Captain Skarland"), KEY, { timeout: 10000 });
  // B, not told yet, saves a document of its own: its save lacks the rename.
  await b.getByRole("button", { name: "+ New" }).click();
  await setArticle(b, "Harbour note\n\nThe quay in Bodø reopened on Monday.");
  assert.equal(await workspace(b).getByText(/^0 corrections/).count(), 1, "B heard of the rename");
  // A hears of B's save: it takes B's document and keeps its own correction.
  await a.locator(".doc-tab-name", { hasText: "Harbour note" }).waitFor({ timeout: 15000 });
  await workspace(a).getByText(/^1 correction/).waitFor({ timeout: 5000 });
  await a.locator(".doc-tab-name", { hasText: "Ferry news" }).click();
  await entityButton(a, "Captain Skarland").waitFor({ timeout: 15000 });
  assert.equal(await entityButton(a, "Tove Skarland").count(), 0, "A dropped its rename");

  // B hears of A's save at last: both have the rename, for good.
  await b.evaluate(() => {
    window.__hold = false;
    for (const e of window.__held) dispatchEvent(new StorageEvent("storage", { ...e, storageArea: localStorage }));
  });
  await workspace(b).getByText(/^1 correction/).waitFor({ timeout: 15000 });
  await b.waitForFunction((k) => localStorage.getItem(k)?.includes("Captain Skarland"), KEY, { timeout: 10000 });
  await a.waitForTimeout(1000);
  await workspace(a).getByText(/^1 correction/).waitFor({ timeout: 5000 });
  await screenshot(a, "gaps16-two-tabs-race.png");
  assert.deepEqual([...a.errors, ...b.errors], []);
  await context.close();
});

test("16.2: after storage was full, saving resumes by itself once room is freed", async () => {
  const page = await newPage(env.browser);
  await open(page);
  await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });
  await page.evaluate(() => {
    let i = 0;
    for (const size of [1e6, 1e5, 1e4, 1e3, 100, 10, 1]) {
      const chunk = "x".repeat(size);
      for (;;) {
        try {
          localStorage.setItem("filler-" + i++, chunk);
        } catch {
          break;
        }
      }
    }
  });
  const text = "Bakery note\n\nGreta Lind opened a bakery in Uppsala on Friday, and more room is needed for it now.";
  await setArticle(page, text);
  const alert = workspace(page).getByRole("alert").filter({ hasText: "Not saved" });
  await alert.waitFor({ timeout: 15000 });
  assert.match(await alert.textContent(), /storage is full/);
  // Room is freed elsewhere (another tab, the browser's settings): no change here.
  await page.evaluate(() => {
    for (const k of Object.keys(localStorage)) if (k.startsWith("filler-")) localStorage.removeItem(k);
  });
  await alert.waitFor({ state: "detached", timeout: 20000 });
  await workspace(page).getByText(/Saved in this browser/).waitFor({ timeout: 5000 });
  assert.ok((await page.evaluate((k) => localStorage.getItem(k), KEY)).includes("Greta Lind opened a bakery"));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("16.5: an article over 20 MB chosen with 'Open files' asks first; 'Analyse anyway' analyses it in the worker", async () => {
  const page = await newPage(env.browser);
  await traceWorkers(page);
  await open(page);
  await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });
  // Our own short article, then 21 MB of blank paragraphs (white space: cheap to analyse).
  const dir = await mkdtemp(join(tmpdir(), "annalist-gaps16-"));
  const file = join(dir, "mill-sale.txt");
  const head = "Mill sale\n\nGreta Lind sold the old mill in Uppsala to Kestrel Optics on Friday.\n\n";
  const blank = " ".repeat(1022) + "\n\n";
  await writeFile(file, head + blank.repeat(21 * 1024));
  await page.getByLabel("Open files", { exact: true }).setInputFiles(file);
  const refused = page.locator(".refused", { hasText: "mill-sale.txt is 21 MB" });
  await refused.waitFor({ timeout: 20000 });
  assert.match(await refused.innerText(), /over 20 MB are not opened unless you ask/);
  await page.waitForTimeout(500);
  assert.equal(await page.locator(".doc-tab-name", { hasText: "mill-sale.txt" }).count(), 0, "opened without asking");
  await refused.getByRole("button", { name: "Analyse anyway" }).click();
  await refused.waitFor({ state: "detached", timeout: 20000 });
  await page.locator(".doc-tab-name", { hasText: "mill-sale.txt" }).waitFor({ timeout: 60000 });
  await waitForAnalysis(page, page.locator(`${DOC} mark[data-label="PERSON"]`, { hasText: "Greta Lind" }), 240000);
  // The worker analysed it: a job of the whole text went to it, and its answer came back.
  const log = await page.evaluate(() => window.__workerLog);
  const job = log.find((l) => /job \S+ \((\d+) chars\)/.test(l) && Number(l.match(/\((\d+) chars\)/)[1]) > 20e6);
  assert.ok(job, `no job of the whole text sent to the worker:\n${log.join("\n")}`);
  const doc = job.match(/job (\S+)@/)[1];
  assert.ok(log.some((l) => l.includes(`reply ${doc}@`)), `no reply for ${doc}:\n${log.join("\n")}`);
  await screenshot(page, "gaps16-large-open-files.png");
  assert.deepEqual(page.errors.filter((e) => !/storage is full/.test(e)), []);
  await page.context().close();
});

test("16.3: the read-only HTML export holds a hostile document id as data, never as markup", async () => {
  const page = await newPage(env.browser);
  await open(page);
  const hostile = "x\"}</style><img src=x onerror=window.__pwned=1>{</script><!--\n'y";
  const file = {
    schema_version: 2,
    documents: [
      {
        id: hostile,
        name: "Hostile id",
        text: "Hostile id\n\nGreta Lind opened a bakery in Uppsala on Friday.",
        date: "2024-05-03",
      },
    ],
    history: { done: [], undone: [] },
  };
  await page.getByLabel("Import workspace, JSONL documents or watchlist CSV").setInputFiles({
    name: "hostile.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.locator(".doc-tab-name", { hasText: "Hostile id" }).waitFor({ timeout: 20000 });
  await entityButton(page, "Greta Lind").waitFor({ timeout: 20000 });
  await page.getByText("Export & share").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Read-only page (.html)" }).click(),
  ]);
  const html = await readFile(await download.path(), "utf8");
  assert.ok(!html.includes("</style><img"), "the id went into the page unescaped");
  const dir = await mkdtemp(join(tmpdir(), "annalist-gaps16-"));
  const path = join(dir, "export.html");
  await writeFile(path, html);
  const view = await newPage(env.browser);
  await view.goto(pathToFileURL(path).href);
  const seen = await view.evaluate(() => {
    const data = document.getElementById("annalist-data");
    return {
      styles: document.querySelectorAll("style").length,
      scripts: document.querySelectorAll("script").length,
      imgs: document.querySelectorAll("img").length,
      handlers: [...document.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length,
      articles: document.querySelectorAll("article").length,
      background: getComputedStyle(document.body).backgroundColor,
      ids: JSON.parse(data.textContent).documents.map((d) => d.input.id),
      pwned: window.__pwned ?? null,
    };
  });
  assert.deepEqual(seen, {
    styles: 1,
    scripts: 1,
    imgs: 0,
    handlers: 0,
    articles: 1,
    background: "rgba(0, 0, 0, 0)",
    ids: [hostile],
    pwned: null,
  });
  await view.locator("mark.PERSON", { hasText: "Greta Lind" }).waitFor();
  assert.deepEqual([...page.errors, ...view.errors], []);
  await page.context().close();
  await view.context().close();
});

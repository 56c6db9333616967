// Where the main thread's time goes in the two slow UI cases of issue 17
// (a 2 MB document opened and analysed; the 5,000-event timeline redrawn after
// a deselect): a Chromium CPU profile (DevTools protocol) over each, summed by
// function, self and total time. For names of wasm functions, point --dist at
// a dist whose annalist_bg.wasm kept its name section (wasm-opt -g).
// usage: node bench/profile.mjs --dist DIR --corpus corpus.jsonl [--case 2mb|deselect|load] [--top 40]
// (`load`: the 5,000-event workspace given to the file picker, until the timeline settles.)
import { readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { launch, serve } from "../tests/e2e/lib.mjs";

const args = process.argv.slice(2);
const opt = (n, d) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : d);
const DIST = resolve(opt("--dist", "dist"));
const CORPUS = resolve(opt("--corpus", "target/bench/corpus.jsonl"));
const CASE = opt("--case", "2mb");
const TOP = Number(opt("--top", "40"));

const docs = (await readFile(CORPUS, "utf8")).split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const total = new Map();
  const name = (n) => `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}`;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let id = profile.samples[i];
    const n0 = byId.get(id);
    self.set(name(n0), (self.get(name(n0)) ?? 0) + dt);
    const seen = new Set();
    while (id !== undefined) {
      const k = name(byId.get(id));
      if (!seen.has(k)) {
        total.set(k, (total.get(k) ?? 0) + dt);
        seen.add(k);
      }
      id = parent.get(id);
    }
  }
  const top = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, TOP).map(([k, v]) => `${v.toFixed(1).padStart(8)} ms  ${k}`).join("\n");
  console.log("== self ==\n" + top(self));
  console.log("== total ==\n" + top(total));
}

async function settled(page, quietMs) {
  return page.evaluate((quietMs) => new Promise((ok) => {
    const tl = document.querySelector('[aria-label="Timeline"]');
    let last = performance.now();
    const obs = new MutationObserver(() => (last = performance.now()));
    if (tl) obs.observe(tl, { childList: true, subtree: true, attributes: true, characterData: true });
    const poll = () => (performance.now() - last >= quietMs ? (obs.disconnect(), ok(last - window.__uiStart)) : setTimeout(poll, 100));
    poll();
  }), quietMs);
}

const browser = await launch();
const server = await serve(DIST);
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.addInitScript(() => {
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); }).observe({ type: "longtask", buffered: true });
});
const cdp = await ctx.newCDPSession(page);
await page.goto(server.url + "index.html");
await page.locator('[aria-label="Document"] mark').first().waitFor({ timeout: 60000 });
const input = page.locator('input[type="file"][aria-label="Open files"]').first();
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
if (CASE === "2mb") {
  const doc = { date: docs[0].date, text: "" };
  for (let i = 0; doc.text.length < 2 * 1024 * 1024; i++) doc.text += (doc.text ? "\n\n" : "") + docs[i % docs.length].text;
  await page.waitForTimeout(1000);
  await cdp.send("Profiler.start");
  await page.evaluate(() => { window.__uiStart = performance.now(); window.__longTasks = []; });
  // A file on disk: Chromium gets its path (DevTools protocol), no page script
  // turns a buffer into a File (which alone blocks the page for ~350 ms).
  const path = join(tmpdir(), "annalist-doc-2mb.txt");
  await writeFile(path, `${doc.date}\n\n${doc.text}`);
  await input.setInputFiles(path);
  console.log("settled", await settled(page, 1500));
  await page.waitForTimeout(Number(opt("--wait", "8000")));
} else {
  // 5,000 events: as bench/browser.mjs, whole articles in order (about 170 here).
  const n = Number(opt("--docs", "190"));
  const files = docs.slice(0, n).map((d, i) => ({ name: `${d.id}.txt`, mimeType: "text/plain", buffer: Buffer.from(`${d.date}\n\n${d.text}`) }));
  await page.evaluate(() => (window.__uiStart = performance.now()));
  if (CASE === "load") {
    await cdp.send("Profiler.start");
    await page.evaluate(() => { window.__uiStart = performance.now(); window.__longTasks = []; });
  }
  await input.setInputFiles(files);
  console.log("load settled", await settled(page, 1500));
  if (CASE !== "load") await page.locator('[aria-label="Entities"] button[data-entity]').first().click();
  if (CASE !== "load") {
    await settled(page, 500);
    await cdp.send("Profiler.start");
    await page.evaluate(() => { window.__uiStart = performance.now(); window.__longTasks = [];
      document.querySelector('[aria-label="Entities"] button[data-entity][aria-pressed="true"]')?.click(); });
    console.log("deselect settled", await settled(page, 1000));
  }
}
const { profile } = await cdp.send("Profiler.stop");
if (opt("--save")) await writeFile(opt("--save"), JSON.stringify(profile));
console.log("long tasks", JSON.stringify(await page.evaluate(() => window.__longTasks)));
summarise(profile);
await browser.close();
await server.close();

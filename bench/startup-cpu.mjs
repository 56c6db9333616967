// Main-thread CPU time of a fresh page's start, from Chromium's trace (each task's
// thread time, `tdur`): from navigation to the frame that first shows a highlighted
// mention (the first-render figure of bench/browser.mjs), and to the frame that first
// lists an entity. Thread time, unlike the wall-clock first render, moves little when
// other processes load the machine, so two builds can be compared on a busy one; it
// leaves out what runs off the main thread (the network, the wasm's streaming compile).
// usage: node bench/startup-cpu.mjs DIST_DIR [RUNS]   (median of RUNS fresh pages, http and file://)
import { launch, serve } from "../tests/e2e/lib.mjs";
import { pathToFileURL } from "node:url";
const dist = (await import("node:path")).resolve(process.argv[2] ?? "dist");
const runs = Number(process.argv[3] ?? 5);
const browser = await launch();
const server = await serve(dist);
const out = { http: [], file: [] };
for (let i = 0; i < runs; i++) for (const where of ["http", "file"]) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await page.addInitScript(() => {
    const found = () => {
      if (!window.__fe && document.querySelector('[aria-label="Entities"] button[data-entity]')) {
        window.__fe = 1;
        requestAnimationFrame(() => setTimeout(() => { performance.mark("annalist-entities"); window.__ent = performance.now(); }, 0));
      }
      if (window.__fm || !document.querySelector('[aria-label="Document"] mark')) return;
      window.__fm = 1;
      requestAnimationFrame(() => setTimeout(() => { performance.mark("annalist-painted"); window.__painted = performance.now(); }, 0));
    };
    new MutationObserver(found).observe(document, { childList: true, subtree: true });
  });
  await browser.startTracing(page, { categories: ["toplevel", "blink.user_timing", "disabled-by-default-devtools.timeline", "devtools.timeline", "loading"] });
  await page.goto(where === "http" ? server.url + "index.html" : pathToFileURL(dist + "/annalist.html").href);
  await page.waitForFunction(() => window.__painted !== undefined && window.__ent !== undefined, null, { timeout: 60000 });
  const wall = await page.evaluate(() => window.__painted);
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const ev = trace.traceEvents ?? trace;
  const main = ev.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && ev.some((x) => x.pid === e.pid && x.name === "annalist-painted"));
  const mark = ev.find((e) => e.name === "annalist-painted" && e.pid === main.pid);
  const nav = ev.filter((e) => e.pid === main.pid && e.tid === main.tid && (e.name === "navigationStart" || e.name === "fetchStart")).map((e) => e.ts);
  const t0 = Math.min(...(nav.length ? nav : [0]));
  const mark2 = ev.find((e) => e.name === "annalist-entities" && e.pid === main.pid);
  let cpu = 0, cpu2 = 0;
  for (const e of ev) if (e.pid === main.pid && e.tid === main.tid && e.ph === "X" && (e.name === "ThreadControllerImpl::RunTask" || e.name === "RunTask") && e.ts >= t0) {
    if (e.ts <= mark.ts) cpu += (e.tdur ?? e.dur) / 1000;
    if (e.ts <= mark2.ts) cpu2 += (e.tdur ?? e.dur) / 1000;
  }
  out[where].push([Math.round(cpu), Math.round(wall), Math.round(cpu2)]);
  await ctx.close();
}
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
for (const k of ["http", "file"]) console.log(dist, k, "main-thread cpu ms", JSON.stringify(out[k].map((x) => x[0])), "median", med(out[k].map((x) => x[0])), "wall median", med(out[k].map((x) => x[1])), "cpu to entities painted", med(out[k].map((x) => x[2])));
await browser.close(); await server.close();

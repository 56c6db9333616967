// The 5,000-event timeline of bench/browser.mjs (UI scale) in main-thread CPU time:
// the same workspace (whole generated articles until the wasm engine, run under
// Node, finds 5,000 events) given to the file picker by path, then deselect,
// select, zoom and pan on the full timeline. Each is measured as the renderer
// main thread's *thread* time (`tdur` of Chromium's RunTask trace events) from
// the input until the Timeline region has been quiet for a while, which a loaded
// machine inflates far less than the wall-clock figures of bench/browser.mjs.
//
// For the load it also says what the figure holds: the analyses run in the Web
// Worker (another thread: `worker_cpu`), the main thread reads files, receives the
// analyses and draws (`cpu_sum`, `cpu_max`: its longest task); `wall` is the
// wall-clock ms from the picker to the timeline's last change, as bench/browser.mjs;
// `draw_cpu`: the main thread's CPU time in the tasks that end after the worker's last
// task (the last analysis in: applying it and drawing; the CPU counterpart of
// bench/browser.mjs's `timeline_draw_ms`). Every wait for quiet also waits for the worker
// (bench/watch.mjs).
// Per action: `cpu_max` (longest task), `cpu_sum` (all its tasks), `wall_max`,
// and `wall` (input to the last change of the Timeline region). Figures only.
//
// usage: node bench/cpu-timeline.mjs [DIST (dist)] [CORPUS (target/bench/corpus.jsonl)] [RUNS (1)]
import { readFile, writeFile, mkdtemp, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { launch, serve, ROOT } from "../tests/e2e/lib.mjs";
import { workerMessageWatch } from "./watch.mjs";

const args = process.argv.slice(2);
const dist = resolve(args[0] ?? join(ROOT, "dist"));
const corpus = resolve(args[1] ?? join(ROOT, "target/bench/corpus.jsonl"));
const runs = Number(args[2] ?? 1);
const docs = (await readFile(corpus, "utf8")).split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
const glue = await import(pathToFileURL(join(dist, "pkg/annalist.js")).href);
glue.initSync({ module: await readFile(join(dist, "pkg/annalist_bg.wasm")) });
const pick = [];
let events = 0;
for (const d of docs) {
  if (events >= 5000) break;
  pick.push(d);
  events += glue.extract(d.text, { date: d.date }).events.length;
}
const dir = await mkdtemp(join(tmpdir(), "annalist-cpu-tl-"));
const files = [];
for (const d of pick) {
  files.push(join(dir, `${d.id}.txt`));
  await writeFile(files.at(-1), `${d.date}\n\n${d.text}`);
}

// Resolves with the ms from `window.__uiStart` to the Timeline region's last
// change once it has been quiet for `quietMs`.
const settled = (page, quietMs) =>
  page.evaluate(
    (quietMs) =>
      new Promise((ok) => {
        const tl = document.querySelector('[aria-label="Timeline"]');
        let last = performance.now();
        const obs = new MutationObserver(() => (last = performance.now()));
        obs.observe(tl, { childList: true, subtree: true, attributes: true, characterData: true });
        // Quiet: no change of the timeline and no message from the worker (bench/watch.mjs).
        const poll = () =>
          performance.now() - Math.max(last, window.__workerLast ?? 0) >= quietMs
            ? (obs.disconnect(), ok(Math.round(last - window.__uiStart)))
            : setTimeout(poll, 100);
        poll();
      }),
    quietMs,
  );

async function traced(cdp, page, act, quietMs, load = false) {
  const events = [];
  const onData = (e) => events.push(...e.value);
  cdp.on("Tracing.dataCollected", onData);
  const done = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["toplevel", "disabled-by-default-devtools.timeline", ...(process.env.TASKS ? ["devtools.timeline", "blink"] : [])] } });
  await page.evaluate(() => (window.__uiStart = performance.now()));
  await act();
  const wall = await settled(page, quietMs);
  await cdp.send("Tracing.end");
  await done;
  cdp.off("Tracing.dataCollected", onData);
  const names = new Map(events.filter((e) => e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? ""]));
  const main = [...names].filter(([, n]) => n === "CrRendererMain").map(([k]) => k);
  const tasks = (pred) => events.filter((e) => e.ph === "X" && e.name === "RunTask" && e.tdur != null && pred(`${e.pid}:${e.tid}`));
  const onMain = tasks((k) => main.includes(k));
  const onWorkers = tasks((k) => /Worker/i.test(names.get(k) ?? "") && !/Compositor|Raster|Service/i.test(names.get(k) ?? ""));
  const ms = (x) => Math.round(x / 1000);
  if (process.env.TASKS) {
    // Each main-thread task over 2 ms CPU, with the trace events directly inside it.
    for (const t of onMain.filter((t) => t.tdur > 2000)) {
      const inner = events.filter((e) => e.ph === "X" && e !== t && `${e.pid}:${e.tid}` === `${t.pid}:${t.tid}` && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.tdur > 1000 && e.name !== "ThreadControllerImpl::RunTask");
      console.log(`  task +${ms(t.ts - onMain[0].ts)} ms: cpu ${ms(t.tdur)} wall ${ms(t.dur)}:`, inner.map((e) => `${e.name}${e.args?.data?.type ? "(" + e.args.data.type + ")" : ""} ${ms(e.tdur)}`).join(", "));
    }
  }
  // After the Web Worker's last task (its last analysis posted): the page's own work.
  const workerEnd = Math.max(-Infinity, ...onWorkers.map((t) => t.ts + t.dur));
  const after = onMain.filter((t) => t.ts + t.dur > workerEnd);
  return {
    wall,
    ...(load && onWorkers.length ? { draw_cpu: ms(after.reduce((n, t) => n + t.tdur, 0)) } : {}),
    cpu_max: ms(Math.max(0, ...onMain.map((t) => t.tdur))),
    cpu_sum: ms(onMain.reduce((n, t) => n + t.tdur, 0)),
    wall_max: ms(Math.max(0, ...onMain.map((t) => t.dur))),
    worker_cpu: ms(onWorkers.reduce((n, t) => n + t.tdur, 0)),
  };
}

const browser = await launch();
const server = await serve(dist);
const all = [];
try {
  for (let r = 0; r < runs; r++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await ctx.newPage();
    await page.addInitScript(workerMessageWatch);
    await page.goto(server.url + "index.html");
    await page.locator('[aria-label="Document"] mark').first().waitFor({ timeout: 60000 });
    await page.waitForTimeout(500);
    const cdp = await ctx.newCDPSession(page);
    const input = page.locator('input[type="file"][aria-label="Open files"]').first();
    const out = { documents: pick.length, events };
    out.load = await traced(cdp, page, () => input.setInputFiles(files), 1500, true);
    const click = (sel) => () => page.evaluate((sel) => document.querySelector(sel)?.click(), sel);
    const entity = '[aria-label="Entities"] button[data-entity]';
    await click(entity)();
    await settled(page, 500);
    out.deselect = await traced(cdp, page, click(`${entity}[aria-pressed="true"]`), 1000);
    out.select = await traced(cdp, page, click(entity), 500);
    await traced(cdp, page, click(`${entity}[aria-pressed="true"]`), 500);
    out.zoom = await traced(cdp, page, click('[aria-label="Timeline"] button[aria-label="Zoom in"]'), 500);
    out.pan = await traced(cdp, page, () =>
      page.evaluate(() =>
        document.querySelector('[aria-label="Timeline"] .chart')?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true })),
      ), 500);
    all.push(out);
    console.log(JSON.stringify(out));
    await ctx.close();
  }
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
if (runs > 1) {
  const med = (xs) => [...xs].sort((a, b) => a - b)[(xs.length - 1) >> 1];
  const m = {};
  for (const k of ["load", "deselect", "select", "zoom", "pan"])
    m[k] = Object.fromEntries(Object.keys(all[0][k]).map((f) => [f, med(all.map((o) => o[k][f]))]));
  console.log("median", JSON.stringify(m));
}

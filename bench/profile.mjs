// Where the main thread's time goes in the two slow UI cases of issue 17
// (a 2 MB document opened and analysed; the 5,000-event timeline redrawn after
// a deselect): a Chromium CPU profile (DevTools protocol) over each, summed by
// function, self and total time. For names of wasm functions, point --dist at
// a dist whose annalist_bg.wasm kept its name section (wasm-opt -g).
// usage: node bench/profile.mjs --dist DIR --corpus corpus.jsonl [--case 2mb|deselect|select|load] [--top 40]
// (`load`: the 5,000-event workspace given to the file picker, until the timeline settles,
// also summed from the worker's last message on (the timeline's draw, bench/watch.mjs);
// `first`: a fresh page from navigation to the first highlighted mention painted, with the
// wasm's fetch and instantiation times from the page's own clock.)
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { launch, serve } from "../tests/e2e/lib.mjs";
import { workerMessageWatch } from "./watch.mjs";

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

// The main thread's time line in phases: each sample is put in the first phase one of its
// frames names (innermost first), then runs of one phase are printed with their start (ms
// before the end, which is `endMs` on the page clock, the last painted frame).
function phases(profile, endMs) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const PHASES = [
    ["decode", /cm::decode|cm::Decoder/],
    ["lexicon", /engine::lexicon::lexicon|Lexicon::build/],
    ["models", /engine::packed|pos::Tagger|typing::weights/],
    ["analyse", /guard::analyze|engine::analyze/],
    ["yew", /yew::/],
    ["wasm-init", /__wbg_init|__wbg_finalize_init|instantiate/],
    ["gc", /garbage collector/],
    ["idle", /^\(idle\)$/],
    ["program", /^\(program\)$/],
  ];
  const runs = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    let id = profile.samples[i];
    const names = [];
    while (id !== undefined) {
      names.push(byId.get(id).callFrame.functionName || "(anon)");
      id = parent.get(id);
    }
    const ph = PHASES.find(([, re]) => names.some((n) => re.test(n)))?.[0] ?? "other-js";
    const last = runs[runs.length - 1];
    if (last && last.ph === ph) last.end = t;
    else runs.push({ ph, start: t, end: t });
  }
  const end = runs[runs.length - 1]?.end ?? 0;
  const merged = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && (last.ph === r.ph || (r.end - r.start) / 1000 < 2 && last.ph !== "idle")) last.end = r.end;
    else merged.push({ ...r });
  }
  console.log("== main thread phases (ms on the page clock, assuming the profile ends at the paint) ==");
  for (const r of merged) {
    const ms = (r.end - r.start) / 1000;
    if (ms >= 3) console.log(`${(endMs - (end - r.start) / 1000).toFixed(0).padStart(6)} +${ms.toFixed(0).padStart(4)} ms  ${r.ph}`);
  }
}

async function settled(page, quietMs) {
  return page.evaluate((quietMs) => new Promise((ok) => {
    const tl = document.querySelector('[aria-label="Timeline"]');
    let last = performance.now();
    const obs = new MutationObserver(() => (last = performance.now()));
    if (tl) obs.observe(tl, { childList: true, subtree: true, attributes: true, characterData: true });
    // Quiet: no change of the timeline and no message from the worker (bench/watch.mjs).
    const busy = () => Math.max(last, window.__workerLast ?? 0);
    const poll = () => (performance.now() - busy() >= quietMs ? (obs.disconnect(), ok(last - window.__uiStart)) : setTimeout(poll, 100));
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
await page.addInitScript(workerMessageWatch);
const cdp = await ctx.newCDPSession(page);
if (CASE === "first") {
  await page.addInitScript(() => {
    window.__t = {};
    const mark = (k) => (window.__t[k] ??= performance.now());
    for (const f of ["instantiateStreaming", "instantiate", "compileStreaming", "compile"]) {
      const orig = WebAssembly[f];
      WebAssembly[f] = (...a) => (mark(f), orig.apply(WebAssembly, a).then((r) => (mark(f + " done"), r)));
    }
    new MutationObserver(() => {
      if (document.querySelector('[aria-label="Document"] mark')) {
        mark("first mark");
        requestAnimationFrame(() => setTimeout(() => mark("painted"), 0));
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  await cdp.send("Profiler.start");
  await page.goto(opt("--url", server.url + "index.html"));
  await page.waitForFunction(() => window.__t?.painted !== undefined, null, { timeout: 60000 });
  const t = await page.evaluate(() => ({
    ...window.__t,
    ...Object.fromEntries(performance.getEntriesByType("resource").map((r) => [r.name.split("/").pop(), [r.startTime, r.responseEnd].map(Math.round)])),
    dcl: performance.getEntriesByType("navigation")[0]?.domContentLoadedEventEnd,
  }));
  console.log(JSON.stringify(t, null, 1));
  const { profile } = await cdp.send("Profiler.stop");
  if (opt("--save")) await writeFile(opt("--save"), JSON.stringify(profile));
  phases(profile, t.painted);
  summarise(profile);
  await browser.close();
  await server.close();
  process.exit(0);
}
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
  // Files on disk, given by path (as bench/browser.mjs): no page script builds the Files.
  const dir = join(tmpdir(), "annalist-profile-ws");
  await mkdir(dir, { recursive: true });
  const files = [];
  for (const d of docs.slice(0, n)) {
    files.push(join(dir, `${d.id}.txt`));
    await writeFile(files[files.length - 1], `${d.date}\n\n${d.text}`);
  }
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
    const pressed = '[aria-label="Entities"] button[data-entity][aria-pressed="true"]';
    if (CASE === "select") {
      // Select from the whole timeline (after a deselect), as bench/cpu-timeline.mjs does.
      await page.evaluate((sel) => document.querySelector(sel)?.click(), pressed);
      await settled(page, 1000);
    }
    await cdp.send("Profiler.start");
    const target = CASE === "select" ? '[aria-label="Entities"] button[data-entity]' : pressed;
    await page.evaluate((sel) => { window.__uiStart = performance.now(); window.__longTasks = [];
      document.querySelector(sel)?.click(); }, target);
    console.log(`${CASE} settled`, await settled(page, 1000));
  }
}
const { profile } = await cdp.send("Profiler.stop");
if (opt("--save")) await writeFile(opt("--save"), JSON.stringify(profile));
const longTasks = await page.evaluate(() => window.__longTasks);
console.log("long tasks", JSON.stringify(longTasks));
// The samples of `profile` taken within one of `spans` ([from, to] µs since the profile's start).
function within(profile, spans) {
  const kept = { ...profile, samples: [], timeDeltas: [] };
  let t = 0;
  profile.samples.forEach((s, i) => {
    t += profile.timeDeltas[i];
    const dt = profile.timeDeltas[i + 1] ?? 0;
    if (spans.some(([a, b]) => t >= a && t <= b)) {
      kept.samples.push(s);
      kept.timeDeltas.push(kept.samples.length === 1 ? 0 : dt);
    }
  });
  // summarise() reads each sample's time from the next delta: shift by one.
  kept.timeDeltas = [0, ...kept.timeDeltas];
  return kept;
}
// The profile starts with __uiStart, within a few ms.
const since = await page.evaluate(() => window.__uiStart);
if ((CASE === "load" || CASE === "2mb") && longTasks.length) {
  // The long tasks' functions.
  const spans = longTasks.map((lt) => [(lt.start - since) * 1000, (lt.start - since + lt.ms) * 1000]);
  console.log(`== inside the ${longTasks.length} long tasks (${longTasks.reduce((n, x) => n + x.ms, 0)} ms) ==`);
  summarise(within(profile, spans));
}
const lastMsg = await page.evaluate(() => window.__workerLast ?? null);
if (CASE === "load" && lastMsg !== null) {
  // The page's own work once the analyses are in: from the worker's last message on.
  console.log(`== after the last analysis in (${(lastMsg - since).toFixed(0)} ms after the picker) ==`);
  summarise(within(profile, [[(lastMsg - since) * 1000, Infinity]]));
}
summarise(profile);
await browser.close();
await server.close();

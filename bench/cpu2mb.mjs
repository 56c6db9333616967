// Per-action main-thread CPU time with a 2 MB document open: the same actions
// as `bench/browser.mjs --ui-only --long-tasks-only` (select, deselect, scroll, rename,
// new tab, switch back), then `reveal` (Timeline rows clicked) and `far_jump` (the text
// box scrolled far), measured as the renderer main thread's *thread*
// time (`tdur` of Chromium's RunTask trace events), which other processes on a
// loaded machine inflate far less than the wall time the long-task API gives.
// Prints, per action, the longest task's CPU ms (`cpu_max`), the CPU ms of all
// its tasks within 1 s (`cpu_sum`) and the longest task's wall ms (`wall_max`).
// `open`: the same for opening the document, from the picker until its analysis is in
// the page (the case of `ui_long_task_max_ms`). Figures only; nothing passes or fails.
//
// With --breakdown, also prints, per action, where its longest task's CPU time
// went: the trace events inside it (Layout, UpdateLayoutTree, FunctionCall,
// ...) by self thread time, and with --profile the functions (JS and wasm, by
// name when the wasm keeps its name section) by self time from a V8 CPU
// profile of the action.
//
// With --tasks, lists every task of an action over 4 ms of CPU in order (ms after
// the first, CPU ms, and with --breakdown its three largest parts).
//
// With --profile --inclusive, also the app's own functions (`annalist::web`) by total time
// (callees included) in the longest task.
//
// usage: node bench/cpu2mb.mjs [--breakdown] [--profile [--inclusive]] [--tasks] [DIST (dist)] [CORPUS (target/bench/corpus.jsonl, from make bench)]
import { readFile, writeFile, mkdtemp, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { launch, serve, ROOT } from "../tests/e2e/lib.mjs";
const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith("--")));
const args = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const dist = resolve(args[0] ?? join(ROOT, "dist"));
const corpus = resolve(args[1] ?? join(ROOT, "target/bench/corpus.jsonl"));
const docs = (await readFile(corpus, "utf8")).split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
let text = "";
for (let i = 0; text.length < 2 * 1024 * 1024; i++) text += (text ? "\n\n" : "") + docs[i % docs.length].text;
const browser = await launch();
const server = await serve(dist);
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await ctx.newPage();
await page.goto(server.url + "index.html");
await page.locator('[aria-label="Document"] mark').first().waitFor({ timeout: 60000 });
const dir = await mkdtemp(join(tmpdir(), "state-2mb-"));
const path = join(dir, "doc-2mb.txt");
await writeFile(path, `${docs[0].date}\n\n${text}`);
const cdp = await ctx.newCDPSession(page);
// Opening it: from the picker until the worker's analysis is in the page and
// drawn (the case of `ui_long_task_max_ms`, in CPU time).
const open = async () => {
  await page.locator('input[type="file"][aria-label="Open files"]').first().setInputFiles(path);
  await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].some((e) => e.textContent.includes("in the background")), null, { timeout: 60000 });
  await page.waitForFunction(() => ![...document.querySelectorAll('[role="status"]')].some((e) => e.textContent.includes("in the background")), null, { timeout: 300000 });
};
const opened = await traced(open);
await page.waitForTimeout(2000);
await rm(dir, { recursive: true, force: true });
async function traced(act) {
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const done = new Promise((ok) => cdp.once("Tracing.tracingComplete", ok));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["toplevel", "disabled-by-default-devtools.timeline", ...(flags.has("--breakdown") ? ["devtools.timeline", "blink", "v8"] : [])] } });
  if (flags.has("--profile")) {
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
  }
  await act();
  await page.waitForTimeout(1000);
  const profile = flags.has("--profile") ? (await cdp.send("Profiler.stop")).profile : null;
  await cdp.send("Tracing.end");
  await done;
  cdp.removeAllListeners("Tracing.dataCollected");
  // Renderer main thread: the thread named CrRendererMain.
  const main = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`));
  const tasks = events.filter((e) => e.ph === "X" && e.name === "RunTask" && main.has(`${e.pid}:${e.tid}`) && e.tdur != null);
  const max = (k) => Math.round(Math.max(0, ...tasks.map((t) => t[k])) / 1000);
  const sum = Math.round(tasks.reduce((n, t) => n + t.tdur, 0) / 1000);
  const out = { cpu_max: max("tdur"), cpu_sum: sum, wall_max: max("dur") };
  if (flags.has("--tasks")) {
    // Every task over 4 ms of CPU, in order: ms after the first task, CPU ms, and
    // (with --breakdown) its three largest parts.
    const t0 = Math.min(...tasks.map((t) => t.ts));
    out.tasks = tasks
      .filter((t) => t.tdur >= 4000)
      .sort((a, b) => a.ts - b.ts)
      .map((t) => {
        const row = [Math.round((t.ts - t0) / 1000), Math.round(t.tdur / 1000)];
        if (flags.has("--breakdown")) {
          row.push(Object.entries(selfTimes(events, t)).slice(0, 3).map(([k, v]) => `${k} ${v}`).join(", "));
          // How much was laid out and styled: objects of each layout (dirty/total)
          // and elements of each style recalc.
          const inside = events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ts >= t.ts && e.ts <= t.ts + t.dur);
          const layouts = inside.filter((e) => e.name === "Layout" && e.args?.beginData).map((e) => `${e.args.beginData.dirtyObjects}/${e.args.beginData.totalObjects}`);
          const styles = inside.filter((e) => e.name === "UpdateLayoutTree" && e.args?.elementCount != null).map((e) => e.args.elementCount);
          if (layouts.length) row.push(`layout ${layouts.join(" ")}`);
          if (styles.length) row.push(`style ${styles.join(" ")}`);
        }
        return row.join(" | ");
      });
  }
  if (flags.has("--breakdown")) {
    const longest = tasks.reduce((a, t) => (t.tdur > (a?.tdur ?? -1) ? t : a), null);
    if (longest) out.longest_task = selfTimes(events, longest);
  }
  if (profile) out.functions = hotFunctions(profile);
  if (profile && out.longest_task) {
    // The same, only the samples taken during the longest task (the profile's
    // and the trace's timestamps share one clock).
    const longest = tasks.reduce((a, t) => (t.tdur > (a?.tdur ?? -1) ? t : a), null);
    out.longest_task_functions = hotFunctions(profile, [longest.ts, longest.ts + longest.dur]);
    if (flags.has("--inclusive")) out.longest_task_inclusive = inclusive(profile, [longest.ts, longest.ts + longest.dur]);
  }
  return out;
}

// Self thread time (ms) by event name of the complete events nested in `task`
// on its thread, the 12 largest.
function selfTimes(events, task) {
  const inner = events
    .filter((e) => e.ph === "X" && e.pid === task.pid && e.tid === task.tid && e.tdur != null)
    .filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const by = new Map();
  const stack = [];
  const close = (e) => by.set(e.name, (by.get(e.name) ?? 0) + e.self);
  for (const e of inner) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) close(stack.pop());
    e.self = e.tdur;
    if (stack.length) stack.at(-1).self -= e.tdur;
    stack.push(e);
  }
  while (stack.length) close(stack.pop());
  return Object.fromEntries([...by].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => [k, Math.round(v / 100) / 10]));
}

// Total time (ms, callees included) of the app's own functions (`annalist::web`, whose
// names the wasm keeps) in a V8 CPU profile's samples within `window`, the 20 largest.
function inclusive(profile, window) {
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const by = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < window[0] || at > window[1]) return;
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const seen = new Set();
    for (let n = id; n != null; n = parent.get(n)) {
      const name = byId.get(n).callFrame.functionName.replace(/::h[0-9a-f]{16}$/, "");
      if (!name.includes("annalist::web") || seen.has(name)) continue;
      seen.add(name);
      by.set(name, (by.get(name) ?? 0) + dt);
    }
  });
  return Object.fromEntries([...by].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([k, v]) => [k, Math.round(v / 100) / 10]));
}

// Self time (ms) by function of a V8 CPU profile, the 15 largest (of the
// samples within `window`, [from, to] µs on the trace's clock, when given).
function hotFunctions(profile, window) {
  const dt = new Map();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window[0] || at > window[1])) return;
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  });
  const by = new Map();
  for (const n of profile.nodes) {
    const f = n.callFrame;
    const key = `${f.functionName || "(anonymous)"} ${f.url.split("/").pop()}:${f.lineNumber}`;
    if (f.functionName === "(idle)" || f.functionName === "(program)") continue;
    by.set(key, (by.get(key) ?? 0) + (dt.get(n.id) ?? 0));
  }
  return Object.fromEntries([...by].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([k, v]) => [k, Math.round(v / 100) / 10]));
}
const entity = page.locator('[aria-label="Entities"] button[data-entity]').first();
const out = { open: opened };
out.select = await traced(() => entity.click());
out.deselect = await traced(() => entity.click());
// As bench/browser.mjs scrolls: ten jumps of 3,000 px down the text, 50 ms apart.
out.scroll = await traced(async () => {
  for (let i = 0; i < 10; i++) {
    await page.locator('[aria-label="Document"] .doc-text').first().evaluate((e) => {
      (e.scrollHeight > e.clientHeight ? e : document.scrollingElement).scrollBy(0, 3000);
    });
    await page.waitForTimeout(50);
  }
});
out.correct = await traced(async () => {
  await page.locator('[aria-label="Document"] mark[data-entity]').first().click();
  const name = page.locator("form.entity-correction").getByLabel("New name");
  await name.fill("Renamed in bench");
  await name.press("Enter");
});
// Found before tracing: Playwright finds a button by its role and name with
// script in the page (about 50 ms of accessible-name computation), which is
// the tool's work, not the app's.
const plus = await page.getByRole("button", { name: "+ New" }).elementHandle();
out.new_tab = await traced(() => plus.click());
out.switch_back = await traced(() => page.locator(".doc-tab-name").first().click());
// Last, so the actions above stay comparable with earlier figures. Reveals: five rows of
// the Timeline's list clicked, 600 ms apart, each scrolling the text to its sentence
// (most in chunks not drawn); found before tracing, as the "+ New" button.
const rows = page.locator('[aria-label="Timeline"] .event-row');
const count = await rows.count();
const picked = [];
for (const k of [0.9, 0.1, 0.7, 0.3, 0.5]) picked.push(await rows.nth(Math.floor(count * k)).elementHandle());
out.reveal = await traced(async () => {
  for (const row of picked) {
    await row.evaluate((e) => e.click());
    await page.waitForTimeout(600);
  }
});
// Far jumps, as a drag of the scroll bar makes: the text box scrolled to seven places
// (fractions of its height), 300 ms apart, none of whose chunks is drawn.
out.far_jump = await traced(async () => {
  for (const f of [0.503, 0.211, 0.777, 0.333, 0.61, 0.45, 0.123]) {
    await page.locator('[aria-label="Document"] .doc-text').first().evaluate((e, f) => {
      e.scrollTop = Math.round(e.scrollHeight * f);
    }, f);
    await page.waitForTimeout(300);
  }
});
console.log(JSON.stringify(out, null, flags.size ? 1 : 0));
await ctx.close();
await server.close();
await browser.close();

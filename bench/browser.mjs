// Browser benchmarks (make bench runs this after the native one):
//  1. throughput of the wasm engine and of compromise + compromise-dates in one
//     headless Chromium page, same generated texts, alternating, after a warm-up;
//  2. time from navigation to the first analysed article drawn, over http
//     (dist/index.html) and from file:// (dist/annalist.html); and, in the
//     running app, from opening a 3-5 KB article to it drawn;
//  3. UI scale: a timeline with 5,000+ events, and a 200-document (~1 MB) workspace;
//  4. main-thread stalls while one 2 MB document is opened and analysed: the
//     longest task the PerformanceObserver long-task API reports (tasks over 50 ms).
// Figures are printed and written as JSON; nothing here passes or fails on speed.
//
// usage: node bench/browser.mjs --corpus target/bench/corpus.jsonl --out target/bench/browser.json
//        [--dist DIR] [--runs 5] [--skip-ui | --ui-only [--long-tasks-only | --timeline-only]]
//        [--first-render-only]
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { launch, serve, ROOT } from "../tests/e2e/lib.mjs";
import { workerMessageWatch } from "./watch.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const DIST = resolve(opt("--dist", process.env.DIST ?? join(ROOT, "dist")));
const CORPUS = resolve(opt("--corpus", join(ROOT, "target/bench/corpus.jsonl")));
const OUT = resolve(opt("--out", join(ROOT, "target/bench/browser.json")));
const RUNS = Number(opt("--runs", "5"));
const SKIP_UI = args.includes("--skip-ui");
const UI_ONLY = args.includes("--ui-only");
// Of the UI cases, only the 2 MB document's long tasks.
const LONG_TASKS_ONLY = args.includes("--long-tasks-only");
// Of the UI cases, only the 5,000-event timeline (load and redraws).
const TIMELINE_ONLY = args.includes("--timeline-only");
// Only the time to the first analysed article drawn (http and file://), nothing else.
const FIRST_RENDER_ONLY = args.includes("--first-render-only");
// The workspace loads' files given as buffers, as before session 7: playwright then
// builds the File objects with a script in the page, a main-thread task of its own
// (hundreds of ms for 350 files) inside the measured time. By default they are
// files on disk, given by path, as a user's are.
const FILES_AS_BUFFERS = args.includes("--files-as-buffers");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? null : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};

async function readCorpus() {
  const text = await readFile(CORPUS, "utf8");
  return text
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

/** A temp dir holding the bench page, the wasm engine, compromise and the corpus. */
async function benchDir(docs) {
  const dir = await mkdtemp(join(tmpdir(), "annalist-bench-"));
  await mkdir(join(dir, "pkg"));
  const copies = [
    [join(DIST, "pkg/annalist.js"), "pkg/annalist.js"],
    [join(DIST, "pkg/annalist_bg.wasm"), "pkg/annalist_bg.wasm"],
    [join(ROOT, "node_modules/compromise/builds/compromise.js"), "compromise.js"],
    [join(ROOT, "node_modules/compromise-dates/builds/compromise-dates.min.js"), "compromise-dates.min.js"],
    [join(ROOT, "bench/page/bench.html"), "bench.html"],
    [join(ROOT, "bench/page/page.js"), "page.js"],
  ];
  for (const [from, to] of copies) await copyFile(from, join(dir, to));
  await writeFile(join(dir, "corpus.json"), JSON.stringify(docs));
  return dir;
}

async function newContext(browser) {
  return browser.newContext({ viewport: { width: 1280, height: 900 } });
}

async function throughput(browser, docs) {
  const dir = await benchDir(docs);
  const server = await serve(dir);
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto(server.url + "bench.html");
    await page.waitForFunction(() => typeof window.annalistBench === "function", null, { timeout: 60000 });
    const r = await page.evaluate(() => window.annalistBench({}));
    if (errors.length) r.page_errors = errors;
    return r;
  } finally {
    await ctx.close();
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}

// Records, from the first script run of every page, when the first highlighted
// mention appears in the Document region and when the frame holding it is painted.
// Also when the Entities region first lists an entity (the side panels may be
// drawn a frame after the text).
function firstMarkObserver() {
  const sel = '[aria-label="Document"] mark';
  const found = () => {
    if (window.__firstEntity === undefined && document.querySelector('[aria-label="Entities"] button[data-entity]')) {
      window.__firstEntity = performance.now();
      requestAnimationFrame(() => setTimeout(() => (window.__entityPaint = performance.now()), 0));
    }
    if (window.__firstMark !== undefined || !document.querySelector(sel)) return;
    window.__firstMark = performance.now();
    requestAnimationFrame(() => setTimeout(() => (window.__firstPaint = performance.now()), 0));
  };
  new MutationObserver(found).observe(document, { childList: true, subtree: true });
}

/** ms from navigation start to the first analysed article drawn; median of RUNS fresh contexts. */
async function firstRender(browser, url) {
  const times = [];
  const inserted = [];
  const panels = [];
  for (let i = 0; i < RUNS; i++) {
    const ctx = await newContext(browser);
    const page = await ctx.newPage();
    await page.addInitScript(firstMarkObserver);
    try {
      await page.goto(url);
      await page.waitForFunction(() => window.__firstPaint !== undefined && window.__entityPaint !== undefined, null, { timeout: 60000 });
      const r = await page.evaluate(() => [window.__firstMark, window.__firstPaint, window.__entityPaint]);
      inserted.push(r[0]);
      times.push(r[1]);
      panels.push(r[2]);
    } finally {
      await ctx.close();
    }
  }
  // entities_painted_ms: the frame that first shows an entity in the Entities region.
  return { median_ms: median(times), runs_ms: times, mark_inserted_ms: median(inserted), entities_painted_ms: median(panels) };
}

/**
 * One seed-sized article opened in the running app: ms from the file picker's
 * change event to the article drawn with its highlights (median of RUNS articles).
 */
async function articleDrawn(browser, url, docs) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  try {
    await page.goto(url);
    await page.locator('[aria-label="Document"] mark').first().waitFor({ timeout: 60000 });
    const input = page.locator('input[type="file"][aria-label="Open files"]');
    if ((await input.count()) === 0) return { skipped: "the UI has no file input" };
    const times = [];
    const sizes = [];
    for (const d of docs.slice(0, RUNS)) {
      const head = d.text.split("\n")[0].slice(0, 40);
      await page.evaluate((head) => {
        window.__drawn = undefined;
        window.addEventListener("change", () => (window.__t0 = performance.now()), { capture: true, once: true });
        const region = document.querySelector('[aria-label="Document"]');
        const obs = new MutationObserver(() => {
          if (region.textContent.includes(head) && region.querySelector("mark")) {
            obs.disconnect();
            window.__drawn = performance.now();
          }
        });
        obs.observe(region, { childList: true, subtree: true, characterData: true });
      }, head);
      await input.setInputFiles([{ name: `${d.id}.txt`, mimeType: "text/plain", buffer: Buffer.from(d.text) }]);
      await page.waitForFunction(() => window.__drawn !== undefined, null, { timeout: 20000 });
      times.push(await page.evaluate(() => window.__drawn - window.__t0));
      sizes.push(Buffer.byteLength(d.text));
    }
    return { median_ms: median(times), runs_ms: times, bytes: sizes };
  } catch (e) {
    return { skipped: `could not observe the article drawn: ${String(e).split("\n")[0]}` };
  } finally {
    await ctx.close();
  }
}

/** Documents of about `bytes` bytes each, built from whole generated articles. */
function groupArticles(docs, count, bytes) {
  const out = [];
  let cur = null;
  for (const d of docs) {
    if (out.length >= count && !cur) break;
    if (!cur) cur = { id: `doc-${out.length + 1}`, date: d.date, text: "" };
    cur.text += (cur.text ? "\n\n" : "") + d.text;
    if (cur.text.length >= bytes) {
      out.push(cur);
      cur = null;
      if (out.length >= count) break;
    }
  }
  return out;
}

// Waits until the Timeline region has not changed (nor a Web Worker posted, see
// `workerMessageWatch`) for `quietMs`, returning the time of its last change (ms
// since `start`, page clock) and what it shows.
async function timelineSettled(page, quietMs, timeoutMs) {
  return page.evaluate(
    ({ quietMs, timeoutMs }) =>
      new Promise((ok) => {
        const tl = document.querySelector('[aria-label="Timeline"]');
        const start = window.__uiStart;
        let last = performance.now();
        let first = null;
        const obs = new MutationObserver(() => {
          last = performance.now();
          first ??= last;
        });
        if (tl) obs.observe(tl, { childList: true, subtree: true, attributes: true, characterData: true });
        const t0 = performance.now();
        const poll = () => {
          const now = performance.now();
          // Quiet: no change, and no message from a Web Worker (where pages with
          // `workerMessageWatch` analyse), for `quietMs`. The timeline alone can be
          // quiet for seconds between two batches of analyses (bench of session 15).
          const busy = Math.max(last, window.__workerLast ?? 0);
          if (now - busy >= quietMs || now - t0 > timeoutMs) {
            obs.disconnect();
            ok({
              settled_ms: last - start,
              first_change_ms: first === null ? null : first - start,
              timed_out: now - t0 > timeoutMs,
              time_elements: tl ? tl.querySelectorAll("time[datetime]").length : 0,
              tabs: document.querySelectorAll('[aria-label="Documents"] li button[aria-label^="Close"]').length,
            });
          } else setTimeout(poll, 100);
        };
        poll();
      }),
    { quietMs, timeoutMs },
  );
}

/**
 * The timeline drawn again with every event and nothing else to do: select an
 * entity (the timeline narrows to its events), then measure from the click
 * that deselects it to the timeline's last change.
 */
async function timelineRedraw(page) {
  const entity = page.locator('[aria-label="Entities"] button[data-entity]').first();
  if ((await entity.count()) === 0) return { skipped: "no entity button to narrow the timeline with" };
  await entity.click();
  await timelineSettled(page, 500, 60000);
  await page.evaluate(() => {
    window.__uiStart = performance.now();
    document.querySelector('[aria-label="Entities"] button[data-entity][aria-pressed="true"]')?.click();
  });
  const r = await timelineSettled(page, 1000, 120000);
  // Select, zoom and pan on the full timeline: each from the input to the
  // timeline's last change.
  const timed = async (act) => {
    await page.evaluate(act);
    return (await timelineSettled(page, 500, 60000)).settled_ms;
  };
  r.select_ms = await timed(() => {
    window.__uiStart = performance.now();
    document.querySelector('[aria-label="Entities"] button[data-entity]')?.click();
  });
  await timed(() => {
    window.__uiStart = performance.now();
    document.querySelector('[aria-label="Entities"] button[data-entity][aria-pressed="true"]')?.click();
  });
  r.zoom_ms = await timed(() => {
    window.__uiStart = performance.now();
    document.querySelector('[aria-label="Timeline"] button[aria-label="Zoom in"]')?.click();
  });
  r.pan_ms = await timed(() => {
    window.__uiStart = performance.now();
    const chart = document.querySelector('[aria-label="Timeline"] .chart');
    chart?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
  });
  return r;
}

/** Give `docs` to the app's file picker as .txt files; time until the timeline settles. */
async function loadWorkspace(browser, url, docs, redraw = false) {
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await page.addInitScript(longTaskObserver);
  await page.addInitScript(workerMessageWatch);
  const errors = [];
  let tmp = null;
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto(url);
    await page.locator('[aria-label="Document"] mark').first().waitFor({ timeout: 60000 });
    const input = page.locator('input[type="file"][aria-label="Open files"]');
    if ((await input.count()) === 0) return { skipped: "the UI has no file input to load many documents" };
    // The date heads the text: .txt files carry no other metadata.
    let files = docs.map((d) => ({ name: `${d.id}.txt`, mimeType: "text/plain", buffer: Buffer.from(`${d.date}\n\n${d.text}`) }));
    if (!FILES_AS_BUFFERS) {
      tmp = await mkdtemp(join(tmpdir(), "annalist-ws-"));
      for (const f of files) await writeFile(join(tmp, f.name), f.buffer);
      files = files.map((f) => join(tmp, f.name));
    }
    await page.waitForTimeout(500); // let start-up tasks end before the files are given
    await page.evaluate(() => (window.__uiStart = performance.now()));
    await input.first().setInputFiles(files);
    const r = await timelineSettled(page, 1500, 300000);
    // The timeline's own draw: from the last analysis the Web Worker sent (the page
    // applies it in its next task) to the Timeline region's last change.
    const lastMsg = await page.evaluate(() => (window.__workerLast ?? null) && window.__workerLast - window.__uiStart);
    r.analyses_in_ms = lastMsg;
    r.timeline_draw_ms = lastMsg === null ? null : r.settled_ms - lastMsg;
    r.files = FILES_AS_BUFFERS ? "buffers (a page script builds the Files)" : "on disk, by path";
    const tasks = await page.evaluate(() => (window.__longTasks ?? []).filter((t) => t.start >= window.__uiStart));
    r.long_task_max_ms = tasks.length ? Math.max(...tasks.map((t) => t.ms)) : 0;
    r.long_tasks = tasks.length;
    r.documents = docs.length;
    r.bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
    if (errors.length) r.page_errors = errors.slice(0, 5);
    if (redraw) r.redraw = await timelineRedraw(page);
    // Re-analyse: a reload re-opens the stored workspace, if the app keeps one.
    await page.addInitScript(() => (window.__uiStart = 0));
    await page.reload();
    await page.waitForTimeout(500);
    const again = await timelineSettled(page, 1500, 300000);
    const againMsg = await page.evaluate(() => window.__workerLast ?? null);
    again.timeline_draw_ms = againMsg === null ? null : again.settled_ms - againMsg;
    if (again.tabs >= docs.length) r.reload = again;
    else r.reload = { skipped: `after a reload the app shows ${again.tabs} document tabs, not the ${docs.length} loaded: the workspace is not restored` };
    return r;
  } finally {
    await ctx.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

/** Events the engine finds in each document (the wasm engine under Node). */
async function eventsPerDoc(docs) {
  const glue = await import(pathToFileURL(join(DIST, "pkg/annalist.js")).href);
  glue.initSync({ module: await readFile(join(DIST, "pkg/annalist_bg.wasm")) });
  return docs.map((d) => glue.extract(d.text, { date: d.date }).events.length);
}

// Collects, from the first script run of the page, every long task (> 50 ms on
// the main thread) the browser reports.
function longTaskObserver() {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: "longtask", buffered: true });
  } catch {
    window.__longTasks = null; // no long-task API in this browser
  }
}

// Resolves when the status line has said "… in the background" (the worker
// analyses) and then no longer does (its analysis is in the page): the
// timeline alone can be quiet for seconds while the worker runs.
function analysisDone(page, timeoutMs) {
  return page.evaluate(
    (timeoutMs) =>
      new Promise((ok) => {
        const t0 = performance.now();
        let saw = false;
        const poll = () => {
          const busy = [...document.querySelectorAll('[role="status"]')].some((e) =>
            e.textContent.includes("in the background"),
          );
          saw ||= busy;
          const timedOut = performance.now() - t0 > timeoutMs;
          if ((saw && !busy) || timedOut) ok({ ms: performance.now() - window.__uiStart, timed_out: timedOut });
          else setTimeout(poll, 50);
        };
        poll();
      }),
    timeoutMs,
  );
}

/**
 * One ~2 MB document (whole articles joined) given to the file picker of the
 * running app: the longest main-thread task from the change event until its
 * analysis is in and the timeline has been quiet for 1.5 s, and how many tasks
 * went over 50 ms.
 */
async function longTasks2MB(browser, url, docs) {
  if (docs.length === 0) return { skipped: "empty corpus" };
  // Whole articles joined (the corpus again from its start if it is shorter) up to 2 MB.
  const doc = { id: "doc-2mb", date: docs[0].date, text: "" };
  for (let i = 0; doc.text.length < 2 * 1024 * 1024; i++) {
    doc.text += (doc.text ? "\n\n" : "") + docs[i % docs.length].text;
  }
  const ctx = await newContext(browser);
  const page = await ctx.newPage();
  await page.addInitScript(longTaskObserver);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  try {
    await page.goto(url);
    await page.locator('[aria-label="Document"] mark').first().waitFor({ timeout: 60000 });
    const input = page.locator('input[type="file"][aria-label="Open files"]');
    if ((await input.count()) === 0) return { skipped: "the UI has no file input" };
    if ((await page.evaluate(() => window.__longTasks)) === null) return { skipped: "no long-task API" };
    await page.waitForTimeout(1000); // let start-up tasks end before the document is given
    await page.evaluate(() => {
      window.__uiStart = performance.now();
      window.__longTasks = window.__longTasks.filter((t) => t.start >= window.__uiStart);
    });
    // Given as a file on disk: Chromium gets its path (DevTools protocol). A
    // buffer would be turned into a File by a playwright script in the page,
    // itself a ~350 ms main-thread task that is not the app's.
    const path = join(await mkdtemp(join(tmpdir(), "annalist-2mb-")), `${doc.id}.txt`);
    await writeFile(path, `${doc.date}\n\n${doc.text}`);
    const waitAnalysed = analysisDone(page, 300000);
    await input.first().setInputFiles(path);
    const analysed = await waitAnalysed;
    const settled = await timelineSettled(page, 1500, 300000);
    await rm(join(path, ".."), { recursive: true, force: true });
    const tasks = await page.evaluate(() => window.__longTasks.filter((t) => t.start >= window.__uiStart));
    const actions = await actions2MB(page);
    const r = {
      bytes: Buffer.byteLength(doc.text),
      max_ms: tasks.length ? Math.max(...tasks.map((t) => t.ms)) : 0,
      long_tasks: tasks.length,
      total_long_ms: tasks.reduce((n, t) => n + t.ms, 0),
      settled_ms: settled.settled_ms,
      analysed_ms: analysed.ms,
      timed_out: settled.timed_out || analysed.timed_out,
      actions,
    };
    if (errors.length) r.page_errors = errors.slice(0, 5);
    return r;
  } finally {
    await ctx.close();
  }
}

/**
 * With the 2 MB document open and analysed: the longest main-thread task of
 * each action a reader takes (select an entity, deselect it, scroll the text,
 * rename an entity, switch to another document and back), in ms (0: none
 * over 50 ms). Each action is given 1 s to finish its work.
 */
async function actions2MB(page) {
  const DOC = '[aria-label="Document"]';
  const longest = async (act) => {
    await page.evaluate(() => {
      window.__actStart = performance.now();
    });
    try {
      await act();
    } catch (e) {
      return `failed: ${String(e).split("\n")[0]}`;
    }
    await page.waitForTimeout(1000);
    return page.evaluate(() => {
      const t = window.__longTasks.filter((t) => t.start >= window.__actStart);
      return t.length ? Math.round(Math.max(...t.map((t) => t.ms))) : 0;
    });
  };
  const entity = page.locator('[aria-label="Entities"] button[data-entity]').first();
  const out = {};
  out.select = await longest(() => entity.click());
  out.deselect = await longest(() => entity.click());
  out.scroll = await longest(async () => {
    for (let i = 0; i < 10; i++) {
      await page.locator(`${DOC} .doc-text`).first().evaluate((e) => {
        (e.scrollHeight > e.clientHeight ? e : document.scrollingElement).scrollBy(0, 3000);
      });
      await page.waitForTimeout(50);
    }
  });
  out.correct = await longest(async () => {
    await page.locator(`${DOC} mark[data-entity]`).first().click();
    const name = page.locator("form.entity-correction").getByLabel("New name");
    await name.fill("Renamed in bench");
    await name.press("Enter");
  });
  out.new_tab = await longest(() => page.getByRole("button", { name: "+ New" }).click());
  out.switch_back = await longest(() => page.locator(".doc-tab-name").first().click());
  return out;
}

async function uiScale(browser, url, docs) {
  const out = {};
  if (LONG_TASKS_ONLY) return { long_tasks_2mb: await longTasks2MB(browser, url, docs) };
  // 5,000 events: whole articles, as many as it takes.
  const counts = await eventsPerDoc(docs);
  const pick = [];
  let events = 0;
  for (let i = 0; i < docs.length && events < 5000; i++) {
    pick.push(docs[i]);
    events += counts[i];
  }
  if (events < 5000) {
    out.timeline_5000 = { skipped: `the corpus yields only ${events} events; generate more (--bytes)` };
  } else {
    out.timeline_5000 = { events_expected: events, ...(await loadWorkspace(browser, url, pick, true)) };
  }
  if (TIMELINE_ONLY) return out;
  // 200 documents of ~5 KB (~1 MB): whole articles joined until 4.2 KB or more.
  const group = groupArticles(docs, 200, 4200);
  if (group.length < 200) {
    out.workspace_200 = { skipped: `the corpus yields only ${group.length} documents of 5 KB` };
  } else {
    out.workspace_200 = await loadWorkspace(browser, url, group);
  }
  out.long_tasks_2mb = await longTasks2MB(browser, url, docs);
  return out;
}

async function main() {
  const docs = await readCorpus();
  const browser = await launch();
  const server = await serve(DIST);
  const result = {};
  try {
    if (FIRST_RENDER_ONLY) {
      const http = await firstRender(browser, server.url + "index.html");
      const file = await firstRender(browser, pathToFileURL(join(DIST, "annalist.html")).href);
      Object.assign(result, { first_render_ms_http: http.median_ms, first_render_ms_file: file.median_ms, first_render: { http, file } });
      console.log(`first render: http ${http.median_ms?.toFixed(1)} ms, file:// ${file.median_ms?.toFixed(1)} ms`);
    } else if (!UI_ONLY) {
      console.log(`== browser: ${docs.length} generated articles, wasm vs compromise in one page ==`);
      const tp = await throughput(browser, docs.slice(0, 150));
      Object.assign(result, {
        wasm_chars_per_s: tp.wasm_chars_per_s,
        compromise_chars_per_s: tp.compromise_chars_per_s,
        ratio_vs_compromise: tp.ratio_vs_compromise,
        browser_throughput: tp,
      });
      console.log(
        `wasm ${Math.round(tp.wasm_chars_per_s)} chars/s, compromise ${Math.round(tp.compromise_chars_per_s)} chars/s, ratio ${tp.ratio_vs_compromise.toFixed(1)}×`,
      );

      console.log(`== first analysed article drawn (median of ${RUNS} fresh pages) ==`);
      const http = await firstRender(browser, server.url + "index.html");
      const file = await firstRender(browser, pathToFileURL(join(DIST, "annalist.html")).href);
      Object.assign(result, {
        first_render_ms_http: http.median_ms,
        first_render_ms_file: file.median_ms,
        first_render: { http, file },
      });
      console.log(`http ${http.median_ms?.toFixed(1)} ms, file:// ${file.median_ms?.toFixed(1)} ms`);
      // Seed-sized: 3-5 KB, as the articles the app is made for.
      const seedSized = docs.filter((d) => d.text.length >= 3000 && d.text.length <= 5000).slice(-RUNS);
      const art = await articleDrawn(browser, server.url + "index.html", seedSized);
      result.article_drawn_ms = art.median_ms ?? null;
      result.article_drawn = art;
      console.log(`one 3-5 KB article opened in the running app, analysed and drawn: ${art.skipped ?? art.median_ms?.toFixed(1) + " ms"}`);
    }
    if (FIRST_RENDER_ONLY) {
      // nothing else
    } else if (SKIP_UI) {
      result.ui_scale = { skipped: "--skip-ui" };
    } else {
      console.log("== UI scale ==");
      result.ui_scale = await uiScale(browser, server.url + "index.html", docs);
      console.log(JSON.stringify(result.ui_scale, null, 1));
    }
  } finally {
    await browser.close();
    await server.close();
  }
  await mkdir(join(OUT, ".."), { recursive: true });
  await writeFile(OUT, JSON.stringify(result, null, 2) + "\n");
  console.log(`wrote ${OUT}`);
}

await main();

// Merges the parts of a bench run into target/bench/results.json and prints
// the summary table, with the project's aims next to the figures (reported,
// not asserted).
//
// usage: node bench/report.mjs DIR   (DIR holds native.json, size.json, browser.json, wasm-memory.json)
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const dir = resolve(process.argv[2] ?? "target/bench");
const part = (name) => {
  const p = join(dir, name);
  return existsSync(p) ? JSON.parse(readFileSync(p, "utf8")) : { [`${name}_missing`]: true };
};
const native = part("native.json");
const size = part("size.json");
const browser = part("browser.json");
// bench/wasm-memory.mjs: its wasm_memory_* keys go into results.json as they are.
const wasmMemory = part("wasm-memory.json");
const wasmMemoryKeys = Object.fromEntries(Object.entries(wasmMemory).filter(([k]) => k.startsWith("wasm_memory_")));
const meta = existsSync(join(dir, "meta.json")) ? JSON.parse(readFileSync(join(dir, "meta.json"), "utf8")) : {};

const ui = browser.ui_scale ?? {};
const uiMs = (x) => (x && !x.skipped ? x.settled_ms : null);
const results = {
  ...meta,
  native_chars_per_s: native.native_chars_per_s ?? null,
  wasm_chars_per_s: browser.wasm_chars_per_s ?? null,
  compromise_chars_per_s: browser.compromise_chars_per_s ?? null,
  ratio_vs_compromise: browser.ratio_vs_compromise ?? null,
  app_raw_bytes: size.app_raw_bytes ?? null,
  app_gzip_bytes: size.app_gzip_bytes ?? null,
  compromise_raw_bytes: size.compromise_raw_bytes ?? null,
  compromise_gzip_bytes: size.compromise_gzip_bytes ?? null,
  first_render_ms_http: browser.first_render_ms_http ?? null,
  first_render_ms_file: browser.first_render_ms_file ?? null,
  article_drawn_ms: browser.article_drawn_ms ?? null,
  ui_timeline_5000_events_ms: uiMs(ui.timeline_5000),
  // The same load from the last analysis in (the Web Worker's last message) to the timeline drawn.
  ui_timeline_draw_ms: ui.timeline_5000?.timeline_draw_ms ?? null,
  ui_timeline_redraw_ms: uiMs(ui.timeline_5000?.redraw),
  // The same timeline: select an entity, zoom in, pan (input → last change of the timeline).
  ui_timeline_select_ms: ui.timeline_5000?.redraw?.select_ms ?? null,
  ui_timeline_zoom_ms: ui.timeline_5000?.redraw?.zoom_ms ?? null,
  ui_timeline_pan_ms: ui.timeline_5000?.redraw?.pan_ms ?? null,
  ui_workspace_200_docs_ms: uiMs(ui.workspace_200),
  ui_workspace_200_reload_ms: uiMs(ui.workspace_200?.reload),
  // Longest main-thread task (PerformanceObserver long-task API) while one 2 MB document is
  // opened and analysed; 0 when no task went over 50 ms.
  ui_long_task_max_ms: ui.long_tasks_2mb && !ui.long_tasks_2mb.skipped ? ui.long_tasks_2mb.max_ms : null,
  // Every model file (data/models/*.bin) compiled into the wasm, gzip -9 each, summed.
  model_gzip_bytes: size.model_gzip_bytes ?? null,
  native_growth_exponent: native.native_growth_exponent ?? null,
  // Peak wasm linear memory in Chromium per input byte (issue 16.6): wasm_memory_<entry>_<size>_bytes
  // and _bytes_per_byte, entry `extract` (JS API) or `worker` (the app's worker), size tiny / 1, 4, 16 MiB.
  ...wasmMemoryKeys,
  native,
  size,
  browser,
};
writeFileSync(join(dir, "results.json"), JSON.stringify(results, null, 2) + "\n");

const f = (x, d = 0) => (x === null || x === undefined ? "n/a" : Number(x).toLocaleString("en-US", { maximumFractionDigits: d }));
const rows = [
  ["native engine (release, opt-level 3)", `${f(results.native_chars_per_s)} chars/s`, ""],
  [
    "native scaling 10 KB → 10 MB (one document)",
    `growth exponent ${f(results.native_growth_exponent, 3)}`,
    "linear (≈1.0)",
  ],
  ["wasm engine in Chromium", `${f(results.wasm_chars_per_s)} chars/s`, ""],
  ["compromise + dates in Chromium", `${f(results.compromise_chars_per_s)} chars/s`, ""],
  ["ratio wasm / compromise", `${f(results.ratio_vs_compromise, 1)}×`, "≥ 100×"],
  ["app download (gzip -9)", `${f(results.app_gzip_bytes)} B (raw ${f(results.app_raw_bytes)})`, "≤ 1 MB"],
  ["compromise + dates (gzip -9)", `${f(results.compromise_gzip_bytes)} B (raw ${f(results.compromise_raw_bytes)})`, ""],
  ["first article drawn, http", `${f(results.first_render_ms_http, 1)} ms`, ""],
  ["first article drawn, file://", `${f(results.first_render_ms_file, 1)} ms`, ""],
  [
    "3-5 KB article opened → analysed and drawn",
    browser.article_drawn?.skipped ? `skipped: ${browser.article_drawn.skipped}` : `${f(results.article_drawn_ms, 1)} ms`,
    "< 50 ms",
  ],
  [
    "timeline with ≥5,000 events (load → drawn)",
    ui.timeline_5000?.skipped ? `skipped: ${ui.timeline_5000.skipped}` : `${f(results.ui_timeline_5000_events_ms)} ms`,
    "",
  ],
  [
    "timeline with those events: draw (analyses in → drawn)",
    ui.timeline_5000?.skipped ? `skipped: ${ui.timeline_5000.skipped}` : `${f(results.ui_timeline_draw_ms)} ms`,
    "≤ 300 ms",
  ],
  [
    "timeline with those events: redraw (deselect)",
    ui.timeline_5000?.redraw?.skipped ? `skipped: ${ui.timeline_5000.redraw.skipped}` : `${f(results.ui_timeline_redraw_ms)} ms`,
    "≤ 50 ms",
  ],
  [
    "timeline with those events: select / zoom / pan",
    `${f(results.ui_timeline_select_ms)} / ${f(results.ui_timeline_zoom_ms)} / ${f(results.ui_timeline_pan_ms)} ms`,
    "≤ 50 ms",
  ],
  [
    "200-document workspace (~1 MB): load → drawn",
    ui.workspace_200?.skipped ? `skipped: ${ui.workspace_200.skipped}` : `${f(results.ui_workspace_200_docs_ms)} ms`,
    "",
  ],
  [
    "2 MB document opened: longest main-thread task",
    ui.long_tasks_2mb?.skipped
      ? `skipped: ${ui.long_tasks_2mb.skipped}`
      : `${f(results.ui_long_task_max_ms)} ms (${f(ui.long_tasks_2mb?.long_tasks)} tasks > 50 ms)`,
    "≤ 50 ms",
  ],
  ["models in the wasm (gzip -9)", `${f(results.model_gzip_bytes)} B`, ""],
  [
    "wasm memory per input byte, 1 / 4 / 16 MiB (worker)",
    ["1mib", "4mib", "16mib"].map((s) => f(results[`wasm_memory_worker_${s}_bytes_per_byte`], 1)).join(" / ") + " B/B",
    "< 10",
  ],
  [
    "200-document workspace: reload, re-analyse",
    ui.workspace_200?.reload?.skipped
      ? `skipped: ${ui.workspace_200.reload.skipped}`
      : `${f(results.ui_workspace_200_reload_ms)} ms`,
    "",
  ],
];
const w0 = Math.max(...rows.map((r) => r[0].length));
const w1 = Math.max(...rows.map((r) => r[1].length));
console.log("\n== Annalist benchmark summary ==");
if (meta.command) console.log(`command: ${meta.command}   (${meta.date ?? ""}, ${meta.git ?? ""})`);
console.log(`${"measure".padEnd(w0)}  ${"figure".padEnd(w1)}  aim`);
for (const [a, b, c] of rows) console.log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
console.log(`\nwrote ${join(dir, "results.json")}`);

// Peak wasm memory of the engine in headless Chromium (issue 16.6): one generated document
// (bench/memory-corpus.py, the text bench/memory.sh measures natively) of each size analysed
// by the wasm engine, in a fresh browser context and page per size and entry point, and the
// linear memory's size after it. WebAssembly memory never shrinks, so `memory.buffer.byteLength`
// after the call is the high-water mark of everything the module did since it was instantiated.
// Figures only, never pass/fail.
//
// Two entry points of the same wasm: `extract` (the JS API, www/annalist.js) and
// `annalist_worker_analyze` (what the app's Web Worker calls for every document: it keeps the
// analysis for corrections and hands a copy over in parts), called on the page's main thread.
// `init` is the memory right after instantiation (static data, stack, nothing analysed yet);
// a "tiny" size (one short sentence) gives the fixed part (models and lexicon decoded).
//
// usage: node bench/wasm-memory.mjs [--pkg DIST/pkg] [--sizes tiny,1,4,16] [--entries extract,worker]
//                                   [--out target/bench/wasm-memory.json]
// Sizes are MiB of UTF-8 text (fractions allowed), or "tiny".
import { execFileSync } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { join, resolve, dirname } from "node:path";
import { tmpdir } from "node:os";
import { launch, serve, ROOT } from "../tests/e2e/lib.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const PKG = resolve(opt("--pkg", join(process.env.DIST ?? join(ROOT, "dist"), "pkg")));
const SIZES = opt("--sizes", "tiny,1,4,16").split(",");
const ENTRIES = opt("--entries", "extract,worker").split(",");
const OUT = opt("--out", null);
const MiB = 1 << 20;

const dir = await mkdtemp(join(tmpdir(), "annalist-wasm-memory-"));
await mkdir(join(dir, "pkg"));
await copyFile(join(PKG, "annalist.js"), join(dir, "pkg/annalist.js"));
await copyFile(join(PKG, "annalist_bg.wasm"), join(dir, "pkg/annalist_bg.wasm"));
await writeFile(join(dir, "index.html"), '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>wasm memory</title>\n');
for (const size of SIZES) {
  const line =
    size === "tiny"
      ? JSON.stringify({ id: "tiny", text: "Maria Okafor visited Lisbon on Tuesday.", date: "2024-04-16" })
      : execFileSync("python3", [join(dirname(new URL(import.meta.url).pathname), "memory-corpus.py"), size], {
          encoding: "utf8",
          maxBuffer: 1 << 30,
        });
  await writeFile(join(dir, `doc-${size}.json`), line);
}

const server = await serve(dir);
const browser = await launch();
const rows = [];
try {
  for (const entry of ENTRIES) {
    for (const size of SIZES) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      await page.goto(server.url + "index.html");
      const r = await page.evaluate(
        async ({ entry, size }) => {
          const glue = await import("./pkg/annalist.js");
          const exports = await glue.default({ module_or_path: "./pkg/annalist_bg.wasm" });
          const memory = Object.values(exports).find((v) => v instanceof WebAssembly.Memory);
          const init = memory.buffer.byteLength;
          const doc = await (await fetch(`./doc-${size}.json`)).json();
          const t0 = performance.now();
          let found;
          if (entry === "extract") {
            found = glue.extract(doc.text, { date: doc.date }).entities.length;
          } else {
            // What the worker does with each part: the app copies it out of the message.
            const parts = glue.annalist_worker_analyze("d1", doc.text, doc.date);
            found = parts.length;
          }
          const seconds = (performance.now() - t0) / 1000;
          return {
            init,
            peak: memory.buffer.byteLength,
            bytes: new TextEncoder().encode(doc.text).length,
            chars: doc.text.length,
            found,
            seconds,
          };
        },
        { entry, size },
      );
      await context.close();
      if (errors.length) throw new Error(`${entry} ${size}: ${errors.join("; ")}`);
      rows.push({ entry, size, ...r, bytes_per_byte: r.peak / r.bytes });
    }
  }
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}

console.log("entry      input       text bytes  linear memory     B/B   (after init)  seconds");
for (const r of rows) {
  const label = r.size === "tiny" ? "tiny" : `${r.size} MiB`;
  console.log(
    `${r.entry.padEnd(10)} ${label.padEnd(10)} ${String(r.bytes).padStart(11)} ${(r.peak / MiB).toFixed(1).padStart(10)} MiB ${(r.size === "tiny" ? "-" : r.bytes_per_byte.toFixed(1)).padStart(7)} ${(r.init / MiB).toFixed(1).padStart(10)} MiB ${r.seconds.toFixed(1).padStart(8)}`,
  );
}

if (OUT) {
  // results.json keys (bench/report.mjs): wasm_memory_<entry>_<size>_bytes / _bytes_per_byte.
  const out = { pkg: PKG, rows };
  for (const r of rows) {
    const k = `wasm_memory_${r.entry}_${r.size === "tiny" ? "tiny" : `${r.size}mib`}`;
    out[`${k}_bytes`] = r.peak;
    if (r.size !== "tiny") out[`${k}_bytes_per_byte`] = Math.round(r.bytes_per_byte * 100) / 100;
  }
  await mkdir(dirname(resolve(OUT)), { recursive: true });
  await writeFile(OUT, JSON.stringify(out, null, 2) + "\n");
}

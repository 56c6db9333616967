// The wasm engine's growth with document size under Node (no DOM): one document
// of each size (a prefix of one generated news-like text, bench/memory-corpus.py),
// `extract` timed once after a warm-up (three 50k-char runs), and the linear memory after it.
// Figures only. usage: node bench/wasm-scale.mjs --pkg DIR [--corpus in.jsonl] [--sizes 100k,300k,1M]
import { readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { pathToFileURL, fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

const args = process.argv.slice(2);
const opt = (n, d) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : d);
const PKG = resolve(opt("--pkg", "dist/pkg"));
const sizes = opt("--sizes", "100k,300k,1M").split(",").map((s) => {
  const m = /^([\d.]+)([kKmM]?)$/.exec(s);
  return Math.round(Number(m[1]) * ({ k: 1e3, K: 1e3, m: 1 << 20, M: 1 << 20 }[m[2]] ?? 1));
});
const max = Math.max(...sizes);
const corpus = opt("--corpus", null);
const doc = JSON.parse(
  corpus
    ? readFileSync(corpus, "utf8").split("\n")[0]
    : execFileSync("python3", [join(dirname(fileURLToPath(import.meta.url)), "memory-corpus.py"), String(max / (1 << 20) + 0.01)], {
        encoding: "utf8",
        maxBuffer: 1 << 30,
      }),
);
const glue = await import(pathToFileURL(join(PKG, "annalist.js")).href);
const wasm = glue.initSync({ module: readFileSync(join(PKG, "annalist_bg.wasm")) });
// Warm-up: V8 compiles the wasm in tiers (Liftoff first, TurboFan for hot code), so the
// first large call would also time the compiler.
for (let i = 0; i < 3; i++) glue.extract(doc.text.slice(0, 50_000), { date: doc.date });
console.log("chars        seconds     chars/s    mentions  memory MB");
for (const n of sizes) {
  // Cut at a sentence end so every size is whole sentences.
  let text = doc.text.slice(0, n);
  const cut = text.lastIndexOf(". ");
  if (cut > 0) text = text.slice(0, cut + 1);
  const t0 = performance.now();
  const a = glue.extract(text, { date: doc.date });
  const s = (performance.now() - t0) / 1000;
  const mem = wasm.memory.buffer.byteLength / 1e6;
  console.log(
    `${String(text.length).padEnd(12)} ${s.toFixed(2).padStart(7)} ${String(Math.round(text.length / s)).padStart(11)} ${String(a.entities.length).padStart(11)} ${mem.toFixed(1).padStart(10)}`,
  );
}

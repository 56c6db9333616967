// Throughput of the Annalist wasm engine and of compromise + compromise-dates
// in the same page, on the same generated articles, alternating block by
// block after a warm-up. bench/browser.mjs serves this page and calls
// window.annalistBench(options); the result is plain JSON.
import init, { extract } from "./pkg/annalist.js";

const status = (s) => (document.getElementById("status").textContent = s);

/** Code points, as the native bench counts characters. */
function chars(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** What each engine is asked for: names and normalised dates. */
function runAnnalist(doc) {
  const a = extract(doc.text, { date: doc.date });
  return a.entities.length + a.timex.length;
}

// The same questions of compromise: people, places, organisations and dates
// (resolved against the article's date). Texts only (`out("array")`): its
// `.json()` output would cost it 2-3 times more, and we do not want to flatter
// our own figure.
function runCompromise(doc) {
  const d = window.nlp(doc.text);
  return (
    d.people().out("array").length +
    d.places().out("array").length +
    d.organizations().out("array").length +
    d.dates({ today: doc.date }).out("array").length
  );
}

async function bench({ block = 8, annalistReps = 5, rounds = 2, warmup = 10 } = {}) {
  window.nlp.plugin(window.compromiseDates);
  const docs = await (await fetch("corpus.json")).json();
  const sizes = docs.map((d) => chars(d.text));
  // Warm-up: both engines, a few documents each, twice (JIT, wasm tier-up).
  for (let i = 0; i < 2; i++) {
    for (const d of docs.slice(0, warmup)) {
      runAnnalist(d);
      runCompromise(d);
    }
  }
  const t = { annalist: 0, compromise: 0 };
  const c = { annalist: 0, compromise: 0 };
  const found = { annalist: 0, compromise: 0 };
  let sink = 0;
  for (let r = 0; r < rounds; r++) {
    for (let b = 0, k = 0; b < docs.length; b += block, k++) {
      const part = docs.slice(b, b + block);
      const n = sizes.slice(b, b + block).reduce((x, y) => x + y, 0);
      const runA = () => {
        const t0 = performance.now();
        // The wasm engine is fast: repeat the block so its time is well above
        // the timer's resolution (100 µs in a page without cross-origin isolation).
        for (let i = 0; i < annalistReps; i++) for (const d of part) sink += runAnnalist(d);
        t.annalist += performance.now() - t0;
        c.annalist += n * annalistReps;
      };
      const runC = () => {
        const t0 = performance.now();
        for (const d of part) sink += runCompromise(d);
        t.compromise += performance.now() - t0;
        c.compromise += n;
      };
      // Alternate which engine goes first, so neither always runs on a warm cache.
      if (k % 2 === 0) {
        runA();
        runC();
      } else {
        runC();
        runA();
      }
    }
    status(`round ${r + 1}/${rounds} done`);
  }
  for (const d of docs) {
    found.annalist += runAnnalist(d);
    found.compromise += runCompromise(d);
  }
  const a = (c.annalist / t.annalist) * 1000;
  const m = (c.compromise / t.compromise) * 1000;
  return {
    docs: docs.length,
    corpus_chars: sizes.reduce((x, y) => x + y, 0),
    rounds,
    block,
    annalist_reps: annalistReps,
    wasm_ms: t.annalist,
    compromise_ms: t.compromise,
    wasm_chars_per_s: a,
    compromise_chars_per_s: m,
    ratio_vs_compromise: a / m,
    found_per_pass: found,
    sink,
    user_agent: navigator.userAgent,
  };
}

await init();
window.annalistBench = bench;
status("ready");

// Size of what a browser downloads: the app (raw and gzip -9) next to
// compromise + compromise-dates measured the same way, and the wasm broken
// down by its largest contributors with twiggy (on a copy that keeps names).
//
// usage: node bench/size.mjs --dist DIR --out target/bench/size.json [--named-wasm FILE]
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { ROOT } from "../tests/e2e/lib.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : dflt;
};
const DIST = resolve(opt("--dist", process.env.DIST ?? join(ROOT, "dist")));
const OUT = resolve(opt("--out", join(ROOT, "target/bench/size.json")));
const NAMED = opt("--named-wasm", null);

/** Raw and `gzip -9` bytes of one file. */
function measure(path) {
  const raw = statSync(path).size;
  const gz = execFileSync("gzip", ["-9", "-c", path], { maxBuffer: 1 << 30 }).length;
  return { raw, gzip: gz };
}

function group(dir, names) {
  const files = {};
  let raw = 0;
  let gzip = 0;
  for (const n of names) {
    const p = join(dir, n);
    if (!existsSync(p)) continue;
    const m = measure(p);
    files[n] = m;
    raw += m.raw;
    gzip += m.gzip;
  }
  return { files, raw, gzip };
}

const pad = (s, n) => String(s).padEnd(n);
const num = (x, n = 10) => String(x).padStart(n);

function printGroup(title, g) {
  console.log(`${pad(title, 44)} ${num("bytes")} ${num("gzip -9")}`);
  for (const [n, m] of Object.entries(g.files)) console.log(`  ${pad(n, 42)} ${num(m.raw)} ${num(m.gzip)}`);
  console.log(`  ${pad("total", 42)} ${num(g.raw)} ${num(g.gzip)}`);
}

// Crate (and for our own crate, module) of a twiggy item name.
function owner(name) {
  if (name.startsWith("data segment")) return "data segments (static tables, strings, lexicons)";
  if (name.endsWith(" subsection")) return NAMES_ONLY;
  if (/ (multivalue|externref) shim$/.test(name)) return "JS API entry points (wasm-bindgen shims and what they inline)";
  if (name.startsWith("import ")) return "imports";
  if (!name.includes("::")) return "other (elem, code[n], types, ...)";
  const path = name
    .replace(/^[<&\s]*(mut\s+|dyn\s+|impl\s+)*/, "")
    .split(/\s+as\s+|[<>( ]/)[0];
  const parts = path.split("::").filter(Boolean).map((p) => p.replace(/\[[0-9a-f]+\]$/, ""));
  if (parts.length === 0) return "other (elem, code[n], types, ...)";
  if (parts[0] === "annalist") return parts.slice(0, 3).join("::");
  return parts[0];
}

// The name section exists only in the named copy, not in what users download.
const NAMES_ONLY = "name section (only in this named copy)";

function twiggy(wasm) {
  const version = (() => {
    try {
      return execFileSync("twiggy", ["--version"], { encoding: "utf8" }).trim();
    } catch {
      return null;
    }
  })();
  if (!version) return { skipped: "twiggy is not installed (bench/run.sh installs it)" };
  const items = JSON.parse(
    execFileSync("twiggy", ["top", "-n", "1000000", "-f", "json", wasm], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
    }),
  );
  const named = items.filter((i) => owner(i.name) === NAMES_ONLY).reduce((n, i) => n + i.shallow_size, 0);
  const total = statSync(wasm).size - named;
  const top = items
    .filter((i) => owner(i.name) !== NAMES_ONLY)
    .slice(0, 25).map((i) => ({ name: i.name, bytes: i.shallow_size, percent: (100 * i.shallow_size) / total }));
  const byOwner = new Map();
  for (const i of items.filter((i) => owner(i.name) !== NAMES_ONLY)) byOwner.set(owner(i.name), (byOwner.get(owner(i.name)) ?? 0) + i.shallow_size);
  const owners = [...byOwner.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([name, bytes]) => ({ name, bytes, percent: (100 * bytes) / total }));
  return { tool: version, wasm, wasm_bytes: total, name_section_bytes: named, top_items: top, by_crate: owners };
}

const APP = ["index.html", "boot.js", "style.css", "pkg/annalist.js", "pkg/annalist_bg.wasm"];
const app = group(DIST, APP);
const single = group(DIST, ["annalist.html"]);
const comp = group(join(ROOT, "node_modules"), [
  "compromise/builds/compromise.js",
  "compromise-dates/builds/compromise-dates.min.js",
]);
// The model files compiled into the wasm (include_bytes!), each gzip -9 on its own.
const models = group(
  join(ROOT, "data/models"),
  readdirSync(join(ROOT, "data/models")).filter((n) => n.endsWith(".bin")).sort(),
);
console.log("== size: what the browser downloads ==");
printGroup("Annalist app (dist/)", app);
printGroup("Annalist single file (file://)", single);
printGroup("compromise 14 + compromise-dates 3 (builds)", comp);
printGroup("models compiled into the wasm (data/models)", models);

const result = {
  app_raw_bytes: app.raw,
  app_gzip_bytes: app.gzip,
  app_files: app.files,
  single_file_raw_bytes: single.raw,
  single_file_gzip_bytes: single.gzip,
  compromise_raw_bytes: comp.raw,
  compromise_gzip_bytes: comp.gzip,
  compromise_files: comp.files,
  model_raw_bytes: models.raw,
  model_gzip_bytes: models.gzip,
  model_files: models.files,
};
if (NAMED && existsSync(NAMED)) {
  const t = twiggy(NAMED);
  result.wasm_breakdown = t;
  if (t.skipped) {
    console.log(`wasm breakdown skipped: ${t.skipped}`);
  } else {
    console.log(`\n== wasm by crate / module (${t.tool}, ${t.wasm_bytes} bytes without the name section) ==`);
    for (const o of t.by_crate) console.log(`  ${pad(o.name, 60)} ${num(o.bytes)} ${o.percent.toFixed(1).padStart(6)}%`);
    console.log(`== largest items ==`);
    for (const o of t.top_items.slice(0, 15)) {
      console.log(`  ${pad(o.name.slice(0, 70), 72)} ${num(o.bytes)} ${o.percent.toFixed(1).padStart(6)}%`);
    }
  }
} else {
  result.wasm_breakdown = { skipped: "no named wasm given (--named-wasm)" };
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(result, null, 2) + "\n");
console.log(`wrote ${OUT}`);

// Gives the wasm's imports, and the exports only the glue calls, short names, in the wasm and in
// the wasm-bindgen glue alike.
//
// wasm-bindgen names each import after the JS it calls plus a 16-hex-digit hash
// (`__wbg_appendChild_7465eba84213c75f`), under the module "./annalist_bg.js". The names are
// written twice, in the wasm's import section and as keys of the glue's imports object, and the
// hashes do not compress: 272 imports cost about 9 KB of each file before gzip. Here each import
// becomes `a`, `b`, … (and the module `a`), and so does each export of wasm-bindgen's own
// plumbing (`__wbindgen_malloc`, `wasm_bindgen__convert__closures_____invoke__h…`, …), which
// the glue reads as `wasm.NAME`; the app's exports (`extract`, `mountView`, …) and `memory` keep
// their names. Only the import and export sections' bytes change: the code and data are the
// bytes wasm-opt wrote (a round trip through wasm-opt without passes would add ~3 KB gzip). Each
// old name must be found in the glue where expected (an import once as a key of the imports
// object, an export at least once as `wasm.NAME`), or the script fails.
//
// usage: node scripts/short-imports.mjs DIST_DIR   (after wasm-opt, before inline.mjs and esbuild)
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const wasmPath = join(dist, "pkg/annalist_bg.wasm");
const gluePath = join(dist, "pkg/annalist.js");
const MODULE = "./annalist_bg.js";
const SHORT_MODULE = "a";

const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, "utf8");
const fail = (why) => {
  throw new Error(`short-imports.mjs: ${why}`);
};

function leb(buf, at) {
  let value = 0, shift = 0, byte;
  do {
    byte = buf[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}
function putLeb(out, value) {
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
}

// Short names in order: a..z, A..Z, then two letters; never a key JavaScript treats specially.
const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
function* shortNames() {
  for (const a of LETTERS) yield a;
  for (const a of LETTERS) for (const b of LETTERS) if (!["do", "if", "in"].includes(a + b)) yield a + b;
}

if (wasm.readUInt32LE(0) !== 0x6d736100) fail("not a wasm module");
const dec = new TextDecoder("utf-8", { fatal: true });
const enc = new TextEncoder();
const INTERNAL = /^(__wbindgen_|__externref_|__wbg_|wasm_bindgen__convert__closures)/;
const escape = (name) => name.replace(/\$/g, "\\$");
function putName(out, name) {
  const b = enc.encode(name);
  putLeb(out, b.length);
  out.push(...b);
}
function readName(at) {
  const [len, p] = leb(wasm, at);
  return [dec.decode(wasm.subarray(p, p + len)), p + len];
}

// Imports: function imports only here; the kind and type index are copied as they are.
function imports(body, end) {
  const out = [];
  let [count, p] = leb(wasm, body);
  putLeb(out, count);
  const names = shortNames();
  for (let i = 0; i < count; i++) {
    let module, field;
    [module, p] = readName(p);
    [field, p] = readName(p);
    if (module !== MODULE) fail(`import ${field} from ${module}, not ${MODULE}`);
    const short = names.next().value;
    const key = new RegExp(`(?<![\\w$])${escape(field)}(?=\\s*:)`, "g");
    const hits = glue.match(key)?.length ?? 0;
    if (hits !== 1) fail(`${field} is ${hits} times a key in the glue, not once`);
    glue = glue.replace(key, short);
    putName(out, SHORT_MODULE);
    putName(out, short);
    const kind = wasm[p];
    if (kind !== 0) fail(`import ${field} is of kind ${kind}, not a function`);
    const start = p;
    [, p] = leb(wasm, p + 1);
    out.push(...wasm.subarray(start, p));
  }
  if (p !== end) fail("import section not read to its end");
  return out;
}

// Exports: wasm-bindgen's plumbing renamed, the app's own kept; kind and index copied.
function exports(body, end) {
  const out = [];
  let [count, p] = leb(wasm, body);
  putLeb(out, count);
  const names = shortNames();
  for (let i = 0; i < count; i++) {
    let name;
    [name, p] = readName(p);
    if (INTERNAL.test(name)) {
      const use = new RegExp(`(?<=(?<![\\w$])wasm\\.)${escape(name)}(?![\\w$])`, "g");
      if (!use.test(glue)) fail(`export ${name} is never read as wasm.${name} in the glue`);
      name = names.next().value;
      glue = glue.replace(use, name);
    }
    putName(out, name);
    const start = p;
    [, p] = leb(wasm, p + 1);
    out.push(...wasm.subarray(start, p));
  }
  if (p !== end) fail("export section not read to its end");
  return out;
}

let at = 8;
const seen = new Set();
const parts = [wasm.subarray(0, 8)];
while (at < wasm.length) {
  const id = wasm[at];
  const [size, body] = leb(wasm, at + 1);
  const end = body + size;
  const rewrite = { 2: imports, 7: exports }[id];
  if (rewrite) {
    const out = rewrite(body, end);
    const head = [id];
    putLeb(head, out.length);
    parts.push(Buffer.from(head), Buffer.from(out));
    seen.add(id);
  } else {
    parts.push(wasm.subarray(at, end));
  }
  at = end;
}
if (!seen.has(2) || !seen.has(7)) fail("no import or no export section");
const moduleKey = `"${MODULE}":`;
if (glue.split(moduleKey).length !== 2) fail(`${moduleKey} is not once in the glue`);
glue = glue.replace(moduleKey, `"${SHORT_MODULE}":`);
writeFileSync(wasmPath, Buffer.concat(parts));
writeFileSync(gluePath, glue);

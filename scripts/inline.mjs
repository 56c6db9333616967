// Writes dist/annalist.html: the whole app in one file that works when opened
// from disk (file://), with no server and no network.
//
// Chromium refuses ES-module scripts from file:// (origin "null"), so the
// wasm-bindgen glue is turned into a classic script, the wasm is inlined
// gzipped and base64-encoded in a non-executed data block (the browser's own
// DecompressionStream unpacks it: a third of the size of plain base64), and
// one inline boot script (allowed by its sha256 in the CSP) initialises it.
//
// usage: node scripts/inline.mjs DIST_DIR
import { readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { gzipSync, constants } from "node:zlib";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const glue = readFileSync(join(dist, "pkg/annalist.js"), "utf8");
const wasm = readFileSync(join(dist, "pkg/annalist_bg.wasm"));
const css = readFileSync(join(dist, "style.css"), "utf8");

// ES module → classic script: drop `export`, and never resolve the wasm from a URL.
let classic = glue
  .replace(/^export default [^;]+;\s*$/m, "")
  .replace(/^export \{[^}]*\};?\s*$/gm, "")
  .replace(/^export (function|class|const|let|async function) /gm, "$1 ")
  .replace(/import\.meta\.url/g, "document.baseURI");
if (/^\s*(import|export)\s/m.test(classic)) {
  throw new Error("inline.mjs: the wasm-bindgen glue still has import/export statements");
}

// Everything runs in one classic script, wrapped so nothing leaks to window but `annalist`.
const boot = `(function () {
"use strict";
${classic}
const b64 = document.getElementById("annalist-wasm").textContent.trim();
// Native base64 where the browser has it (one call, not a loop over 1.3 M characters).
let gz;
if (typeof Uint8Array.fromBase64 === "function") gz = Uint8Array.fromBase64(b64);
else {
  const bin = atob(b64);
  gz = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) gz[i] = bin.charCodeAt(i);
}
const unpacked = new Blob([gz]).stream().pipeThrough(new DecompressionStream("gzip"));
// Compiled as it is unpacked (instantiateStreaming on a wasm-typed Response), not after (issue 17.3).
__wbg_init({ module_or_path: new Response(unpacked, { headers: { "Content-Type": "application/wasm" } }) }).then(() => {
  window.annalist = typeof extract === "function" ? { extract } : {};
}).catch((err) => {
  const root = document.getElementById("annalist-app");
  if (root) root.textContent = "Annalist could not start: " + err;
  console.error(err);
});
})();`;
const hash = createHash("sha256").update(boot, "utf8").digest("base64");
const csp = [
  "default-src 'none'",
  `script-src 'sha256-${hash}' 'wasm-unsafe-eval' blob:`,
  "style-src 'unsafe-inline'",
  "img-src data: blob:",
  "worker-src blob:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

// The glue as text (not executed) so the app can start a classic Blob worker from file://.
const glueData = classic.replace(/<\/script/gi, "<\\/script");
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="color-scheme" content="light dark">
<title>Annalist</title>
<link rel="icon" href="data:,">
<style>
${css}
</style>
</head>
<body>
<div id="annalist-app"><p class="loading">Loading Annalist…</p></div>
<noscript>Annalist runs in your browser and needs JavaScript and WebAssembly.</noscript>
<script type="application/octet-stream" id="annalist-wasm">${gzipSync(wasm, { level: constants.Z_BEST_COMPRESSION }).toString("base64")}</script>
<script type="text/plain" id="annalist-glue">${glueData}</script>
<script>${boot}</script>
</body>
</html>
`;
writeFileSync(join(dist, "annalist.html"), html);
console.log(`wrote ${join(dist, "annalist.html")} (${html.length} bytes)`);

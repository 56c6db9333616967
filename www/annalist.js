// Annalist for other people's pages: the <annalist-view> element and the JS API.
//
//   <script type="module" src="annalist.js"></script>
//   <annalist-view src="article.txt" date="2024-04-16" types="PERSON ORG" height="420" theme="dark"></annalist-view>
//   <annalist-view for="article-id"></annalist-view>
//
//   import init, { extract } from "./annalist.js";
//   await init();
//   const analysis = extract(text, { date: "2024-04-16" });   // the CLI's JSON
//
// Everything runs here, in the page: the only requests are for Annalist's own
// files (pkg/annalist.js, pkg/annalist_bg.wasm, style.css) and for `src`
// documents, which must be on the page's own origin.
import wasmInit, * as wasm from "./pkg/annalist.js";

let ready = null;
let initialised = false;

/**
 * Load and start the WebAssembly module (once; later calls return the same promise).
 * `options` is passed to wasm-bindgen's init ({ module_or_path }), e.g. to give the bytes.
 */
export default function init(options) {
  ready ??= wasmInit(options).then((exports) => {
    initialised = true;
    return exports;
  });
  return ready;
}

function started() {
  if (!initialised) throw new Error("Annalist: call `await init()` before using the API");
  return wasm;
}

/** Analyse `text`; returns exactly the JSON the command-line tool writes for it. */
export function extract(text, options) {
  return started().extract(String(text ?? ""), options ?? undefined);
}
/** The command-line JSONL (one analysis a line) of `[{ input, analysis }]`. */
export const exportJsonl = (docs) => started().exportJsonl(docs);
/** CSV of "entities", "mentions", "events" or "relations" (an edge list). */
export const exportCsv = (docs, kind) => started().exportCsv(docs, kind);
/** TimelineJS 3 JSON of the dated events. */
export const exportTimelineJs = (docs, title = "Timeline") => started().exportTimelineJs(docs, title);
/** The timeline as a standalone SVG document. */
export const exportSvg = (docs) => started().exportSvg(docs);
/** The timeline as a PNG image (a Promise of a Blob). */
export const exportPng = (docs) => started().exportPng(docs);
/** One read-only HTML file (runs no script) holding documents, analyses and corrections. */
export const exportHtml = (docs, title = "Annalist export", corrections = null) =>
  started().exportHtml(docs, title, corrections);
/** The bundle inside a file written by exportHtml. */
export const readHtmlExport = (html) => started().readHtmlExport(html);
/** "#doc=…": a URL fragment carrying the compressed text (never sent to a server). */
export const shareFragment = (text, options) => started().shareFragment(String(text ?? ""), options ?? undefined);
/** The { id, text, date } in a share fragment, or null. */
export const readShareFragment = (fragment) => started().readShareFragment(String(fragment ?? ""));

// The app's stylesheet, fetched once and shared by every widget's shadow root.
let css = null;
function appCss() {
  css ??= fetch(new URL("style.css", import.meta.url))
    .then((r) => (r.ok ? r.text() : ""))
    .catch(() => "");
  return css;
}

const ATTRIBUTES = ["src", "for", "date", "types", "height", "theme", "editable"];

/** <annalist-view>: an Annalist view of one document, in its own shadow root. */
export class AnnalistViewElement extends HTMLElement {
  static get observedAttributes() {
    return ATTRIBUTES;
  }

  #view = null;
  #generation = 0;

  connectedCallback() {
    this.#mount();
  }

  disconnectedCallback() {
    this.#generation++;
    this.#unmount();
  }

  attributeChangedCallback(_name, oldValue, newValue) {
    if (this.isConnected && oldValue !== newValue) this.#mount();
  }

  #unmount() {
    if (this.#view) {
      this.#view.destroy();
      this.#view.free();
      this.#view = null;
    }
  }

  // Mounts once both the module and the stylesheet are there; a later call
  // (another attribute change) supersedes an earlier one still waiting.
  #mount() {
    const generation = ++this.#generation;
    Promise.all([init(), appCss()])
      .then(([, styles]) => {
        if (generation !== this.#generation || !this.isConnected) return;
        this.#unmount();
        this.#view = wasm.mountView(this, styles);
      })
      .catch((err) => {
        console.error("annalist-view:", err);
        this.dispatchEvent(new CustomEvent("annalist-error", { detail: String(err) }));
      });
  }
}

if (!customElements.get("annalist-view")) {
  customElements.define("annalist-view", AnnalistViewElement);
}

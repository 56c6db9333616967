// Issue 16.5: large inputs are refused or handed to the worker, never a
// frozen page. Each test failed before its fix:
// - a workspace/JSONL import over 20 MB was read at once; now the page says
//   so before reading and offers "Analyse anyway";
// - <annalist-view src> read any size; now it checks Content-Length first,
//   and refuses a src that redirects to another origin (even one allowing it);
// - a trap in the worker (out of memory) was retried on the main thread,
//   where it would take the page down; now it is reported in words, and the
//   page goes on working.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { newPage, setArticle, screenshot, browserAndServer } from "./lib.mjs";

const DOC = '[aria-label="Document"]';
const env = browserAndServer();
const MB = 1024 * 1024;

async function open(page) {
  await page.goto(env.server.url + "index.html");
  await page.locator(`${DOC} mark`).first().waitFor({ timeout: 20000 });
}

test("16.5: a workspace import over 20 MB asks before it is read; 'Analyse anyway' imports it", async () => {
  const page = await newPage(env.browser);
  await open(page);
  // One document, then 21 MB of blank lines (skipped by the JSONL reader).
  const line = JSON.stringify({ id: "big", text: "Greta Lind opened a bakery in Uppsala on Friday." });
  const body = Buffer.concat([Buffer.from(line + "\n"), Buffer.alloc(21 * MB, "\n")]);
  await page.getByLabel("Import workspace, JSONL documents or watchlist CSV").setInputFiles({
    name: "archive.jsonl",
    mimeType: "application/x-ndjson",
    buffer: body,
  });
  const notice = page.locator(".ws-notice", { hasText: "archive.jsonl is 21 MB" });
  await notice.waitFor({ timeout: 15000 });
  assert.match(await notice.innerText(), /over 20 MB are not opened unless you ask/);
  await page.waitForTimeout(500);
  assert.equal(await page.locator(".ws-notice", { hasText: "documents imported" }).count(), 0, "read anyway");
  await screenshot(page, "limits-import-asks.png");
  await notice.getByRole("button", { name: "Analyse anyway" }).click();
  await page.locator(".ws-notice", { hasText: "1 document imported from archive.jsonl" }).waitFor({ timeout: 20000 });
  await notice.waitFor({ state: "detached" });
  assert.deepEqual(page.errors, []);
});

test("16.5: <annalist-view src> checks the size first and refuses a redirect to another origin", async () => {
  const page = await newPage(env.browser);
  const base = env.server.url;
  // Another origin (another port), which even allows the read (CORS). A
  // real server: Playwright does not route the requests a redirect makes.
  const fetched = [];
  const elsewhere = createServer((req, res) => {
    fetched.push(req.url);
    res.writeHead(200, { "content-type": "text/plain", "access-control-allow-origin": "*" });
    res.end("Injected Person visited Nowhere City.");
  });
  await new Promise((ok) => elsewhere.listen(0, "127.0.0.1", ok));
  const other = `http://127.0.0.1:${elsewhere.address().port}/`;
  await page.route(base + "limits/host.html", (r) =>
    r.fulfill({
      contentType: "text/html",
      body: `<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,">
        <script type="module" src="../annalist.js"></script>
        <annalist-view id="big" src="big.txt"></annalist-view>
        <annalist-view id="moved" src="moved.txt"></annalist-view>
        <annalist-view id="fine" src="fine.txt"></annalist-view>`,
    }),
  );
  await page.route(base + "limits/big.txt", (r) =>
    r.fulfill({ contentType: "text/plain", body: Buffer.alloc(21 * MB, " ") }),
  );
  await page.route(base + "limits/moved.txt", (r) =>
    r.fulfill({ status: 302, headers: { location: other + "elsewhere.txt" } }),
  );
  await page.route(base + "limits/fine.txt", (r) =>
    r.fulfill({ contentType: "text/plain", body: "Greta Lind opened a bakery in Uppsala on Friday." }),
  );
  // Chromium asks before a page reaches another local address; the user grants it.
  await page.context().grantPermissions(["local-network-access"]);
  await page.goto(base + "limits/host.html");
  const shadowText = (id) =>
    page.evaluate((id) => document.getElementById(id).shadowRoot?.textContent ?? "", id);
  await page.waitForFunction(() => document.getElementById("fine").shadowRoot?.querySelector("mark[data-label]"), null, { timeout: 20000 });
  await page.waitForFunction(() => /21 MB/.test(document.getElementById("big").shadowRoot?.textContent ?? ""), null, { timeout: 20000 });
  assert.match(await shadowText("big"), /big\.txt is 21 MB: files over 20 MB are not opened unless you ask/);
  assert.equal(
    await page.evaluate(() => document.getElementById("big").shadowRoot.querySelector("button")?.textContent),
    "Analyse anyway",
  );
  await page.waitForFunction(() => /another site/.test(document.getElementById("moved").shadowRoot?.textContent ?? ""));
  assert.match(await shadowText("moved"), /Could not load moved\.txt: it redirects to http:\/\/127\.0\.0\.1:\d+, another site/);
  assert.doesNotMatch(await shadowText("moved"), /Injected Person/);
  assert.equal(fetched.length, 1, "the redirect was followed, and its answer refused");
  await screenshot(page, "limits-src.png");
  elsewhere.close();
  assert.deepEqual(page.errors, []);
});

// A trap inside the worker's wasm, as running out of memory gives: the test
// makes the worker's analysis export run a one-instruction module whose only
// instruction is `unreachable` (a real WebAssembly.RuntimeError).
const TRAP_PRELUDE = `
const __realInstantiate = WebAssembly.instantiate;
WebAssembly.instantiate = async (m, imports) => {
  const got = await __realInstantiate(m, imports);
  const real = got instanceof WebAssembly.Instance ? got : got.instance;
  const trap = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([
    0,97,115,109,1,0,0,0, 1,4,1,96,0,0, 3,2,1,0, 7,5,1,1,102,0,0, 10,5,1,3,0,0,11]))).exports.f;
  const exports = Object.assign({}, real.exports, { annalist_worker_analyze: () => trap() });
  return { instance: { exports }, module: m };
};
`;

test("16.5: a wasm trap in the worker is reported in words and the page stays usable", async () => {
  const page = await newPage(env.browser);
  await page.addInitScript((prelude) => {
    const RealBlob = Blob;
    window.Blob = class extends RealBlob {
      constructor(parts = [], opts) {
        if (typeof parts[0] === "string" && parts[0].includes("annalist_worker_analyze")) {
          parts = [prelude + parts[0], ...parts.slice(1)];
        }
        super(parts, opts);
      }
    };
  }, TRAP_PRELUDE);
  await open(page);
  const para = "Officials in Oslo said on Monday that Kestrel Optics cameras were removed. ";
  await setArticle(page, "Long report\n\n" + para.repeat(Math.ceil(260_000 / para.length)));
  const alert = page.locator(`${DOC} [role="alert"]`, { hasText: "could not be analysed" });
  await alert.waitFor({ timeout: 30000 });
  assert.match(await alert.innerText(), /ran out of memory or stopped on an internal fault \(RuntimeError: unreachable\)/);
  await screenshot(page, "limits-trap.png");
  // Still usable: a short text is analysed as usual.
  await setArticle(page, "Short note\n\nGreta Lind opened a bakery in Uppsala on Friday.");
  await page.locator(`${DOC} mark[data-label="PERSON"]`, { hasText: "Greta Lind" }).waitFor({ timeout: 20000 });
  assert.deepEqual(page.errors, []);
});

test("16.5: a wasm trap on the main thread (a short text) is reported in words and the page stays usable", async () => {
  const page = await newPage(env.browser);
  await open(page);
  // The test hook (web::guard::TRAP_HOOK): the next analysis on the page's
  // own thread executes `unreachable`, a real wasm trap. Before the guard,
  // the trap unwound the whole wasm call stack: an uncaught RuntimeError,
  // and no analysis ever again.
  await page.evaluate(() => {
    window.__annalistTrapNextAnalysis = true;
  });
  await setArticle(page, "Trap note\n\nAnna Berg sold the mill in Tromsø on Tuesday.");
  const alert = page.locator(`${DOC} [role="alert"]`, { hasText: "could not be analysed" });
  await alert.waitFor({ timeout: 20000 });
  assert.match(await alert.innerText(), /ran out of memory or stopped on an internal fault \(RuntimeError: unreachable\)/);
  assert.equal(await page.evaluate(() => window.__annalistTrapNextAnalysis), undefined, "the hook fired");
  await screenshot(page, "limits-main-trap.png");
  // Still usable: the next text is analysed on the same thread as usual.
  await setArticle(page, "Short note\n\nGreta Lind opened a bakery in Uppsala on Friday.");
  await page.locator(`${DOC} mark[data-label="PERSON"]`, { hasText: "Greta Lind" }).waitFor({ timeout: 20000 });
  assert.deepEqual(page.errors, []);
});
